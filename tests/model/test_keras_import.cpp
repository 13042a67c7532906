// The original's Keras HDF5 model: its architecture is recognised from model_config, its
// weights reproduce the published predictions, and files that are not that model are clear
// errors naming the file.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/gis/FaultPrediction.h"
#include "core/io/MatFile.h"
#include "core/model/KerasImport.h"
#include "core/model/Predictor.h"
#include "core/util/Error.h"
#include "support/KerasRecipeFile.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

const char* const kArchive = "reference/keras-archive";
const char* const kModel = "reference/keras-archive/weights-improvement-41-0.97.hdf5";

using test::errorOf;

std::string readBytes(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The reference model with `from` replaced by `to` (same length) inside its model_config
// attribute: a valid HDF5 file describing another architecture.
std::string patchedModel(const QString& reference, const QString& dir, const std::string& from, const std::string& to,
                         int occurrence = 0) {
    std::string bytes = readBytes(reference);
    size_t at = bytes.find(from);
    for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = bytes.find(from, at + 1);
    if (at == std::string::npos || from.size() != to.size()) return {};
    bytes.replace(at, from.size(), to);
    const std::string path = (dir + "/other.hdf5").toStdString();
    writeBytes(path, bytes);
    return path;
}

}  // namespace

class TestKerasImport : public QObject {
    Q_OBJECT

private slots:
    void recognisesThePublishedArchitecture() {
        const QString model = test::sharedFile(kModel);
        if (model.isEmpty()) QSKIP("reference material absent");
        const KerasModel keras = readKerasModel(model.toStdString());
        const NetworkConfig& c = keras.config;
        QCOMPARE(c.inputHeight, 128);
        QCOMPARE(c.inputWidth, 64);
        QCOMPARE(c.baseChannels, 4);
        QCOMPARE(c.blocks, 2);
        QCOMPARE(c.dilation, 2);
        QVERIFY(c.batchNorm);
        QCOMPARE(c.bnMomentum, 0.8);
        QCOMPARE(c.bnEpsilon, 1e-3);
        QCOMPARE(c.dropout, 0.2);
        QCOMPARE(c.denseWidth, 0);  // the original's 2 * num_channels
        QCOMPARE(keras.layers.size(), size_t(9));
        QCOMPARE(QString::fromStdString(keras.layers[0].name), QString("conv2d"));
        QCOMPARE(keras.layers[0].weights.at("kernel").shape, std::vector<int64_t>({3, 3, 1, 4}));
        QCOMPARE(keras.layers[6].weights.at("kernel").shape, std::vector<int64_t>({4096, 8}));
        QCOMPARE(keras.layers[7].weights.at("moving_variance").shape, std::vector<int64_t>({8}));
        QVERIFY(!keras.kerasVersion.empty());
        QCOMPARE(readKerasArchitecture(model.toStdString()).baseChannels, 4);
    }

    void reproducesTheExpectedPredictions() {
        const QString model = test::sharedFile(kModel);
        const QString csv = test::sharedFile(QString(kArchive) + "/expected_predictions.csv");
        if (model.isEmpty() || csv.isEmpty()) QSKIP("reference material absent");
        auto predictor =
            std::make_shared<const Predictor>(Predictor::load(model.toStdString(), "best", DeviceChoice::Cpu));
        QCOMPARE(int(predictor->info().kind), int(ModelKind::Keras));
        const Ensemble keras({predictor});

        std::istringstream lines(readBytes(csv));
        std::string line;
        std::getline(lines, line);
        QCOMPARE(QString::fromStdString(line).trimmed(), QString("input,ke"));
        int checked = 0;
        double worst = 0;
        while (std::getline(lines, line)) {
            if (QString::fromStdString(line).trimmed().isEmpty()) continue;
            const size_t comma = line.find(',');
            const std::string input = line.substr(0, comma);
            const double expected = std::stod(line.substr(comma + 1));
            const QString path = test::sharedFile(QString(kArchive) + "/" + QString::fromStdString(input));
            QVERIFY2(!path.isEmpty(), input.c_str());
            // Through the one prediction path the Predict page and `faultke-cli predict` use.
            const FaultPrediction prediction = predictInput(keras, readPredictionInput(path.toStdString()), {});
            QCOMPARE(prediction.maps.size(), size_t(1));
            const MapPrediction& p = prediction.maps.front();
            QCOMPARE(p.windows.size(), size_t(1));
            const double error = std::abs(p.windows[0].ke - expected);
            worst = std::max(worst, error);
            QVERIFY2(error <= 1e-4, qPrintable(QString("%1: predicted %2, expected %3")
                                                   .arg(input.c_str())
                                                   .arg(p.windows[0].ke, 0, 'g', 9)
                                                   .arg(expected, 0, 'g', 9)));
            ++checked;
        }
        QCOMPARE(checked, 5);
        qInfo("largest deviation from expected_predictions.csv: %.3g", worst);
    }

    void anotherArchitectureIsRejectedSayingWhatDiffers() {
        const QString model = test::sharedFile(kModel);
        if (model.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        struct Case {
            std::string from, to, expect;
            int occurrence;
        };
        const Case cases[] = {
            // conv2d_1 dilated by 3 instead of 2: the first dilated layer sets the dilation, the
            // second block's then differs.
            {"\"dilation_rate\": [2, 2]", "\"dilation_rate\": [3, 3]", "dilation 2, block 1 has 3", 0},
            {"\"filters\": 8", "\"filters\": 9", "has 9 filters, expected 8", 0},
            {"\"padding\": \"same\"", "\"padding\": \"xame\"", "padding xame, expected same", 0},
            {"\"units\": 1, \"activation\": \"relu\"", "\"units\": 1, \"activation\": \"tanh\"",
             "activation tanh, expected relu", 0},
            {"\"class_name\": \"Sequential\"", "\"class_name\": \"Sequentiaz\"", "expected a Sequential model", 0},
            // A wider dense layer than the stored weights: the shapes disagree.
            {"\"units\": 8", "\"units\": 9", "weight 'kernel' has shape (4096, 8), expected (4096, 9)", 0},
        };
        for (const Case& c : cases) {
            const std::string path = patchedModel(model, dir.path(), c.from, c.to, c.occurrence);
            QVERIFY2(!path.empty(), c.from.c_str());
            const QString message = errorOf([&] { readKerasModel(path); });
            QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
            QVERIFY2(message.contains(QString::fromStdString(c.expect)), qPrintable(message));
        }
    }

    void filesThatAreNotAKerasModelAreErrors() {
        QTemporaryDir dir;
        const std::string text = (dir.path() + "/notes.hdf5").toStdString();
        writeBytes(text, "just some text, not HDF5\n");
        QVERIFY(errorOf([&] { readKerasModel(text); }).contains(QString::fromStdString(text) + ": not an HDF5 file"));

        const std::string missing = (dir.path() + "/missing.h5").toStdString();
        QVERIFY(errorOf([&] { readKerasModel(missing); }).contains("no such file"));

        // A MAT v7.3 file is HDF5, but no Keras model.
        const std::string mat = (dir.path() + "/data.h5").toStdString();
        {
            MatWriter writer(mat, MatVersion::V73);
            writer.writeScalar("x", 1.0);
            writer.commit();
        }
        QVERIFY(errorOf([&] { readKerasModel(mat); }).contains("no 'model_config' attribute"));
        QVERIFY(errorOf([&] { Predictor::load(mat); }).contains(QString::fromStdString(mat)));

        QVERIFY(isKerasModelPath("a/b/Model.HDF5"));
        QVERIFY(isKerasModelPath("m.h5"));
        QVERIFY(!isKerasModelPath("m.pt"));
    }

    // Keras files written from a recipe (the fuzz seed of a small network): sizes a file declares
    // are checked before they are used, and numbers of the wrong kind are named.
    void declaredSizesAreCheckedBeforeUse_data() {
        QTest::addColumn<QString>("pointer");  // a JSON pointer into the recipe
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString conv = "/model_config/config/layers/0/config";
        QTest::newRow("filters 10^12") << conv + "/filters"
                                       << "1000000000000"
                                       << "filters is 1000000000000, expected a whole number from 1 to 65536";
        QTest::newRow("filters 4.5") << conv + "/filters"
                                     << "4.5"
                                     << "filters is 4.5, expected a whole number";
        QTest::newRow("input height 10^9") << conv + "/batch_input_shape/1"
                                           << "1000000000"
                                           << "input height is 1000000000, expected a whole number from 1 to 65536";
        QTest::newRow("dilation -3") << "/model_config/config/layers/1/config/dilation_rate"
                                     << "[-3, -3]"
                                     << "dilation is -3";
        QTest::newRow("kernel declaring 4e9 channels")
            << "/layers/conv2d_1/datasets/conv2d_1~1kernel:0/shape"
            << "[3, 3, 1, 4000000000]"
            << "weight 'kernel' has shape (3, 3, 1, 4000000000), expected (3, 3, 1, 4)";
        QTest::newRow("NaN weight") << "/layers/conv2d_2/datasets/conv2d_2~1bias:0/fill"
                                    << "\"nan\""
                                    << "'conv2d_2/bias:0' holds a non-finite value";
    }
    void declaredSizesAreCheckedBeforeUse() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        std::ifstream in(FAULTKE_SOURCE_DIR "/fuzz/corpus/fuzz_keras_model/batch_norm_dropout.json");
        nlohmann::json recipe = nlohmann::json::parse(in);
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/model.h5").toStdString();
        test::writeKerasRecipe(path, recipe);
        const KerasModel intact = readKerasModel(path);  // the recipe as written is a valid model
        QCOMPARE(intact.config.baseChannels, 4);
        QCOMPARE(intact.config.blocks, 2);

        recipe[nlohmann::json::json_pointer(pointer.toStdString())] = nlohmann::json::parse(value.toStdString());
        test::writeKerasRecipe(path, recipe);
        const QString message = errorOf([&] { readKerasModel(path); });
        QVERIFY2(message.startsWith(QString::fromStdString(path) + ": ") && message.contains(expected),
                 qPrintable(message));
    }

    // h5py 3 writes string attributes as variable-length UTF-8: read as the fixed-length ones.
    void variableLengthUtf8AttributesAreRead() {
        std::ifstream in(FAULTKE_SOURCE_DIR "/fuzz/corpus/fuzz_keras_model/batch_norm_dropout.json");
        nlohmann::json recipe = nlohmann::json::parse(in);
        recipe["strings"] = "utf8";
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/h5py3.h5").toStdString();
        test::writeKerasRecipe(path, recipe);
        const KerasModel model = readKerasModel(path);
        QCOMPARE(model.config.baseChannels, 4);
        QCOMPARE(model.config.blocks, 2);
        QCOMPARE(QString::fromStdString(model.kerasVersion), QString::fromStdString(recipe.value("keras_version", "")));
    }

    void truncatedModelIsAnError() {
        const QString model = test::sharedFile(kModel);
        if (model.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        const std::string bytes = readBytes(model);
        for (size_t keep : {size_t(512), bytes.size() / 2, bytes.size() - 100}) {
            const std::string path = (dir.path() + "/truncated.hdf5").toStdString();
            writeBytes(path, bytes.substr(0, keep));
            const QString message = errorOf([&] { readKerasModel(path); });
            QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestKerasImport)
#include "test_keras_import.moc"
