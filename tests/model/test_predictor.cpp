// Predictions from every kind of model (run folder, checkpoint, Keras file) on every kind of
// input (windows, .npy windows and maps, .mat frames, images), with clear errors for bad input.
#include <QtTest>

#include <QTemporaryDir>

#include <cmath>
#include <fstream>

#include "core/data/Dataset.h"
#include "core/data/FaultMapImage.h"
#include "core/gis/FaultPrediction.h"
#include "core/io/Npy.h"
#include "core/model/Predictor.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

// Full-size windows with a vertical trace whose thickness sets KE, trained for two epochs: a
// real run folder, quickly.
std::string trainTinyRun(const QString& dir) {
    const Dataset d = test::lineDataset(48, 11, test::fullSizeLines(test::LineSplits::FourthEvalFifthTest));
    TrainParams params;
    params.batchSize = 16;
    params.numEpochs = 2;
    params.seed = 3;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = (dir + "/run").toStdString();
    Trainer(d, params, options).run();
    return options.runDir;
}

std::vector<float> traceWindow(int column, int thickness) {
    std::vector<float> w(128 * 64, 0.0f);
    for (int r = 0; r < 128; ++r)
        for (int c = column; c < column + thickness; ++c) w[size_t(r) * 64 + c] = 1.0f;
    return w;
}

GrayImage mapImage(int rows, int cols) {
    GrayImage image{rows, cols, std::vector<uint8_t>(size_t(rows) * cols, 255)};
    for (int r = rows / 2 - 3; r <= rows / 2 + 3; ++r)
        for (int c = 0; c < cols; ++c) image.pixels[size_t(r) * cols + c] = 0;
    return image;
}

using test::errorOf;
using test::writeFile;

bool allFinite(const MapPrediction& p) {
    for (const auto& w : p.windows)
        if (!std::isfinite(w.ke) || w.ke < 0) return false;
    return !p.windows.empty();
}

// A file through the one prediction path of the Predict page and `faultke-cli predict`.
MapPrediction predictFile(const std::shared_ptr<const Predictor>& p, const std::string& path,
                          const PredictionSettings& settings = {}, InputQuery query = {}) {
    return predictInput(Ensemble({p}), readPredictionInput(path, query), settings).maps.front();
}

std::shared_ptr<const Predictor> load(const std::string& path) {
    return std::make_shared<const Predictor>(Predictor::load(path, "best", DeviceChoice::Cpu));
}

}  // namespace

class TestPredictor : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string run_;

private slots:
    void initTestCase() { run_ = trainTinyRun(dir_.path()); }

    void loadsRunsByEpochAndCheckpoints() {
        const Predictor best = Predictor::load(run_, "best", DeviceChoice::Cpu);
        QCOMPARE(int(best.info().kind), int(ModelKind::Run));
        QVERIFY(best.info().epoch == 1 || best.info().epoch == 2);
        QVERIFY(QString::fromStdString(best.info().description).contains("(best)"));
        QCOMPARE(best.windowHeight(), 128);
        QCOMPARE(best.windowWidth(), 64);

        const Predictor first = Predictor::load(run_, "1", DeviceChoice::Cpu);
        QCOMPARE(first.info().epoch, 1);
        const Predictor file = Predictor::load(first.info().weightsPath, "best", DeviceChoice::Cpu);
        QCOMPARE(int(file.info().kind), int(ModelKind::Checkpoint));
        const std::vector<float> w = traceWindow(20, 3);
        QCOMPARE(file.predictWindow(w), first.predictWindow(w));

        QVERIFY(!errorOf([&] { Predictor::load(run_, "9"); }).isEmpty());
        QVERIFY(errorOf([&] { Predictor::load(first.info().weightsPath, "2"); }).contains("run folders only"));
        QVERIFY(errorOf([&] { Predictor::load(dir_.path().toStdString() + "/nothing"); }).contains("no such model"));
        QVERIFY(errorOf([&] { Predictor::load(dir_.path().toStdString()); }).contains("not a run folder"));
    }

    void damagedCheckpointsAreSaidInPlainWords() {
        // libtorch's archive messages come after what they mean, without its backtrace.
        const Predictor first = Predictor::load(run_, "1", DeviceChoice::Cpu);
        QFile source(QString::fromStdString(first.info().weightsPath));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString cut = dir_.filePath("cut-short.pt"), other = dir_.filePath("not-an-archive.pt");
        writeFile(cut, bytes.left(bytes.size() / 2));
        writeFile(other, QByteArray("a text file, not a checkpoint\n"));

        const QString cutError = errorOf([&] { Predictor::load(cut.toStdString()); });
        QVERIFY2(cutError.contains("cut-short.pt") && cutError.contains("not a complete PyTorch archive") &&
                     cutError.contains("libtorch's words:"),
                 qPrintable(cutError));
        const QString otherError = errorOf([&] { Predictor::load(other.toStdString()); });
        QVERIFY2(otherError.contains("not-an-archive.pt") && otherError.contains("not a complete PyTorch archive"),
                 qPrintable(otherError));
        for (const QString& error : {cutError, otherError})
            QVERIFY2(!error.contains('\n') && !error.contains("Exception raised from"), qPrintable(error));
    }

    void batchesGiveTheSameAsSingleWindows() {
        const Predictor p = Predictor::load(run_, "best", DeviceChoice::Cpu);
        std::vector<float> all;
        std::vector<double> singles;
        for (int i = 0; i < 10; ++i) {
            const std::vector<float> w = traceWindow(5 + 4 * i, 1 + i % 4);
            all.insert(all.end(), w.begin(), w.end());
            singles.push_back(p.predictWindow(w));
        }
        const std::vector<double> batched = p.predictWindows(all.data(), 10, 3);
        QCOMPARE(batched.size(), size_t(10));
        for (int i = 0; i < 10; ++i) QVERIFY(std::abs(batched[i] - singles[i]) < 1e-6);
        QVERIFY(!errorOf([&] { p.predictWindow(std::vector<float>(100)); }).isEmpty());
    }

    void npyWindowsAndMaps() {
        const auto p = load(run_);
        const std::vector<float> w = traceWindow(30, 2);
        const std::vector<double> values(w.begin(), w.end());
        const std::string window = (dir_.path() + "/window.npy").toStdString();
        writeNpy(window, {128, 64}, values.data(), {NpyDtype::Float32});
        const MapPrediction one = predictFile(p, window);
        QCOMPARE(int(one.kind), int(FaultMapKind::Npy));
        QCOMPARE(one.windows.size(), size_t(1));
        QVERIFY(allFinite(one));
        QCOMPARE(one.windows[0].ke, p->predictWindow(w));

        // A curl, fault, u, v window: the fault map is channel 1.
        std::vector<double> cfuv(size_t(128) * 64 * 4, 0.0);
        for (size_t i = 0; i < values.size(); ++i) {
            cfuv[i * 4 + 0] = 0.3;
            cfuv[i * 4 + 1] = values[i];
            cfuv[i * 4 + 2] = -1.0;
        }
        const std::string four = (dir_.path() + "/cfuv.npy").toStdString();
        writeNpy(four, {128, 64, 4}, cfuv.data());
        QCOMPARE(predictFile(p, four).windows[0].ke, one.windows[0].ke);

        // A whole 135 x 313 fault map: scaled to 128 rows (297 columns), cut into 5 windows.
        std::vector<double> map(size_t(135) * 313, 0.0);
        for (int c = 0; c < 313; ++c) map[size_t(67) * 313 + c] = map[size_t(68) * 313 + c] = 1.0;
        const std::string big = (dir_.path() + "/map.npy").toStdString();
        writeNpy(big, {135, 313}, map.data());
        const MapPrediction cut = predictFile(p, big);
        QCOMPARE(cut.windows.size(), size_t(5));
        QCOMPARE(cut.map.rows, 128);
        QVERIFY(allFinite(cut));
        QCOMPARE(cut.summary.count, 5);

        std::vector<double> stack(size_t(3) * 128 * 64, 0.0);
        const std::string stacked = (dir_.path() + "/stack.npy").toStdString();
        writeNpy(stacked, {3, 128, 64}, stack.data());
        QVERIFY(errorOf([&] { predictFile(p, stacked); }).contains("at most 4 channels"));

        const std::string bad = (dir_.path() + "/bad.npy").toStdString();
        std::ofstream(bad, std::ios::binary) << "not numpy";
        QVERIFY(errorOf([&] { predictFile(p, bad); }).contains(QString::fromStdString(bad)));
    }

    void imagesOfFaultMaps() {
        const auto p = load(run_);
        const std::string png = (dir_.path() + "/map.png").toStdString();
        writeGrayImage(png, mapImage(256, 700));  // 128 x 350 once scaled: 1 + (350 - 64) / 50 = 6
        const MapPrediction result = predictFile(p, png);
        QCOMPARE(int(result.kind), int(FaultMapKind::Image));
        QCOMPARE(result.input, png);
        QCOMPARE(result.windows.size(), size_t(6));
        QVERIFY(allFinite(result));
        QVERIFY(result.map.inverted);
        for (size_t i = 0; i < result.windows.size(); ++i) QCOMPARE(result.windows[i].rect.index, int(i));
        const PredictionSummary& s = result.summary;
        QCOMPARE(s.count, 6);
        QVERIFY(s.min <= s.median && s.median <= s.max && s.min <= s.mean && s.mean <= s.max);

        PredictionSettings wide;
        wide.map.stride = 100;
        QCOMPARE(predictFile(p, png, wide).windows.size(), size_t(3));

        const std::string broken = (dir_.path() + "/broken.jpg").toStdString();
        std::ofstream(broken, std::ios::binary) << "\xff\xd8\xff garbage";
        QVERIFY(errorOf([&] { predictFile(p, broken); }).contains(QString::fromStdString(broken)));
        QVERIFY(errorOf([&] { predictFile(p, "notes.txt"); }).contains("unsupported file type"));
    }

    void matExperimentFrames() {
        const auto p = load(run_);
        const std::string mat = test::writeSyntheticExperiment(dir_.path(), "EB_100_1", 3, 5);
        InputQuery query;
        query.frame = 2;
        const MapPrediction frame = predictFile(p, mat, {}, query);
        QCOMPARE(int(frame.kind), int(FaultMapKind::MatFrame));
        QCOMPARE(frame.frame, 2);
        QVERIFY(allFinite(frame));
        QCOMPARE(frame.windows.size() + frame.map.leftOut.size(), size_t(5));  // 313 columns: 5 windows

        PredictionSettings only;
        only.map.onlyWindow = 3;
        const MapPrediction one = predictFile(p, mat, only, query);
        QCOMPARE(one.windows.size(), size_t(1));
        QCOMPARE(one.windows[0].rect.index, 3);
        QCOMPARE(one.windows[0].rect.col, 150);

        only.map.onlyWindow = 5;
        QVERIFY(errorOf([&] { predictFile(p, mat, only, query); }).contains("window 5 does not exist"));
        query.frame = 3;
        QVERIFY(errorOf([&] { predictFile(p, mat, {}, query); }).contains(QString::fromStdString(mat) + ": frame 3"));

        // Every frame, the file read once: one prediction per frame, in order.
        query.frame = kAllMatFrames;
        const FaultPrediction all = predictInput(Ensemble({p}), readPredictionInput(mat, query), {});
        QCOMPARE(all.maps.size(), size_t(3));
        for (int f = 0; f < 3; ++f) QCOMPARE(all.maps[f].frame, f);
        QCOMPARE(all.maps[2].summary.mean, frame.summary.mean);
    }

    void kerasModelOnAFaultMap() {
        const QString model = test::sharedFile("reference/keras-archive/weights-improvement-41-0.97.hdf5");
        if (model.isEmpty()) QSKIP("reference material absent");
        const auto p = load(model.toStdString());
        QCOMPARE(int(p->info().kind), int(ModelKind::Keras));
        const std::string png = (dir_.path() + "/keras-map.png").toStdString();
        writeGrayImage(png, mapImage(300, 900));
        const MapPrediction result = predictFile(p, png);
        QVERIFY(allFinite(result));
        QVERIFY(result.summary.max < 2.0);
    }

    void summaryStatistics() {
        const PredictionSummary s = summarise({4, 1, 3, 2});
        QCOMPARE(s.count, 4);
        QCOMPARE(s.mean, 2.5);
        QCOMPARE(s.median, 2.5);
        QCOMPARE(s.sd, std::sqrt(1.25));
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 4.0);
        QCOMPARE(summarise({5, 1, 3}).median, 3.0);
        QCOMPARE(summarise({}).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "test_predictor.moc"
