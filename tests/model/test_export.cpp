// TorchScript export: the saved module, loaded back with torch::jit::load, computes what the
// network computes, for a trained run and for the original's Keras model.
#include <QtTest>

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/data/Dataset.h"
#include "core/io/Npy.h"
#include "core/model/Predictor.h"
#include "core/model/TorchScriptExport.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

// A real run: six epochs on full-size windows holding vertical traces.
std::string trainTinyRun(const QString& dir, const NetworkConfig& network = NetworkConfig()) {
    return test::trainShapeRun((dir + "/run").toStdString(), network, 6);
}

// Binary windows of random traces plus a few dense ones: inputs that exercise every weight.
std::vector<float> testWindows(int count) {
    std::vector<float> windows(size_t(count) * 128 * 64, 0.0f);
    std::mt19937 rng{17};
    for (int i = 0; i < count; ++i) {
        float* w = windows.data() + size_t(i) * 128 * 64;
        int column = 8 + int(rng() % 48);
        for (int r = 0; r < 128; ++r) {
            column = std::clamp(column + int(rng() % 3) - 1, 0, 61);
            for (int t = 0; t < 1 + i % 3; ++t) w[r * 64 + column + t] = 1.0f;
        }
        if (i % 4 == 0)
            for (int k = 0; k < 128 * 64; ++k) w[k] = (rng() % 7 == 0) ? 1.0f : w[k];
    }
    return windows;
}

void compareExport(const std::string& model, const QString& dir) {
    const std::string output = (dir + "/exported.pt").toStdString();
    const ModelInfo info = exportTorchScript(model, "best", output);
    QCOMPARE(info.path, model);
    QVERIFY(QFileInfo::exists(QString::fromStdString(output)));
    // Atomic: only the result is left beside it.
    QCOMPARE(QDir(dir).entryList({"exported*"}, QDir::Files).size(), 1);

    const Predictor predictor = Predictor::load(model, "best", DeviceChoice::Cpu);
    const int count = 12;
    const std::vector<float> windows = testWindows(count);
    const std::vector<double> expected = predictor.predictWindows(windows.data(), count);
    const std::vector<double> scripted = runTorchScript(output, windows.data(), count, 128, 64);
    QCOMPARE(scripted.size(), expected.size());
    double worst = 0;
    for (int i = 0; i < count; ++i) worst = std::max(worst, std::abs(scripted[i] - expected[i]));
    QVERIFY2(worst <= 1e-5, qPrintable(QString("largest difference %1").arg(worst)));
    // The outputs are not all zero (ReLU), so the comparison means something.
    QVERIFY(std::any_of(expected.begin(), expected.end(), [](double v) { return v > 1e-3; }));
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void trainedRunRoundTrips() {
        QTemporaryDir dir;
        const std::string run = trainTinyRun(dir.path());
        compareExport(run, dir.path());

        // A file where a folder should be: the module cannot be written there.
        const QString blocker = dir.path() + "/blocker";
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const std::string unwritable = (blocker + "/model.pt").toStdString();
        try {
            exportTorchScript(run, "best", unwritable);
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(QString::fromStdString(unwritable)), e.what());
        }
    }

    void otherArchitecturesRoundTrip() {
        // Every branch of the generated forward: no batch norm, three blocks, another dilation
        // and dense width, a ReLU after the dense layer.
        NetworkConfig network;
        network.batchNorm = false;
        network.denseRelu = true;
        network.blocks = 3;
        network.baseChannels = 2;
        network.dilation = 3;
        network.denseWidth = 5;
        QTemporaryDir dir;
        compareExport(trainTinyRun(dir.path(), network), dir.path());
    }

    void kerasModelRoundTrips() {
        const QString model = test::sharedFile("reference/keras-archive/weights-improvement-41-0.97.hdf5");
        if (model.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        compareExport(model.toStdString(), dir.path());

        // The exported module reproduces the archived predictions too.
        const std::string output = (dir.path() + "/exported.pt").toStdString();
        const NpyArray s00 = readNpy(test::sharedFile("reference/keras-archive/s00.npy").toStdString());
        const std::vector<float> window = s00.toFloat();
        QVERIFY(std::abs(runTorchScript(output, window.data(), 1, 128, 64)[0] - 1.12537184) <= 1e-4);
    }

    void errorsNameTheFile() {
        QTemporaryDir dir;
        const std::string notModule = (dir.path() + "/not-a-module.pt").toStdString();
        {
            QFile f(QString::fromStdString(notModule));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("plain text");
        }
        try {
            std::vector<float> w(128 * 64);
            runTorchScript(notModule, w.data(), 1, 128, 64);
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).startsWith(QString::fromStdString(notModule)));
        }
        try {
            exportTorchScript((dir.path() + "/missing.hdf5").toStdString(), "best",
                              (dir.path() + "/out.pt").toStdString());
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("missing.hdf5"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
