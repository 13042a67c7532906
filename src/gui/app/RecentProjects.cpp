#include "gui/app/RecentProjects.h"

#include <QDir>
#include <QSettings>

namespace faultke::gui {

namespace {
const QString kRecentKey = QStringLiteral("projects/recent");
const QString kLastKey = QStringLiteral("projects/last");

QString normalized(const QString& folder) { return QDir::cleanPath(QDir(folder).absolutePath()); }
}  // namespace

QStringList RecentProjects::list() { return QSettings().value(kRecentKey).toStringList(); }

void RecentProjects::add(const QString& folder) {
    const QString entry = normalized(folder);
    QStringList recent = list();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaximum) recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void RecentProjects::remove(const QString& folder) {
    QStringList recent = list();
    recent.removeAll(normalized(folder));
    QSettings().setValue(kRecentKey, recent);
}

void RecentProjects::clear() { QSettings().remove(kRecentKey); }

QString RecentProjects::last() { return QSettings().value(kLastKey).toString(); }

void RecentProjects::setLast(const QString& folder) {
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(kLastKey);
    else
        settings.setValue(kLastKey, normalized(folder));
}

}  // namespace faultke::gui
