// The runs of a project read from their files: status (finished, stopped, interrupted), the
// best epoch chosen by the user, parameter differences, unique names, the Keras history of the
// original archive and TensorBoard's smoothing.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/model/RunCatalog.h"
#include "core/model/Trainer.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

// Trains a run into dir; stops after `stopAfter` epochs when > 0.
void trainRun(const Dataset& data, const std::string& dir, int epochs, int stopAfter = 0) {
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir;
    Trainer trainer(data, test::tinyTrainParams(epochs, 7), options);
    if (stopAfter > 0)
        trainer.onEpoch = [&](const EpochStats& e) {
            if (e.epoch == stopAfter) trainer.requestStop();
        };
    trainer.run();
}

}  // namespace

class TestRunCatalog : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString experiments_;

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        experiments_ = dir_.filePath("experiments");
        const Dataset data = test::lineDataset(80, 1);
        trainRun(data, (experiments_ + "/base").toStdString(), 2);
        trainRun(data, (experiments_ + "/base-r2").toStdString(), 3, 1);
    }

    void statusesFromTheFiles() {
        const std::vector<RunSummary> runs = listRuns(experiments_.toStdString());
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(QString::fromStdString(runs[0].name), QString("base"));
        QCOMPARE(runs[0].status, RunStatus::Finished);
        QCOMPARE(runs[0].epochs(), 2);
        QVERIFY(runs[0].best.epoch >= 1);
        QVERIFY(runs[0].error.empty());
        QCOMPARE(runs[1].status, RunStatus::Stopped);
        QCOMPARE(runs[1].epochs(), 1);
        QVERIFY(runs[1].resumable());
        QCOMPARE(QString::fromStdString(runs[1].group()), QString("base"));
        QCOMPARE(QString::fromStdString(runs[0].group()), QString("base"));

        // Killed mid-run: no word in the log about how it ended, and a history row whose
        // checkpoint never made it.
        const QString killed = dir_.filePath("experiments/killed");
        QVERIFY(QDir().mkpath(killed));
        for (const QString& f : {"params.json", "history.csv", "log.txt"})
            QVERIFY(QFile::copy(experiments_ + "/base-r2/" + f, killed + "/" + f));
        QVERIFY(QDir().mkpath(killed + "/checkpoints"));
        QVERIFY(QFile::copy(experiments_ + "/base-r2/checkpoints/epoch-001.pt", killed + "/checkpoints/epoch-001.pt"));
        QFile log(killed + "/log.txt");
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Truncate));
        log.write("training on CPU\n");
        log.close();
        const RunSummary k = readRunSummary(killed.toStdString());
        QCOMPARE(k.status, RunStatus::Interrupted);
        QVERIFY(k.resumable());
        QDir(killed).removeRecursively();

        // A broken run is listed with its error, not skipped.
        const QString broken = dir_.filePath("experiments/broken");
        QVERIFY(QDir().mkpath(broken));
        QFile params(broken + "/params.json");
        QVERIFY(params.open(QIODevice::WriteOnly));
        params.write("{ not json");
        params.close();
        const RunSummary b = readRunSummary(broken.toStdString());
        QVERIFY(QString::fromStdString(b.error).contains("params.json"));
        QDir(broken).removeRecursively();
    }

    void theUserChoosesTheBestEpoch() {
        const std::string run = (experiments_ + "/base").toStdString();
        selectBestEpoch(run, 1);
        const RunFolder folder(run);
        QCOMPARE(folder.readBest().epoch, 1);
        QCOMPARE(folder.readBest().rule, BestEpochRule::User);
        QCOMPARE(TrainParams::load(folder.paramsPath()).bestEpochRule, BestEpochRule::User);
        QCOMPARE(folder.resolveEpoch("best"), 1);
        QVERIFY(test::errorOf([&] { selectBestEpoch(run, 9); }).contains("epoch 9 is not a completed epoch"));
        clearSelectedBestEpoch(run);
        QCOMPARE(folder.readBest().rule, BestEpochRule::MaxEvalAccuracy);
        // A steady run goes back to its own rule, the last epoch.
        TrainParams steady = TrainParams::load(folder.paramsPath());
        steady.adoptRecipe(Preset::Steady);
        steady.save(folder.paramsPath());
        selectBestEpoch(run, 1);
        clearSelectedBestEpoch(run);
        QCOMPARE(folder.readBest().rule, BestEpochRule::LastEpoch);
        QCOMPARE(folder.readBest().epoch, folder.lastCompleteEpoch());
        QVERIFY(TrainParams::load(folder.paramsPath()).recipeIs(Preset::Steady));
    }

    void differencesAndNames() {
        TrainParams a = test::tinyTrainParams(2, 7), b = test::tinyTrainParams(2, 7);
        QVERIFY(differingParams(a, b).empty());
        b.learningRate = 1e-3;
        b.seed = 8;
        const std::vector<std::string> d = differingParams(b, a);
        QCOMPARE(d.size(), size_t(2));
        QCOMPARE(QString::fromStdString(d[0]), QString("learning_rate: 0.001"));
        QCOMPARE(QString::fromStdString(d[1]), QString("seed: 8"));
        QCOMPARE(uniqueRunName(experiments_.toStdString(), "new"), std::string("new"));
        QCOMPARE(uniqueRunName(experiments_.toStdString(), "base"), std::string("base-2"));
    }

    void aRepeatGroupNamesItsRuns() {
        QTemporaryDir dir;
        for (const char* name : {"fault-r2", "fault-r10", "fault-r1", "fault-rx", "faulty-r3", "other"}) {
            QVERIFY(QDir(dir.path()).mkpath(name));
            QFile params(dir.filePath(QString(name) + "/params.json"));
            QVERIFY(params.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkpath("fault-r4"));  // no params.json: not a run
        const std::string group = dir.filePath("fault").toStdString();
        const std::vector<std::string> runs = repeatGroupRuns(group);
        QCOMPARE(runs.size(), size_t(3));
        QCOMPARE(QString::fromStdString(runs[0]), dir.filePath("fault-r1"));
        QCOMPARE(QString::fromStdString(runs[1]), dir.filePath("fault-r2"));
        QCOMPARE(QString::fromStdString(runs[2]), dir.filePath("fault-r10"));
        // A path that exists, "bundled" and an unknown name stand for themselves.
        QCOMPARE(repeatGroupRuns(dir.filePath("other").toStdString()),
                 std::vector<std::string>{dir.filePath("other").toStdString()});
        QCOMPARE(repeatGroupRuns("bundled"), std::vector<std::string>{"bundled"});
        QCOMPARE(repeatGroupRuns(dir.filePath("nothing").toStdString()),
                 std::vector<std::string>{dir.filePath("nothing").toStdString()});
    }

    void kerasHistoryOfTheArchive() {
        const QString file = test::sharedFile("reference/keras-archive/history.json");
        if (file.isEmpty()) QSKIP("reference material absent");
        const std::vector<HistoryRow> rows = readKerasHistory(file.toStdString());
        QCOMPARE(rows.size(), size_t(50));
        QCOMPARE(rows[0].epoch, 1);
        QVERIFY(std::abs(rows[0].train().loss - 114.63311152304372) < 1e-9);
        QVERIFY(rows[10].eval().accuracy2sd > 0 && rows[10].eval().accuracy2sd <= 1);
    }

    void kerasHistoryErrorsNameTheFile() {
        const QString path = dir_.filePath("h.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"acc": [1, 2]})");
        f.close();
        QVERIFY(
            test::errorOf([&] { readKerasHistory(path.toStdString()); }).startsWith(path + ": not a Keras history"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"loss": [1, 0.5], "val_loss": [2, 1]})");
        f.close();
        const std::vector<HistoryRow> rows = readKerasHistory(path.toStdString());
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1].eval().loss, 1.0);
        QVERIFY(std::isnan(rows[1].train().accuracy2sd));
    }

    // Repeats drawn as a mean with a ±1 SD band: the sample SD over the repeats that scored the split
    // at that epoch, and no band where fewer than two did.
    void repeatsSpreadEpochByEpoch() {
        auto row = [](int epoch, double evalAccuracy, bool evalScored) {
            HistoryRow r;
            r.epoch = epoch;
            r.splits[1].count = evalScored ? 10 : 0;
            r.splits[1].accuracy2sd = evalAccuracy;
            return r;
        };
        const std::vector<HistoryRow> a{row(1, 0.2, true), row(2, 0.4, true), row(3, 0.9, true)};
        const std::vector<HistoryRow> b{row(1, 0.4, true), row(2, 0.6, true)};
        const std::vector<HistoryRow> c{row(1, 0.6, true), row(2, 0.5, false)};
        const std::vector<RepeatSpread> s = repeatSpread({&a, &b, &c}, "eval_acc2sd", Split::Eval);
        QCOMPARE(s.size(), size_t(2));  // epoch 3: one repeat only
        QCOMPARE(s[0].epoch, 1);
        QCOMPARE(s[0].repeats, 3);
        QVERIFY(std::abs(s[0].mean - 0.4) < 1e-12);
        QVERIFY(std::abs(s[0].sd - 0.2) < 1e-12);  // sample SD of 0.2, 0.4, 0.6
        QCOMPARE(s[1].repeats, 2);                 // c did not score eval at epoch 2
        QVERIFY(std::abs(s[1].mean - 0.5) < 1e-12);
        QVERIFY(std::abs(s[1].sd - std::sqrt(0.02)) < 1e-12);
    }

    void smoothingAsTensorBoard() {
        QCOMPARE(smoothCurve({3, 1, 2}, 0.0), (std::vector<double>{3, 1, 2}));
        const std::vector<double> s = smoothCurve({1, 0, 0}, 0.6);
        QCOMPARE(s[0], 1.0);  // debiased: the first value is itself
        // 0.6 * 0.4 / (1 - 0.36) = 0.375
        QVERIFY(std::abs(s[1] - 0.375) < 1e-12);
        const std::vector<double> flat = smoothCurve({5, 5, 5, 5}, 0.9);
        for (double v : flat) QVERIFY(std::abs(v - 5) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestRunCatalog)
#include "test_run_catalog.moc"
