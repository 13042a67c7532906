#pragma once
// The runs of the open project: the one list the Train, Evaluate and Predict pages read. It is
// listed off the GUI thread when a project opens (a LatestJob), then kept current from the
// changed runs ProjectWatcher reads off the GUI thread too, so no page reads run folders on the
// GUI thread, however many runs a sweep leaves.
#include <QObject>
#include <QString>

#include <vector>

#include "core/model/RunCatalog.h"
#include "gui/app/ProjectWatcher.h"

namespace faultke {
class Project;
}

namespace faultke::gui {

class LatestJob;

class ProjectRuns : public QObject {
    Q_OBJECT
public:
    explicit ProjectRuns(QObject* parent = nullptr);

    // Lists `project`'s runs off the GUI thread (nullptr: none); `reset` tells when they are in.
    void setProject(const faultke::Project* project);
    // Runs added, changed or removed (ProjectWatcher::runsChanged); emits `changed`.
    void apply(const std::vector<ChangedRun>& runs);

    // By name; "<sweep>/<run>" for a sweep's runs.
    const std::vector<faultke::RunSummary>& runs() const { return runs_; }
    const faultke::RunSummary* run(const QString& name) const;
    bool isListing() const;
    // Blocks until the listing under way has come in (tests).
    void waitUntilListed();

signals:
    // The whole list was read again (a project opened).
    void reset();
    void changed(const std::vector<faultke::gui::ChangedRun>& runs);

private:
    LatestJob* job_;
    std::vector<faultke::RunSummary> runs_;
};

}  // namespace faultke::gui
