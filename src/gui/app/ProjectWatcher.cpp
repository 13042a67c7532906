#include "gui/app/ProjectWatcher.h"

#include <QTimer>

#include <filesystem>

#include "core/data/Project.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {

struct ProjectWatcher::Look {
    faultke::ProjectSnapshot snapshot;
    std::vector<ChangedRun> runs;  // against the look before; empty on the first
    uint64_t id = 0;
};

namespace {

ChangedRun readChangedRun(const std::string& experimentsDir, const std::string& name) {
    ChangedRun run;
    run.name = QString::fromStdString(name);
    const std::filesystem::path dir = std::filesystem::path(experimentsDir) / name;
    std::error_code ec;
    if (std::filesystem::exists(dir / "params.json", ec)) {
        run.summary = readRunSummary(dir.string());
        run.summary->name = name;  // a sweep's run is "<sweep>/<run>"
    }
    return run;
}

}  // namespace

ProjectWatcher::ProjectWatcher(QObject* parent) : QObject(parent), timer_(new QTimer(this)), job_(new LatestJob(this)) {
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &ProjectWatcher::look);
}

void ProjectWatcher::setProject(const faultke::Project* project) {
    job_->cancel();
    last_.reset();
    timer_->stop();
    if (!project) return;
    folder_ = project->folder();
    datasetPath_ = project->datasetPath();
    experimentsDir_ = project->experimentsDir();
    look();
    timer_->start();
}

void ProjectWatcher::setInterval(int milliseconds) { timer_->setInterval(milliseconds); }

void ProjectWatcher::checkNow() {
    if (!timer_->isActive()) return;
    look();
    job_->waitForAll();
}

void ProjectWatcher::ownWriteStarted() { ++ownWrites_; }

void ProjectWatcher::ownWriteEnded() {
    if (ownWrites_ > 0) --ownWrites_;
    // A look already under way may have seen the write half done or done: so may the next one.
    quietUntil_ = nextLook_ + 1;
    look();
}

void ProjectWatcher::look() {
    if (job_->isRunning()) return;  // the previous look has not come back: a slow filesystem
    // One look at a time (isRunning above), so last_ is the look this one compares with.
    job_->request(
        [folder = folder_, dataset = datasetPath_, runs = experimentsDir_, before = last_,
         id = nextLook_++](const LatestJob::Context&) {
            Look look{takeProjectSnapshot(folder, dataset, runs), {}, id};
            if (before && look.snapshot.folderExists)
                for (const std::string& name : changedRuns(*before, look.snapshot))
                    look.runs.push_back(readChangedRun(runs, name));
            return look;
        },
        [this](Look now) { compare(std::move(now)); }, [](const QString&) {});
}

void ProjectWatcher::compare(Look now) {
    if (!last_) {
        last_ = now.snapshot;
        return;
    }
    const faultke::ProjectSnapshot before = *last_;
    last_ = now.snapshot;
    if (!now.snapshot.folderExists) {
        timer_->stop();
        emit projectFolderGone(QString::fromStdString(folder_));
        return;
    }
    const bool ownWrite = ownWrites_ > 0 || now.id < quietUntil_;
    if (now.snapshot.dataset != before.dataset && !ownWrite) emit datasetChanged();
    if (!now.runs.empty()) emit runsChanged(now.runs);
}

}  // namespace faultke::gui
