// Inputs that used to give silently wrong results are refused where they enter, with a message
// naming the file or run and the problem, and nothing of the user's is changed: a dataset without
// eval samples, a run resumed on another dataset or without its history, training that diverges,
// and a fault-map window with no trace.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "core/gis/FaultPrediction.h"
#include "core/io/Npy.h"
#include "core/model/Predictor.h"
#include "core/model/Run.h"
#include "core/model/Trainer.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

TrainOptions cpuRun(const QString& dir) {
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir.toStdString();
    return options;
}

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestTrainingRefusals : public QObject {
    Q_OBJECT

private slots:
    void paramsWithANumberTooLargeAreBrokenJson() {
        // Found by fuzz_params_json: nlohmann's out_of_range escaped as a raw library message.
        const QString message = test::errorOf([] { TrainParams::fromJson(R"({"learning_rate": 8e99999})"); });
        QVERIFY2(message.startsWith("params.json: broken JSON"), qPrintable(message));
    }

    void noEvalSamplesIsRefusedUnlessTheEpochIsChosen() {
        Dataset data = test::lineDataset(40, 3);
        for (Sample& s : data.samples)
            if (s.split == Split::Eval) s.split = Split::Train;
        TrainOptions options;
        options.device = DeviceChoice::Cpu;
        const QString message = test::errorOf([&] { Trainer(data, test::tinyTrainParams(1), options).run(); });
        QVERIFY2(message.contains("no eval samples"), qPrintable(message));
        TrainParams chosen = test::tinyTrainParams(1);
        chosen.bestEpochRule = BestEpochRule::User;
        chosen.bestEpoch = 1;
        QCOMPARE(Trainer(data, chosen, options).run().history.size(), size_t(1));
    }

    void resumingOnAnotherDatasetIsRefused() {
        QTemporaryDir dir;
        const QString run = dir.filePath("run");
        const Dataset data = test::lineDataset(40, 3);
        test::trainTinyRun(data, run.toStdString(), 1);
        const QByteArray history = contents(run + "/history.csv");

        const Dataset other = test::lineDataset(40, 4);
        TrainOptions options = cpuRun(run);
        options.resume = true;
        const QString message = test::errorOf([&] { Trainer(other, test::tinyTrainParams(2), options).run(); });
        QVERIFY2(message.startsWith(run + ": "), qPrintable(message));
        QVERIFY2(message.contains("another dataset"), qPrintable(message));
        QCOMPARE(contents(run + "/history.csv"), history);
        // Its own dataset resumes.
        QVERIFY(!Trainer(data, test::tinyTrainParams(2), options).run().history.empty());
    }

    void resumingWithoutHistoryKeepsTheCheckpoints() {
        QTemporaryDir dir;
        const QString run = dir.filePath("run");
        const Dataset data = test::lineDataset(40, 3);
        test::trainTinyRun(data, run.toStdString(), 2);
        const QString checkpoint = run + "/checkpoints/epoch-001.pt";
        const QByteArray before = contents(checkpoint);
        for (const bool empty : {false, true}) {
            QFile::remove(run + "/history.csv");
            if (empty) QVERIFY(QFile(run + "/history.csv").open(QIODevice::WriteOnly));
            TrainOptions options = cpuRun(run);
            options.resume = true;
            const QString message = test::errorOf([&] { Trainer(data, test::tinyTrainParams(3), options).run(); });
            QVERIFY2(message.contains("history.csv") && message.contains("overwrite"), qPrintable(message));
            QCOMPARE(contents(checkpoint), before);
            QVERIFY(QFile::exists(run + "/checkpoints/epoch-002.pt"));
        }
    }

    void divergedTrainingStopsWithoutSavingTheEpoch() {
        QTemporaryDir dir;
        const QString run = dir.filePath("run");
        Dataset data = test::lineDataset(40, 3);
        for (Sample& s : data.samples) s.ke = s.keLabel = 1e30;  // finite, but its square is not in float32
        const QString message = test::errorOf([&] { Trainer(data, test::tinyTrainParams(2), cpuRun(run)).run(); });
        QVERIFY2(message.contains("diverged in epoch 1"), qPrintable(message));
        // A fresh run that never saved an epoch leaves nothing behind.
        QVERIFY(!QFileInfo::exists(run));
    }

    void aRunFolderRemovedWhileTrainingEndsItAndStaysGone() {
        QTemporaryDir dir;
        const QString run = dir.filePath("runs/run");
        const Dataset data = test::lineDataset(40, 3);  // the trainer keeps a reference
        Trainer trainer(data, test::tinyTrainParams(3), cpuRun(run));
        trainer.onEpoch = [&](const EpochStats& stats) {
            if (stats.epoch == 1) QDir(dir.filePath("runs")).removeRecursively();  // as another program would
        };
        const QString message = test::errorOf([&] { trainer.run(); });
        QVERIFY2(message.startsWith(run + ": the run folder is gone") && message.contains("epoch 2"),
                 qPrintable(message));
        QVERIFY2(!QFileInfo::exists(dir.filePath("runs")), "the removed folder was created again");
    }

    void aWindowWithoutTraceIsLeftOutLikeTheOthers() {
        QTemporaryDir dir;
        const Dataset data = test::lineDataset(40, 3, test::fullSizeLines(test::LineSplits::FourthEvalFifthTest));
        const QString run = dir.filePath("run");
        test::trainTinyRun(data, run.toStdString(), 1);
        const Ensemble model({std::make_shared<const Predictor>(Predictor::load(run.toStdString()))});
        const auto predictFile = [&](const std::string& path) {
            return predictInput(model, readPredictionInput(path)).maps.front();
        };
        std::vector<double> empty(128 * 64, 0.0), nan(128 * 64, 0.0), trace(128 * 64, 0.0);
        nan[5] = std::numeric_limits<double>::quiet_NaN();
        for (int r = 0; r < 128; ++r) trace[size_t(r) * 64 + 30] = 1;
        const std::string emptyPath = dir.filePath("empty.npy").toStdString();
        const std::string nanPath = dir.filePath("nan.npy").toStdString();
        const std::string tracePath = dir.filePath("trace.npy").toStdString();
        writeNpy(emptyPath, {128, 64}, empty.data());
        writeNpy(nanPath, {128, 64}, nan.data());
        writeNpy(tracePath, {128, 64}, trace.data());
        const MapPrediction none = predictFile(emptyPath);
        QVERIFY(none.windows.empty());
        QCOMPARE(none.map.leftOut.size(), size_t(1));
        QCOMPARE(QString::fromStdString(none.map.leftOut.front().reason), QString("no trace"));
        const QString withNan = test::errorOf([&] { predictFile(nanPath); });
        QVERIFY2(withNan.startsWith(QString::fromStdString(nanPath) + ": "), qPrintable(withNan));
        QVERIFY2(withNan.contains("non-finite"), qPrintable(withNan));
        QCOMPARE(predictFile(tracePath).windows.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTrainingRefusals)
#include "test_training_refusals.moc"
