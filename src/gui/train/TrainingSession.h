#pragma once
// One training run (or a series of repeats) at a time, off the GUI thread: the core's Trainer in
// a BackgroundJob. Not a widget. Batch and epoch reports reach the GUI thread as plain values
// (batches at most every 50 ms); Pause, Resume and Stop go to the Trainer's own controls, which
// act between batches (the job only bridges them). Stop keeps every completed epoch.
#include <QObject>
#include <QString>

#include <memory>

#include "core/model/Device.h"
#include "core/model/RunCatalog.h"
#include "core/model/Trainer.h"

namespace faultke::gui {

class BackgroundJob;

struct TrainingRequest {
    QString datasetPath;
    QString runDir;
    TrainParams params;
    DeviceChoice device = DeviceChoice::Auto;
    bool resume = false;  // continue the run in runDir from its last complete epoch
    int repeats = 1;      // > 1: runDir-r1, runDir-r2, ... with seeds seed, seed + 1, ...
};

class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Starts training; false (and nothing happens) while a run is going on.
    bool start(const TrainingRequest& request);
    void pause();
    void resume();
    // Stops at the next batch boundary: the running epoch is discarded, earlier ones kept, and
    // repeats not yet started are dropped.
    void stop();

    bool isRunning() const;
    bool isPaused() const { return paused_; }
    QString runDir() const { return runDir_; }
    // Blocks until the run has ended (tests, shutdown).
    void wait();
    BackgroundJob* job() const { return job_; }

signals:
    void runStarted(const QString& runDir);
    void deviceKnown(const QString& name);
    void batchDone(const QString& runDir, const faultke::BatchProgress& batch);
    // The run folder as the training thread read it after writing an epoch, and once more as the
    // run ends; just before the epoch's epochDone (the GUI thread reads no run folder).
    void runRead(const QString& runDir, const faultke::RunSummary& summary);
    void epochDone(const QString& runDir, const faultke::HistoryRow& row);
    void logLine(const QString& line);
    void pausedChanged(bool paused);
    // The run ended: finished, stopped or failed (message non-empty). After the last repeat,
    // allDone follows.
    void runEnded(const QString& runDir, bool stopped, const QString& message);
    void allDone();

private:
    struct Control;
    void startRun();

    BackgroundJob* job_;
    std::shared_ptr<Control> control_;
    TrainingRequest request_;
    int repeatIndex_ = 0;  // 0-based, of request_.repeats
    QString runDir_;
    bool paused_ = false;
    bool stopRequested_ = false;
};

// The folder of repeat `index` (0-based) of `count` for the run folder `runDir`.
QString repeatRunDir(const QString& runDir, int index, int count);

}  // namespace faultke::gui
