#pragma once
// Long work off the GUI thread: a BackgroundJob runs one std::function on its own QThread,
// hands it a faultke::Progress, and reports back with queued signals, so the window never
// blocks. Pages own one job per kind of work (prepare, train, ...).
//
//   auto* job = new BackgroundJob(this);
//   connect(job, &BackgroundJob::progress, bar, ...);
//   connect(job, &BackgroundJob::finished, this, [this] { ... use the result ... });
//   connect(job, &BackgroundJob::failed, this, [this](const QString& m) { ... });
//   auto result = std::make_shared<Dataset>();
//   job->start(tr("Preparing dataset"), [files, options, result](const faultke::Progress& p) {
//       *result = faultke::prepareDataset(files, options, &p);
//   });
//
// The work runs on another thread: capture by value (or shared_ptr), never touch widgets in it.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "util/Progress.h"

class QThread;

namespace faultke::gui {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // The work; throw faultke::Error (message names the file) to fail, let faultke::Cancelled
    // propagate (progress.checkCancel()) to stop early.
    using Work = std::function<void(const faultke::Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    // Asks running work to stop and waits for it: work must check progress.checkCancel().
    ~BackgroundJob() override;

    // Starts work on a new thread. Returns false (and does nothing) while other work runs.
    bool start(const QString& title, Work work);
    // Asks the work to stop; `cancelled` follows once it has.
    void cancel();
    // Blocks until the current work (if any) has ended. For tests and shutdown.
    void wait();

    bool isRunning() const { return running_; }
    bool isCancelRequested() const { return cancel_.load(); }
    // What the job is doing ("Preparing dataset"), as given to start().
    QString title() const { return title_; }

signals:
    void started(const QString& title);
    // fraction in [0, 1]; throttled so a fast loop does not flood the event queue.
    void progress(double fraction, const QString& message);
    void warning(const QString& text);
    // Exactly one of these three ends every start(); `ended` follows each of them.
    void finished();
    void failed(const QString& message);
    void cancelled();
    void ended();

private:
    void onWorkEnded(int outcome, const QString& message);

    QThread* thread_ = nullptr;
    QString title_;
    bool running_ = false;
    std::atomic<bool> cancel_{false};
};

}  // namespace faultke::gui
