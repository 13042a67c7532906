#include "gui/jobs/LatestJob.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#include "gui/jobs/JobRun.h"

namespace faultke::gui {

namespace {

// Every LatestJob's requests: as many at once as there are cores, and two more for requests that
// wait on a slow filesystem (the project watcher's looks) rather than compute.
QThreadPool* requestPool() {
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()) + 2);
        return true;
    }();
    (void)sized;
    return &pool;
}

}  // namespace

void LatestJob::Context::post(std::function<void()> call) const {
    LatestJob* job = job_;
    QMetaObject::invokeMethod(
        job,
        [job, id = id_, call = std::move(call)] {
            if (id == job->latestId_ && job->current_) call();
        },
        Qt::QueuedConnection);
}

LatestJob::LatestJob(QObject* parent) : QObject(parent) {}

LatestJob::~LatestJob() {
    retireCurrent();
    replaced_.clear();  // each cancels and waits
}

void LatestJob::startRequest(std::function<void(const Context&)> work, std::function<void()> onSucceeded,
                             OnError onError) {
    retireCurrent();
    dropFinished();
    const std::uint64_t id = ++latestId_;
    onSucceeded_ = std::move(onSucceeded);
    onError_ = std::move(onError);
    JobRun::Reports reports;
    reports.ended = [this, id](const JobOutcome& outcome) { onRunEnded(id, outcome); };
    current_ = std::make_unique<JobRun>(
        this, [this, id, work = std::move(work)](const faultke::Progress& p) { work(Context(this, id, p)); },
        std::move(reports));
    ++tally_.requested;
    current_->start(requestPool());
}

void LatestJob::cancel() {
    retireCurrent();
    ++latestId_;  // anything of the dropped request still queued is now stale
}

void LatestJob::retireCurrent() {
    if (!current_) return;
    current_->cancel();
    replaced_.push_back(std::move(current_));
    onSucceeded_ = nullptr;
    onError_ = nullptr;
}

void LatestJob::dropFinished() {
    replaced_.erase(std::remove_if(replaced_.begin(), replaced_.end(), [](const auto& r) { return r->isFinished(); }),
                    replaced_.end());
}

void LatestJob::waitForAll() {
    if (current_) current_->wait();
    for (const auto& run : replaced_) run->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    dropFinished();
}

void LatestJob::onRunEnded(std::uint64_t id, const JobOutcome& outcome) {
    ++(outcome.kind == JobOutcome::Succeeded   ? tally_.completed
       : outcome.kind == JobOutcome::Cancelled ? tally_.cancelled
                                               : tally_.failed);
    if (id != latestId_ || !current_) {
        dropFinished();
        return;
    }
    current_.reset();  // the thread has returned from the work: this only joins it
    const auto onSucceeded = std::move(onSucceeded_);
    const auto onError = std::move(onError_);
    onSucceeded_ = nullptr;
    onError_ = nullptr;
    if (outcome.kind == JobOutcome::Succeeded && onSucceeded) {
        onSucceeded();
    } else if (outcome.kind == JobOutcome::Failed) {
        if (onError)
            onError(outcome.message);
        else
            emit failed(outcome.message);
    }
    emit idle();
}

}  // namespace faultke::gui
