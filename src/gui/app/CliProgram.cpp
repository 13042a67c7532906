#include "gui/app/CliProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace faultke::gui {

QString cliProgramPath() {
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(QStringLiteral("faultke-cli")), here.filePath(QStringLiteral("../cli/faultke-cli")),
          here.filePath(QStringLiteral("../src/cli/faultke-cli"))})
        if (QFileInfo(candidate).isExecutable()) return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("faultke-cli"));
}

}  // namespace faultke::gui
