// The synthetic experiment generator: reproducible from its seed, written as the original's four
// variables, and physically consistent: labels computed from its fields follow its fault maps
// (low and mostly empty early, high when one trace runs through), curl is high where the map
// marks faults, and the plate velocity is the plate step of every frame.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <set>

#include "core/data/Labels.h"
#include "core/data/Synthetic.h"
#include "core/data/SyntheticFaults.h"
#include "core/data/SyntheticFields.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

SyntheticSpec spec(BoundaryCondition boundary, int rate, uint64_t seed, int frames) {
    SyntheticSpec s;
    s.name = (boundary == BoundaryCondition::EB ? "EB_" : "PP_") + std::to_string(rate) + "_test";
    s.boundary = boundary;
    s.loadingRate = rate;
    s.seed = seed;
    s.frames = frames;
    return s;
}

size_t frameSize(const Experiment& e) { return static_cast<size_t>(e.rows()) * e.cols(); }

double regimeStep(const SyntheticSpec& s) { return synthetic::regimeFor(s.boundary, s.loadingRate).plateStep; }

bool sameArrays(const Experiment& a, const Experiment& b) {
    const size_t n = frameSize(a) * a.frames();
    return a.rows() == b.rows() && a.cols() == b.cols() && a.frames() == b.frames() &&
           std::memcmp(a.curlFrame(0), b.curlFrame(0), n * sizeof(double)) == 0 &&
           std::memcmp(a.uFrame(0), b.uFrame(0), n * sizeof(double)) == 0 &&
           std::memcmp(a.vFrame(0), b.vFrame(0), n * sizeof(double)) == 0 &&
           std::memcmp(a.faultFrame(0), b.faultFrame(0), n) == 0;
}

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double v : values) sum += v;
    return values.empty() ? std::nan("") : sum / values.size();
}

// Mean KE of the kept samples whose frame lies in [first, last).
double meanKe(const LabelTable& table, int first, int last) {
    std::vector<double> kes;
    for (const WindowLabel& w : table.kept)
        if (w.frame >= first && w.frame < last) kes.push_back(w.label.ke);
    return mean(kes);
}

using test::errorOf;

}  // namespace

class TestSynthetic : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameArrays() {
        const SyntheticSpec s = spec(BoundaryCondition::EB, 25, 42, 30);
        QVERIFY(sameArrays(generateExperiment(s), generateExperiment(s)));
    }

    void differentSeedDifferentArrays() {
        const Experiment a = generateExperiment(spec(BoundaryCondition::EB, 25, 42, 30));
        const Experiment b = generateExperiment(spec(BoundaryCondition::EB, 25, 43, 30));
        QVERIFY(!sameArrays(a, b));
        // Not only the noise: the fault geometry differs too.
        const size_t n = frameSize(a);
        QVERIFY(std::memcmp(a.faultFrame(29), b.faultFrame(29), n) != 0);
    }

    void shapeAndNameComeFromTheSpec() {
        SyntheticSpec s = spec(BoundaryCondition::PP, 150, 3, 4);
        s.rows = 140;
        s.cols = 100;
        s.name = "PP_150_7";
        const Experiment e = generateExperiment(s);
        QCOMPARE(e.name(), std::string("PP_150_7"));
        QCOMPARE(e.rows(), 140);
        QCOMPARE(e.cols(), 100);
        QCOMPARE(e.frames(), 4);
        for (int c : {0, 1, 2, 3}) QVERIFY(e.hasChannel(static_cast<Channel>(c)));
        // Frames smaller than a window are allowed (they just give no samples).
        s.rows = 40;
        s.cols = 50;
        QCOMPARE(generateExperiment(s).rows(), 40);
    }

    void writtenFileReadsBack_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("v5") << int(MatVersion::V5);
        QTest::newRow("v7") << int(MatVersion::V5Compressed);
        QTest::newRow("v7.3") << int(MatVersion::V73);
    }

    void writtenFileReadsBack() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const std::string path = dir.filePath("EB_050_1.mat").toStdString();
        const Experiment e = generateExperiment(spec(BoundaryCondition::EB, 50, 9, 5));
        writeExperiment(e, path, static_cast<MatVersion>(version));

        MatReader reader(path);
        const VariableNames names;
        for (const std::string& name : {names.curl, names.fault, names.u, names.v}) {
            const MatVariableInfo info = reader.info(name);
            QCOMPARE(info.className, std::string("double"));
            QCOMPARE(info.dims, (std::vector<size_t>{135, 313, 5}));
        }
        QCOMPARE(reader.variables().size(), size_t(4));
        // MATLAB order: element (r, c, t) at r + rows * (c + cols * t).
        const std::vector<double> curl = reader.readDouble(names.curl);
        QCOMPARE(curl, toColumnMajor(e.curlFrame(0), 135, 313, 5));
        const std::vector<double> fault = reader.readDouble(names.fault);
        const size_t r = 70, c = 200, t = 4;
        QCOMPARE(reader.readDouble(names.u)[r + 135 * (c + 313 * t)], e.uFrame(4)[r * 313 + c]);
        for (double f : fault) QVERIFY(f == 0.0 || f == 1.0);

        const Experiment loaded = Experiment::load(path);
        QVERIFY(sameArrays(e, loaded));
        QCOMPARE(loaded.velTots(), e.velTots());
    }

    void customVariableNames() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("named.mat").toStdString();
        VariableNames names;
        names.curl = "omega";
        names.fault = "faults";
        names.u = "ux";
        names.v = "uy";
        writeExperiment(generateExperiment(spec(BoundaryCondition::PP, 25, 1, 2)), path, MatVersion::V5, names);
        MatReader reader(path);
        for (const char* name : {"omega", "faults", "ux", "uy"}) QVERIFY2(reader.has(name), name);
        QVERIFY(!reader.has("curl_map"));
    }

    void writeFailuresNameTheFile() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("plain-file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const std::string path = dir.filePath("plain-file/x.mat").toStdString();
        QString message =
            errorOf([&] { writeExperiment(generateExperiment(spec(BoundaryCondition::EB, 25, 1, 1)), path); });
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));

        // An experiment without u and v (labels only) cannot be written as a full experiment.
        const std::string other = dir.filePath("labels-only.mat").toStdString();
        const Experiment partial = Experiment::fromArrays("partial", 16, 16, 1, std::vector<double>(256, 0.0),
                                                          std::vector<uint8_t>(256, 0), {}, {});
        message = errorOf([&] { writeExperiment(partial, other); });
        QVERIFY2(message.startsWith(QString::fromStdString(other)) && message.contains("four variables"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(QString::fromStdString(other)));
    }

    void plateVelocityIsThePlateStepOfEveryFrame() {
        for (BoundaryCondition b : {BoundaryCondition::EB, BoundaryCondition::PP}) {
            for (int rate : {25, 150}) {
                const Experiment e = generateExperiment(spec(b, rate, 5, 60));
                const double step = synthetic::regimeFor(b, rate).plateStep;
                for (int t = 0; t < e.frames(); ++t)
                    QVERIFY2(
                        std::abs(e.velTot(t) - step) < 0.02 * step,
                        qPrintable(QString("frame %1: vel_tot %2, plate step %3").arg(t).arg(e.velTot(t)).arg(step)));
            }
        }
        // Faster loading, larger plate step per frame.
        QVERIFY(synthetic::regimeFor(BoundaryCondition::EB, 150).plateStep >
                synthetic::regimeFor(BoundaryCondition::EB, 25).plateStep);
    }

    void dextralShearWithPositiveCurl() {
        const Experiment e = generateExperiment(spec(BoundaryCondition::EB, 25, 5, 3));
        const int rows = e.rows(), cols = e.cols();
        const double step = synthetic::regimeFor(BoundaryCondition::EB, 25).plateStep;
        // The top plate moves along +x, the bottom one along -x.
        std::vector<double> top(e.uFrame(1), e.uFrame(1) + cols);
        std::vector<double> bottom(e.uFrame(1) + static_cast<size_t>(rows - 1) * cols,
                                   e.uFrame(1) + static_cast<size_t>(rows) * cols);
        QVERIFY(std::abs(mean(top) - step / 2) < 0.02 * step);
        QVERIFY(std::abs(mean(bottom) + step / 2) < 0.02 * step);
        // Across every column, 2 * integrated curl * dx is the whole plate step (the v term
        // averages out along strike).
        std::vector<double> integrated(cols, 0.0);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                integrated[c] += 2 * e.curlFrame(2)[static_cast<size_t>(r) * cols + c] * 1.14;
        QVERIFY2(std::abs(mean(integrated) - step) < 0.05 * step, qPrintable(QString::number(mean(integrated))));
    }

    void slipOnAStrandIsItsIntegratedCurl_data() {
        QTest::addColumn<double>("slope");
        QTest::newRow("along the zone") << 0.0;
        QTest::newRow("oblique, 15 degrees") << std::tan(15 * 3.141592653589793 / 180);
    }

    void slipOnAStrandIsItsIntegratedCurl() {
        // One strand through the whole frame carrying 60 % of the plate step: each column's label
        // 2 * trapz(curl * fault) * dx / vel_tot is that slip plus the distributed shear within
        // its pixels; an oblique strand's slip also has a v component, which adds slope^2 times
        // the slip on average along strike (column by column it comes in steps, where the
        // pixel trace steps down a row).
        QFETCH(double, slope);
        const int rows = 135, cols = 313;
        synthetic::FrameFaults faults;
        faults.zoneSigma = 10;
        faults.zoneCentre.assign(cols, 64.0);
        for (int c = 0; c < cols; ++c) {
            synthetic::Crossing x;
            x.column = c;
            const double centre = 64 + slope * (c - cols / 2);
            x.rowTop = centre - std::abs(slope) / 2 - 1.5;
            x.rowBottom = centre + std::abs(slope) / 2 + 1.5;
            x.slope = slope;
            x.slip = 0.6;
            faults.crossings.push_back(x);
        }
        synthetic::FieldSettings settings;
        settings.rows = rows;
        settings.cols = cols;
        settings.plateStep = 0.2;
        settings.faultThreshold = 0.05;
        settings.displacementNoise = 0;
        std::vector<double> curl(rows * cols), u(rows * cols), v(rows * cols);
        std::vector<uint8_t> fault(rows * cols);
        synthetic::Random noise(1);
        synthetic::renderFrame(faults, settings, noise, {curl.data(), fault.data(), u.data(), v.data()});
        const Experiment e = Experiment::fromArrays("one strand", rows, cols, 1, curl, fault, u, v);
        QVERIFY(std::abs(e.velTot(0) - 0.2) < 1e-6);

        std::vector<double> labels, expectations;
        for (int c = 20; c < cols - 20; ++c) {
            double label = 0, distributed = 0, zoneSum = 0;
            int mapped = 0;
            for (int r = 0; r < rows; ++r) {
                const size_t i = static_cast<size_t>(r) * cols + c;
                label += 2 * curl[i] * fault[i] * settings.dx / 0.2;
                const double g = std::exp(-0.5 * std::pow((r - 64.0) / 10, 2));
                zoneSum += g;
                if (fault[i]) distributed += g;
                mapped += fault[i];
            }
            QVERIFY2(mapped >= 3 && mapped <= 4, qPrintable(QString("column %1: %2 pixels").arg(c).arg(mapped)));
            const double expected = 0.6 + 0.4 * distributed / zoneSum;
            QVERIFY2(label > expected - 0.01 && label < expected + 0.6 * 2.5 * slope * slope + 0.01,
                     qPrintable(QString("column %1: %2, expected %3").arg(c).arg(label).arg(expected)));
            labels.push_back(label);
            expectations.push_back(expected + 0.6 * slope * slope);
        }
        QVERIFY2(std::abs(mean(labels) - mean(expectations)) < 0.01,
                 qPrintable(QString("%1, expected %2").arg(mean(labels)).arg(mean(expectations))));
    }

    void curlIsHighWhereTheMapMarksFaults() {
        const Experiment e = generateExperiment(spec(BoundaryCondition::EB, 50, 11, 40));
        double on = 0, off = 0;
        size_t nOn = 0, nOff = 0;
        for (int t = 0; t < e.frames(); ++t) {
            const double* curl = e.curlFrame(t);
            const uint8_t* fault = e.faultFrame(t);
            for (size_t i = 0; i < frameSize(e); ++i) {
                QVERIFY(fault[i] == 0 || fault[i] == 1);
                (fault[i] ? on : off) += std::abs(curl[i]);
                ++(fault[i] ? nOn : nOff);
            }
        }
        QVERIFY(nOn > 1000);
        QVERIFY2(on / nOn > 10 * (off / nOff), qPrintable(QString("%1 vs %2").arg(on / nOn).arg(off / nOff)));
        // Nearly every mapped pixel stands above the strongest distributed shear of its frame.
        size_t weak = 0;
        const double* curl = e.curlFrame(39);
        const uint8_t* fault = e.faultFrame(39);
        double offMax = 0;
        for (size_t i = 0; i < frameSize(e); ++i)
            if (!fault[i]) offMax = std::max(offMax, std::abs(curl[i]) * 0.5);  // half: traces' own halos
        for (size_t i = 0; i < frameSize(e); ++i) weak += fault[i] && curl[i] < 0.5 * offMax;
        QVERIFY2(weak < 20, qPrintable(QString::number(weak)));
    }

    void keFollowsMaturity_data() {
        QTest::addColumn<int>("boundary");
        QTest::addColumn<int>("rate");
        QTest::newRow("EB_025") << int(BoundaryCondition::EB) << 25;
        QTest::newRow("EB_150") << int(BoundaryCondition::EB) << 150;
        QTest::newRow("PP_050") << int(BoundaryCondition::PP) << 50;
        QTest::newRow("PP_100") << int(BoundaryCondition::PP) << 100;
    }

    void keFollowsMaturity() {
        QFETCH(int, boundary);
        QFETCH(int, rate);
        const int frames = 90;
        const Experiment e = generateExperiment(spec(static_cast<BoundaryCondition>(boundary), rate, 21, frames));
        const CropSpec crop;
        const LabelTable table = labelExperiment(e, crop);

        // Distributed shear only at first: the first frame's windows are all empty.
        for (const WindowLabel& w : table.kept) QVERIFY(w.frame != 0);
        // Then KE rises with maturity.
        const double early = meanKe(table, 0, frames / 3), late = meanKe(table, 2 * frames / 3, frames);
        QVERIFY2(std::isnan(early) || early < 0.35, qPrintable(QString::number(early)));
        QVERIFY2(late > 0.6, qPrintable(QString::number(late)));
        QVERIFY(std::isnan(early) || late > early + 0.3);
        // The last frame: one trace runs through every window, KE in a plausible range.
        int lastKept = 0;
        for (const WindowLabel& w : table.kept) {
            if (w.frame != frames - 1) continue;
            ++lastKept;
            QVERIFY2(w.label.ke > 0.5 && w.label.ke < 1.05,
                     qPrintable(QString("window %1: KE %2").arg(w.window).arg(w.label.ke)));
        }
        QCOMPARE(lastKept, crop.windowCount(e.cols()));
    }

    void keDependsOnTheVisibleFaults() {
        // Windows where a mapped trace crosses few columns carry little fault slip; windows crossed
        // end to end carry most of it: KE grows with the share of columns the map covers.
        const Experiment e = generateExperiment(spec(BoundaryCondition::EB, 50, 8, 120));
        const CropSpec crop;
        const LabelTable table = labelExperiment(e, crop);
        std::vector<double> sparse, covered;
        for (const WindowLabel& w : table.kept) {
            const WindowRect rect = crop.window(w.window);
            const uint8_t* fault = e.faultFrame(w.frame);
            int columns = 0;
            for (int x = 0; x < rect.width; ++x) {
                bool any = false;
                for (int r = 0; r < rect.height; ++r)
                    any |= fault[static_cast<size_t>(r) * e.cols() + rect.col + x] != 0;
                columns += any;
            }
            if (columns < 24) sparse.push_back(w.label.ke);
            if (columns == rect.width) covered.push_back(w.label.ke);
        }
        QVERIFY(!sparse.empty() && !covered.empty());
        QVERIFY2(mean(sparse) < 0.1, qPrintable(QString::number(mean(sparse))));
        QVERIFY2(mean(covered) > 0.5, qPrintable(QString::number(mean(covered))));
    }

    void boundaryConditionsDiffer() {
        const int frames = 90;
        const Experiment eb = generateExperiment(spec(BoundaryCondition::EB, 25, 4, frames));
        const Experiment pp = generateExperiment(spec(BoundaryCondition::PP, 25, 4, frames));
        // Before any fault: the elastic band spreads the shear over a wider zone.
        // The width of the curl profile across the zone, averaged along strike (which averages
        // the noise out).
        auto zoneWidth = [](const Experiment& e) {
            double sum = 0, sumRow = 0, sumRow2 = 0;
            for (int r = 0; r < e.rows(); ++r) {
                double profile = 0;
                for (int c = 0; c < e.cols(); ++c) profile += e.curlFrame(0)[static_cast<size_t>(r) * e.cols() + c];
                profile = std::max(0.0, profile);
                sum += profile;
                sumRow += profile * r;
                sumRow2 += profile * r * r;
            }
            const double m = sumRow / sum;
            return std::sqrt(sumRow2 / sum - m * m);
        };
        QVERIFY2(zoneWidth(eb) > 1.3 * zoneWidth(pp),
                 qPrintable(QString("%1 vs %2").arg(zoneWidth(eb)).arg(zoneWidth(pp))));
        // The plate-parallel base localizes sooner: higher KE at mid-experiment.
        const CropSpec crop;
        const double midEb = meanKe(labelExperiment(eb, crop), frames / 3, 2 * frames / 3);
        const double midPp = meanKe(labelExperiment(pp, crop), frames / 3, 2 * frames / 3);
        QVERIFY2(midPp > midEb + 0.1, qPrintable(QString("EB %1, PP %2").arg(midEb).arg(midPp)));
    }

    // The varied style draws each experiment's map its own way: across experiments the mature
    // trace lies within about 10 rows of the middle row and is 1 to 5 px wide (2 to 5 pixels
    // marked), and the plates still move by the plate step.
    void variedDrawingVariesWidthAndPosition() {
        double lowRow = 1e9, highRow = -1e9, thinnest = 1e9, thickest = -1e9;
        for (uint64_t seed = 1; seed <= 10; ++seed) {
            SyntheticSpec varied = spec(BoundaryCondition::PP, 25, seed, 2);
            varied.variedDrawing = true;
            const Experiment e = generateExperiment(varied);
            const uint8_t* fault = e.faultFrame(1);
            double rowSum = 0, pixels = 0, runs = 0;
            for (int c = 0; c < e.cols(); ++c)
                for (int r = 0; r < 128; ++r) {
                    if (!fault[static_cast<size_t>(r) * e.cols() + c]) continue;
                    rowSum += r;
                    ++pixels;
                    runs += r == 0 || !fault[static_cast<size_t>(r - 1) * e.cols() + c];
                }
            QVERIFY(pixels > 0);
            lowRow = std::min(lowRow, rowSum / pixels);
            highRow = std::max(highRow, rowSum / pixels);
            thinnest = std::min(thinnest, pixels / runs);
            thickest = std::max(thickest, pixels / runs);
            // As vel_tot reads them: medians of the first and the last row.
            auto rowMedian = [&](int r) {
                std::vector<double> row(e.uFrame(1) + static_cast<size_t>(r) * e.cols(),
                                        e.uFrame(1) + static_cast<size_t>(r + 1) * e.cols());
                std::nth_element(row.begin(), row.begin() + row.size() / 2, row.end());
                return row[row.size() / 2];
            };
            const double top = rowMedian(0), bottom = rowMedian(e.rows() - 1);
            QVERIFY2(std::abs(top - bottom - regimeStep(varied)) < 0.05 * regimeStep(varied),
                     qPrintable(QString("seed %1: u %2 to %3, plate step %4")
                                    .arg(seed)
                                    .arg(top)
                                    .arg(bottom)
                                    .arg(regimeStep(varied))));
        }
        qInfo("mean trace row %.1f to %.1f, width %.1f to %.1f px", lowRow, highRow, thinnest, thickest);
        // (10 experiments: 53.9 to 69.6 and 2.2 to 5.3 px when written; a classic series stays
        // within a few rows of 64 and about 2.6 px.)
        const QString rows = QString("rows %1 to %2").arg(lowRow).arg(highRow);
        QVERIFY2(lowRow < 58 && highRow > 67, qPrintable(rows));
        QVERIFY2(lowRow > 48 && highRow < 80, qPrintable(rows));
        QVERIFY(thinnest < 2.5 && thickest > 4);
        // The published set's look stays as it was: the trace about 2.6 px wide in the middle.
        const Experiment classic = generateExperiment(spec(BoundaryCondition::PP, 25, 1, 2));
        QVERIFY(!sameArrays(classic, generateExperiment([] {
                                SyntheticSpec v = spec(BoundaryCondition::PP, 25, 1, 2);
                                v.variedDrawing = true;
                                return v;
                            }())));
    }

    void seriesNamesCycleLikeThePublishedSet() {
        const std::vector<SyntheticSpec> specs = syntheticSeries(10, 17, 99);
        const char* expected[] = {"EB_025_1", "EB_050_1", "EB_100_1", "EB_150_1", "PP_025_1",
                                  "PP_050_1", "PP_100_1", "PP_150_1", "EB_025_2", "EB_050_2"};
        QCOMPARE(specs.size(), size_t(10));
        std::set<uint64_t> seeds;
        for (size_t i = 0; i < specs.size(); ++i) {
            QCOMPARE(specs[i].name, std::string(expected[i]));
            QCOMPARE(specs[i].frames, 17);
            QCOMPARE(specs[i].boundary, specs[i].name[0] == 'E' ? BoundaryCondition::EB : BoundaryCondition::PP);
            QCOMPARE(specs[i].loadingRate, std::stoi(specs[i].name.substr(3, 3)));
            seeds.insert(specs[i].seed);
        }
        QCOMPARE(seeds.size(), size_t(10));
        QCOMPARE(syntheticSeries(10, 17, 99)[3].seed, specs[3].seed);
        QVERIFY(syntheticSeries(10, 17, 100)[3].seed != specs[3].seed);
        QVERIFY(syntheticSeries(0, 17, 99).empty());
    }

    void invalidSpecsAreErrors() {
        SyntheticSpec s = spec(BoundaryCondition::EB, 25, 1, 10);
        s.name = "EB_bad";
        auto bad = [&](auto change, const QString& fragment) {
            SyntheticSpec copy = s;
            change(copy);
            const QString message = errorOf([&] { generateExperiment(copy); });
            QVERIFY2(message.contains("EB_bad") && message.contains(fragment), qPrintable(message));
        };
        bad([](SyntheticSpec& x) { x.rows = 4; }, "16 x 16");
        bad([](SyntheticSpec& x) { x.frames = 0; }, "frame");
        bad([](SyntheticSpec& x) { x.loadingRate = 0; }, "loading rate");
        bad([](SyntheticSpec& x) { x.dx = -1; }, "grid step");
        QVERIFY(!errorOf([] { syntheticSeries(-1, 10, 1); }).isEmpty());
        QVERIFY(!errorOf([] { syntheticSeries(3, 0, 1); }).isEmpty());
    }

    void progressAndCancel() {
        std::vector<double> fractions;
        Progress progress;
        progress.report = [&](double f, const std::string&) { fractions.push_back(f); };
        generateExperiment(spec(BoundaryCondition::PP, 25, 1, 6), &progress);
        QVERIFY(fractions.size() >= 6);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);

        std::atomic<bool> cancel{true};
        progress.cancel = &cancel;
        QVERIFY_EXCEPTION_THROWN(generateExperiment(spec(BoundaryCondition::PP, 25, 1, 6), &progress), Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSynthetic)
#include "test_synthetic.moc"
