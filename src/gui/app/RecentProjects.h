#pragma once
// The most recently used project folders (newest first), kept in QSettings, and the project
// to reopen on start.
#include <QStringList>

namespace faultke::gui {

class RecentProjects {
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    // Moves (or adds) folder to the top; drops the oldest beyond kMaximum.
    static void add(const QString& folder);
    static void remove(const QString& folder);
    static void clear();

    // The project open when FaultKE last quit; empty when none.
    static QString last();
    static void setLast(const QString& folder);
};

}  // namespace faultke::gui
