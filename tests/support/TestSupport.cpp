#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>

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

}  // namespace faultke::test
