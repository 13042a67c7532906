// AtomicFile: a destination is replaced whole on commit, and kept as it was when writing stops
// part-way (an exception, a destructor without commit); no temporary file is ever left behind.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/io/MatFile.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using faultke::AtomicFile;

namespace {

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// Every file of the folder, hidden ones too.
QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void commitReplacesTheDestination() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("project.json").toStdString();
        writeFile(path, "old");
        {
            AtomicFile file(path);
            QVERIFY(file.temporaryPath() != path);
            QCOMPARE(QFileInfo(QString::fromStdString(file.temporaryPath())).path(), dir.path());
            QVERIFY(QString::fromStdString(file.temporaryPath()).endsWith(".json"));  // extension last
            writeFile(file.temporaryPath(), "new");
            QCOMPARE(readAll(dir.filePath("project.json")), QString("old"));  // not before commit
            file.commit();
            QVERIFY(file.isCommitted());
        }
        QCOMPARE(readAll(dir.filePath("project.json")), QString("new"));
        QCOMPARE(filesIn(dir.path()), QStringList{"project.json"});
    }

    void withoutCommitTheDestinationStaysAndTheTemporaryGoes() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("data.mat").toStdString();
        writeFile(path, "previous dataset");
        {
            AtomicFile file(path);
            writeFile(file.temporaryPath(), "half of a new one");
            QCOMPARE(filesIn(dir.path()).size(), 2);
        }  // e.g. cancelled
        QCOMPARE(readAll(dir.filePath("data.mat")), QString("previous dataset"));
        QCOMPARE(filesIn(dir.path()), QStringList{"data.mat"});
    }

    void writeAtomicallyRemovesTheTemporaryWhenWritingThrows() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.csv").toStdString();
        writeFile(path, "kept");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, faultke::writeAtomically(path, [](const std::string& tmp) {
                                     writeFile(tmp, "partial");
                                     throw std::runtime_error("disk full");
                                 }));
        QCOMPARE(readAll(dir.filePath("out.csv")), QString("kept"));
        QCOMPARE(filesIn(dir.path()), QStringList{"out.csv"});
    }

    void createsTheFolderAndNamesProblems() {
        QTemporaryDir dir;
        const std::string nested = dir.filePath("a/b/c.txt").toStdString();
        faultke::writeTextAtomically(nested, "x");
        QCOMPARE(readAll(dir.filePath("a/b/c.txt")), QString("x"));

        // Committing what was never written names the file.
        AtomicFile empty(dir.filePath("never.txt").toStdString());
        const QString message = faultke::test::errorOf([&] { empty.commit(); });
        QVERIFY2(message.startsWith(dir.filePath("never.txt")), qPrintable(message));
        QVERIFY(message.contains("nothing was written"));

        // A folder that cannot be made (a file is in the way).
        writeFile(dir.filePath("blocker").toStdString(), "");
        const QString blocked =
            faultke::test::errorOf([&] { AtomicFile f(dir.filePath("blocker/x.txt").toStdString()); });
        QVERIFY2(blocked.contains("cannot create folder"), qPrintable(blocked));
    }

    // What was written must reach the disk before it replaces the old file. fsync fails on a
    // character device (EINVAL), as it can on a failing disk or network share (EIO): the old file
    // stays, the failure is named, nothing is left behind.
    void aFailedFlushKeepsTheOldFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("settings.json").toStdString();
        writeFile(path, "old");
        const QString message = faultke::test::errorOf([&] {
            faultke::writeAtomically(path, [](const std::string& tmp) {
                std::filesystem::create_symlink("/dev/null", tmp);  // written "there", cannot be flushed
            });
        });
        QVERIFY2(message.contains("cannot flush to disk"), qPrintable(message));
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));
        QCOMPARE(readAll(QString::fromStdString(path)), QString("old"));
        QVERIFY(!std::filesystem::is_symlink(path));
        QCOMPARE(filesIn(dir.path()), QStringList{"settings.json"});
    }

    void matWriterUsesIt() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.mat").toStdString();
        {
            faultke::MatWriter writer(path, faultke::MatVersion::V73);
            QCOMPARE(filesIn(dir.path()).size(), 1);  // only the hidden temporary
            QVERIFY(filesIn(dir.path()).first().startsWith("."));
        }  // destroyed without commit
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
