#pragma once
// One run of a job's work, on a thread of its own or on a thread pool's: what BackgroundJob and
// LatestJob share. The work gets a faultke::Progress tied to this run's cancel flag; its progress
// reports (throttled), warnings and its outcome come back as queued calls on `receiver`, on the
// receiver's thread. The thread never touches the receiver itself. The owner keeps the run (and
// so the receiver) alive until the work has returned: deleting a JobRun cancels it and waits.
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

#include "core/util/Progress.h"

class QThread;
class QThreadPool;

namespace faultke::gui {

struct JobOutcome {
    enum Kind { Succeeded, Failed, Cancelled };
    Kind kind = Succeeded;
    QString message;  // Failed: the error, naming the file and the problem
};

class JobRun {
public:
    using Work = std::function<void(const faultke::Progress& progress)>;
    // Called on the receiver's thread. Any may be empty.
    struct Reports {
        std::function<void(double fraction, const QString& message)> progress;
        std::function<void(const QString& warning)> warning;
        std::function<void(const JobOutcome& outcome)> ended;
    };

    JobRun(QObject* receiver, Work work, Reports reports);
    ~JobRun();
    JobRun(const JobRun&) = delete;
    JobRun& operator=(const JobRun&) = delete;

    // Runs the work on one of `pool`'s threads (short requests: no thread made per request, and
    // no more at once than the pool allows), or on a thread of its own without a pool (long work,
    // such as a training, which would hold a pool's thread for hours).
    void start(QThreadPool* pool = nullptr);
    void cancel() { cancel_.store(true); }
    bool isCancelRequested() const { return cancel_.load(); }
    // The work has returned (true before start too: there is nothing to wait for).
    bool isFinished() const;
    // Blocks until the work has returned.
    void wait();

private:
    void execute();
    // Runs `call` on the receiver's thread.
    void post(std::function<void()> call) const;

    QObject* receiver_;
    Work work_;
    Reports reports_;
    std::atomic<bool> cancel_{false};
    std::unique_ptr<QThread> thread_;
    mutable std::mutex mutex_;
    std::condition_variable returned_;
    bool started_ = false, finished_ = false;
};

}  // namespace faultke::gui
