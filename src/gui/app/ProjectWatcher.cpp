#include "gui/app/ProjectWatcher.h"

#include <QTimer>

#include "core/data/Project.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {

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

void ProjectWatcher::look() {
    if (job_->isRunning()) return;  // the previous look has not come back: a slow filesystem
    job_->request([folder = folder_, dataset = datasetPath_, runs = experimentsDir_](
                      const LatestJob::Context&) { return takeProjectSnapshot(folder, dataset, runs); },
                  [this](faultke::ProjectSnapshot now) { compare(now); }, [](const QString&) {});
}

void ProjectWatcher::compare(const faultke::ProjectSnapshot& now) {
    if (!last_) {
        last_ = now;
        return;
    }
    const faultke::ProjectSnapshot before = *last_;
    last_ = now;
    if (!now.folderExists) {
        timer_->stop();
        emit projectFolderGone(QString::fromStdString(folder_));
        return;
    }
    if (now.dataset != before.dataset) emit datasetChanged();
    QStringList names;
    for (const std::string& name : changedRuns(before, now)) names << QString::fromStdString(name);
    if (!names.isEmpty()) emit runsChanged(names);
}

}  // namespace faultke::gui
