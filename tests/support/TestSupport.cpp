#include "support/TestSupport.h"

#include <QtTest>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace faultke::test {

QString sharedDir() {
    const QString dir = QStringLiteral(FAULTKE_SHARED_DIR);
    return QFileInfo(dir + "/reference").isDir() ? QDir(dir).absolutePath() : QString();
}

QString sharedFile(const QString& relative) {
    const QString base = sharedDir();
    if (base.isEmpty()) return {};
    const QString path = base + "/" + relative;
    return QFileInfo::exists(path) ? path : QString();
}

QString cliPath() { return QStringLiteral(FAULTKE_CLI_PATH); }

void flushEvents() {
    // Twice: a replot run by the first pass may post a layout request of its own.
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size(), qPrintable(path));
}

CliResult runCli(const QStringList& args, const QString& workingDir, const QProcessEnvironment& environment,
                 int timeoutMs) {
    QProcess process;
    if (!workingDir.isEmpty()) process.setWorkingDirectory(workingDir);
    process.setProcessEnvironment(environment);
    process.start(cliPath(), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString matVersionName(MatVersion version) {
    switch (version) {
    case MatVersion::V5: return "v5";
    case MatVersion::V5Compressed: return "v5-compressed";
    case MatVersion::V73: return "v7.3";
    }
    return "?";
}

}  // namespace faultke::test
