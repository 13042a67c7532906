// faultke-cli prepare, export-legacy and import-legacy, run as a user would: exit codes, the
// summary on stdout, one-line errors on stderr, and the files they leave behind.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/data/Dataset.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

using test::CliResult;
using test::runCli;

// The number in the summary row "<split> <samples> <ratio>".
int samplesInSummary(const QString& out, const QString& split) {
    for (const QString& line : out.split('\n')) {
        const QStringList fields = line.split(' ', Qt::SkipEmptyParts);
        if (fields.size() >= 2 && fields[0] == split) return fields[1].toInt();
    }
    return -1;
}

}  // namespace

class TestCliPrepare : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString raw_;  // three experiments

    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(test::cliPath()));
        raw_ = dir_.filePath("raw");
        QDir().mkpath(raw_);
        test::writeSyntheticExperiment(raw_, "EB_025_1", 6, 1);
        test::writeSyntheticExperiment(raw_, "EB_100_2", 6, 2);
        test::writeSyntheticExperiment(raw_, "PP_050_3", 6, 3);
    }

    void preparesAFolder() {
        const CliResult r =
            runCli({"prepare", "-o", path("data.mat"), "--train-only", "EB_025_1", "--seed", "5", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("experiments:  3 (2 split, 1 train-only, 0 excluded)"));
        QVERIFY(r.out.contains("EB_025_1"));
        QVERIFY(r.out.contains("skipped:"));
        QVERIFY(!r.err.contains("\r"));  // no progress bar when stderr is not a terminal

        const Dataset d = Dataset::load(path("data.mat").toStdString());
        QCOMPARE(d.experiments, (std::vector<std::string>{"EB_025_1", "EB_100_2", "PP_050_3"}));
        QCOMPARE(d.split.seed, uint64_t(5));
        QCOMPARE(d.split.trainOnly, std::vector<std::string>{"EB_025_1"});
        const SplitCounts c = d.counts();
        QCOMPARE(samplesInSummary(r.out, "train"), c.samples[0]);
        QCOMPARE(samplesInSummary(r.out, "eval"), c.samples[1]);
        QCOMPARE(samplesInSummary(r.out, "test"), c.samples[2]);
        QCOMPARE(samplesInSummary(r.out, "total"), int(d.size()));
        QVERIFY(c.samples[1] > 0 && c.samples[2] > 0);

        // Same inputs and seed: the same dataset.
        QCOMPARE(runCli({"prepare", "-o", path("again.mat"), "--train-only", "EB_025_1", "--seed", "5", raw_}).exitCode,
                 0);
        const Dataset again = Dataset::load(path("again.mat").toStdString());
        QVERIFY(again.windows == d.windows);
        for (size_t i = 0; i < d.size(); ++i) QCOMPARE(again.samples[i].split, d.samples[i].split);
    }

    void excludesAndWarns() {
        const CliResult r =
            runCli({"prepare", "-o", path("excl.mat"), "--exclude", "PP_050_3,NOPE", "--eval-windows", "1",
                    "--test-windows", "1", "--crop", "2,60,120,60", raw_ + "/EB_025_1.mat", raw_ + "/PP_050_3.mat"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains("warning: The excluded experiment 'NOPE' is not among the inputs."));
        const Dataset d = Dataset::load(path("excl.mat").toStdString());
        QCOMPARE(d.experiments, std::vector<std::string>{"EB_025_1"});
        QCOMPARE(d.crop, (CropSpec{2, 60, 120, 60}));
        QCOMPARE(d.height, 120);
        QCOMPARE(d.split.evalWindows, 1);
    }

    // A list option directly before the inputs must not swallow them.
    void listOptionsBeforeInputs() {
        const CliResult r =
            runCli({"prepare", "-o", path("lists.mat"), "--train-only", "EB_025_1,EB_100_2", "--exclude", "NOPE",
                    raw_ + "/EB_025_1.mat", raw_ + "/EB_100_2.mat", raw_ + "/PP_050_3.mat"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains("EB_025_1.mat"));  // no file names taken for experiment names
        const Dataset d = Dataset::load(path("lists.mat").toStdString());
        QCOMPARE(d.experiments, (std::vector<std::string>{"EB_025_1", "EB_100_2", "PP_050_3"}));
        QCOMPARE(d.split.trainOnly, (std::vector<std::string>{"EB_025_1", "EB_100_2"}));
        QCOMPARE(d.split.excluded, std::vector<std::string>{"NOPE"});
    }

    void originalSplitFlag() {
        const CliResult r = runCli({"prepare", "-o", path("orig.mat"), "--original-split", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Dataset d = Dataset::load(path("orig.mat").toStdString());
        QCOMPARE(d.split.excluded, std::vector<std::string>{"PP_150_1"});
        QCOMPARE(int(d.split.trainOnly.size()), 6);
        for (const Sample& s : d.samples)
            if (d.experiments[size_t(s.experiment)] == "EB_025_1") QCOMPARE(s.split, Split::Train);
    }

    // The option reaches the dataset (the moving itself: data.test_dataset); a negative count is refused.
    void centreTracesOption() {
        const CliResult r = runCli({"prepare", "-o", path("centred.mat"), "--centre-traces", "12", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(Dataset::load(path("centred.mat").toStdString()).centreTracesWithin, 12);
        const CliResult refused = runCli({"prepare", "-o", path("refused.mat"), "--centre-traces", "-3", raw_});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(!QFile::exists(path("refused.mat")));
    }

    void errorsAreOneLineAndLeaveNoFile() {
        const QString out = path("never.mat");
        CliResult r = runCli({"prepare", "-o", out, raw_ + "/missing.mat"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), "faultke-cli: " + raw_ + "/missing.mat: no such file or folder");
        QVERIFY(!QFile::exists(out));

        QFile bogus(path("BAD_1.mat"));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not a mat file");
        bogus.close();
        r = runCli({"prepare", "-o", out, raw_, path("BAD_1.mat")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("faultke-cli: " + path("BAD_1.mat")));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY(QDir(dir_.path()).entryList({".never*"}, QDir::Files | QDir::Hidden).isEmpty());

        r = runCli({"prepare", "-o", out, "--crop", "0,50,200,64", raw_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("needs 200 rows"));

        QVERIFY(runCli({"prepare", raw_}).exitCode != 0);  // -o is required

        // An output naming a folder is refused before any work, not when the file cannot take its place.
        QVERIFY(QDir(dir_.path()).mkpath("folder.mat"));
        for (const QStringList& args : {QStringList{"prepare", "-o", path("folder.mat"), raw_},
                                        QStringList{"labels", raw_ + "/EB_025_1.mat", "-o", path("folder.mat")}}) {
            r = runCli(args);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.trimmed(), "faultke-cli: " + path("folder.mat") + ": is a folder; name a file to write");
        }
    }

    void dryRunPrintsTheSummaryAndWritesNothing() {
        const QString out = path("dry.mat");
        CliResult r = runCli({"prepare", "--dry-run", "--train-only", "EB_025_1", "--seed", "5", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("dataset:      (dry run: nothing written)"));
        QVERIFY(r.out.contains("KE mean"));
        QVERIFY(QDir(dir_.path()).entryList({"*.mat"}, QDir::Files | QDir::Hidden).filter("dry").isEmpty());
        // The same numbers as the written dataset of the same settings.
        r = runCli({"prepare", "-o", out, "--train-only", "EB_025_1", "--seed", "5", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const SplitCounts c = Dataset::load(out.toStdString()).counts();
        const CliResult dry = runCli({"prepare", "--dry-run", "--train-only", "EB_025_1", "--seed", "5", raw_});
        QCOMPARE(samplesInSummary(dry.out, "train"), c.samples[0]);
        QCOMPARE(samplesInSummary(dry.out, "eval"), c.samples[1]);
        QCOMPARE(samplesInSummary(dry.out, "test"), c.samples[2]);
        // --dry-run and -o together make no sense.
        QVERIFY(runCli({"prepare", "--dry-run", "-o", out, raw_}).exitCode != 0);
    }

    void skipUnreadableLeavesOutAndNamesBadFiles() {
        QFile bogus(path("BAD_2.mat"));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not a mat file");
        bogus.close();
        const QString out = path("skipped.mat");
        const CliResult r = runCli({"prepare", "--skip-unreadable", "-o", out, raw_, path("BAD_2.mat")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("1 unreadable and left out"));
        QVERIFY(r.out.contains("BAD_2"));
        QVERIFY(r.err.contains("Left out BAD_2: " + path("BAD_2.mat")));
        QCOMPARE(Dataset::load(out.toStdString()).experiments,
                 (std::vector<std::string>{"EB_025_1", "EB_100_2", "PP_050_3"}));
    }

    void legacyRoundTrip() {
        QVERIFY(QFile::exists(path("data.mat")) || runCli({"prepare", "-o", path("data.mat"), raw_}).exitCode == 0);
        const QString legacy = path("legacy");
        CliResult r = runCli({"export-legacy", path("data.mat"), "-o", legacy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains("curl, u and v are zeros"));
        QVERIFY(QFile::exists(legacy + "/split_master/train_master.txt"));
        QVERIFY(QFile::exists(legacy + "/data_stat.txt"));

        r = runCli({"import-legacy", legacy, "-o", path("imported.mat")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Dataset a = Dataset::load(path("data.mat").toStdString());
        const Dataset b = Dataset::load(path("imported.mat").toStdString());
        QCOMPARE(b.experiments, a.experiments);
        QCOMPARE(b.counts().samples, a.counts().samples);
        QVERIFY(b.windows == a.windows);  // same order: experiment, window, frame
        QCOMPARE(samplesInSummary(r.out, "total"), int(a.size()));

        // Exporting again into the same folder is refused; with --raw the channels are filled.
        r = runCli({"export-legacy", path("data.mat"), "-o", legacy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already holds a legacy layout"));
        r = runCli({"export-legacy", path("data.mat"), "-o", path("legacy-raw"), "--raw", raw_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("curl, fault, u, v"));
    }
};

QTEST_GUILESS_MAIN(TestCliPrepare)
#include "test_cli_prepare.moc"
