#include "gui/jobs/BackgroundJob.h"

#include <QCoreApplication>

#include "gui/jobs/JobRun.h"

namespace faultke::gui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    cancel();  // through cancelRequested, core work with its own stop hears it too
    if (run_) run_->wait();
}

bool BackgroundJob::startRun(const QString& title, Work work, std::function<void()> onSucceeded) {
    if (run_) return false;
    title_ = title;
    ++runNumber_;
    onSucceeded_ = std::move(onSucceeded);
    JobRun::Reports reports;
    reports.progress = [this](double fraction, const QString& message) { emit progress(fraction, message); };
    reports.warning = [this](const QString& text) { emit warning(text); };
    reports.ended = [this](const JobOutcome& outcome) { onRunEnded(outcome); };
    run_ = std::make_unique<JobRun>(this, std::move(work), std::move(reports));
    emit started(title_);
    run_->start();
    return true;
}

void BackgroundJob::post(std::function<void()> call) {
    QMetaObject::invokeMethod(
        this,
        [this, number = runNumber_.load(), call = std::move(call)] {
            if (run_ && number == runNumber_.load()) call();
        },
        Qt::QueuedConnection);
}

bool BackgroundJob::isCancelRequested() const { return run_ && run_->isCancelRequested(); }

void BackgroundJob::cancel() {
    if (!run_ || run_->isCancelRequested()) return;
    run_->cancel();
    emit cancelRequested();
}

void BackgroundJob::wait() {
    if (!run_) return;
    run_->wait();
    // Deliver the queued reports and the outcome now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void BackgroundJob::onRunEnded(const JobOutcome& outcome) {
    run_.reset();  // the thread has returned from the work: this only joins it
    const auto onSucceeded = std::move(onSucceeded_);
    onSucceeded_ = nullptr;
    switch (outcome.kind) {
    case JobOutcome::Succeeded:
        if (onSucceeded) onSucceeded();
        emit finished();
        break;
    case JobOutcome::Failed: emit failed(outcome.message); break;
    case JobOutcome::Cancelled: emit cancelled(); break;
    }
    emit ended();
}

}  // namespace faultke::gui
