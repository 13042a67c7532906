#pragma once
// One run of a job's work on its own QThread: what BackgroundJob and LatestJob share. The work
// gets a faultke::Progress tied to this run's cancel flag; its progress reports (throttled),
// warnings and its outcome come back as queued calls on `receiver`, on the receiver's thread.
// The thread never touches the receiver itself. The owner keeps the run (and so the receiver)
// alive until the thread has ended: deleting a JobRun cancels it and waits.
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

#include "core/util/Progress.h"

namespace faultke::gui {

struct JobOutcome {
    enum Kind { Succeeded, Failed, Cancelled };
    Kind kind = Succeeded;
    QString message;  // Failed: the error, naming the file and the problem
};

class JobRun : public QThread {
public:
    using Work = std::function<void(const faultke::Progress& progress)>;
    // Called on the receiver's thread. Any may be empty.
    struct Reports {
        std::function<void(double fraction, const QString& message)> progress;
        std::function<void(const QString& warning)> warning;
        std::function<void(const JobOutcome& outcome)> ended;
    };

    JobRun(QObject* receiver, Work work, Reports reports);
    ~JobRun() override;

    void cancel() { cancel_.store(true); }
    bool isCancelRequested() const { return cancel_.load(); }

protected:
    void run() override;

private:
    // Runs `call` on the receiver's thread.
    void post(std::function<void()> call) const;

    QObject* receiver_;
    Work work_;
    Reports reports_;
    std::atomic<bool> cancel_{false};
};

}  // namespace faultke::gui
