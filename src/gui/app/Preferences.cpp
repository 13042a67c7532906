#include "gui/app/Preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <thread>

#include "core/util/Error.h"

namespace faultke::gui {

Preferences Preferences::load() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    Preferences p;
    p.language = settings.value(QStringLiteral("language"), p.language).toString();
    try {
        p.device = faultke::parseDeviceChoice(
            settings.value(QStringLiteral("device"), QStringLiteral("auto")).toString().toStdString());
    } catch (const faultke::Error&) {
        p.device = faultke::DeviceChoice::Auto;  // a hand-edited settings file: fall back quietly
    }
    p.cpuThreads = std::max(0, settings.value(QStringLiteral("cpuThreads"), 0).toInt());
    p.projectFolder = settings.value(QStringLiteral("projectFolder")).toString();
    return p;
}

void Preferences::save() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("device"), QString::fromLatin1(faultke::deviceChoiceName(device)));
    settings.setValue(QStringLiteral("cpuThreads"), cpuThreads);
    settings.setValue(QStringLiteral("projectFolder"), projectFolder);
}

int Preferences::effectiveCpuThreads() const {
    if (cpuThreads > 0) return cpuThreads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

QString Preferences::effectiveProjectFolder() const {
    if (!projectFolder.isEmpty() && QDir(projectFolder).exists()) return projectFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

}  // namespace faultke::gui
