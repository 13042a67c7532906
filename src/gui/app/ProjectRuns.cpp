#include "gui/app/ProjectRuns.h"

#include <algorithm>

#include "core/data/Project.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {

ProjectRuns::ProjectRuns(QObject* parent) : QObject(parent), job_(new LatestJob(this)) {}

void ProjectRuns::setProject(const faultke::Project* project) {
    runs_.clear();
    if (!project) {
        job_->cancel();
        emit reset();
        return;
    }
    job_->request([dir = project->experimentsDir()](const LatestJob::Context&) { return listRuns(dir); },
                  [this](std::vector<RunSummary> runs) {
                      runs_ = std::move(runs);
                      emit reset();
                  });
}

namespace {

// Where `name` is, or would go, in runs kept in name order (as listRuns gives them).
template <class Runs>
auto placeOf(Runs& runs, const std::string& name) {
    return std::lower_bound(runs.begin(), runs.end(), name,
                            [](const RunSummary& r, const std::string& n) { return r.name < n; });
}

}  // namespace

void ProjectRuns::apply(const std::vector<ChangedRun>& runs) {
    for (const ChangedRun& c : runs) {
        const std::string name = c.name.toStdString();
        const auto at = placeOf(runs_, name);
        const bool present = at != runs_.end() && at->name == name;
        if (c.summary && present)
            *at = *c.summary;
        else if (c.summary)
            runs_.insert(at, *c.summary);
        else if (present)
            runs_.erase(at);
    }
    emit changed(runs);
}

const RunSummary* ProjectRuns::run(const QString& name) const {
    const std::string n = name.toStdString();
    const auto at = placeOf(runs_, n);
    return at != runs_.end() && at->name == n ? &*at : nullptr;
}

bool ProjectRuns::isListing() const { return job_->isRunning(); }

void ProjectRuns::waitUntilListed() { job_->waitForAll(); }

}  // namespace faultke::gui
