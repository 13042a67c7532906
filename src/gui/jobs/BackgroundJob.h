#pragma once
// A visible job: long work a user started (prepare a dataset, generate the sample project,
// train), one at a time, with progress, Cancel and exactly one outcome. The work runs on its own
// thread (JobRun); every report arrives as a signal on the GUI thread, and so does the typed
// result:
//
//   job->start(tr("Preparing dataset"),
//              [files, options](const faultke::Progress& p) { return faultke::prepareDataset(files, options, &p); },
//              [this](faultke::Dataset dataset) { ... on the GUI thread ... });
//
// The work runs on another thread: capture by value (or shared_ptr), never touch widgets in it.
// It throws faultke::Error to fail (the message reaches `failed`) and lets faultke::Cancelled
// (progress.checkCancel()) propagate to stop early. Core work with its own stop (the Trainer's
// requestStop) is bridged from `cancelRequested`.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

#include "core/util/Progress.h"

namespace faultke::gui {

class JobRun;
struct JobOutcome;

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(const faultke::Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    // Asks running work to stop and waits for it: work must check progress.checkCancel().
    ~BackgroundJob() override;

    // Starts work on a new thread. Returns false (and does nothing) while other work runs.
    bool start(const QString& title, Work work) { return startRun(title, std::move(work), {}); }

    // Starts work that returns a value; onResult gets it on the GUI thread, just before
    // `finished`, only when the work succeeded.
    template <class ResultWork, class OnResult>
    bool start(const QString& title, ResultWork work, OnResult onResult) {
        using Result = std::invoke_result_t<ResultWork, const faultke::Progress&>;
        auto slot = std::make_shared<std::optional<Result>>();
        return startRun(
            title, [slot, work = std::move(work)](const faultke::Progress& p) { slot->emplace(work(p)); },
            [slot, onResult = std::move(onResult)]() mutable {
                if (*slot) onResult(std::move(**slot));
            });
    }

    // For work that reports more than progress (a training run's batches and epochs): runs
    // `call` on the GUI thread, in order, unless the run has ended by then. Callable from the
    // work's thread; capture plain values.
    void post(std::function<void()> call);

    // Asks the work to stop; `cancelled` follows once it has.
    void cancel();
    // Blocks until the current work (if any) has ended and its outcome is delivered. For tests
    // and shutdown.
    void wait();

    bool isRunning() const { return run_ != nullptr; }
    bool isCancelRequested() const;
    // What the job is doing ("Preparing dataset"), as given to start().
    QString title() const { return title_; }

signals:
    void started(const QString& title);
    // fraction in [0, 1]; throttled so a fast loop does not flood the event queue.
    void progress(double fraction, const QString& message);
    void warning(const QString& text);
    // cancel() was called while the work runs.
    void cancelRequested();
    // Exactly one of these three ends every start(); `ended` follows each of them.
    void finished();
    void failed(const QString& message);
    void cancelled();
    void ended();

private:
    bool startRun(const QString& title, Work work, std::function<void()> onSucceeded);
    void onRunEnded(const JobOutcome& outcome);

    std::unique_ptr<JobRun> run_;
    std::function<void()> onSucceeded_;
    QString title_;
    std::atomic<unsigned> runNumber_{0};  // which start() the posts belong to
};

}  // namespace faultke::gui
