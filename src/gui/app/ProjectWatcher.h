#pragma once
// Notices what other programs do to the open project while FaultKE shows it: the folder removed,
// moved or unmounted; the dataset rewritten (a `faultke-cli prepare`); run folders written by a
// training elsewhere (the command line, a sweep, a cluster job on a shared filesystem). It polls:
// file notifications do not cross network filesystems. Each look is a LatestJob request, and the
// runs that changed are read in it too, so a slow filesystem never blocks the window.
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include "core/data/ProjectSnapshot.h"
#include "core/model/RunCatalog.h"

class QTimer;

namespace faultke {
class Project;
}

namespace faultke::gui {

class LatestJob;

// A run folder that was added, changed or removed, as the watcher read it.
struct ChangedRun {
    QString name;                                // "<run>" or "<sweep>/<run>"
    std::optional<faultke::RunSummary> summary;  // none: the folder (or its params.json) is gone
};

class ProjectWatcher : public QObject {
    Q_OBJECT
public:
    explicit ProjectWatcher(QObject* parent = nullptr);

    // Starts watching `project` (nullptr: stops). The first look only records how things are.
    void setProject(const faultke::Project* project);
    void setInterval(int milliseconds);
    // Looks now and waits for the answer (tests, and after FaultKE wrote something itself).
    void checkNow();
    // FaultKE itself writes the dataset (Prepare) between these two: that is no news to report.
    // A change seen before the first look that starts after ownWriteEnded is taken silently.
    void ownWriteStarted();
    void ownWriteEnded();

signals:
    void projectFolderGone(const QString& folder);
    void datasetChanged();
    // Runs added, changed or removed, read off the GUI thread.
    void runsChanged(const std::vector<faultke::gui::ChangedRun>& runs);

private:
    void look();
    struct Look;
    void compare(Look now);

    QTimer* timer_;
    LatestJob* job_;
    std::string folder_, datasetPath_, experimentsDir_;
    std::optional<faultke::ProjectSnapshot> last_;
    int ownWrites_ = 0;        // own writes under way
    uint64_t nextLook_ = 0;    // id of the next look requested
    uint64_t quietUntil_ = 0;  // looks with a lower id may see an own write
};

}  // namespace faultke::gui
