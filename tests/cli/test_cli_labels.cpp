// faultke-cli labels / inspect, run as a user runs them: CSV text, exit codes, one-line errors.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/io/MatFile.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr int kRows = 130, kCols = 170, kFrames = 3;

using test::CliResult;
using test::runCli;

// A small experiment with the given variable names; the curl of window 1, frame 2 has a NaN.
void writeExperimentFile(const std::string& path, const VariableNames& names = {}) {
    const size_t n = size_t(kRows) * kCols * kFrames;
    std::vector<double> curl(n), fault(n, 0.0), u(n), v(n);
    std::mt19937_64 rng(42);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int t = 0; t < kFrames; ++t)
        for (int c = 0; c < kCols; ++c)
            for (int r = 0; r < kRows; ++r) {
                const size_t i = r + size_t(kRows) * (c + size_t(kCols) * t);  // column-major
                curl[i] = 0.03 + 0.01 * noise(rng);
                fault[i] = std::abs(r - (50 + 5 * t + c / 40)) <= 1 ? 1.0 : 0.0;
                u[i] = (r < kRows / 2 ? 0.5 : -0.5) + 0.01 * noise(rng);
                v[i] = 0.02 * noise(rng);
            }
    curl[10 + size_t(kRows) * (80 + size_t(kCols) * 2)] = std::numeric_limits<double>::quiet_NaN();
    MatWriter w(path, MatVersion::V5Compressed);
    const std::vector<size_t> dims{kRows, kCols, kFrames};
    w.writeDouble(names.curl, curl.data(), dims);
    w.writeDouble(names.fault, fault.data(), dims);
    w.writeDouble(names.u, u.data(), dims);
    w.writeDouble(names.v, v.data(), dims);
    w.commit();
}

// The CSV the command must print, built from the core directly.
QString expectedCsv(const std::string& path, const CropSpec& crop, double dx, const VariableNames& names = {}) {
    const Experiment exp = Experiment::load(path, names);
    const LabelTable table = labelExperiment(exp, crop, dx);
    QString csv = "experiment,window,frame,ke,sd,ke_label,sd_label\n";
    for (const WindowLabel& s : table.kept)
        csv += QString::asprintf("%s,%d,%d,%.17g,%.17g,%s,%s\n", exp.name().c_str(), s.window, s.frame, s.label.ke,
                                 s.label.sd, s.label.keText.c_str(), s.label.sdText.c_str());
    return csv;
}

}  // namespace

class TestCliLabels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reproducesReferenceCsv();
    void labelsGeneratedFile();
    void writesOutputFile();
    void honoursCropDxAndNames();
    void badInputGivesOneLine_data();
    void badInputGivesOneLine();
    void inspectDescribesFile();
    void outputNamingAnInputIsRefused();

private:
    QTemporaryDir dir_;
    std::string generated_;
};

void TestCliLabels::initTestCase() {
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable("faultke-cli not built: " + test::cliPath()));
    generated_ = dir_.filePath("EB_100_2.mat").toStdString();
    writeExperimentFile(generated_);
}

void TestCliLabels::reproducesReferenceCsv() {
    const QString mat = test::sharedFile("reference/original-labels/sample_exp.mat");
    const QString csv = test::sharedFile("reference/original-labels/expected_labels.csv");
    if (mat.isEmpty() || csv.isEmpty()) QSKIP("reference/original-labels is not available");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(file.readAll()).remove('\r');  // the reference uses CRLF
    const CliResult r = runCli({"labels", mat});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, expected);
}

void TestCliLabels::labelsGeneratedFile() {
    const CliResult r = runCli({"labels", QString::fromStdString(generated_)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expectedCsv(generated_, CropSpec{}, kDefaultDx));
    QVERIFY(r.out.count('\n') > 4);
    QVERIFY(r.out.contains("\nEB_100_2,0,0,"));
    QVERIFY(!r.out.contains("EB_100_2,1,2,"));  // the NaN sample
    QVERIFY(!r.out.contains("nan", Qt::CaseInsensitive));
    QVERIFY2(r.err.startsWith("warning: EB_100_2: 1 sample was skipped") && r.err.count('\n') == 1, qPrintable(r.err));
}

void TestCliLabels::writesOutputFile() {
    QTemporaryDir out;
    const QString csvPath = QDir(out.path()).filePath("labels.csv");
    const CliResult r = runCli({"labels", QString::fromStdString(generated_), "-o", csvPath});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expectedCsv(generated_, CropSpec{}, kDefaultDx));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"labels.csv"});
}

void TestCliLabels::honoursCropDxAndNames() {
    const VariableNames names{"c", "f", "ux", "uy"};
    const std::string renamed = dir_.filePath("renamed.mat").toStdString();
    writeExperimentFile(renamed, names);
    const CliResult r = runCli({"labels", QString::fromStdString(renamed), "--crop", "1,25,128,32", "--dx", "0.5",
                                "--curl-var", "c", "--fault-var", "f", "--u-var", "ux", "--v-var", "uy"});
    QCOMPARE(r.exitCode, 0);
    const QString expected = expectedCsv(renamed, CropSpec{1, 25, 128, 32}, 0.5, names);
    QCOMPARE(r.out, expected);
    QVERIFY(r.out != expectedCsv(renamed, CropSpec{}, 0.5, names));
    QVERIFY(r.out.contains("\nrenamed,5,"));  // 1 + (170 - 32) / 25 = 6 windows
}

void TestCliLabels::badInputGivesOneLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("fragments");
    const QString text = dir_.filePath("notes.mat");
    QFile f(text);
    if (f.open(QIODevice::WriteOnly)) f.write("not a mat file\n");
    const QString good = QString::fromStdString(generated_);
    QTest::newRow("not a MAT file") << QStringList{"labels", text} << QStringList{text + ": not a MAT file"};
    QTest::newRow("missing variable") << QStringList{"labels", good, "--fault-var", "faults"}
                                      << QStringList{good + ": variable 'faults' is missing"};
    QTest::newRow("missing file") << QStringList{"labels", dir_.filePath("nope.mat")} << QStringList{"cannot open"};
    QTest::newRow("bad crop") << QStringList{"labels", good, "--crop", "0,50,128"} << QStringList{"ROW,STRIDE"};
    QTest::newRow("crop too tall") << QStringList{"labels", good, "--crop", "10,50,128,64"}
                                   << QStringList{good + ": crop 10,50,128,64 needs 138 rows"};
    QTest::newRow("bad dx") << QStringList{"labels", good, "--dx", "-1"} << QStringList{"--dx"};
    QTest::newRow("inspect, not a MAT file") << QStringList{"inspect", text} << QStringList{"not a MAT file"};
}

void TestCliLabels::badInputGivesOneLine() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, fragments);
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith("faultke-cli: ") && r.err.endsWith("\n") && r.err.count('\n') == 1, qPrintable(r.err));
    for (const QString& fragment : fragments) QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
}

void TestCliLabels::inspectDescribesFile() {
    const CliResult r = runCli({"inspect", QString::fromStdString(generated_)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("format:     MAT v5 (compressed)"), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression("curl_map +double +130 x 170 x 3")));
    QVERIFY(r.out.contains("frames:     3\n"));
    QVERIFY(r.out.contains("frame size: 130 rows x 170 columns"));
    QVERIFY(r.out.contains("windows:    3 per frame (crop 0,50,128,64)"));
    const Experiment exp = Experiment::load(generated_);
    double lo = exp.velTot(0), hi = exp.velTot(0);
    for (double v : exp.velTots()) lo = std::min(lo, v), hi = std::max(hi, v);
    QVERIFY2(r.out.contains(QString::asprintf("vel_tot:    min %.6g, max %.6g", lo, hi)), qPrintable(r.out));
    QVERIFY(r.out.contains("vel_tot zero or non-finite: 0 frames"));
}

// `labels x.mat -o x.mat` would replace the experiment by its labels: refused before any work,
// the experiment byte for byte as it was, nothing left beside it.
void TestCliLabels::outputNamingAnInputIsRefused() {
    QTemporaryDir dir;
    const QString experiment = dir.filePath("EB_050_1.mat");
    QVERIFY(QFile::copy(QString::fromStdString(generated_), experiment));
    QFile before(experiment);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    for (const QString& output : {experiment, dir.path() + "/./EB_050_1.mat"}) {
        const CliResult r = runCli({"labels", experiment, "-o", output});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("faultke-cli: ") && r.err.contains("is also an input") && r.err.count('\n') == 1,
                 qPrintable(r.err));
    }
    const CliResult prepare = runCli({"prepare", experiment, "-o", experiment});
    QCOMPARE(prepare.exitCode, 1);
    QVERIFY2(prepare.err.contains("is also an input"), qPrintable(prepare.err));
    QFile after(experiment);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"EB_050_1.mat"});
}

QTEST_GUILESS_MAIN(TestCliLabels)
#include "test_cli_labels.moc"
