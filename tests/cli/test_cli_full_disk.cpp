// A full disk, as a user meets it: every faultke-cli command that writes answers with one clear
// line and exit code 1, never a crash or a library's error stack, leaves no temporary file, and
// keeps an earlier good file intact. The disk is a tmpfs of 100 kB mounted for the test (root
// only; skipped where mounting is not allowed).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestCliFullDisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(work_.isValid() && disk_.isValid());
        QProcess mount;
        mount.start("mount", {"-t", "tmpfs", "-o", "size=100k", "tmpfs", disk_.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root): the full-disk tests are skipped");
        mounted_ = true;
        // Inputs on the normal disk: an experiment, its dataset, and a one-epoch run.
        experiment_ = QString::fromStdString(test::writeSyntheticExperiment(work_.path(), "EB_025_1", 30, 3));
        dataset_ = work_.filePath("dataset.mat");
        QCOMPARE(test::runCli({"prepare", experiment_, "-o", dataset_}).exitCode, 0);
        run_ = work_.filePath("run");
        QCOMPARE(test::runCli({"train", "--data", dataset_, "-o", run_, "--epochs", "1"}).exitCode, 0);
    }

    void cleanupTestCase() {
        if (mounted_) QProcess::execute("umount", {disk_.path()});
    }

    void init() {
        // Fill the disk but for a few kB, and leave an earlier good file on it.
        QFile earlier(disk_.filePath("earlier.mat"));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier good file");
        earlier.close();
        QFile filler(disk_.filePath("filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        QFile::resize(disk_.filePath("filler"), QFileInfo(disk_.filePath("filler")).size() - 8192);
    }

    void cleanup() {
        QDir disk(disk_.path());
        for (const QString& name : disk.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            QFileInfo info(disk.filePath(name));
            if (info.isDir())
                QDir(info.filePath()).removeRecursively();
            else
                QFile::remove(info.filePath());
        }
    }

    void everyWritingCommandFailsCleanly_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("output");  // on the full disk
        QTest::newRow("prepare") << QStringList{"prepare", "EXPERIMENT", "-o", "OUT"} << "dataset.mat";
        QTest::newRow("prepare over an earlier file")
            << QStringList{"prepare", "EXPERIMENT", "-o", "OUT"} << "earlier.mat";
        QTest::newRow("synth") << QStringList{"synth", "-o", "OUT", "--experiments", "1", "--frames", "20"} << "synth";
        QTest::newRow("export") << QStringList{"export", "--model", "RUN", "-o", "OUT"} << "model.pt";
        QTest::newRow("train") << QStringList{"train", "--data", "DATASET", "-o", "OUT", "--epochs", "1"} << "run";
        QTest::newRow("export-legacy") << QStringList{"export-legacy", "DATASET", "-o", "OUT"} << "legacy";
    }
    void everyWritingCommandFailsCleanly() {
        if (!mounted_) QSKIP("no small disk");
        QFETCH(QStringList, arguments);
        QFETCH(QString, output);
        const QString out = disk_.filePath(output);
        arguments.replaceInStrings("EXPERIMENT", experiment_);
        arguments.replaceInStrings("DATASET", dataset_);
        arguments.replaceInStrings("RUN", run_);
        arguments.replaceInStrings("OUT", out);
        const test::CliResult r = test::runCli(arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.err)));
        const QStringList lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("faultke-cli: "), qPrintable(r.err));
        QVERIFY2(lines.last().contains("disk full") || lines.last().contains("No space left"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("HDF5-DIAG"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("infinite loop"), qPrintable(r.err));  // HDF5 closing at exit
        // The earlier good file is intact; nothing half-written stays behind.
        QFile earlier(disk_.filePath("earlier.mat"));
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("an earlier good file"));
        const QStringList left = QDir(disk_.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& name : left)
            QVERIFY2(name == "earlier.mat" || name == "filler", qPrintable("left behind: " + name));
    }

    // A read-only disk: the reason is said (the system's words), not just "cannot write".
    void aReadOnlyFolderIsSaidToBeOne() {
        if (!mounted_) QSKIP("no small disk");
        QCOMPARE(QProcess::execute("mount", {"-o", "remount,ro", disk_.path()}), 0);
        const test::CliResult r = test::runCli({"export", "--model", run_, "-o", disk_.filePath("model.pt")});
        QCOMPARE(QProcess::execute("mount", {"-o", "remount,rw", disk_.path()}), 0);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.trimmed().count('\n') == 0 && r.err.startsWith("faultke-cli: " + disk_.filePath("model.pt")) &&
                     r.err.contains("Read-only file system"),
                 qPrintable(r.err));
    }

private:
    QTemporaryDir work_, disk_;
    bool mounted_ = false;
    QString experiment_, dataset_, run_;
};

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "test_cli_full_disk.moc"
