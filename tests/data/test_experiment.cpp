// Experiment::inspect / load: the four variables of real .mat files written through matio, in
// every MAT version and fault-map class, and every way a file can be unusable.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>

#include "core/data/Experiment.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr int kRows = 130, kCols = 70, kFrames = 3;  // just above the 128 x 64 minimum
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Different along every axis, so a transposition or swapped axis shows.
double curlAt(int r, int c, int t) { return r + 1000.0 * c + 1e6 * t; }
double uAt(int r, int c, int t) { return -curlAt(r, c, t) + (r == 0 ? 0.25 * c : 0.0); }
double vAt(int r, int c, int t) { return 0.5 * curlAt(r, c, t); }
uint8_t faultAt(int r, int c, int t) { return (r + 2 * c + t) % 3 == 0 ? 1 : 0; }

using Field = std::function<double(int r, int c, int t)>;

std::vector<double> columnMajor(const Field& f, int rows, int cols, int frames) {
    std::vector<double> out(size_t(rows) * cols * frames);
    for (int t = 0; t < frames; ++t)
        for (int c = 0; c < cols; ++c)
            for (int r = 0; r < rows; ++r) out[r + size_t(rows) * (c + size_t(cols) * t)] = f(r, c, t);
    return out;
}

// What to write: shapes and classes can be changed per variable to provoke each error.
struct FileSpec {
    MatVersion version = MatVersion::V5Compressed;
    int rows = kRows, cols = kCols, frames = kFrames;
    bool flat = false;              // 2-D variables (one frame)
    QString faultClass = "double";  // double, single, logical, uint8, char
    Field fault = [](int r, int c, int t) { return double(faultAt(r, c, t)); };
    int uFrames = -1;  // a different frame count for store_u
    bool omitV = false;
};

void writeFile(const std::string& path, const FileSpec& s) {
    MatWriter w(path, s.version);
    auto dims = [&](int frames) {
        return s.flat ? std::vector<size_t>{size_t(s.rows), size_t(s.cols)}
                      : std::vector<size_t>{size_t(s.rows), size_t(s.cols), size_t(frames)};
    };
    const auto curl = columnMajor(curlAt, s.rows, s.cols, s.frames);
    w.writeDouble("curl_map", curl.data(), dims(s.frames));

    const auto fault = columnMajor(s.fault, s.rows, s.cols, s.frames);
    if (s.faultClass == "double") {
        w.writeDouble("altBW_filt", fault.data(), dims(s.frames));
    } else if (s.faultClass == "single") {
        std::vector<float> f(fault.begin(), fault.end());
        w.writeSingle("altBW_filt", f.data(), dims(s.frames));
    } else if (s.faultClass == "logical" || s.faultClass == "uint8") {
        std::vector<uint8_t> b(fault.begin(), fault.end());
        if (s.faultClass == "logical")
            w.writeLogical("altBW_filt", b.data(), dims(s.frames));
        else
            w.writeUint8("altBW_filt", b.data(), dims(s.frames));
    } else {
        w.writeText("altBW_filt", "fault");
    }

    const int uFrames = s.uFrames > 0 ? s.uFrames : s.frames;
    const auto u = columnMajor(uAt, s.rows, s.cols, uFrames);
    w.writeDouble("store_u", u.data(), dims(uFrames));
    if (!s.omitV) {
        const auto v = columnMajor(vAt, s.rows, s.cols, s.frames);
        w.writeDouble("store_v", v.data(), dims(s.frames));
    }
    w.commit();
}

// The median as a textbook defines it, for checking vel_tot independently.
double median(std::vector<double> x) {
    std::sort(x.begin(), x.end());
    const size_t n = x.size();
    return n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

double expectedVelTot(int rows, int cols, int t) {
    std::vector<double> u0, uH, v0, vH;
    for (int c = 0; c < cols; ++c) {
        u0.push_back(uAt(0, c, t));
        uH.push_back(uAt(rows - 1, c, t));
        v0.push_back(vAt(0, c, t));
        vH.push_back(vAt(rows - 1, c, t));
    }
    return std::hypot(median(u0) - median(uH), median(v0) - median(vH));
}

using test::errorOf;
using test::matVersionName;

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT

private slots:
    void loadsEveryVersionAndFaultClass_data();
    void loadsEveryVersionAndFaultClass();
    void twoDimensionalVariablesAreOneFrame();
    void labelsOnlyDropsDisplacements();
    void inspectReadsHeaders();
    void customVariableNames();
    void faultValuesAreClassified();
    void plateVelocityUsesNumpyMedians();
    void fromArraysChecksSizes();
    void rejectsBadFiles_data();
    void rejectsBadFiles();

private:
    QTemporaryDir dir_;
    std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }
};

void TestExperiment::loadsEveryVersionAndFaultClass_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("faultClass");
    for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed, MatVersion::V73})
        for (const char* cls : {"double", "single", "logical", "uint8"})
            QTest::newRow(qPrintable(matVersionName(v) + "-" + cls)) << int(v) << QString(cls);
}

void TestExperiment::loadsEveryVersionAndFaultClass() {
    QFETCH(int, version);
    QFETCH(QString, faultClass);
    FileSpec spec;
    spec.version = static_cast<MatVersion>(version);
    spec.faultClass = faultClass;
    const std::string file = path("exp-" + QString::number(version) + "-" + faultClass + ".mat");
    writeFile(file, spec);

    const Experiment exp = Experiment::load(file);
    QCOMPARE(exp.name(), std::string("exp-" + QString::number(version).toStdString() + "-" + faultClass.toStdString()));
    QCOMPARE(exp.path(), file);
    QCOMPARE(exp.rows(), kRows);
    QCOMPARE(exp.cols(), kCols);
    QCOMPARE(exp.frames(), kFrames);
    QVERIFY(exp.warnings().empty());
    for (Channel c : {Channel::Curl, Channel::Fault, Channel::U, Channel::V}) QVERIFY(exp.hasChannel(c));
    // Frame t, row r, column c is MATLAB's A(r+1, c+1, t+1), for every element.
    for (int t = 0; t < kFrames; ++t)
        for (int r = 0; r < kRows; ++r)
            for (int c = 0; c < kCols; ++c) {
                const size_t i = size_t(r) * kCols + c;
                if (exp.curlFrame(t)[i] != curlAt(r, c, t) || exp.faultFrame(t)[i] != faultAt(r, c, t) ||
                    exp.uFrame(t)[i] != uAt(r, c, t) || exp.vFrame(t)[i] != vAt(r, c, t))
                    QFAIL(qPrintable(QString("mismatch at frame %1 row %2 column %3").arg(t).arg(r).arg(c)));
            }
    QCOMPARE(exp.value(Channel::V, 2, 129, 69), vAt(129, 69, 2));
    QCOMPARE(exp.value(Channel::Fault, 1, 5, 7), double(faultAt(5, 7, 1)));
    for (int t = 0; t < kFrames; ++t) QCOMPARE(exp.velTot(t), expectedVelTot(kRows, kCols, t));
}

void TestExperiment::twoDimensionalVariablesAreOneFrame() {
    FileSpec spec;
    spec.flat = true;
    spec.frames = 1;
    const std::string file = path("flat.mat");
    writeFile(file, spec);
    const ExperimentInfo info = Experiment::inspect(file);
    QCOMPARE(info.frames, 1);
    QCOMPARE(info.variables[0].dims, (std::vector<size_t>{kRows, kCols}));
    const Experiment exp = Experiment::load(file);
    QCOMPARE(exp.frames(), 1);
    QCOMPARE(exp.curlFrame(0)[3 * kCols + 60], curlAt(3, 60, 0));
    QCOMPARE(exp.velTot(0), expectedVelTot(kRows, kCols, 0));
}

void TestExperiment::labelsOnlyDropsDisplacements() {
    const std::string file = path("labels-only.mat");
    writeFile(file, FileSpec{});
    const Experiment all = Experiment::load(file);
    const Experiment lean = Experiment::load(file, {}, Experiment::Content::LabelsOnly);
    QVERIFY(lean.hasChannel(Channel::Curl));
    QVERIFY(lean.hasChannel(Channel::Fault));
    QVERIFY(!lean.hasChannel(Channel::U));
    QVERIFY(!lean.hasChannel(Channel::V));
    QVERIFY(std::isnan(lean.value(Channel::U, 0, 0, 0)));
    QCOMPARE(lean.velTots(), all.velTots());
    QCOMPARE(lean.curlFrame(2)[100], all.curlFrame(2)[100]);
}

void TestExperiment::inspectReadsHeaders() {
    FileSpec spec;
    spec.version = MatVersion::V73;
    spec.faultClass = "logical";
    const std::string file = path("EB_025_1.mat");
    writeFile(file, spec);
    const ExperimentInfo info = Experiment::inspect(file);
    QCOMPARE(info.name, std::string("EB_025_1"));
    QCOMPARE(info.format, std::string("MAT v7.3"));
    QCOMPARE(info.rows, kRows);
    QCOMPARE(info.cols, kCols);
    QCOMPARE(info.frames, kFrames);
    QCOMPARE(info.variables.size(), size_t(4));
    QCOMPARE(info.variables[1].name, std::string("altBW_filt"));
    QCOMPARE(info.variables[1].className, std::string("logical"));
    QCOMPARE(info.variables[3].dims, (std::vector<size_t>{kRows, kCols, kFrames}));
}

void TestExperiment::customVariableNames() {
    const std::string file = path("renamed.mat");
    {
        MatWriter w(file, MatVersion::V5Compressed);
        const auto curl = columnMajor(curlAt, kRows, kCols, 1);
        const auto fault = columnMajor([](int r, int c, int t) { return double(faultAt(r, c, t)); }, kRows, kCols, 1);
        w.writeDouble("curl", curl.data(), {kRows, kCols});
        w.writeDouble("faults", fault.data(), {kRows, kCols});
        w.writeDouble("ux", curl.data(), {kRows, kCols});
        w.writeDouble("uy", curl.data(), {kRows, kCols});
        w.commit();
    }
    const QString defaultNames = errorOf([&] { Experiment::inspect(file); });
    QVERIFY2(defaultNames.contains("'curl_map' is missing") && defaultNames.contains("curl, faults, ux, uy"),
             qPrintable(defaultNames));
    const VariableNames names{"curl", "faults", "ux", "uy"};
    const Experiment exp = Experiment::load(file, names);
    QCOMPARE(exp.faultFrame(0)[5 * kCols + 2], faultAt(5, 2, 0));
    QCOMPARE(exp.velTot(0), std::sqrt(2.0 * 129 * 129));  // u = v = curl: row 0 minus row 129
}

void TestExperiment::faultValuesAreClassified() {
    FileSpec spec;
    spec.fault = [](int r, int c, int t) {
        if (t == 1 && r == 10 && c == 11) return kNaN;
        if (t == 2 && r == 20 && c == 21) return std::numeric_limits<double>::infinity();
        if (r == 30) return 0.5;
        if (r == 31) return -2.0;
        return double(faultAt(r, c, t));
    };
    const std::string file = path("odd-fault.mat");
    writeFile(file, spec);
    const Experiment exp = Experiment::load(file);
    QCOMPARE(exp.faultFrame(1)[10 * kCols + 11], kFaultInvalid);
    QCOMPARE(exp.faultFrame(2)[20 * kCols + 21], kFaultInvalid);
    QCOMPARE(exp.faultFrame(0)[30 * kCols + 3], kFaultTrace);
    QCOMPARE(exp.faultFrame(0)[31 * kCols + 3], kFaultTrace);
    QCOMPARE(exp.faultFrame(0)[32 * kCols + 3], faultAt(32, 3, 0));
    QVERIFY(std::isnan(exp.value(Channel::Fault, 1, 10, 11)));
    // One sentence for the non-binary values, one for the NaN/Inf ones: not one per pixel.
    QCOMPARE(exp.warnings().size(), size_t(2));
    const QString nonBinary = QString::fromStdString(exp.warnings()[0]);
    QVERIFY2(nonBinary.contains(QString::fromStdString(file)) && nonBinary.contains("other than 0 and 1") &&
                 nonBinary.contains(QString::number(2 * kCols * kFrames)),
             qPrintable(nonBinary));
    const QString invalid = QString::fromStdString(exp.warnings()[1]);
    QVERIFY2(invalid.contains("2 NaN or Inf"), qPrintable(invalid));
}

void TestExperiment::plateVelocityUsesNumpyMedians() {
    // 3 x 4 frames: medians over 4 columns take the mean of the two middle values.
    const double u[] = {4, 1, 3, 2, /**/ 0, 0, 0, 0, /**/ 1, 1, 1, 5};
    const double v[] = {0, 0, 0, 9, /**/ 0, 0, 0, 0, /**/ -2, -2, -3, -1};
    const double du = 2.5 - 1.0, dv = 0.0 - (-2.0);
    QCOMPARE(plateVelocity(u, v, 3, 4), std::sqrt(du * du + dv * dv));
    // 2 x 3 frames: odd width, the middle value.
    const double u3[] = {7, -1, 3, /**/ 0, 0, 1};
    const double v3[] = {0, 0, 0, /**/ 0, 0, 0};
    QCOMPARE(plateVelocity(u3, v3, 2, 3), 3.0);
    const double nanRow[] = {kNaN, 1, 1, /**/ 0, 0, 0};
    QVERIFY(std::isnan(plateVelocity(nanRow, v3, 2, 3)));
}

void TestExperiment::fromArraysChecksSizes() {
    const size_t n = size_t(kRows) * kCols;
    std::vector<double> curl(n, 1.0), u(n, 0.0), v(n, 0.0);
    std::vector<uint8_t> fault(n, 0);
    for (int c = 0; c < kCols; ++c) u[c] = 2.0;  // first row moves: vel_tot 2
    const Experiment exp = Experiment::fromArrays("arrays", kRows, kCols, 1, curl, fault, u, v);
    QCOMPARE(exp.name(), std::string("arrays"));
    QVERIFY(exp.path().empty());
    QCOMPARE(exp.velTot(0), 2.0);
    const QString message = errorOf([&] { Experiment::fromArrays("arrays", kRows, kCols, 2, curl, fault, u, v); });
    QVERIFY2(message.startsWith("arrays: curl has"), qPrintable(message));
    const Experiment noDisplacement = Experiment::fromArrays("bare", kRows, kCols, 1, curl, fault, {}, {});
    QVERIFY(!noDisplacement.hasChannel(Channel::U));
    QVERIFY(std::isnan(noDisplacement.velTot(0)));
}

void TestExperiment::rejectsBadFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("text file") << "text" << QStringList{"not a MAT file"};
    QTest::newRow("truncated v5 compressed") << "cut-v5" << QStringList{"truncated or corrupt"};
    QTest::newRow("truncated v7.3") << "cut-v73" << QStringList{"truncated or corrupt"};
    QTest::newRow("missing variable") << "missing" << QStringList{"'store_v'", "missing"};
    QTest::newRow("shapes differ") << "shapes"
                                   << QStringList{"'curl_map' (130 x 70 x 3)", "'store_u' (130 x 70 x 2)", "differ"};
    QTest::newRow("char fault map") << "char" << QStringList{"'altBW_filt'", "char", "not a real numeric array"};
    QTest::newRow("too few columns") << "narrow" << QStringList{"63 columns", "at least 128 rows and 64 columns"};
    QTest::newRow("too few rows") << "short" << QStringList{"127 rows", "at least 128 rows and 64 columns"};
}

void TestExperiment::rejectsBadFiles() {
    QFETCH(QString, kind);
    QFETCH(QStringList, fragments);
    const std::string file = path("bad-" + kind + ".mat");
    FileSpec spec;
    if (kind == "text") {
        QFile f(QString::fromStdString(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("rows,cols\n130,70\n");
    } else {
        if (kind == "cut-v73") spec.version = MatVersion::V73;
        if (kind == "missing") spec.omitV = true;
        if (kind == "shapes") spec.uFrames = 2;
        if (kind == "char") spec.faultClass = "char";
        if (kind == "narrow") spec.cols = 63;
        if (kind == "short") spec.rows = 127;
        writeFile(file, spec);
        if (kind.startsWith("cut")) std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
    }
    for (bool full : {false, true}) {
        const QString message = errorOf([&] {
            if (full)
                Experiment::load(file);
            else
                Experiment::inspect(file);
        });
        QVERIFY2(message.startsWith(QString::fromStdString(file) + ": "), qPrintable(message));
        for (const QString& fragment : fragments)
            QVERIFY2(message.contains(fragment), qPrintable(message + " lacks: " + fragment));
    }
}

QTEST_GUILESS_MAIN(TestExperiment)
#include "test_experiment.moc"
