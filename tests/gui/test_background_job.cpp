// BackgroundJob: work runs off the GUI thread, reports progress, fails with the message, stops
// on Cancel.
#include <QSignalSpy>
#include <QThread>
#include <QToolButton>
#include <QtTest>

#include <atomic>

#include "core/util/Error.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/widgets/JobProgressWidget.h"

using faultke::gui::BackgroundJob;

class TestBackgroundJob : public QObject {
    Q_OBJECT
private slots:
    void runsOffTheGuiThreadAndFinishes();
    void failureCarriesTheMessage();
    void cancelStopsTheWork();
    void refusesASecondStartWhileRunning();
    void progressWidgetFollowsTheJob();
    void typedResultArrivesBeforeFinished();
    void cancelIsBridgedToCoreStops();
};

void TestBackgroundJob::runsOffTheGuiThreadAndFinishes() {
    BackgroundJob job;
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy progress(&job, &BackgroundJob::progress);
    QSignalSpy ended(&job, &BackgroundJob::ended);
    auto workThread = std::make_shared<std::atomic<QThread*>>(nullptr);
    auto sum = std::make_shared<int>(0);
    QVERIFY(job.start(QStringLiteral("Adding"), [workThread, sum](const faultke::Progress& p) {
        workThread->store(QThread::currentThread());
        for (int i = 1; i <= 10; ++i) *sum += i;
        p.update(1.0, "done");
    }));
    QVERIFY(job.isRunning());
    QVERIFY(ended.wait(10000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!job.isRunning());
    QCOMPARE(*sum, 55);
    QVERIFY(workThread->load() != nullptr);
    QVERIFY(workThread->load() != QThread::currentThread());
    // The final report (fraction 1) always gets through the throttle.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    QCOMPARE(progress.last().at(1).toString(), QStringLiteral("done"));
}

void TestBackgroundJob::failureCarriesTheMessage() {
    BackgroundJob job;
    QSignalSpy failed(&job, &BackgroundJob::failed);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy ended(&job, &BackgroundJob::ended);
    job.start(QStringLiteral("Reading"),
              [](const faultke::Progress&) { throw faultke::Error("/data/EB_025_1.mat", "truncated file"); });
    QVERIFY(ended.wait(10000));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("/data/EB_025_1.mat: truncated file"));
}

void TestBackgroundJob::cancelStopsTheWork() {
    BackgroundJob job;
    QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy ended(&job, &BackgroundJob::ended);
    auto started = std::make_shared<std::atomic<bool>>(false);
    job.start(QStringLiteral("Forever"), [started](const faultke::Progress& p) {
        started->store(true);
        for (;;) {  // stops only through Cancel
            p.checkCancel();
            QThread::msleep(1);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(started->load(), 10000);
    job.cancel();
    QVERIFY(job.isCancelRequested());
    QVERIFY(ended.wait(10000));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void TestBackgroundJob::refusesASecondStartWhileRunning() {
    BackgroundJob job;
    QSignalSpy ended(&job, &BackgroundJob::ended);
    job.start(QStringLiteral("First"), [](const faultke::Progress& p) {
        for (;;) {
            p.checkCancel();
            QThread::msleep(1);
        }
    });
    QVERIFY(!job.start(QStringLiteral("Second"), [](const faultke::Progress&) {}));
    QCOMPARE(job.title(), QStringLiteral("First"));
    job.cancel();
    QVERIFY(ended.wait(10000));
    // Free again: a new start works.
    QVERIFY(job.start(QStringLiteral("Third"), [](const faultke::Progress&) {}));
    job.wait();
    QCOMPARE(ended.count(), 2);
}

void TestBackgroundJob::progressWidgetFollowsTheJob() {
    BackgroundJob job;
    QWidget statusBar;
    auto& widget = *new faultke::gui::JobProgressWidget(&statusBar);
    widget.follow(&job);
    statusBar.show();
    QVERIFY(widget.isHidden());
    QSignalSpy ended(&job, &BackgroundJob::ended);
    job.start(QStringLiteral("Waiting"), [](const faultke::Progress& p) {
        for (;;) {
            p.checkCancel();
            QThread::msleep(1);
        }
    });
    QVERIFY(widget.isVisible());
    // Its Cancel button stops the job.
    auto* cancel = widget.findChild<QToolButton*>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(ended.wait(10000));
    QVERIFY(widget.isHidden());
}

void TestBackgroundJob::typedResultArrivesBeforeFinished() {
    BackgroundJob job;
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy ended(&job, &BackgroundJob::ended);
    QString result;
    int finishedWhenDelivered = -1;
    QVERIFY(job.start(
        QStringLiteral("Naming"), [](const faultke::Progress&) { return QStringLiteral("EB_025_1"); },
        [&](QString value) {
            result = value;
            finishedWhenDelivered = finished.count();
        }));
    QVERIFY(ended.wait(10000));
    QCOMPARE(result, QStringLiteral("EB_025_1"));
    QCOMPARE(finishedWhenDelivered, 0);
    QCOMPARE(finished.count(), 1);

    // A failed run delivers no result.
    bool delivered = false;
    QSignalSpy failed(&job, &BackgroundJob::failed);
    job.start(
        QStringLiteral("Failing"), [](const faultke::Progress&) -> int { throw faultke::Error("x.mat", "bad"); },
        [&](int) { delivered = true; });
    QVERIFY(failed.wait(10000));
    QVERIFY(!delivered);
}

// Core work with its own stop (the Trainer's requestStop) hears Cancel through cancelRequested.
// Work that completes despite a late Cancel has succeeded: only Cancelled makes it cancelled.
void TestBackgroundJob::cancelIsBridgedToCoreStops() {
    BackgroundJob job;
    auto coreStop = std::make_shared<std::atomic<bool>>(false);
    connect(&job, &BackgroundJob::cancelRequested, this, [coreStop] { coreStop->store(true); });
    QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
    job.start(QStringLiteral("Training"), [coreStop](const faultke::Progress&) {
        while (!coreStop->load()) QThread::msleep(1);  // stops only through its own flag
        throw faultke::Cancelled();                    // and says it stopped early
    });
    job.cancel();
    QVERIFY(cancelled.wait(10000));
    QVERIFY(coreStop->load());

    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start(QStringLiteral("Quick"), [](const faultke::Progress&) { QThread::msleep(50); });
    job.cancel();  // too late to matter: the work does not check
    QVERIFY(finished.wait(10000));
}

QTEST_MAIN(TestBackgroundJob)
#include "test_background_job.moc"
