// A sweep on a real SLURM cluster: scripts/slurm-local.sh starts a one-node cluster on this machine
// (munged, slurmctld, slurmd from Debian's packages), the sweep is submitted with sbatch as a
// 4-task array of 1-epoch trainings, followed with squeue through `sweep status`, and its results
// read back. The cluster is the script's own, in a state folder of this test's (its config, ports,
// munge key and socket; SLURM_CONF points sbatch and squeue at it), so a SLURM of the machine is
// left alone. Where SLURM or munge already run here, the script refuses (exit code 3) and the test
// is skipped, saying so; a cluster that does not start otherwise fails the test with the logs.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "core/model/RunCatalog.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;
using test::CliResult;
using test::runCli;

namespace {

const QString kScript = QStringLiteral(FAULTKE_SOURCE_DIR "/scripts/slurm-local.sh");
// The script's answer to `start` when SLURM daemons or munged of the machine already run.
constexpr int kOtherSlurmRuns = 3;

QString runScript(const QString& action, int& exitCode) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("bash", {kScript, action});
    p.waitForFinished(120000);
    exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

}  // namespace

class TestSweepSlurm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    bool started_ = false;

private slots:
    void initTestCase() {
        // A state folder of the test's own (short: it holds munge's socket), fixed so that a run that
        // crashed leaves a cluster the next one finds by its pid files.
        qputenv("FAULTKE_SLURM_DIR", QDir::tempPath().toUtf8() + "/faultke-slurm-test");
        int code = 0;
        QString out = runScript("start", code);
        if (code == kOtherSlurmRuns) QSKIP(qPrintable("SLURM or munge already run on this machine:\n" + out));
        QVERIFY2(code == 0, qPrintable("SLURM did not start:\n" + out));
        started_ = true;
        // sbatch, squeue and scancel in faultke-cli (which inherit this environment) use this cluster.
        out = runScript("env", code);
        const QRegularExpressionMatch conf = QRegularExpression("SLURM_CONF=(\\S+)").match(out);
        QVERIFY2(code == 0 && conf.hasMatch(), qPrintable(out));
        QVERIFY2(QFile::exists(conf.captured(1)), qPrintable(out));
        qputenv("SLURM_CONF", conf.captured(1).toUtf8());
    }

    void cleanupTestCase() {
        if (!started_) return;
        int code = 0;
        const QString out = runScript("stop", code);
        QVERIFY2(code == 0, qPrintable(out));
    }

    void aSweepRunsAsAnArrayJob() {
        const QString data = dir_.filePath("tiny.mat");
        test::lineDataset(160, 3).save(data.toStdString());
        QFile base(dir_.filePath("base.json"));
        QVERIFY(base.open(QIODevice::WriteOnly));
        base.write(R"({"num_epochs": 1, "num_channels": 2, "batch_size": 16})");
        base.close();
        const QString sweep = dir_.filePath("experiments/cluster");
        CliResult r = runCli({"sweep",
                              "create",
                              sweep,
                              "--data",
                              data,
                              "--params",
                              base.fileName(),
                              "--grid",
                              "learning_rate=1e-3,5e-3",
                              "--repeats",
                              "2",
                              "--device",
                              "cpu",
                              "--backend",
                              "slurm",
                              "--cpus",
                              "1",
                              "--mem",
                              "512M",
                              "--time",
                              "00:05:00",
                              "--max-concurrent",
                              "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = runCli({"sweep", "run", sweep, "--dry-run"});
        QVERIFY(r.out.contains("#SBATCH --array=0-3%2"));
        QVERIFY(!QFile::exists(sweep + "/slurm.json"));  // a dry run submits nothing

        r = runCli({"sweep", "run", sweep});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("submitted job ") && r.out.contains("4 array tasks (0-3%2)"), qPrintable(r.out));

        QElapsedTimer clock;
        clock.start();
        QString status;
        while (clock.elapsed() < 240000) {
            status = runCli({"sweep", "status", sweep}).out;
            if (status.contains("4 runs: 4 finished")) break;
            QVERIFY2(!status.contains(" failed ") || status.contains("0 failed"), qPrintable(status));
            QThread::msleep(1000);
        }
        QVERIFY2(status.contains("4 runs: 4 finished"),
                 qPrintable(status + "\n" + runCli({"sweep", "table", sweep}).out));

        const std::vector<RunSummary> runs = listRuns(sweep.toStdString());
        QCOMPARE(runs.size(), size_t(4));
        for (const RunSummary& run : runs) {
            QCOMPARE(run.status, RunStatus::Finished);
            QVERIFY(run.best.epoch == 1);
        }
        // SLURM's own output files, one per array task.
        QCOMPARE(QDir(sweep + "/logs").entryList({"slurm-*_*.out"}).size(), 4);
        r = runCli({"sweep", "table", sweep});
        QVERIFY2(r.out.contains("lr=0.001") && r.out.contains(" 2/2 "), qPrintable(r.out));

        // Submitting a finished sweep again is refused: nothing to do.
        r = runCli({"sweep", "run", sweep});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing to submit"), qPrintable(r.err));
    }
};

QTEST_MAIN(TestSweepSlurm)
#include "test_sweep_slurm.moc"
