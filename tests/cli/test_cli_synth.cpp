// faultke-cli synth: writes readable experiments named like the published set, one terse line
// each on stdout, and fails with one line on stderr for bad options.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Experiment.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

using test::CliResult;
using test::runCli;

QStringList lines(const QString& text) { return text.split('\n', Qt::SkipEmptyParts); }

}  // namespace

class TestCliSynth : public QObject {
    Q_OBJECT

private slots:
    void writesTheSeries() {
        QTemporaryDir dir;
        const QString out = dir.filePath("tmp");
        const CliResult r = runCli({"synth", "-o", out, "--experiments", "2", "--frames", "6"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));  // no progress bar off a terminal

        const QStringList printed = lines(r.out);
        QCOMPARE(printed.size(), 2);
        const QString names[] = {"EB_025_1", "EB_050_1"};
        for (int i = 0; i < 2; ++i) {
            const QString path = QDir(out).filePath(names[i] + ".mat");
            QCOMPARE(printed[i], names[i] + "\t" + path + "\t6 frames");
            QVERIFY(QFileInfo::exists(path));
            const ExperimentInfo info = Experiment::inspect(path.toStdString());
            QCOMPARE(info.rows, 135);
            QCOMPARE(info.cols, 313);
            QCOMPARE(info.frames, 6);
            QCOMPARE(info.format, std::string("MAT v5 (compressed)"));
        }
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);  // no temporary files left behind

        // The same seed gives the same files.
        const QString again = dir.filePath("again");
        QCOMPARE(runCli({"synth", "-o", again, "--experiments", "1", "--frames", "6"}).exitCode, 0);
        const Experiment a = Experiment::load(QDir(out).filePath("EB_025_1.mat").toStdString());
        const Experiment b = Experiment::load(QDir(again).filePath("EB_025_1.mat").toStdString());
        QCOMPARE(std::vector<double>(a.curlFrame(0), a.curlFrame(0) + 135 * 313 * 6),
                 std::vector<double>(b.curlFrame(0), b.curlFrame(0) + 135 * 313 * 6));
    }

    void sizeSeedAndFormat() {
        QTemporaryDir dir;
        const CliResult r = runCli({"synth", "-o", dir.path(), "--experiments", "1", "--frames", "2", "--rows", "130",
                                    "--cols", "100", "--seed", "7", "--format", "v7.3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ExperimentInfo info = Experiment::inspect(QDir(dir.path()).filePath("EB_025_1.mat").toStdString());
        QCOMPARE(info.format, std::string("MAT v7.3"));
        QCOMPARE(info.rows, 130);
        QCOMPARE(info.cols, 100);
        QCOMPARE(info.frames, 2);

        const CliResult plain =
            runCli({"synth", "-o", dir.filePath("v5"), "--experiments", "1", "--frames", "1", "--format", "v5"});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(Experiment::inspect(QDir(dir.filePath("v5")).filePath("EB_025_1.mat").toStdString()).format,
                 std::string("MAT v5"));
    }

    void badOptionsFailWithOneLine_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("format") << QStringList{"--format", "v9"} << "--format";
        QTest::newRow("experiments") << QStringList{"--experiments", "0"} << "--experiments";
        QTest::newRow("frames") << QStringList{"--frames", "0"} << "--frames";
        QTest::newRow("rows") << QStringList{"--rows", "8"} << "--rows";
    }

    void badOptionsFailWithOneLine() {
        QFETCH(QStringList, extra);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const CliResult r = runCli(QStringList{"synth", "-o", dir.filePath("out")} + extra);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(lines(r.err).size(), 1);
        QVERIFY2(r.err.startsWith("faultke-cli: ") && r.err.contains(fragment), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("out")));
    }

    void outputThatIsAFileFails() {
        QTemporaryDir dir;
        const QString file = dir.filePath("taken");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const CliResult r = runCli({"synth", "-o", file, "--experiments", "1", "--frames", "1"});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(lines(r.err).size(), 1);
        QVERIFY2(r.err.contains(file) && r.err.contains("not a directory"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSynth)
#include "test_cli_synth.moc"
