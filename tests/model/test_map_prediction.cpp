// KE along fault maps: the bundled model and its card, fault maps of every kind of file, trace
// thicknesses, left-out windows, map scale, ensembles (mean and SD of the members), occlusion
// maps against a direct computation, TorchScript files as models, and the physics the models
// must get right: a straight through-going trace has a clearly higher KE than a broad stepover.
#include <QtTest>

#include <QTemporaryDir>

#include <cmath>

#include "core/data/FaultMapSource.h"
#include "core/io/Npy.h"
#include "core/model/BundledModel.h"
#include "core/model/Ensemble.h"
#include "core/model/MapPrediction.h"
#include "core/model/Occlusion.h"
#include "core/model/TorchScriptExport.h"
#include "core/util/Error.h"
#include "support/FaultMapDrawings.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;
using test::writeFile;

namespace {

std::shared_ptr<const Predictor> bundled() {
    static const auto model =
        std::make_shared<const Predictor>(Predictor::load(kBundledModel, "best", DeviceChoice::Cpu));
    return model;
}

double meanKe(const Ensemble& model, const QString& picture) {
    const FaultMapSource source = readFaultMapSource(picture.toStdString());
    const MapPrediction p = predictMap(model, source, FaultMapOptions{});
    return p.summary.mean;
}

}  // namespace

class TestMapPrediction : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    QString file(const QString& name) const { return dir_.filePath(name); }

private slots:
    void bundledModelLoadsWithItsCard() {
        const Predictor& p = *bundled();
        QCOMPARE(int(p.info().kind), int(ModelKind::Bundled));
        QVERIFY(QString::fromStdString(p.info().description).contains("synthetic"));
        QCOMPARE(p.windowHeight(), 128);
        QCOMPARE(p.windowWidth(), 64);
        const ModelCard card = readBundledModelCard();
        QVERIFY(card.trainedOn.find("synthetic") != std::string::npos);
        QVERIFY(card.bestEpoch >= 1 && card.bestEpoch <= card.epochs);
        QVERIFY(card.trainSamples > 0 && card.evalSamples > 0 && card.testSamples > 0);
        QVERIFY(card.evalAccuracy > 0.5 && card.testAccuracy > 0.5);
        QVERIFY(QString::fromStdString(formatModelCard(card)).contains("Test: 2SD accuracy"));

        // An ensemble of 5 by default, its intervals calibrated on the eval windows and holding
        // 90 % +- 3 % of the test windows' true KE.
        QCOMPARE(card.members.size(), size_t(5));
        QVERIFY(card.intervals.calibrated());
        QCOMPARE(card.intervals.level, 0.9);
        QVERIFY2(std::abs(card.intervals.testCoverage - 0.9) <= 0.03,
                 qPrintable(QString::number(card.intervals.testCoverage)));
        QVERIFY(QString::fromStdString(formatModelCard(card)).contains("Intervals: 90 %"));
        const Ensemble ensemble = Ensemble::load({kBundledModel}, "best", DeviceChoice::Cpu);
        QCOMPARE(ensemble.size(), size_t(5));
        QCOMPARE(ensemble.calibration().scale, card.intervals.scale);
        QVERIFY(QString::fromStdString(ensemble.description()).contains("ensemble of 5"));
        const std::vector<float> window(128 * 64, 0.0f);
        std::vector<float> trace = window;
        for (int r = 63; r < 66; ++r)
            for (int c = 0; c < 64; ++c) trace[static_cast<size_t>(r) * 64 + c] = 1;
        const EnsembleValues v = ensemble.predictWindows(trace.data(), 1);
        QVERIFY(v.sd[0] > 0);
        QCOMPARE(v.low[0], v.mean[0] - card.intervals.halfWidth(v.sd[0]));
        QCOMPARE(v.high[0], v.mean[0] + card.intervals.halfWidth(v.sd[0]));
    }

    void brokenModelCardIsNamed() {
        const QString card = file("card.json");
        writeFile(card, "{\"name\": 3");
        const QString error = test::errorOf([&] { readModelCard(card.toStdString()); });
        QVERIFY2(error.contains(card) && error.contains("not a model card"), qPrintable(error));
    }

    void straightTraceHasAClearlyHigherKeThanABroadStepover() {
        const Ensemble model({bundled()});
        const double straight = meanKe(model, test::drawStraightTrace(file("straight.png")));
        const double stepover = meanKe(model, test::drawStepover(file("stepover.png")));
        // The first member alone (its own ensemble): about 0.88 against 0.68 when written.
        QVERIFY2(straight > stepover + 0.1,
                 qPrintable(QString("straight %1, stepover %2").arg(straight).arg(stepover)));
    }

    void eachWindowsTracesAreCentredAsInTraining() {
        // The same straight trace at a third of the height and in the middle: the same windows once
        // centred; without centring the windows differ.
        const FaultMapSource middle = readFaultMapSource(test::drawStraightTrace(file("middle.png")).toStdString());
        GrayImage raised = middle.image;
        std::fill(raised.pixels.begin(), raised.pixels.end(), 255);
        for (int r = 82; r < 87; ++r)
            for (int c = 0; c < raised.cols; ++c) raised.pixels[size_t(r) * raised.cols + c] = 0;
        const FaultMapWindows a = preprocessFaultMap(middle.image, {});
        const FaultMapWindows b = preprocessFaultMap(raised, {});
        QCOMPARE(a.windows.size(), b.windows.size());
        QVERIFY(b.rowShift.front() > 15);  // moved down about 21 rows
        QCOMPARE(a.window(2), b.window(2));
        const Ensemble model({bundled()});
        FaultMapSource raisedSource = middle;
        raisedSource.image = raised;
        // (The drawn trace has round caps: compare a window away from its ends.)
        QVERIFY(std::abs(predictMap(model, raisedSource, {}).windows[2].ke -
                         predictMap(model, middle, {}).windows[2].ke) < 1e-9);
        FaultMapOptions asDrawn;
        asDrawn.centring = Centring::None;
        const FaultMapWindows c = preprocessFaultMap(raised, asDrawn);
        QCOMPARE(c.rowShift.front(), 0);
        QVERIFY(c.window(2) != a.window(2));
    }

    void kerasModelAgreesOnStraightAgainstStepover() {
        const QString keras = test::sharedFile("reference/keras-archive/weights-improvement-41-0.97.hdf5");
        if (keras.isEmpty()) QSKIP("reference material absent");
        const Ensemble model = Ensemble::load({keras.toStdString()}, "best", DeviceChoice::Cpu);
        const double straight = meanKe(model, test::drawStraightTrace(file("k-straight.png")));
        const double stepover = meanKe(model, test::drawStepover(file("k-stepover.png")));
        QVERIFY2(straight > stepover + 0.1,
                 qPrintable(QString("straight %1, stepover %2").arg(straight).arg(stepover)));
    }

    void polarityAndRotationGiveTheSameWindows() {
        test::Drawing lightOnDark;
        lightOnDark.darkOnLight = false;
        const FaultMapSource dark = readFaultMapSource(test::drawStraightTrace(file("dark.png")).toStdString());
        const FaultMapSource light =
            readFaultMapSource(test::drawStraightTrace(file("light.png"), lightOnDark).toStdString());
        const FaultMapWindows a = preprocessFaultMap(dark.image, {});
        const FaultMapWindows b = preprocessFaultMap(light.image, {});
        QVERIFY(a.inverted);
        QVERIFY(!b.inverted);
        QCOMPARE(a.binary, b.binary);

        test::Drawing turned;
        turned.rows = 700;
        turned.degrees = 20;
        const FaultMapSource rotated =
            readFaultMapSource(test::drawStraightTrace(file("turned.png"), turned).toStdString());
        FaultMapOptions automatic;
        automatic.rotation = Rotation::ToStrike;
        automatic.heightFit = HeightFit::TraceBand;
        const FaultMapWindows estimated = preprocessFaultMap(rotated.image, automatic);
        QVERIFY2(std::abs(estimated.strikeDegrees - 20) < 1.5, qPrintable(QString::number(estimated.strikeDegrees)));
        QVERIFY(estimated.rotated);
        FaultMapOptions typed = automatic;
        typed.rotation = Rotation::Degrees;
        typed.strikeDegrees = 20;
        const FaultMapWindows given = preprocessFaultMap(rotated.image, typed);
        QCOMPARE(given.rotatedStrikeDegrees, 20.0);
        QVERIFY(std::abs(int(given.windows.size()) - int(estimated.windows.size())) <= 1);
        // Turned horizontal, the trace lies in few rows of the map.
        int rowsWithTrace = 0;
        for (int r = 0; r < given.rows; ++r) {
            int n = 0;
            for (int c = 0; c < given.cols; ++c) n += given.binary[size_t(r) * given.cols + c];
            rowsWithTrace += n > given.cols / 4;
        }
        QVERIFY2(rowsWithTrace >= 1 && rowsWithTrace <= 8, qPrintable(QString::number(rowsWithTrace)));
    }

    void windowsBarelyEnteredByATraceAreLeftOutWithTheReason() {
        // The trace ends 10 columns into a window (after scaling by 1/2): 10 of 64 columns.
        GrayImage image{256, 1024, std::vector<uint8_t>(256 * 1024, 255)};
        const int lastColumn = (150 + 10) * 2;  // window 3 starts at column 150 of the map
        for (int r = 126; r < 130; ++r)
            for (int c = 0; c < lastColumn; ++c) image.pixels[size_t(r) * 1024 + c] = 0;
        FaultMapOptions options;
        options.traceThickness = 0;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        QVERIFY(!map.leftOut.empty());
        bool sawLowCoverage = false, sawEmpty = false;
        for (const LeftOutWindow& w : map.leftOut) {
            QVERIFY(w.coverage < options.minCoverage);
            sawLowCoverage = sawLowCoverage || QString::fromStdString(w.reason).contains("trace covers");
            sawEmpty = sawEmpty || w.reason == "no trace";
        }
        QVERIFY(sawLowCoverage);
        QVERIFY(sawEmpty);
        for (double c : map.coverage) QVERIFY(c >= options.minCoverage);
        QCOMPARE(map.windows.size() + map.leftOut.size(), size_t(CropSpec{0, 50, 128, 64}.windowCount(map.cols)));

        options.minCoverage = 0;
        const FaultMapWindows all = preprocessFaultMap(image, options);
        QCOMPARE(all.windows.size(), map.windows.size() + 1);  // the low-coverage one comes back
    }

    void mapScaleSetsTheWindowsGroundSize() {
        // 0.1 km per pixel and 12.8 km per window height: 128 source rows per window, scale 1.
        const FaultMapSource source = readFaultMapSource(test::drawStraightTrace(file("scaled.png")).toStdString());
        FaultMapOptions options;
        options.heightFit = HeightFit::MapScale;
        options.kmPerPixel = 0.1;
        options.kmPerWindowHeight = 12.8;
        const FaultMapWindows one = preprocessFaultMap(source.image, options);
        QCOMPARE(one.rows, 128);
        QCOMPARE(one.cols, 1024);
        options.kmPerWindowHeight = 25.6;  // twice the ground per window: half as many columns
        const FaultMapWindows half = preprocessFaultMap(source.image, options);
        QCOMPARE(half.cols, 512);
        options.kmPerPixel = 0;
        QVERIFY(test::errorOf([&] { preprocessFaultMap(source.image, options, "scaled.png"); }).contains("map scale"));
        // One picture row per window: 2000 columns enlarged 128 times is no map anyone meant.
        test::Drawing long_;
        long_.rows = 64;
        long_.cols = 2000;
        const FaultMapSource longMap =
            readFaultMapSource(test::drawStraightTrace(file("long.png"), long_).toStdString());
        options.kmPerPixel = 1;
        options.kmPerWindowHeight = 1;
        QVERIFY(test::errorOf([&] {
                    preprocessFaultMap(longMap.image, options, "long.png");
                }).contains("check the map scale"));
    }

    void severalThicknessesGiveOnePredictionEach() {
        const Ensemble model({bundled()});
        const FaultMapSource image = readFaultMapSource(test::drawStepover(file("thick.png")).toStdString());
        const std::vector<MapPrediction> three = predictMapThicknesses(model, image, {}, {2, 3, 4});
        QCOMPARE(three.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(three[i].thickness, int(i) + 2);
            QVERIFY(three[i].summary.count > 0);
        }
        QVERIFY(three[0].summary.mean != three[2].summary.mean);

        // A .npy map keeps its traces: one prediction.
        std::vector<double> map(128 * 300, 0.0);
        for (int c = 0; c < 300; ++c) map[64 * 300 + c] = 1;
        writeNpy(file("map.npy").toStdString(), {128, 300}, map.data());
        const FaultMapSource npy = readFaultMapSource(file("map.npy").toStdString());
        QVERIFY(npy.binary());
        const std::vector<MapPrediction> one = predictMapThicknesses(model, npy, {}, {2, 3, 4});
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front().thickness, 0);
        QCOMPARE(one.front().summary.count, 5);

        const std::string csv = mapSummariesCsv(three, model.description());
        QVERIFY(QString::fromStdString(csv).startsWith("input,frame,thickness,windows,mean,median,sd,min,max,model\n"));
        QCOMPARE(QString::fromStdString(csv).count('\n'), 4);

        // The profile: a row per window and thickness, at the window's centre column (no map scale).
        const QStringList profile = QString::fromStdString(mapProfilesCsv(three)).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(profile.front(), QString("input,thickness_px,window,centre_column,ke,ke_sd,ke_low,ke_high"));
        QCOMPARE(profile.size(), 1 + three[0].summary.count + three[1].summary.count + three[2].summary.count);
        const MapWindowKe& first = three[0].windows.front();
        QVERIFY(profile[1].contains(QString(",2,0,%1,").arg(first.rect.col + first.rect.width / 2.0)));
    }

    void nanInAMapLeavesItsWindowsOutAndAWindowIsPredictedAsStored() {
        const Ensemble model({bundled()});
        std::vector<double> map(128 * 300, 0.0);
        for (int c = 0; c < 300; ++c) map[64 * 300 + c] = 1;
        map[10 * 300 + 20] = std::nan("");  // inside window 0 only
        writeNpy(file("nan-map.npy").toStdString(), {128, 300}, map.data());
        const MapPrediction p = predictMap(model, readFaultMapSource(file("nan-map.npy").toStdString()), {});
        QCOMPARE(p.windows.size(), size_t(4));
        QCOMPARE(p.windows.front().rect.index, 1);
        QCOMPARE(p.map.leftOut.size(), size_t(1));
        QCOMPARE(QString::fromStdString(p.map.leftOut.front().reason), QString("its fault map holds NaN or Inf"));

        // A window of soft values (0.5) is predicted as stored, as the CLI does, not thresholded.
        std::vector<double> soft(128 * 64, 0.0);
        for (int r = 0; r < 128; ++r) soft[size_t(r) * 64 + 30] = 0.5;
        writeNpy(file("soft.npy").toStdString(), {128, 64}, soft.data());
        const MapPrediction one = predictMap(model, readFaultMapSource(file("soft.npy").toStdString()), {});
        QCOMPARE(one.windows.size(), size_t(1));
        const std::vector<float> stored(soft.begin(), soft.end());
        QVERIFY(std::abs(one.windows.front().ke - bundled()->predictWindow(stored)) < 1e-9);
        QCOMPARE(one.windowValues(0), stored);
    }

    void matFramesAndBadFilesAreReadOrRefusedByName() {
        const QString mat = QString::fromStdString(test::writeSyntheticExperiment(dir_.path(), "EB_050_1", 3, 4));
        const FaultMapSource last = readFaultMapSource(mat.toStdString());
        QCOMPARE(last.kind, FaultMapKind::MatFrame);
        QCOMPARE(last.frame, last.frames - 1);
        QCOMPARE(last.image.rows, 128);
        const FaultMapSource first = readFaultMapSource(mat.toStdString(), 0);
        QCOMPARE(first.frame, 0);
        QVERIFY(test::errorOf([&] { readFaultMapSource(mat.toStdString(), 99); }).contains("frame 99 does not exist"));

        writeFile(file("notes.txt"), "hello");
        QVERIFY(test::errorOf([&] {
                    readFaultMapSource(file("notes.txt").toStdString());
                }).contains("unsupported file type"));
        writeFile(file("broken.png"), QByteArray("\x89PNG\r\n\x1a\n truncated", 17));
        const QString broken = test::errorOf([&] { readFaultMapSource(file("broken.png").toStdString()); });
        QVERIFY2(broken.contains(file("broken.png")), qPrintable(broken));
    }

    // A preview replaced by the next request stops at its next batch, and a progress that is never
    // cancelled changes nothing.
    void aCancelledPredictionStopsAtItsNextBatch() {
        const Ensemble model({bundled(), bundled()});
        const FaultMapSource source = readFaultMapSource(test::drawStepover(file("cancel.png")).toStdString());
        std::atomic<bool> cancel{false};
        int batches = 0;
        Progress progress;
        progress.cancel = &cancel;
        progress.report = [&](double, const std::string&) { ++batches; };
        const MapPrediction plain = predictMap(model, source, FaultMapOptions{}, 2);
        const MapPrediction watched = predictMap(model, source, FaultMapOptions{}, 2, &progress);
        QVERIFY(plain.windows.size() >= 3);
        QCOMPARE(batches, int(plain.windows.size() + 1) / 2);
        for (size_t i = 0; i < plain.windows.size(); ++i) QCOMPARE(watched.windows[i].ke, plain.windows[i].ke);

        batches = 0;
        progress.report = [&](double, const std::string&) {
            ++batches;
            cancel = true;  // the request is replaced while its first batch is predicted
        };
        bool cancelled = false;
        try {
            predictMap(model, source, FaultMapOptions{}, 2, &progress);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(batches, 1);
    }

    void ensembleGivesTheMembersMeanAndSd() {
        const Dataset d = test::lineDataset(32, 5, test::fullSizeLines(test::LineSplits::FourthEvalFifthTest));
        test::trainTinyRun(d, file("r1").toStdString(), 1, 1);
        test::trainTinyRun(d, file("r2").toStdString(), 1, 2);
        const Ensemble model =
            Ensemble::load({file("r1").toStdString(), file("r2").toStdString()}, "best", DeviceChoice::Cpu);
        QCOMPARE(model.size(), size_t(2));
        QVERIFY(QString::fromStdString(model.description()).startsWith("ensemble of 2 models"));
        const FaultMapSource source = readFaultMapSource(test::drawStepover(file("ens.png")).toStdString());
        const MapPrediction p = predictMap(model, source, {});
        QVERIFY(!p.windows.empty());
        const std::vector<float> windows = p.map.allWindows();
        const std::vector<double> a = model.member(0).predictWindows(windows.data(), p.map.windows.size());
        const std::vector<double> b = model.member(1).predictWindows(windows.data(), p.map.windows.size());
        bool anySpread = false;
        for (size_t i = 0; i < p.windows.size(); ++i) {
            QCOMPARE(p.windows[i].members.size(), size_t(2));
            QVERIFY(std::abs(p.windows[i].ke - (a[i] + b[i]) / 2) < 1e-9);
            QVERIFY(std::abs(p.windows[i].sd - std::abs(a[i] - b[i]) / 2) < 1e-9);
            anySpread = anySpread || p.windows[i].sd > 0;
        }
        QVERIFY(anySpread);
    }

    void occlusionMapMatchesADirectComputation() {
        const Ensemble model({bundled()});
        const FaultMapSource source = readFaultMapSource(test::drawStepover(file("occ.png")).toStdString());
        const MapPrediction p = predictMap(model, source, {});
        const std::vector<float> window = p.map.window(p.map.windows.size() / 2);
        const OcclusionMap map = occlusionMap(model, window, 8);
        QCOMPARE(map.rows, 128);
        QCOMPARE(map.cols, 64);
        QVERIFY(std::abs(map.baseKe - bundled()->predictWindow(window)) < 1e-6);
        // Every 8 x 8 patch holding trace, masked by hand.
        int checked = 0;
        for (int r0 = 0; r0 < 128; r0 += 8)
            for (int c0 = 0; c0 < 64; c0 += 8) {
                std::vector<float> masked = window;
                bool trace = false;
                for (int r = r0; r < r0 + 8; ++r)
                    for (int c = c0; c < c0 + 8; ++c) {
                        trace = trace || masked[size_t(r) * 64 + c] != 0;
                        masked[size_t(r) * 64 + c] = 0;
                    }
                const double expected = trace ? bundled()->predictWindow(masked) - map.baseKe : 0.0;
                QVERIFY2(
                    std::abs(map.at(r0 + 3, c0 + 5) - expected) < 1e-5,
                    qPrintable(
                        QString("patch %1,%2: %3 vs %4").arg(r0).arg(c0).arg(map.at(r0 + 3, c0 + 5)).arg(expected)));
                checked += trace;
            }
        QVERIFY(checked > 0);

        writeOcclusionMaps(file("occ.npy").toStdString(), {map, map});
        const NpyArray array = readNpy(file("occ.npy").toStdString());
        QCOMPARE(array.shape, (std::vector<size_t>{2, 128, 64}));
        QVERIFY(std::abs(array.data[5] - map.delta[5]) < 1e-6);
        writeOcclusionMaps(file("occ.png").toStdString(), {map});
        const GrayImage png = readGrayImage(file("occ.png").toStdString());
        QCOMPARE(png.rows, 128);
        QCOMPARE(png.cols, 64);
        QVERIFY(
            test::errorOf([&] { writeOcclusionMaps(file("occ.txt").toStdString(), {map}); }).contains(".npy or .png"));
    }

    void torchScriptExportIsAModelToo() {
        const std::string script = file("bundled-script.pt").toStdString();
        exportTorchScript(kBundledModel, "best", script);
        const Predictor p = Predictor::load(script, "best", DeviceChoice::Cpu);
        QCOMPARE(int(p.info().kind), int(ModelKind::TorchScript));
        std::vector<float> window(128 * 64, 0.0f);
        for (int r = 0; r < 128; ++r) window[size_t(r) * 64 + 30] = window[size_t(r) * 64 + 31] = 1;
        QVERIFY(std::abs(p.predictWindow(window) - bundled()->predictWindow(window)) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestMapPrediction)
#include "test_map_prediction.moc"
