#pragma once
// Notices what other programs do to the open project while FaultKE shows it: the folder removed,
// moved or unmounted; the dataset rewritten (a `faultke-cli prepare`); run folders written by a
// training elsewhere (the command line, a sweep, a cluster job on a shared filesystem). It polls:
// file notifications do not cross network filesystems. Each look is a LatestJob request, so a
// slow filesystem never blocks the window.
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include "core/data/ProjectSnapshot.h"

class QTimer;

namespace faultke {
class Project;
}

namespace faultke::gui {

class LatestJob;

class ProjectWatcher : public QObject {
    Q_OBJECT
public:
    explicit ProjectWatcher(QObject* parent = nullptr);

    // Starts watching `project` (nullptr: stops). The first look only records how things are.
    void setProject(const faultke::Project* project);
    void setInterval(int milliseconds);
    // Looks now and waits for the answer (tests, and after FaultKE wrote something itself).
    void checkNow();

signals:
    void projectFolderGone(const QString& folder);
    void datasetChanged();
    // Runs added, changed or removed, by folder name.
    void runsChanged(const QStringList& names);

private:
    void look();
    void compare(const faultke::ProjectSnapshot& now);

    QTimer* timer_;
    LatestJob* job_;
    std::string folder_, datasetPath_, experimentsDir_;
    std::optional<faultke::ProjectSnapshot> last_;
};

}  // namespace faultke::gui
