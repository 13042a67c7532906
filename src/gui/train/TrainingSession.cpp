#include "gui/train/TrainingSession.h"

#include <QElapsedTimer>

#include <functional>
#include <mutex>

#include "core/data/Dataset.h"
#include "gui/jobs/BackgroundJob.h"

namespace faultke::gui {

namespace {
// Batch reports closer together than this are not sent (the last batch of an epoch always is).
constexpr qint64 kBatchReportIntervalMs = 50;
}  // namespace

// The trainer of the running work, reachable from the GUI thread for pause and stop.
struct TrainingSession::Control {
    std::mutex mutex;
    Trainer* trainer = nullptr;
    bool pauseWanted = false;
    bool stopWanted = false;

    template <class F>
    void withTrainer(F f) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (trainer) f(*trainer);
    }
};

QString repeatRunDir(const QString& runDir, int index, int count) {
    return count > 1 ? QStringLiteral("%1-r%2").arg(runDir).arg(index + 1) : runDir;
}

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), job_(new BackgroundJob(this)) {
    connect(job_, &BackgroundJob::cancelRequested, this, [this] {
        stopRequested_ = true;  // however it was asked for, no repeat follows a stop
        const std::lock_guard<std::mutex> lock(control_->mutex);
        control_->stopWanted = true;
        if (control_->trainer) control_->trainer->requestStop();
    });
    connect(job_, &BackgroundJob::ended, this, [this] {
        if (!stopRequested_ && ++repeatIndex_ < request_.repeats) {
            startRun();
            return;
        }
        paused_ = false;
        emit allDone();
    });
    connect(job_, &BackgroundJob::finished, this, [this] { emit runEnded(runDir_, false, {}); });
    connect(job_, &BackgroundJob::cancelled, this, [this] { emit runEnded(runDir_, true, {}); });
    connect(job_, &BackgroundJob::failed, this, [this](const QString& message) {
        stopRequested_ = true;  // no more repeats after a failure
        emit runEnded(runDir_, false, message);
    });
}

TrainingSession::~TrainingSession() {
    stopRequested_ = true;  // no next repeat
    stop();
    job_->wait();
}

bool TrainingSession::isRunning() const { return job_->isRunning(); }

bool TrainingSession::start(const TrainingRequest& request) {
    if (isRunning()) return false;
    request_ = request;
    request_.repeats = std::max(1, request.repeats);
    repeatIndex_ = 0;
    stopRequested_ = false;
    startRun();
    return true;
}

void TrainingSession::startRun() {
    runDir_ = repeatRunDir(request_.runDir, repeatIndex_, request_.repeats);
    TrainParams params = request_.params;
    params.seed = request_.params.seed + static_cast<uint64_t>(repeatIndex_);
    TrainOptions options;
    options.device = request_.device;
    options.runDir = runDir_.toStdString();
    options.resume = request_.resume;
    control_ = std::make_shared<Control>();
    control_->pauseWanted = paused_;  // a pause pressed at the end of a repeat holds the next one

    const std::string datasetPath = request_.datasetPath.toStdString();
    const QString runDir = runDir_;
    auto control = control_;
    BackgroundJob* job = job_;
    emit runStarted(runDir);
    job_->start(tr("Training %1").arg(runDir.section('/', -1)), [=](const Progress& progress) {
        progress.update(0, "loading " + datasetPath);
        const Dataset data = Dataset::load(datasetPath);
        progress.checkCancel();
        Trainer trainer(data, params, options);
        QElapsedTimer sinceReport;
        sinceReport.start();
        trainer.onBatch = [&](const BatchProgress& b) {
            if (b.batch < b.batches && sinceReport.elapsed() < kBatchReportIntervalMs) return;
            sinceReport.restart();
            progress.update((double(b.epoch - 1) + double(b.batch) / b.batches) / b.epochs, {});
            job->post([this, runDir, b] { emit batchDone(runDir, b); });
        };
        trainer.onEpoch = [&](const EpochStats& row) {
            job->post([this, runDir, row, summary = readRunSummary(options.runDir)] {
                emit runRead(runDir, summary);
                emit epochDone(runDir, row);
            });
        };
        // However the run ends (finished, stopped, failed), its folder as it was left.
        struct ReadAtEnd {
            std::function<void()> read;
            ~ReadAtEnd() { read(); }
        } readAtEnd{[&] {
            job->post([this, runDir, summary = readRunSummary(options.runDir)] { emit runRead(runDir, summary); });
        }};
        trainer.onLog = [&](const std::string& line) {
            job->post([this, text = QString::fromStdString(line)] { emit logLine(text); });
        };
        {
            const std::lock_guard<std::mutex> lock(control->mutex);
            control->trainer = &trainer;
            if (control->pauseWanted) trainer.requestPause();
            if (control->stopWanted || progress.cancel->load()) trainer.requestStop();
        }
        TrainResult result;
        try {
            job->post(
                [this, name = QString::fromStdString(resolveDevice(options.device).name)] { emit deviceKnown(name); });
            result = trainer.run();
        } catch (...) {
            const std::lock_guard<std::mutex> lock(control->mutex);
            control->trainer = nullptr;
            throw;
        }
        const std::lock_guard<std::mutex> lock(control->mutex);
        control->trainer = nullptr;
        if (result.stopped) throw Cancelled();
    });
}

void TrainingSession::pause() {
    if (!isRunning() || paused_) return;
    paused_ = true;
    {
        const std::lock_guard<std::mutex> lock(control_->mutex);
        control_->pauseWanted = true;
        if (control_->trainer) control_->trainer->requestPause();
    }
    emit pausedChanged(true);
}

void TrainingSession::resume() {
    if (!paused_) return;
    paused_ = false;
    {
        const std::lock_guard<std::mutex> lock(control_->mutex);
        control_->pauseWanted = false;
        if (control_->trainer) control_->trainer->resume();
    }
    emit pausedChanged(false);
}

void TrainingSession::stop() {
    if (!isRunning()) return;
    stopRequested_ = true;
    job_->cancel();  // cancelRequested reaches the trainer's own stop
    if (paused_) {
        paused_ = false;
        control_->withTrainer([](Trainer& t) { t.resume(); });  // a paused trainer must wake to stop
        emit pausedChanged(false);
    }
}

void TrainingSession::wait() {
    while (job_->isRunning()) job_->wait();  // delivering an end may start the next repeat
}

}  // namespace faultke::gui
