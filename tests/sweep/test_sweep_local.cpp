// A sweep on this machine, through faultke-cli: a 2 x 2 grid x 2 seeds trains into 8 ordinary run
// folders, and the table's figures are those of the runs' chosen epochs; a sweep stopped with
// Ctrl-C (SIGINT) keeps its completed epochs and, run again, resumes the interrupted run and
// trains the rest.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/model/Run.h"
#include "core/model/RunCatalog.h"
#include "core/model/TrainParams.h"
#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepState.h"
#include "core/sweep/TaskLock.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;
using test::CliResult;
using test::runCli;

namespace {

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSweepLocal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString data_;

    QString path(const QString& name) const { return dir_.filePath(name); }
    void writeBase(const QString& name, int epochs) const {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString(R"({"num_epochs": %1, "num_channels": 2})").arg(epochs).toUtf8());
    }

private slots:
    void initTestCase() {
        data_ = path("tiny.mat");
        test::lineDataset(200, 7).save(data_.toStdString());
    }

    void aGridTimesSeedsTrainsIntoRunFoldersAndATable() {
        writeBase("base.json", 2);
        const QString sweep = path("experiments/grid");
        CliResult r = runCli({"sweep", "create", sweep, "--data", data_, "--params", path("base.json"), "--grid",
                              "learning_rate=1e-3,5e-3", "--grid", "batch_size=16,32", "--repeats", "2", "--device",
                              "cpu", "--concurrent", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("8 runs (4 combinations x 2 repeats)"));
        r = runCli({"sweep", "run", sweep});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        const std::vector<RunSummary> runs = listRuns(sweep.toStdString());
        QCOMPARE(runs.size(), size_t(8));
        std::map<std::string, std::vector<double>> accuracy;  // by combination, from the runs themselves
        for (const RunSummary& run : runs) {
            QVERIFY2(run.error.empty(), run.error.c_str());
            QCOMPARE(run.status, RunStatus::Finished);
            QCOMPARE(run.epochs(), 2);
            QVERIFY(run.best.epoch >= 1);
            const BestEpoch best = RunFolder(run.dir).readBest();
            accuracy[run.group()].push_back(run.history[size_t(best.epoch - 1)].eval().accuracy2sd);
        }
        QCOMPARE(runs[0].params.learningRate, 1e-3);
        QCOMPARE(runs[0].params.batchSize, int64_t(16));
        QCOMPARE(runs[1].params.seed, uint64_t(2));  // lr=0.001_bs=16-r2: the second seed

        r = runCli({"sweep", "status", sweep});
        QVERIFY(r.out.contains("8 runs: 8 finished, 0 running, 0 pending, 0 interrupted, 0 failed"));
        r = runCli({"sweep", "table", sweep, "-o", path("table.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromUtf8(contents(path("table.csv"))).trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(
            lines[0].startsWith("combination,batch_size,learning_rate,runs,finished,eval_acc2sd_mean,eval_acc2sd_sd"));
        double previous = 2;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(',');
            const std::vector<double>& seeds = accuracy.at(f[0].toStdString());
            QCOMPARE(f[3].toInt(), 2);
            const double mean = (seeds[0] + seeds[1]) / 2;
            QVERIFY2(std::abs(f[5].toDouble() - mean) < 1e-5, qPrintable(lines[i]));
            QVERIFY(f[5].toDouble() <= previous);  // best first
            previous = f[5].toDouble();
        }

        // Running a finished sweep again trains nothing.
        r = runCli({"sweep", "run", sweep});
        QVERIFY(r.out.contains("every run has finished"));
    }

    void aStoppedSweepResumesWhereItStopped() {
        // Long enough that Ctrl-C after epoch 2 always finds it training; shortened before it resumes.
        writeBase("long.json", 400);
        const QString sweep = path("experiments/stopped");
        CliResult r = runCli({"sweep", "create", sweep, "--data", data_, "--params", path("long.json"), "--grid",
                              "learning_rate=1e-3,2e-3", "--device", "cpu", "--concurrent", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess running;
        running.start(QStringLiteral(FAULTKE_CLI_PATH), {"sweep", "run", sweep});
        QVERIFY(running.waitForStarted());
        const QString first = sweep + "/lr=0.001-r1";
        QTRY_VERIFY_WITH_TIMEOUT(RunFolder(first.toStdString()).lastCompleteEpoch() >= 2, 240000);
        ::kill(pid_t(running.processId()), SIGINT);  // Ctrl-C
        QVERIFY(running.waitForFinished(60000));
        QCOMPARE(running.exitCode(), 130);
        const int kept = RunFolder(first.toStdString()).lastCompleteEpoch();
        QVERIFY2(kept >= 2 && kept < 400, qPrintable(QString::number(kept)));
        const QByteArray firstCheckpoint = contents(first + "/checkpoints/epoch-001.pt");
        QVERIFY(!firstCheckpoint.isEmpty());

        r = runCli({"sweep", "status", sweep});
        QVERIFY2(r.out.contains("0 finished, 0 running, 1 pending, 1 interrupted"), qPrintable(r.out));

        // Fewer epochs to go: the interrupted run's own params.json, and the sweep's base for the
        // run not started yet.
        TrainParams shorter = TrainParams::load(first.toStdString() + "/params.json");
        shorter.numEpochs = kept + 1;
        shorter.save(first.toStdString() + "/params.json");
        {
            std::ifstream in(sweep.toStdString() + "/sweep.json");
            nlohmann::json spec = nlohmann::json::parse(in);
            spec["base"]["num_epochs"] = 2;
            std::ofstream(sweep.toStdString() + "/sweep.json") << spec.dump(2);
        }

        r = runCli({"sweep", "run", sweep});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("resuming after epoch " + QString::number(kept)), qPrintable(r.out));
        QCOMPARE(RunFolder(first.toStdString()).lastCompleteEpoch(), kept + 1);
        QCOMPARE(contents(first + "/checkpoints/epoch-001.pt"), firstCheckpoint);  // resumed, not restarted
        QVERIFY(runCli({"sweep", "status", sweep}).out.contains("2 runs: 2 finished"));
    }

    // Two `sweep run`s of one sweep at once: each run is trained by one of them, once.
    void twoRunsOfOneSweepTrainEachRunOnce() {
        writeBase("three.json", 3);
        const QString sweep = path("experiments/twice");
        const CliResult r = runCli({"sweep", "create", sweep, "--data", data_, "--params", path("three.json"), "--grid",
                                    "learning_rate=1e-3,2e-3,3e-3", "--device", "cpu", "--concurrent", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess first, second;
        first.start(QStringLiteral(FAULTKE_CLI_PATH), {"sweep", "run", sweep});
        second.start(QStringLiteral(FAULTKE_CLI_PATH), {"sweep", "run", sweep});
        QVERIFY(first.waitForFinished(240000) && second.waitForFinished(240000));
        const QString said =
            first.readAll() + second.readAll() + first.readAllStandardError() + second.readAllStandardError();
        QVERIFY2(first.exitCode() == 0 && second.exitCode() == 0, qPrintable(said));
        for (const RunSummary& run : listRuns(sweep.toStdString())) {
            QCOMPARE(run.status, RunStatus::Finished);
            const QStringList history =
                QString::fromUtf8(contents(QString::fromStdString(run.dir) + "/history.csv")).trimmed().split('\n');
            QCOMPARE(history.size(), 1 + 3);  // each epoch once
            QStringList logged = QString::fromUtf8(contents(QString::fromStdString(run.dir) + "/log.txt"))
                                     .split('\n')
                                     .filter(QRegularExpression("^.*epoch 1[^0-9]"));
            QVERIFY2(logged.size() <= 1, qPrintable(logged.join('\n')));
        }
        QVERIFY(runCli({"sweep", "status", sweep}).out.contains("3 runs: 3 finished"));
        QVERIFY(QDir(sweep + "/locks").entryList(QDir::Files).isEmpty());  // every lock let go
    }

    // A run's lock names its holder; a lock whose process is gone from this host is taken over.
    void aLockedRunIsLeftToItsHolder() {
        writeBase("one.json", 1);
        const QString sweep = path("experiments/locked");
        QVERIFY(runCli({"sweep", "create", sweep, "--data", data_, "--params", path("one.json"), "--device", "cpu"})
                    .exitCode == 0);
        const QString run = QString::fromStdString(expandSweep(SweepSpec::load(sweep.toStdString()), "").at(0).name);
        const QString lock = QString::fromStdString(taskLockPath(sweep.toStdString(), run.toStdString()));
        QVERIFY(QDir().mkpath(QFileInfo(lock).path()));
        const auto writeLock = [&](qint64 pid) {
            QFile f(lock);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QString(R"({"host": "%1", "pid": %2, "since": "2026-12-03T08:00:00Z"})")
                        .arg(QString::fromStdString(thisHostName()))
                        .arg(pid)
                        .toUtf8());
        };
        writeLock(QCoreApplication::applicationPid());  // this test holds it
        CliResult r = runCli({"sweep", "status", sweep});
        QVERIFY2(r.out.contains("running") && r.out.contains(QString("trained by %1, process %2")
                                                                 .arg(QString::fromStdString(thisHostName()))
                                                                 .arg(QCoreApplication::applicationPid())),
                 qPrintable(r.out));
        r = runCli({"sweep", "task", sweep, "0"});
        QCOMPARE(r.exitCode, 75);
        QVERIFY2(r.err.contains("is trained by another task") && r.err.count('\n') == 1, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(sweep + "/" + run + "/params.json"));  // nothing touched

        QProcess gone;  // a process that has ended: its lock is stale
        gone.start("true", {});
        QVERIFY(gone.waitForFinished(10000));
        writeLock(gone.processId() > 0 ? gone.processId() : 999999);
        QVERIFY(!runCli({"sweep", "status", sweep}).out.contains("trained by"));
        r = runCli({"sweep", "task", sweep, "0"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(lock));
        QVERIFY(runCli({"sweep", "status", sweep}).out.contains("1 runs: 1 finished"));
    }
};

QTEST_MAIN(TestSweepLocal)
#include "test_sweep_local.moc"
