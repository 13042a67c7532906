#pragma once
// The user's choices that outlive a project (QSettings, group "preferences").
#include <QString>

#include "core/model/Device.h"

namespace faultke::gui {

struct Preferences {
    QString language = QStringLiteral("system");  // "system", "en", "de"
    faultke::DeviceChoice device = faultke::DeviceChoice::Auto;
    int cpuThreads = 0;     // 0: every hardware thread
    QString projectFolder;  // where New Project starts; empty: home

    static Preferences load();
    void save() const;

    // The thread count to use: cpuThreads, or every hardware thread when it is 0.
    int effectiveCpuThreads() const;
    // The folder New Project starts in: projectFolder, or the user's documents folder.
    QString effectiveProjectFolder() const;
};

}  // namespace faultke::gui
