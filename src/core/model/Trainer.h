#pragma once
// Trains the KE network on a Dataset (sections 5 and 6 of the original), reporting batch and
// epoch progress through callbacks and, given a run folder, writing it as it goes (see
// model/Run.h). Plain types only: the CLI and the GUI include this, never torch.
//
// Reproducible: with the same dataset, parameters and seed on the CPU, two runs give the same
// history and weights. Each epoch's randomness (shuffle, augmentation, dropout) is derived from
// (seed, epoch), so resuming after epoch k gives the same result as never stopping.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Device.h"
#include "core/model/Run.h"
#include "core/model/TrainParams.h"

namespace faultke {

struct BatchProgress {
    int epoch = 0, epochs = 0;    // 1-based epoch of epochs
    int batch = 0, batches = 0;   // 1-based batch of this epoch's batches
    double loss = 0;              // this batch's loss
    double accuracy2sd = 0;       // this batch's 2SD accuracy
    double samplesPerSecond = 0;  // training speed so far in this epoch
    double etaSeconds = 0;        // estimate for the rest of the run's training batches
};

using EpochStats = HistoryRow;

struct TrainOptions {
    DeviceChoice device = DeviceChoice::Auto;
    std::string runDir;   // empty: nothing is written
    bool resume = false;  // continue the run in runDir from its last complete epoch
    int epochs = 0;       // > 0 overrides num_epochs (also on resume, to extend a run)
};

struct TrainResult {
    std::vector<HistoryRow> history;  // every completed epoch, resumed ones included
    bool stopped = false;             // requestStop() ended it before num_epochs
    bool earlyStopped = false;
    BestEpoch best;  // epoch 0 when no epoch completed
    DeviceInfo device;
    std::optional<RunStart> start;  // a run from a trained model: where, and its figures at epoch 0
};

class Trainer {
public:
    // The dataset must stay alive while run() runs. With options.resume, the run folder's
    // params.json replaces `params` (num_epochs still taken from options.epochs when given).
    Trainer(const Dataset& data, TrainParams params, TrainOptions options = TrainOptions());
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    std::function<void(const BatchProgress&)> onBatch;
    std::function<void(const EpochStats&)> onEpoch;
    std::function<void(const std::string&)> onLog;

    // Trains to the last epoch, a stop request or early stopping. Throws Error on bad input
    // (no training samples, a run folder that already holds a run and no resume, ...).
    TrainResult run();

    // Callable from any thread; honoured between batches (an unfinished epoch is discarded).
    void requestPause();
    void resume();
    void requestStop();
    bool isPaused() const;

    // The parameters in force (after resume/overrides); valid once constructed.
    const TrainParams& params() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace faultke
