// The sweep file and what it expands to: runs named by their values, seeds counting up, bad
// values refused naming the combination; the SLURM array and script as sbatch will read them;
// the table's mean and SD.
#include <QTemporaryDir>
#include <QtTest>

#include "core/sweep/SlurmBackend.h"
#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepTable.h"
#include "support/TestSupport.h"

using namespace faultke;
using nlohmann::json;

class TestSweepSpec : public QObject {
    Q_OBJECT

private slots:
    void aGridExpandsToEveryCombinationTimesTheRepeats() {
        SweepSpec spec;
        spec.dataset = "data.mat";
        spec.base = {{"num_epochs", 3}};
        spec.grid = {{"learning_rate", {0.001, 0.005}}, {"batch_size", {32, 64, 128}}};
        spec.repeats = 2;
        spec.firstSeed = 10;
        const std::vector<SweepRun> runs = expandSweep(spec);
        QCOMPARE(runs.size(), size_t(12));
        QCOMPARE(QString::fromStdString(runs[0].name), QString("lr=0.001_bs=32-r1"));
        QCOMPARE(QString::fromStdString(runs[1].name), QString("lr=0.001_bs=32-r2"));
        QCOMPARE(QString::fromStdString(runs[2].name), QString("lr=0.001_bs=64-r1"));
        QCOMPARE(QString::fromStdString(runs[11].combination), QString("lr=0.005_bs=128"));
        QCOMPARE(runs[1].params["seed"].get<int>(), 11);
        QCOMPARE(runs[1].params["num_epochs"].get<int>(), 3);
        QCOMPARE(runs[11].params["batch_size"].get<int>(), 128);
        for (size_t i = 0; i < runs.size(); ++i) QCOMPARE(runs[i].index, int(i));

        // The file round trip keeps everything.
        QTemporaryDir dir;
        spec.backend = SweepBackend::Slurm;
        spec.slurm.partition = "gpu";
        spec.slurm.directives = {"--qos=short"};
        spec.save(dir.path().toStdString());
        const SweepSpec back = SweepSpec::load(dir.path().toStdString());
        QCOMPARE(back.toJson().dump(), spec.toJson().dump());
        QCOMPARE(expandSweep(back).size(), size_t(12));
    }

    void badSweepsAreRefusedNamingWhat_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a value no run can use")
            << R"({"dataset": "d.mat", "grid": [{"key": "batch_size", "values": [32, 7.5]}]})"
            << "combination bs=7.5: params: \"batch_size\" must be a whole number, not 7.5";
        QTest::newRow("unknown key") << R"({"dataset": "d.mat", "grdi": []})"
                                     << "unknown key 'grdi'";
        QTest::newRow("grid and list") << R"({"dataset": "d.mat", "grid": [{"key": "dropout", "values": [0.1]}],
                                              "combinations": [{"dropout": 0.2}]})"
                                       << "not both";
        QTest::newRow("no repeats") << R"({"dataset": "d.mat", "repeats": 0})"
                                    << "at least 1";
        QTest::newRow("unknown backend") << R"({"dataset": "d.mat", "backend": "pbs"})"
                                         << "expected local or slurm";
        QTest::newRow("unknown SLURM key") << R"({"dataset": "d.mat", "slurm": {"gpu": 1}})"
                                           << "unknown key 'gpu' in \"slurm\"";
    }
    void badSweepsAreRefusedNamingWhat() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString message = test::errorOf(
            [&] { expandSweep(SweepSpec::fromJson(json::parse(text.toStdString()), "sweep.json"), "sweep.json"); });
        QVERIFY2(message.startsWith("sweep.json: ") && message.contains(expected), qPrintable(message));
    }

    void slurmArrayFoldsRangesAndLimitsConcurrency() {
        QCOMPARE(QString::fromStdString(slurmArraySpec({0, 1, 2, 3}, 0)), QString("0-3"));
        QCOMPARE(QString::fromStdString(slurmArraySpec({0, 1, 2, 5, 7, 8}, 2)), QString("0-2,5,7-8%2"));
        QCOMPARE(QString::fromStdString(slurmArraySpec({4}, 0)), QString("4"));
    }

    void slurmScriptCarriesEveryResource() {
        SweepSpec spec;
        spec.dataset = "/data/d.mat";
        spec.slurm.cpusPerTask = 8;
        spec.slurm.memory = "16G";
        spec.slurm.gpusPerTask = 1;
        spec.slurm.time = "02:00:00";
        spec.slurm.partition = "gpu";
        spec.slurm.account = "geo123";
        spec.slurm.maxConcurrent = 10;
        spec.slurm.directives = {"--qos=normal", "#SBATCH --constraint=a100"};
        spec.slurm.setup = {"module load faultke/1.0"};
        const QString script = QString::fromStdString(
            slurmArrayScript(spec, "/proj/experiments/lr", {0, 1, 2, 3, 4, 5}, "/opt/bin/faultke-cli"));
        for (const char* line :
             {"#SBATCH --array=0-5%10", "#SBATCH --cpus-per-task=8", "#SBATCH --mem=16G", "#SBATCH --time=02:00:00",
              "#SBATCH --gres=gpu:1", "#SBATCH --partition=gpu", "#SBATCH --account=geo123", "#SBATCH --qos=normal",
              "#SBATCH --constraint=a100", "#SBATCH --signal=B:TERM@120", "module load faultke/1.0",
              "exec '/opt/bin/faultke-cli' sweep task '/proj/experiments/lr' \"$SLURM_ARRAY_TASK_ID\""})
            QVERIFY2(script.contains(QString(line) + "\n"), line);
        QVERIFY(script.startsWith("#!/bin/bash\n"));
        // Directives must come before the first command, or sbatch ignores them.
        QVERIFY(script.lastIndexOf("#SBATCH") < script.indexOf("set -eu"));
    }

    void theTableAveragesEachCombinationsSeeds() {
        std::vector<SweepRunStatus> runs(3);
        const double accuracy[] = {0.4, 0.6, 0.9}, r2[] = {0.1, 0.3, 0.5};
        for (int i = 0; i < 3; ++i) {
            runs[size_t(i)].run.name = "run" + std::to_string(i);
            runs[size_t(i)].run.combination = i < 2 ? "lr=0.001" : "lr=0.01";
            HistoryRow row;
            row.epoch = 1;
            row.splits[1].accuracy2sd = accuracy[i];
            row.splits[1].loss = 1.0 + i;
            row.splits[2].r2 = r2[i];
            runs[size_t(i)].summary.history = {row};
            runs[size_t(i)].summary.best.epoch = 1;
        }
        const std::vector<SweepTableRow> rows = sweepTable(runs);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(QString::fromStdString(rows[0].combination), QString("lr=0.01"));  // best eval accuracy first
        QCOMPARE(rows[1].evalAccuracy.n, 2);
        QVERIFY(std::abs(rows[1].evalAccuracy.mean - 0.5) < 1e-12);
        QVERIFY(std::abs(rows[1].evalAccuracy.sd - std::sqrt(0.02)) < 1e-12);
        QVERIFY(std::abs(rows[1].testR2.mean - 0.2) < 1e-12);
        QCOMPARE(QString::fromStdString(sweepTable(runs, "eval_loss")[0].combination), QString("lr=0.001"));
        QVERIFY(test::errorOf([&] { sweepTable(runs, "speed"); }).contains("unknown column 'speed'"));
        // Test windows choose nothing: the test figures are shown, never a ranking.
        for (const char* testColumn : {"test_r2", "test_acc2sd"})
            QVERIFY(test::errorOf([&] { sweepTable(runs, testColumn); }).contains("never used to rank"));
    }

    // A misspelt grid key would make identical runs: refused, with the key meant.
    void aMisspeltGridKeyIsRefusedWithTheNearestKey() {
        SweepSpec spec;
        spec.grid = {{"learnin_rate", {0.001, 0.005}}};
        const QString message = test::errorOf([&] { expandSweep(spec, "sweep.json"); });
        QVERIFY2(message.contains("sweep.json") && message.contains("unknown training parameter 'learnin_rate'") &&
                     message.contains("did you mean 'learning_rate'?"),
                 qPrintable(message));
        spec.grid = {{"zzzz", {1, 2}}};
        QVERIFY(test::errorOf([&] { expandSweep(spec, "sweep.json"); }).contains("faultke-cli params"));
        SweepSpec listed;
        listed.combinations = {{{"batch_size", 32}}, {{"bach_size", 64}}};
        QVERIFY(test::errorOf([&] { expandSweep(listed, "sweep.json"); }).contains("did you mean 'batch_size'?"));
        spec.grid = {{"learning_rate", {0.001, 0.005}}};
        QCOMPARE(expandSweep(spec, "sweep.json").size(), size_t(2));
    }
};

QTEST_MAIN(TestSweepSpec)
#include "test_sweep_spec.moc"
