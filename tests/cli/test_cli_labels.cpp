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

// A small experiment with the given variable names: a fault band 3 rows thick, curl 0.03 and
// plates moving at +0.5 / -0.5 on either side of it. With noise (and a NaN in the curl of window
// 1, frame 2) or without: then every label is known by hand (differenceFromHand).
void writeExperimentFile(const std::string& path, const VariableNames& names = {}, bool noisy = true) {
    const size_t n = size_t(kRows) * kCols * kFrames;
    std::vector<double> curl(n), fault(n, 0.0), u(n), v(n);
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal(0.0, 1.0);
    const auto noise = [&](double scale) { return noisy ? scale * normal(rng) : 0.0; };
    for (int t = 0; t < kFrames; ++t)
        for (int c = 0; c < kCols; ++c)
            for (int r = 0; r < kRows; ++r) {
                const size_t i = r + size_t(kRows) * (c + size_t(kCols) * t);  // column-major
                curl[i] = 0.03 + noise(0.01);
                fault[i] = std::abs(r - (50 + 5 * t + c / 40)) <= 1 ? 1.0 : 0.0;
                u[i] = (r < kRows / 2 ? 0.5 : -0.5) + noise(0.01);
                v[i] = noise(0.02);
            }
    if (noisy) curl[10 + size_t(kRows) * (80 + size_t(kCols) * 2)] = std::numeric_limits<double>::quiet_NaN();
    MatWriter w(path, MatVersion::V5Compressed);
    const std::vector<size_t> dims{kRows, kCols, kFrames};
    w.writeDouble(names.curl, curl.data(), dims);
    w.writeDouble(names.fault, fault.data(), dims);
    w.writeDouble(names.u, u.data(), dims);
    w.writeDouble(names.v, v.data(), dims);
    w.commit();
}

// The labels of the noise-free experiment, worked out by hand from the original's definitions
// (not by FaultKE's code): vel_tot = |0.5 - (-0.5)| = 1; in every column the band holds three
// curl values of 0.03 between zeros, so trapz = dx * 3 * 0.03 and curl_slip = 2 * dx * 0.09 in
// every column: KE = 0.18 dx, SD = 0.
// What differs between `csv` and those labels; empty when it holds them all, in order.
QString differenceFromHand(const QString& csv, const QString& experiment, int windows, double dx) {
    const double ke = 2 * dx * 3 * 0.03;
    const QStringList lines = csv.split('\n', Qt::SkipEmptyParts);
    if (lines.value(0) != "experiment,window,frame,ke,sd,ke_label,sd_label") return "header: " + lines.value(0);
    if (lines.size() != 1 + windows * kFrames)
        return QStringLiteral("%1 samples, expected %2").arg(lines.size() - 1).arg(windows * kFrames);
    int row = 1;
    for (int w = 0; w < windows; ++w)
        for (int t = 0; t < kFrames; ++t, ++row) {
            const QStringList f = lines[row].split(',');
            const bool same = f.size() == 7 && f[0] == experiment && f[1].toInt() == w && f[2].toInt() == t &&
                              std::abs(f[3].toDouble() - ke) < 1e-12 && std::abs(f[4].toDouble()) < 1e-12 &&
                              f[5] == QString::number(ke, 'f', 2) && f[6] == "0.00";
            if (!same) return QStringLiteral("line %1: %2 (KE %3 by hand)").arg(row).arg(lines[row]).arg(ke);
        }
    return {};
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
    QCOMPARE(r.out.count('\n'), 1 + 3 * kFrames - 1);  // header, 3 windows x 3 frames, one NaN sample out
    QVERIFY(r.out.startsWith("experiment,window,frame,ke,sd,ke_label,sd_label\nEB_100_2,0,0,"));
    QVERIFY(!r.out.contains("EB_100_2,1,2,"));  // the NaN sample
    QVERIFY(!r.out.contains("nan", Qt::CaseInsensitive));
    // Near the noise-free value (KE 0.18 dx = 0.2052, see differenceFromHand).
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts).mid(1)) {
        const double ke = line.section(',', 3, 3).toDouble();
        QVERIFY2(std::abs(ke - 0.2052) < 0.03, qPrintable(line));
    }
    QVERIFY2(r.err.startsWith("warning: EB_100_2: 1 sample was skipped") && r.err.count('\n') == 1, qPrintable(r.err));

    const std::string clean = dir_.filePath("EB_000_9.mat").toStdString();
    writeExperimentFile(clean, {}, false);
    const CliResult exact = runCli({"labels", QString::fromStdString(clean)});
    QCOMPARE(exact.exitCode, 0);
    const QString difference = differenceFromHand(exact.out, "EB_000_9", 3, 1.14);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliLabels::writesOutputFile() {
    QTemporaryDir out;
    const QString csvPath = QDir(out.path()).filePath("labels.csv");
    const CliResult r = runCli({"labels", QString::fromStdString(generated_), "-o", csvPath});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), runCli({"labels", QString::fromStdString(generated_)}).out);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"labels.csv"});
}

void TestCliLabels::honoursCropDxAndNames() {
    const VariableNames names{"c", "f", "ux", "uy"};
    const std::string renamed = dir_.filePath("renamed.mat").toStdString();
    writeExperimentFile(renamed, names, false);
    const CliResult r = runCli({"labels", QString::fromStdString(renamed), "--crop", "1,25,128,32", "--dx", "0.5",
                                "--curl-var", "c", "--fault-var", "f", "--u-var", "ux", "--v-var", "uy"});
    QCOMPARE(r.exitCode, 0);
    // 6 windows of 32 columns (1 + (170 - 32) / 25), KE 0.09
    const QString difference = differenceFromHand(r.out, "renamed", 6, 0.5);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
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
