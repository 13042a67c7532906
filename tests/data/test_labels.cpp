// KE/SD labels: the formulas of the original (checked independently), its exact output on the
// reference experiment, and the samples and frames it must skip.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/data/NumpyReductions.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr int kRows = 130, kCols = 170, kFrames = 4;  // 3 windows of the default crop
const double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Arrays {
    std::vector<double> curl, u, v;
    std::vector<uint8_t> fault;
    size_t at(int t, int r, int c) const { return (size_t(t) * kRows + r) * kCols + c; }
};

// Random curl, a fault band that wanders with the frame, and plates that move apart. Window 2
// of frame 0 has no fault at all.
Arrays makeArrays(uint64_t seed) {
    Arrays a;
    const size_t n = size_t(kRows) * kCols * kFrames;
    a.curl.resize(n);
    a.u.resize(n);
    a.v.resize(n);
    a.fault.assign(n, 0);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int t = 0; t < kFrames; ++t)
        for (int r = 0; r < kRows; ++r)
            for (int c = 0; c < kCols; ++c) {
                const size_t i = a.at(t, r, c);
                a.curl[i] = 0.02 + 0.01 * noise(rng);
                a.u[i] = (r < kRows / 2 ? 0.6 : -0.6) + 0.01 * noise(rng);
                a.v[i] = 0.05 * noise(rng);
                const int band = 40 + 10 * t + (c / 16) % 3;
                if (std::abs(r - band) <= 1 + (c % 5 == 0) && !(t == 0 && c >= 100)) a.fault[i] = 1;
            }
    return a;
}

Experiment experimentOf(const Arrays& a, const std::string& name = "arrays") {
    return Experiment::fromArrays(name, kRows, kCols, kFrames, a.curl, a.fault, a.u, a.v);
}

// The formulas of the original, written the plain way (textbook median, two-pass std).
double median(std::vector<double> x) {
    std::sort(x.begin(), x.end());
    const size_t n = x.size();
    return n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

struct Independent {
    double ke, sd;
};

Independent independentLabel(const Arrays& a, int window, int t, double dx) {
    std::vector<double> u0, uH, v0, vH;
    for (int c = 0; c < kCols; ++c) {
        u0.push_back(a.u[a.at(t, 0, c)]);
        uH.push_back(a.u[a.at(t, kRows - 1, c)]);
        v0.push_back(a.v[a.at(t, 0, c)]);
        vH.push_back(a.v[a.at(t, kRows - 1, c)]);
    }
    const double velTot = std::hypot(median(u0) - median(uH), median(v0) - median(vH));
    std::vector<double> slip;
    for (int x = 0; x < 64; ++x) {
        const int c = 50 * window + x;
        double integral = 0;
        for (int r = 0; r + 1 < 128; ++r) {
            const double y0 = a.curl[a.at(t, r, c)] * a.fault[a.at(t, r, c)];
            const double y1 = a.curl[a.at(t, r + 1, c)] * a.fault[a.at(t, r + 1, c)];
            integral += 0.5 * (y0 + y1) * dx;
        }
        slip.push_back(2 * integral);
    }
    double mean = 0, var = 0;
    for (double s : slip) mean += s;
    mean /= slip.size();
    for (double s : slip) var += (s - mean) * (s - mean);
    return {median(slip) / velTot, std::sqrt(var / slip.size()) / velTot};
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(std::abs(b), 0.1); }

std::string csvRow(const std::string& experiment, const WindowLabel& s) {
    char line[256];
    std::snprintf(line, sizeof line, "%s,%d,%d,%.17g,%.17g,%s,%s", experiment.c_str(), s.window, s.frame, s.label.ke,
                  s.label.sd, s.label.keText.c_str(), s.label.sdText.c_str());
    return line;
}

}  // namespace

class TestLabels : public QObject {
    Q_OBJECT

private slots:
    void matchesIndependentFormulas();
    void fileAndArraysGiveTheSameLabels();
    void reproducesOriginalLabelsExactly();
    void skipsNonFiniteWindows();
    void skipsFramesWithoutPlateVelocity();
    void rejectsBadRequests();
    void formatsLikePython();
    void numpyReductions();

private:
    QTemporaryDir dir_;
};

void TestLabels::matchesIndependentFormulas() {
    const Arrays a = makeArrays(7);
    const Experiment exp = experimentOf(a);
    for (double dx : {kDefaultDx, 0.5}) {
        const LabelTable table = labelExperiment(exp, CropSpec{}, dx);
        QCOMPARE(table.emptySkipped, 1);  // window 2 of frame 0
        QCOMPARE(table.nonFiniteSkipped, 0);
        QCOMPARE(table.zeroVelocityFramesSkipped, 0);
        QVERIFY(table.warnings.empty());
        QCOMPARE(int(table.kept.size()), 3 * kFrames - 1);
        for (size_t i = 0; i < table.kept.size(); ++i) {
            const WindowLabel& s = table.kept[i];
            if (i > 0) {  // ordered by window, then frame
                const WindowLabel& p = table.kept[i - 1];
                QVERIFY(p.window < s.window || (p.window == s.window && p.frame < s.frame));
            }
            const Independent expected = independentLabel(a, s.window, s.frame, dx);
            QVERIFY2(close(s.label.ke, expected.ke),
                     qPrintable(QString("KE %1 vs %2").arg(s.label.ke, 0, 'g', 17).arg(expected.ke, 0, 'g', 17)));
            QVERIFY2(close(s.label.sd, expected.sd),
                     qPrintable(QString("SD %1 vs %2").arg(s.label.sd, 0, 'g', 17).arg(expected.sd, 0, 'g', 17)));
            QVERIFY(s.label.sd > 0);
            QCOMPARE(s.label.keText, formatTwoDecimals(s.label.ke));
            QCOMPARE(s.label.keLabel, std::strtod(s.label.keText.c_str(), nullptr));
            QCOMPARE(s.label.sdLabel, std::strtod(s.label.sdText.c_str(), nullptr));
        }
        const WindowLabel empty = labelWindow(exp, CropSpec{}, 2, 0, dx);
        QCOMPARE(empty.status, SampleStatus::EmptyFaultMap);
    }
}

void TestLabels::fileAndArraysGiveTheSameLabels() {
    const Arrays a = makeArrays(11);
    const std::string file = dir_.filePath("roundtrip.mat").toStdString();
    {
        MatWriter w(file, MatVersion::V73);
        const std::vector<size_t> dims{kRows, kCols, kFrames};
        const std::vector<double> fault(a.fault.begin(), a.fault.end());
        w.writeDouble("curl_map", toColumnMajor(a.curl.data(), kRows, kCols, kFrames).data(), dims);
        w.writeDouble("altBW_filt", toColumnMajor(fault.data(), kRows, kCols, kFrames).data(), dims);
        w.writeDouble("store_u", toColumnMajor(a.u.data(), kRows, kCols, kFrames).data(), dims);
        w.writeDouble("store_v", toColumnMajor(a.v.data(), kRows, kCols, kFrames).data(), dims);
        w.commit();
    }
    const LabelTable fromFile =
        labelExperiment(Experiment::load(file, {}, Experiment::Content::LabelsOnly), CropSpec{});
    const LabelTable fromArrays = labelExperiment(experimentOf(a), CropSpec{});
    QCOMPARE(fromFile.kept.size(), fromArrays.kept.size());
    for (size_t i = 0; i < fromFile.kept.size(); ++i)
        QCOMPARE(csvRow("x", fromFile.kept[i]), csvRow("x", fromArrays.kept[i]));
}

void TestLabels::reproducesOriginalLabelsExactly() {
    const QString mat = test::sharedFile("reference/original-labels/sample_exp.mat");
    const QString csv = test::sharedFile("reference/original-labels/expected_labels.csv");
    if (mat.isEmpty() || csv.isEmpty()) QSKIP("reference/original-labels is not available");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList expected = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    for (QString& line : expected) line = line.trimmed();  // the reference uses CRLF
    QCOMPARE(expected.takeFirst(), QString("experiment,window,frame,ke,sd,ke_label,sd_label"));

    const Experiment exp = Experiment::load(mat.toStdString(), {}, Experiment::Content::LabelsOnly);
    const LabelTable table = labelExperiment(exp, CropSpec{}, kDefaultDx);
    QCOMPARE(table.emptySkipped, 5);  // frame 5 has no fault anywhere
    QCOMPARE(int(table.kept.size()), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(QString::fromStdString(csvRow(exp.name(), table.kept[i])), expected[i]);
}

void TestLabels::skipsNonFiniteWindows() {
    Arrays a = makeArrays(3);
    a.curl[a.at(1, 10, 90)] = kNaN;                                      // only window 1, frame 1
    a.fault[a.at(2, 45, 5)] = kFaultInvalid;                             // only window 0, frame 2
    a.curl[a.at(3, 129, 20)] = std::numeric_limits<double>::infinity();  // below the crop: harmless
    const Experiment exp = experimentOf(a, "EB_050_1");
    const LabelTable table = labelExperiment(exp, CropSpec{});
    QCOMPARE(table.nonFiniteSkipped, 2);
    QCOMPARE(table.emptySkipped, 1);
    QCOMPARE(int(table.kept.size()), 3 * kFrames - 3);
    for (const WindowLabel& s : table.kept) {
        QVERIFY(std::isfinite(s.label.ke) && std::isfinite(s.label.sd));
        QVERIFY(!(s.window == 1 && s.frame == 1) && !(s.window == 0 && s.frame == 2));
    }
    QCOMPARE(labelWindow(exp, CropSpec{}, 1, 1).status, SampleStatus::NonFinite);
    QCOMPARE(labelWindow(exp, CropSpec{}, 0, 3).status, SampleStatus::Kept);
    QCOMPARE(table.warnings.size(), size_t(1));
    const QString warning = QString::fromStdString(table.warnings[0]);
    QVERIFY2(warning.startsWith("EB_050_1: 2 samples") && warning.contains("NaN or Inf"), qPrintable(warning));
}

void TestLabels::skipsFramesWithoutPlateVelocity() {
    Arrays a = makeArrays(5);
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kCols; ++c) a.u[a.at(3, r, c)] = a.v[a.at(3, r, c)] = 0.25;  // plates at rest
    const Experiment exp = experimentOf(a, "PP_025_1");
    QCOMPARE(exp.velTot(3), 0.0);
    const LabelTable table = labelExperiment(exp, CropSpec{});
    QCOMPARE(table.zeroVelocityFramesSkipped, 1);
    QCOMPARE(table.emptySkipped, 1);
    QCOMPARE(int(table.kept.size()), 3 * (kFrames - 1) - 1);
    for (const WindowLabel& s : table.kept) QVERIFY(s.frame != 3);
    QCOMPARE(labelWindow(exp, CropSpec{}, 0, 3).status, SampleStatus::ZeroVelocity);
    QCOMPARE(table.warnings.size(), size_t(1));
    const QString warning = QString::fromStdString(table.warnings[0]);
    QVERIFY2(warning.startsWith("PP_025_1: 1 frame was skipped") && warning.contains("(frame 3)"), qPrintable(warning));
}

void TestLabels::rejectsBadRequests() {
    const Experiment exp = experimentOf(makeArrays(1), "small");
    QVERIFY_THROWS_EXCEPTION(Error, labelWindow(exp, CropSpec{}, 3, 0));
    QVERIFY_THROWS_EXCEPTION(Error, labelWindow(exp, CropSpec{}, 0, kFrames));
    try {
        labelExperiment(exp, CropSpec{10, 50, 128, 64});
        QFAIL("a crop below the last row was accepted");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).startsWith("small: crop 10,50,128,64 needs 138 rows"), e.what());
    }
    // A narrower crop is fine and labels more windows.
    const LabelTable narrow = labelExperiment(exp, CropSpec{0, 25, 128, 32});
    QVERIFY(narrow.kept.size() + narrow.emptySkipped == size_t(6 * kFrames));
}

void TestLabels::formatsLikePython() {
    QCOMPARE(formatTwoDecimals(0.3189446), std::string("0.32"));
    QCOMPARE(formatTwoDecimals(-0.001), std::string("-0.00"));
    QCOMPARE(formatTwoDecimals(0.0), std::string("0.00"));
    QCOMPARE(formatTwoDecimals(0.125), std::string("0.12"));  // exact binary tie: round half to even
    QCOMPARE(formatTwoDecimals(0.375), std::string("0.38"));
    QCOMPARE(formatTwoDecimals(1.005), std::string("1.00"));  // 1.005 is stored just below
    QCOMPARE(formatTwoDecimals(12.345678), std::string("12.35"));
    QCOMPARE(formatTwoDecimals(-1.5), std::string("-1.50"));
}

void TestLabels::numpyReductions() {
    // Pairwise order: ((1e16 + 1) + (1 + 1)) + ((1 + 1) + (1 + 1)) keeps six of the ones that a
    // left-to-right sum loses to rounding.
    const double big[] = {1e16, 1, 1, 1, 1, 1, 1, 1, -1e16};
    QCOMPARE(numpySum(big, 9), 6.0);
    double sequential = 0;
    for (double x : big) sequential += x;
    QCOMPARE(sequential, 0.0);
    // Fewer than 8 values are added in order.
    QCOMPARE(numpySum(big, 7) - 1e16, 0.0);
    const double four[] = {4, 1, 3, 2};
    QCOMPARE(numpyMedian(four, 4), 2.5);
    QCOMPARE(numpyMedian(four, 3), 3.0);
    QCOMPARE(numpyMean(four, 4), 2.5);
    QCOMPARE(numpyStd(four, 4), std::sqrt(1.25));
    const double withNaN[] = {1, kNaN, 2};
    QVERIFY(std::isnan(numpyMedian(withNaN, 3)));
}

QTEST_GUILESS_MAIN(TestLabels)
#include "test_labels.moc"
