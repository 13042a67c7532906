// Training from a trained model (params.json's start_from, freeze; faultke-cli train
// --start-from): every kind of starting model, shapes that do not fit, frozen layers left
// bit-identical, the starting point recorded (start.json, epoch-0 figures) and kept on resume.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>
#include <string>

#include "core/model/Run.h"
#include "core/model/StartingPoint.h"
#include "core/model/TorchScriptExport.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

// The windows test::trainShapeRun trains on: 32 full-size windows of vertical traces, every
// fourth an eval window.
const Dataset& fullSizeData() {
    static const Dataset data = test::lineDataset(32, 5, test::fullSizeLines(test::LineSplits::FourthEval));
    return data;
}

TrainResult trainFrom(const std::string& startFrom, const std::string& runDir, int epochs,
                      Preset preset = Preset::Original, Freeze freeze = Freeze::None, bool resume = false) {
    TrainParams p = TrainParams::forPreset(preset);
    p.batchSize = 8;
    p.numEpochs = epochs;
    p.seed = 3;
    p.startFrom = startFrom;
    p.freeze = freeze;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = runDir;
    options.resume = resume;
    if (resume) options.epochs = epochs;  // the run's own params.json names fewer
    return Trainer(fullSizeData(), p, options).run();
}

}  // namespace

class TestFineTuning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        // A source run of the published network's shape, 2 epochs.
        source_ = test::trainShapeRun(dir_.filePath("source").toStdString(), NetworkConfig{}, 2);
    }

    // A run folder (its chosen epoch, or :N), its checkpoint, its TorchScript export and the
    // bundled model: the weights training starts from are the model's, and start.json says so.
    void startsFromEachKindOfModel() {
        const std::string checkpoint = RunFolder(source_).checkpointPath(1);
        const std::string script = dir_.filePath("source-1.pt").toStdString();
        exportTorchScript(source_, "1", script);
        const auto epoch1 = modelLayerFingerprints(source_ + ":1");
        QCOMPARE(modelLayerFingerprints(checkpoint), epoch1);
        QCOMPARE(modelLayerFingerprints(script), epoch1);
        // A run folder alone is its chosen epoch; another epoch is other weights.
        const int best = RunFolder(source_).readBest().epoch;
        QCOMPARE(modelLayerFingerprints(source_), modelLayerFingerprints(source_ + ":" + std::to_string(best)));
        QVERIFY(modelLayerFingerprints(source_ + ":2") != epoch1);
        QVERIFY(modelLayerFingerprints("bundled") != epoch1);
        QVERIFY(modelLayerFingerprints("bundled:2") != modelLayerFingerprints("bundled"));

        const std::vector<HistoryRow> history = RunFolder(source_).readHistory();
        int n = 0;
        for (const std::string& from : {source_ + ":1", checkpoint, script, std::string("bundled")}) {
            const std::string run = dir_.filePath(QString("from-%1").arg(++n)).toStdString();
            const TrainResult result = trainFrom(from, run, 1);
            QVERIFY(result.start);
            const std::optional<RunStart> start = RunFolder(run).readStart();
            QVERIFY2(start, from.c_str());
            QCOMPARE(start->startFrom, from);
            QCOMPARE(start->fingerprint, result.start->fingerprint);
            // Epoch 0 is the starting model on this dataset: the source's own eval figures at epoch 1.
            if (from != "bundled") {
                QCOMPARE(start->figures.eval().count, history[0].eval().count);
                QVERIFY2(std::abs(start->figures.eval().loss - history[0].eval().loss) < 1e-4 * history[0].eval().loss,
                         from.c_str());
                QCOMPARE(start->figures.eval().accuracy2sd, history[0].eval().accuracy2sd);
            }
        }
        // Random weights: no start.json.
        trainFrom("", dir_.filePath("scratch").toStdString(), 1);
        QVERIFY(!RunFolder(dir_.filePath("scratch").toStdString()).readStart());
    }

    void startsFromThePublishedKerasModel() {
        const QString keras = test::sharedFile("reference/keras-archive/weights-improvement-41-0.97.hdf5");
        if (keras.isEmpty()) QSKIP("reference material absent (../shared/reference/keras-archive)");
        const std::string run = dir_.filePath("from-keras").toStdString();
        trainFrom(keras.toStdString(), run, 1);
        const std::optional<RunStart> start = RunFolder(run).readStart();
        QVERIFY(start && start->description.find("Keras model") != std::string::npos);
        // The published model reads its own kind of windows well above chance.
        QVERIFY(start->figures.eval().count > 0);
    }

    // A model of another shape is refused before anything is written, naming the layer.
    void aShapeThatDoesNotFitNamesTheLayer() {
        NetworkConfig narrow;
        narrow.baseChannels = 2;
        const std::string other = test::trainShapeRun(dir_.filePath("narrow").toStdString(), narrow, 1);
        const std::string run = dir_.filePath("misfit").toStdString();
        const QString error = test::errorOf([&] { trainFrom(other, run, 1); });
        QVERIFY2(error.contains("layer 'block0_conv0.weight' is [2, 1, 3, 3] there and [4, 1, 3, 3] here"),
                 qPrintable(error));
        QVERIFY2(error.contains("num_channels 2") && error.contains("num_channels 4"), qPrintable(error));
        QVERIFY(!std::filesystem::exists(run));  // refused before its folder was made
        NetworkConfig dilated;
        dilated.dilation = 3;
        const std::string third = test::trainShapeRun(dir_.filePath("dilated").toStdString(), dilated, 1);
        QVERIFY(
            test::errorOf([&] { trainFrom(third, dir_.filePath("misfit2").toStdString(), 1); }).contains("dilation 3"));
        NetworkConfig withRelu;
        withRelu.denseRelu = true;
        const std::string fourth = test::trainShapeRun(dir_.filePath("relu").toStdString(), withRelu, 1);
        // Its head's ReLU is not a shape: a run from it keeps it, and params.json says so.
        const std::string fromRelu = dir_.filePath("from-relu").toStdString();
        trainFrom(fourth, fromRelu, 1);
        QVERIFY(TrainParams::load(RunFolder(fromRelu).paramsPath()).network.denseRelu);
        QVERIFY(test::errorOf([&] {
                    trainFrom("bundled:9", dir_.filePath("misfit3").toStdString(), 1);
                }).contains("members 1 to"));
        QVERIFY(test::errorOf([&] {
                    trainFrom(dir_.filePath("nowhere").toStdString(), dir_.filePath("m4").toStdString(), 1);
                }).contains("no such model"));
    }

    // After an epoch the frozen layers (weights and batch-norm statistics) are the starting
    // model's to the bit, in the checkpoint (the weight average, with the steady recipe) too;
    // the others have moved.
    void frozenLayersStayBitIdentical() {
        const auto start = modelLayerFingerprints("bundled");
        for (Freeze freeze : {Freeze::Convs, Freeze::AllButHead}) {
            const std::string run =
                dir_.filePath(freeze == Freeze::Convs ? "frozen-convs" : "frozen-all").toStdString();
            trainFrom("bundled", run, 1, Preset::FineTune, freeze);
            const auto after = modelLayerFingerprints(run + ":1");
            QCOMPARE(after.size(), start.size());
            for (const auto& [layer, fingerprint] : start) {
                const bool frozen =
                    freeze == Freeze::Convs ? layer.rfind("block", 0) == 0 : layer.rfind("head.", 0) != 0;
                if (frozen)
                    QVERIFY2(after.at(layer) == fingerprint, layer.c_str());
                else if (layer.find("weight") != std::string::npos)
                    QVERIFY2(after.at(layer) != fingerprint, layer.c_str());
            }
        }
        // Freezing needs starting weights.
        QVERIFY(test::errorOf([&] {
                    trainFrom("", dir_.filePath("frozen-nothing").toStdString(), 1, Preset::Steady, Freeze::Convs);
                }).contains("needs a trained model in \"start_from\""));
    }

    // Resuming continues from the run's checkpoint: where it started stays recorded, and the
    // starting model is not read again (it may be gone).
    void resumeKeepsWhereItStarted() {
        const std::string copy = dir_.filePath("source-copy").toStdString();
        std::filesystem::copy(source_, copy, std::filesystem::copy_options::recursive);
        const std::string run = dir_.filePath("resumed").toStdString();
        trainFrom(copy + ":2", run, 1);
        const std::optional<RunStart> before = RunFolder(run).readStart();
        QVERIFY(before);
        std::filesystem::remove_all(copy);
        const TrainResult result = trainFrom(copy + ":2", run, 2, Preset::Original, Freeze::None, true);
        QCOMPARE(int(result.history.size()), 2);
        QVERIFY(result.start && result.start->fingerprint == before->fingerprint);
        const std::optional<RunStart> after = RunFolder(run).readStart();
        QVERIFY(after);
        QCOMPARE(after->fingerprint, before->fingerprint);
        QCOMPARE(after->startFrom, copy + ":2");
    }

private:
    QTemporaryDir dir_;
    std::string source_;
};

QTEST_GUILESS_MAIN(TestFineTuning)
#include "test_fine_tuning.moc"
