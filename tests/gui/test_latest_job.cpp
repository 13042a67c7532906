// LatestJob: a newer request replaces the running one, whose results, errors and posts are never
// delivered; the latest request's typed result and errors arrive on the GUI thread.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <mutex>
#include <set>

#include <atomic>
#include <memory>

#include "core/util/Error.h"
#include "gui/jobs/LatestJob.h"

using faultke::gui::LatestJob;

class TestLatestJob : public QObject {
    Q_OBJECT
private slots:
    void deliversTheResultOnTheGuiThread() {
        LatestJob job;
        QSignalSpy idle(&job, &LatestJob::idle);
        QThread* deliveredOn = nullptr;
        auto workThread = std::make_shared<std::atomic<QThread*>>(nullptr);
        int result = 0;
        job.request(
            [workThread](const LatestJob::Context&) {
                workThread->store(QThread::currentThread());
                return 6 * 7;
            },
            [&](int value) {
                result = value;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(job.isRunning());
        QVERIFY(idle.wait(10000));
        QCOMPARE(result, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workThread->load() != QThread::currentThread());
        QVERIFY(!job.isRunning());
    }

    void aNewerRequestReplacesTheRunningOne() {
        LatestJob job;
        QSignalSpy idle(&job, &LatestJob::idle);
        auto firstStarted = std::make_shared<std::atomic<bool>>(false);
        auto firstSawCancel = std::make_shared<std::atomic<bool>>(false);
        QStringList delivered;
        job.request(
            [firstStarted, firstSawCancel](const LatestJob::Context& c) {
                firstStarted->store(true);
                for (int i = 0; i < 10000; ++i) {  // ends on its own once cancelled
                    if (c.progress.cancel->load()) {
                        firstSawCancel->store(true);
                        break;
                    }
                    QThread::msleep(1);
                }
                // Late: replaced by now, so neither this nor the result may arrive.
                c.post([] { QFAIL("a post of a replaced request was delivered"); });
                return QStringLiteral("first");
            },
            [&](QString s) { delivered << s; });
        QTRY_VERIFY_WITH_TIMEOUT(firstStarted->load(), 10000);
        job.request([](const LatestJob::Context&) { return QStringLiteral("second"); },
                    [&](QString s) { delivered << s; });
        QVERIFY(idle.wait(10000));
        job.waitForAll();  // the replaced one has ended too
        QVERIFY(firstSawCancel->load());
        QCOMPARE(delivered, QStringList{"second"});
        QCOMPARE(idle.count(), 1);
    }

    // Requests run on a pool shared by every LatestJob: a burst of requests makes no burst of
    // threads, and the tally says what became of them.
    void aBurstOfRequestsRunsOnAFewPooledThreads() {
        LatestJob job;
        auto threads = std::make_shared<std::set<QThread*>>();
        auto mutex = std::make_shared<std::mutex>();
        int last = -1;
        for (int i = 0; i < 50; ++i)
            job.request(
                [i, threads, mutex](const LatestJob::Context& c) {
                    {
                        const std::lock_guard lock(*mutex);
                        threads->insert(QThread::currentThread());
                    }
                    for (int k = 0; k < 20; ++k) {
                        c.progress.checkCancel();
                        QThread::msleep(1);
                    }
                    return i;
                },
                [&](int value) { last = value; });
        job.waitForAll();
        QCOMPARE(last, 49);
        QVERIFY2(int(threads->size()) <= QThread::idealThreadCount() + 2, qPrintable(QString::number(threads->size())));
        QVERIFY(!threads->count(QThread::currentThread()));
        QCOMPARE(job.tally().requested, 50);
        QCOMPARE(job.tally().completed, 1);  // each replaced request stopped at its next check
        QCOMPARE(job.tally().cancelled, 49);
    }

    void postsOfTheLatestRequestArriveInOrder() {
        LatestJob job;
        QSignalSpy idle(&job, &LatestJob::idle);
        QList<int> parts;
        auto* sink = &parts;
        job.request(
            [sink](const LatestJob::Context& c) {
                for (int i = 0; i < 5; ++i) c.post([sink, i] { sink->append(i); });
            },
            [&] { parts.append(-1); });  // the end comes after every part
        QVERIFY(idle.wait(10000));
        QCOMPARE(parts, (QList<int>{0, 1, 2, 3, 4, -1}));
    }

    void errorsAreDeliveredNeverDropped() {
        LatestJob job;
        QSignalSpy idle(&job, &LatestJob::idle);
        QSignalSpy failed(&job, &LatestJob::failed);
        QString handled;
        job.request([](const LatestJob::Context&) -> int { throw faultke::Error("/data/EB_1.mat", "truncated"); },
                    [](int) { QFAIL("no result after an error"); }, [&](const QString& message) { handled = message; });
        QVERIFY(idle.wait(10000));
        QCOMPARE(handled, QStringLiteral("/data/EB_1.mat: truncated"));
        QCOMPARE(failed.count(), 0);

        // Without a handler the error is emitted.
        job.request([](const LatestJob::Context&) { throw std::runtime_error("odd"); }, [] {});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("odd"));
    }

    void cancelDropsTheRunningRequest() {
        LatestJob job;
        bool delivered = false;
        job.request(
            [](const LatestJob::Context& c) {
                while (!c.progress.cancel->load()) QThread::msleep(1);
                c.progress.checkCancel();
            },
            [&] { delivered = true; });
        job.cancel();
        QVERIFY(!job.isRunning());
        job.waitForAll();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestLatestJob)
#include "test_latest_job.moc"
