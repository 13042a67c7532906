#include "gui/jobs/JobRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>

#include <exception>

#include "core/util/Error.h"

namespace faultke::gui {

namespace {
// Progress reports closer together than this are dropped (the last one always gets through).
constexpr qint64 kProgressIntervalMs = 40;
}  // namespace

JobRun::JobRun(QObject* receiver, Work work, Reports reports)
    : receiver_(receiver), work_(std::move(work)), reports_(std::move(reports)) {}

JobRun::~JobRun() {
    cancel();
    wait();
}

void JobRun::start(QThreadPool* pool) {
    {
        const std::lock_guard lock(mutex_);
        if (started_) return;
        started_ = true;
    }
    if (pool) {
        pool->start([this] { execute(); });
        return;
    }
    thread_.reset(QThread::create([this] { execute(); }));
    thread_->setObjectName(QStringLiteral("JobRun"));
    thread_->start();
}

bool JobRun::isFinished() const {
    const std::lock_guard lock(mutex_);
    return !started_ || finished_;
}

void JobRun::wait() {
    {
        std::unique_lock lock(mutex_);
        returned_.wait(lock, [this] { return !started_ || finished_; });
    }
    if (thread_) thread_->wait();  // the thread ends just after the work returns
}

void JobRun::post(std::function<void()> call) const {
    QMetaObject::invokeMethod(receiver_, std::move(call), Qt::QueuedConnection);
}

void JobRun::execute() {
    QElapsedTimer sinceReport;
    sinceReport.start();
    faultke::Progress progress;
    progress.cancel = &cancel_;
    if (reports_.progress)
        progress.report = [this, &sinceReport](double fraction, const std::string& message) {
            if (fraction < 1.0 && sinceReport.elapsed() < kProgressIntervalMs) return;
            sinceReport.restart();
            post([report = reports_.progress, fraction, text = QString::fromStdString(message)] {
                report(fraction, text);
            });
        };
    if (reports_.warning)
        progress.warn = [this](const std::string& text) {
            post([warn = reports_.warning, t = QString::fromStdString(text)] { warn(t); });
        };

    JobOutcome outcome;
    try {
        work_(progress);  // work that completes despite a late Cancel has succeeded
    } catch (const faultke::Cancelled&) {
        outcome.kind = JobOutcome::Cancelled;
    } catch (const std::exception& e) {
        outcome = {JobOutcome::Failed, QString::fromStdString(e.what())};
    } catch (...) {
        outcome = {JobOutcome::Failed, QCoreApplication::translate("JobRun", "Unknown error")};
    }
    if (reports_.ended) post([ended = reports_.ended, outcome] { ended(outcome); });
    // The last touch of this object: a waiting owner may delete it as soon as the lock is released.
    const std::lock_guard lock(mutex_);
    finished_ = true;
    returned_.notify_all();
}

}  // namespace faultke::gui
