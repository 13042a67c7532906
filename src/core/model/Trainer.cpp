#include "core/model/Trainer.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <mutex>
#include <random>

#include <nlohmann/json.hpp>

#include "core/model/torch/Augmentation.h"
#include "core/model/torch/BatchRecorder.h"
#include "core/model/torch/Checkpoint.h"
#include "core/model/torch/DatasetTensors.h"
#include "core/model/torch/Loss.h"
#include "core/model/torch/Network.h"
#include "core/model/torch/StartingWeights.h"
#include "core/model/torch/WeightAverage.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/Plural.h"

namespace faultke {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// splitmix64: decorrelates the per-epoch seeds derived from (seed, epoch).
uint64_t mixSeed(uint64_t seed, uint64_t epoch) {
    uint64_t z = seed + 0x9E3779B97F4A7C15ull * (epoch + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Fisher-Yates with our own draws, so the order is the same with any standard library.
void shuffle(std::vector<int64_t>& v, std::mt19937_64& rng) {
    for (size_t i = v.size(); i > 1; --i) {
        const size_t j = size_t(rng() % i);
        std::swap(v[i - 1], v[j]);
    }
}

std::string epochLine(const HistoryRow& row) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer,
                  "epoch %d: train loss %.4g acc %.4f, eval loss %.4g acc %.4f, %.1f s, %.1f samples/s", row.epoch,
                  row.train().loss, row.train().accuracy2sd, row.eval().loss, row.eval().accuracy2sd, row.seconds,
                  row.samplesPerSecond);
    return buffer;
}

}  // namespace

struct Trainer::Impl {
    const Dataset& data;
    TrainParams params;
    TrainOptions options;

    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
    std::mutex pauseMutex;
    std::condition_variable pauseChanged;

    Impl(const Dataset& d, TrainParams p, TrainOptions o) : data(d), params(std::move(p)), options(std::move(o)) {}

    // Blocks while paused; returns false when a stop was requested.
    bool waitWhilePaused() {
        if (paused.load()) {
            std::unique_lock<std::mutex> lock(pauseMutex);
            pauseChanged.wait(lock, [&] { return !paused.load() || stop.load(); });
        }
        return !stop.load();
    }
};

Trainer::Trainer(const Dataset& data, TrainParams params, TrainOptions options)
    : impl_(std::make_unique<Impl>(data, std::move(params), std::move(options))) {
    auto& p = impl_->params;
    const auto& o = impl_->options;
    if (o.resume) {
        if (o.runDir.empty()) throw Error("resuming needs a run folder");
        RunFolder run(o.runDir);
        if (!run.exists()) throw Error(run.paramsPath(), "no run to resume here (params.json is missing)");
        p = TrainParams::load(run.paramsPath());
    }
    if (o.epochs > 0) p.numEpochs = o.epochs;
    // Whether a ReLU follows the dense layer belongs to the weights: a run from a trained model
    // keeps its model's (params.json then says so, and a resumed run reads it there).
    if (!o.resume && !p.startFrom.empty())
        p.network.denseRelu = loadStartingModel(p.startFrom, torch::kCPU).net->config().denseRelu;
    p.network.inputHeight = data.height;
    p.network.inputWidth = data.width;
    p.validate();
    validateNetworkConfig(p.network);
    if (p.earlyStopping.enabled) HistoryRow().value(p.earlyStopping.metric);  // throws on an unknown column
}

Trainer::~Trainer() = default;

const TrainParams& Trainer::params() const { return impl_->params; }

void Trainer::requestPause() { impl_->paused.store(true); }

void Trainer::resume() {
    {
        std::lock_guard<std::mutex> lock(impl_->pauseMutex);
        impl_->paused.store(false);
    }
    impl_->pauseChanged.notify_all();
}

void Trainer::requestStop() {
    {
        std::lock_guard<std::mutex> lock(impl_->pauseMutex);
        impl_->stop.store(true);
    }
    impl_->pauseChanged.notify_all();
}

bool Trainer::isPaused() const { return impl_->paused.load(); }

namespace {

// A fresh run folder that fails (a full disk, a diverged first epoch) before any epoch is saved
// is taken away again rather than left behind half made.
struct UnfinishedRun {
    std::string dir;  // set once this call created the folder
    ~UnfinishedRun() {
        if (dir.empty() || std::uncaught_exceptions() == 0 || fs::exists(RunFolder(dir).checkpointPath(1))) return;
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

void setLearningRate(torch::optim::Adam& optimizer, double rate) {
    for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(rate);
}

// Batch-norm statistics over the training windows as evaluation sees them (NetworkImpl::
// beginBatchNormRecalibration), in the epoch's batch size.
void recalibrateBatchNorm(Network& net, const DatasetTensors& tensors, const std::vector<size_t>& trainIndices,
                          int64_t batchSize) {
    torch::NoGradGuard noGrad;
    const auto indices = indexTensor(trainIndices).to(tensors.ke.device());
    net->beginBatchNormRecalibration();
    for (int64_t start = 0; start < indices.numel(); start += batchSize) {
        const auto idx = indices.slice(0, start, std::min<int64_t>(start + batchSize, indices.numel()));
        if (idx.numel() < 2) break;  // batch norm in training mode needs two samples
        net->forward(tensors.batch(idx));
    }
    net->endBatchNormRecalibration();
}

}  // namespace

namespace {

// One call of Trainer::run: the tensors, the network, its optimizer and the run folder, and the
// steps of an epoch (train, score, save, stop early) that run() strings together.
class TrainingRun {
public:
    struct Reports {
        const std::function<void(const BatchProgress&)>& onBatch;
        const std::function<void(const std::string&)>& onLog;
    };

    TrainingRun(const Dataset& data, const TrainParams& params, const TrainOptions& options,
                std::function<bool()> waitWhilePaused, const std::atomic<bool>& paused, const std::atomic<bool>& stop,
                Reports reports)
        : data_(data),
          p_(params),
          options_(options),
          waitWhilePaused_(std::move(waitWhilePaused)),
          paused_(paused),
          stop_(stop),
          reports_(reports),
          device_(resolveDeviceOf(options, result_)),
          trainIndices_(data.indicesOf(Split::Train)),
          evalIndices_(indexTensor(data.indicesOf(Split::Eval))),
          testIndices_(indexTensor(data.indicesOf(Split::Test))),
          tensors_(checkedTensors(data, params, device_, trainIndices_, evalIndices_)),
          batchSize_(
              std::min<int64_t>(params.batchSize, int64_t(trainIndices_.size()))),  // one partial batch when N < batch
          batches_(int64_t(trainIndices_.size()) / batchSize_),                     // the remainder is dropped
          net_(seededNetwork(params, device_)),
          optimizer_(net_->parameters(), torch::optim::AdamOptions(params.learningRate)
                                             .betas({params.adamBeta1, params.adamBeta2})
                                             .eps(params.adamEpsilon)) {
        // Frozen layers take no gradient (Adam then leaves them as they are).
        freezeLayers(net_, p_.freeze);
        // A run from a trained model keeps that model's output layer.
        if (p_.startAtMeanKe && p_.startFrom.empty()) {
            // Every window starts at the mean KE, on the active side of the output ReLU; the head's
            // weights grow from 0 with the first step.
            torch::NoGradGuard noGrad;
            net_->head->weight.zero_();
            net_->head->bias.fill_(
                tensors_.ke.index_select(0, indexTensor(trainIndices_).to(device_)).mean().item<double>());
        }
        if (p_.emaEpochs > 0) average_ = std::make_unique<WeightAverage>(net_, p_.emaEpochs * double(batches_));
        evalKe_ = tensors_.ke.index_select(0, evalIndices_.to(device_));
        evalSd_ = tensors_.sd.index_select(0, evalIndices_.to(device_));
        testKe_ = tensors_.ke.index_select(0, testIndices_.to(device_));
        testSd_ = tensors_.sd.index_select(0, testIndices_.to(device_));
    }

    // The run folder: a fresh one, or the last complete epoch of an existing one. Returns the
    // first epoch to train.
    int openFolder() {
        if (options_.runDir.empty()) {
            startFromModel();
            return 1;
        }
        run_ = std::make_unique<RunFolder>(options_.runDir);
        if (options_.resume) return resume();
        if (run_->exists() && !run_->readHistory().empty())
            throw Error(run_->dir(), "already holds a run; resume it or choose another folder");
        // Before the folder is made: a model that does not fit leaves nothing behind.
        startFromModel();
        discard_.dir = fs::exists(run_->dir()) ? std::string() : run_->dir();
        run_->create();
        p_.save(run_->paramsPath());
        run_->writeDatasetRecord(data_.size(), data_.fingerprint());
        run_->writeHistory({});
        recordStart();
        run_->log("training on " + result_.device.name + ": " + std::to_string(trainIndices_.size()) + " train, " +
                  std::to_string(evalIndices_.numel()) + " eval, " + std::to_string(testIndices_.numel()) +
                  " test samples; " + std::to_string(batches_) + " batches of " + std::to_string(batchSize_) +
                  " per epoch");
        return 1;
    }

    // The epoch's batches; false when a stop ended it (the epoch is then discarded).
    bool train(int epoch, HistoryRow& row) {
        const uint64_t epochSeed = mixSeed(p_.seed, uint64_t(epoch));
        torch::manual_seed(epochSeed);  // augmentation draws and dropout
        std::mt19937_64 rng(epochSeed);
        std::vector<int64_t> order(trainIndices_.begin(), trainIndices_.end());
        shuffle(order, rng);
        const auto orderTensor = torch::tensor(order, torch::kInt64).to(device_);  // one transfer per epoch

        net_->train();
        holdFrozenStatistics(net_, p_.freeze);
        BatchRecorder recorder(device_.is_cuda());
        epochStart_ = Clock::now();
        auto lastReport = epochStart_;
        pausedSeconds_ = 0;
        for (int64_t b = 0; b < batches_; ++b) {
            if (paused_.load()) {
                const auto pauseStart = Clock::now();
                say("paused");
                const bool go = waitWhilePaused_();
                pausedSeconds_ += secondsSince(pauseStart);
                if (go) say("resumed");
            }
            if (stop_.load()) {
                result_.stopped = true;
                if (run_) run_->log("stopped during epoch " + std::to_string(epoch) + "; it is discarded");
                say("stopped during epoch " + std::to_string(epoch));
                return false;
            }
            const auto idx = orderTensor.slice(0, b * batchSize_, (b + 1) * batchSize_);
            auto x = tensors_.batch(idx);
            if (p_.augmentation.active()) x = augmentBatch(x, p_.augmentation);
            const auto ke = tensors_.ke.index_select(0, idx);
            auto sd = tensors_.sd.index_select(0, idx);
            if (p_.sdFloor > 0) sd = sd.clamp_min(p_.sdFloor);
            if (p_.learningRateSchedule != LearningRateSchedule::Constant)
                setLearningRate(optimizer_, p_.learningRateAt((epoch - 1) * batches_ + b, batches_));
            optimizer_.zero_grad();
            const auto prediction = net_->forward(x).reshape({-1});
            const auto loss = lossTensor(p_.loss, prediction, ke, sd);
            loss.backward();
            optimizer_.step();
            if (average_) average_->update();

            recorder.add(loss, prediction, ke, sd);
            // On a GPU a batch is reported (which waits for it) a few times a second, not every batch.
            if (reports_.onBatch && (!recorder.deferred() || b + 1 == batches_ || secondsSince(lastReport) >= 0.25)) {
                lastReport = Clock::now();
                reports_.onBatch(batchProgress(recorder.lastBatch(), epoch, b));
            }
        }
        if (p_.bnRecalibration) recalibrateBatchNorm(evaluated(), tensors_, trainIndices_, batchSize_);
        row.epoch = epoch;
        // Reading the training figures copies them off the device, after every batch queued before
        // them: a GPU runs batches asynchronously, and a clock read earlier would miss their time.
        row.splits[0] = recorder.finish();
        trainSeconds_ = secondsSince(epochStart_) - pausedSeconds_;
        return true;
    }

    // The eval and test figures of the network evaluation uses; throws when the epoch diverged.
    void score(HistoryRow& row) {
        Network& evaluated = this->evaluated();
        row.splits[1] = scorePredictions(p_.loss, predictSamples(evaluated, tensors_, evalIndices_, int(p_.batchSize)),
                                         evalKe_, evalSd_, p_.batchSize);
        row.splits[2] = scorePredictions(p_.loss, predictSamples(evaluated, tensors_, testIndices_, int(p_.batchSize)),
                                         testKe_, testSd_, p_.batchSize);
        // A diverged epoch is not saved: its checkpoint would be NaN, and could even be chosen as best.
        if (!std::isfinite(row.splits[0].loss) || !std::isfinite(row.splits[1].loss)) {
            const std::string line = "training diverged in epoch " + std::to_string(row.epoch) +
                                     ": the loss is NaN or Inf (a smaller learning rate may help); the epochs "
                                     "before it are kept";
            if (run_) run_->log(line);
            throw Error(options_.runDir.empty() ? std::string("training") : options_.runDir, line);
        }
        row.seconds = secondsSince(epochStart_) - pausedSeconds_;
        row.samplesPerSecond = trainSeconds_ > 0 ? double(batches_ * batchSize_) / trainSeconds_ : 0;
        result_.history.push_back(row);
    }

    // The epoch's checkpoint, then its history row and the best epoch, into the run folder.
    void save(const HistoryRow& row) {
        if (!run_) return;
        // Writing would create the folder again (and its parents): a run folder removed or
        // moved while training ends the training instead.
        if (!std::filesystem::is_directory(run_->dir()))
            throw Error(run_->dir(),
                        "the run folder is gone (removed or moved while training); training stopped "
                        "without writing epoch " +
                            std::to_string(row.epoch));
        // Checkpoint first: history.csv only ever names epochs whose checkpoint exists.
        nlohmann::json state;
        state["epoch"] = row.epoch;
        state["seed"] = p_.seed;
        if (average_) state["ema_steps"] = average_->steps();
        saveTrainingCheckpoint(run_->checkpointPath(row.epoch), net_, optimizer_, state.dump(),
                               average_ ? &evaluated() : nullptr);
        run_->writeHistory(result_.history);
        if (p_.bestEpochRule != BestEpochRule::User || p_.bestEpoch <= row.epoch)
            run_->writeBest(chooseBestEpoch(result_.history, p_.bestEpochRule, p_.bestEpoch));
        run_->log(epochLine(row));
    }

    // Early stopping: no better figure for `patience` epochs (never after the last epoch).
    bool stopsEarly(int epoch) {
        if (!p_.earlyStopping.enabled) return false;
        const std::string& metric = p_.earlyStopping.metric;
        const bool higher = higherIsBetter(metric);
        int bestAt = 0;
        for (size_t i = 0; i < result_.history.size(); ++i) {
            const double v = result_.history[i].value(metric);
            const double b = result_.history[size_t(bestAt)].value(metric);
            if (higher ? v > b : v < b) bestAt = int(i);
        }
        if (int(result_.history.size()) - 1 - bestAt < p_.earlyStopping.patience || epoch >= p_.numEpochs) return false;
        result_.earlyStopped = true;
        const std::string line = "early stopping after epoch " + std::to_string(epoch) + ": no better " + metric +
                                 " for " + countOf(p_.earlyStopping.patience, "epoch");
        if (run_) run_->log(line);
        say(line);
        return true;
    }

    TrainResult finish() {
        if (!result_.history.empty() &&
            (p_.bestEpochRule != BestEpochRule::User || p_.bestEpoch <= int(result_.history.size())))
            result_.best = chooseBestEpoch(result_.history, p_.bestEpochRule, p_.bestEpoch);
        else if (!result_.history.empty())
            result_.best = chooseBestEpoch(result_.history, BestEpochRule::MaxEvalAccuracy);
        return result_;
    }

private:
    static torch::Device resolveDeviceOf(const TrainOptions& options, TrainResult& result) {
        result.device = resolveDevice(options.device);
        return result.device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    }

    static DatasetTensors checkedTensors(const Dataset& data, const TrainParams& p, const torch::Device& device,
                                         const std::vector<size_t>& trainIndices, const torch::Tensor& evalIndices) {
        if (trainIndices.size() < 2) throw Error("the dataset has fewer than 2 training samples");
        // The best epoch is chosen on the eval figures; without eval samples they would all be zero.
        if (evalIndices.numel() == 0 && p.bestEpochRule != BestEpochRule::User)
            throw Error(
                "the dataset has no eval samples, and the best epoch is chosen on them: prepare it with "
                "--eval-windows 1 or more (or choose the epoch yourself)");
        return DatasetTensors::build(data, p.labelPrecision, device);
    }

    static Network seededNetwork(const TrainParams& p, const torch::Device& device) {
        torch::manual_seed(p.seed);
        Network net(p.network);
        if (p.init == WeightInit::Torch) net->initializeLikeTorch();
        net->to(device);
        return net;
    }

    // What evaluation scores and checkpoints hold: the average when there is one.
    Network& evaluated() { return average_ ? average_->averaged() : net_; }

    int resume() {
        if (const auto record = run_->readDatasetRecord(); record && record->second != data_.fingerprint())
            throw Error(run_->dir(), "was trained on another dataset (" + countOf(record->first, "sample") +
                                         ", fingerprint " + record->second + "; the one given has " +
                                         countOf(data_.size(), "sample") + ", fingerprint " + data_.fingerprint() +
                                         "): resume it with its own dataset");
        // What a killed trainer was writing when it died.
        removeStaleTemporaries(run_->dir());
        removeStaleTemporaries(run_->checkpointsDir());
        const int done = run_->lastCompleteEpoch();
        // Without a history the run would start again from epoch 1 over its own checkpoints.
        if (done == 0 && fs::exists(run_->checkpointPath(1)))
            throw Error(run_->historyPath(),
                        "is missing, empty or damaged while the run has checkpoints: resuming "
                        "would overwrite them (restore history.csv, or train into a new folder)");
        auto history = run_->readHistory();
        history.resize(size_t(done));
        // Nothing trained yet: the run starts where it was to start. Else its checkpoint holds
        // the weights, and start.json where they came from.
        if (done == 0) {
            startFromModel();
            recordStart();
        } else {
            result_.start = run_->readStart();
        }
        if (done > 0) {
            const std::string state =
                loadTrainingCheckpoint(run_->checkpointPath(done), net_, optimizer_, average_ ? &evaluated() : nullptr);
            const auto j = nlohmann::json::parse(state, nullptr, false);
            if (j.is_discarded() || j.value("epoch", -1) != done)
                throw Error(run_->checkpointPath(done),
                            "trainer state does not belong to epoch " + std::to_string(done));
            if (average_) average_->setSteps(j.value("ema_steps", int64_t(0)));
        }
        result_.history = history;
        run_->writeHistory(history);  // drops rows whose checkpoint is missing
        run_->log("resumed after epoch " + std::to_string(done) + " of " + std::to_string(p_.numEpochs));
        say("resuming after epoch " + std::to_string(done));
        return done + 1;
    }

    // The weights of the model params.json's start_from names, its figures before training
    // (epoch 0) and, in a run folder, start.json.
    void startFromModel() {
        if (p_.startFrom.empty()) return;
        StartingModel start = loadStartingModel(p_.startFrom, device_);
        copyStartingWeights(start.net, net_, p_.startFrom);
        if (average_) copyWeights(net_, average_->averaged());
        RunStart record;
        record.startFrom = p_.startFrom;
        record.description = start.description;
        record.fingerprint = weightsFingerprint(net_);
        const torch::Tensor train = indexTensor(trainIndices_);
        const torch::Tensor trainOnDevice = train.to(device_);
        record.figures.splits[0] = scorePredictions(p_.loss, predictSamples(net_, tensors_, train, int(p_.batchSize)),
                                                    tensors_.ke.index_select(0, trainOnDevice),
                                                    tensors_.sd.index_select(0, trainOnDevice), p_.batchSize);
        record.figures.splits[1] = scorePredictions(
            p_.loss, predictSamples(net_, tensors_, evalIndices_, int(p_.batchSize)), evalKe_, evalSd_, p_.batchSize);
        record.figures.splits[2] = scorePredictions(
            p_.loss, predictSamples(net_, tensors_, testIndices_, int(p_.batchSize)), testKe_, testSd_, p_.batchSize);
        result_.start = record;
        char figures[96];
        std::snprintf(figures, sizeof figures, "eval 2SD accuracy %.4f, eval loss %.4f",
                      record.figures.eval().accuracy2sd, record.figures.eval().loss);
        const std::string line =
            "starting from " + start.description + " (weights " + record.fingerprint +
            (p_.freeze == Freeze::None ? std::string()
                                       : std::string(", frozen: ") +
                                             (p_.freeze == Freeze::Convs ? "convolution blocks" : "all but the head")) +
            "): " + figures;
        say(line);
        startLine_ = line;
    }

    // start.json and the log line of a run that starts from a trained model.
    void recordStart() {
        if (!run_ || !result_.start) return;
        run_->writeStart(*result_.start);
        run_->log(startLine_);
    }

    BatchProgress batchProgress(const BatchFigures& last, int epoch, int64_t b) const {
        BatchProgress bp;
        bp.epoch = epoch;
        bp.epochs = p_.numEpochs;
        bp.batch = int(b + 1);
        bp.batches = int(batches_);
        bp.loss = last.loss;
        bp.accuracy2sd = last.accuracy2sd;
        const double elapsed = secondsSince(epochStart_) - pausedSeconds_;
        bp.samplesPerSecond = elapsed > 0 ? double((b + 1) * batchSize_) / elapsed : 0;
        const int64_t remaining = (batches_ - b - 1) + int64_t(p_.numEpochs - epoch) * batches_;
        bp.etaSeconds = bp.samplesPerSecond > 0 ? double(remaining * batchSize_) / bp.samplesPerSecond : 0;
        return bp;
    }

    void say(const std::string& line) const {
        if (reports_.onLog) reports_.onLog(line);
    }

    const Dataset& data_;
    const TrainParams& p_;
    const TrainOptions& options_;
    std::function<bool()> waitWhilePaused_;
    const std::atomic<bool>& paused_;
    const std::atomic<bool>& stop_;
    Reports reports_;
    TrainResult result_;
    torch::Device device_;
    std::vector<size_t> trainIndices_;
    torch::Tensor evalIndices_, testIndices_;
    DatasetTensors tensors_;
    int64_t batchSize_, batches_;
    Network net_;
    torch::optim::Adam optimizer_;
    std::unique_ptr<WeightAverage> average_;
    torch::Tensor evalKe_, evalSd_, testKe_, testSd_;
    std::unique_ptr<RunFolder> run_;
    std::string startLine_;  // said when training starts; logged once the folder is there
    UnfinishedRun discard_;
    Clock::time_point epochStart_;
    double pausedSeconds_ = 0, trainSeconds_ = 0;
};

}  // namespace

TrainResult Trainer::run() {
    Impl& m = *impl_;
    TrainingRun training(m.data, m.params, m.options, [&m] { return m.waitWhilePaused(); }, m.paused, m.stop,
                         {onBatch, onLog});
    for (int epoch = training.openFolder(); epoch <= m.params.numEpochs; ++epoch) {
        HistoryRow row;
        if (!training.train(epoch, row)) break;  // stopped: the epoch is discarded
        training.score(row);
        training.save(row);
        if (onEpoch) onEpoch(row);
        if (training.stopsEarly(epoch)) break;
    }
    return training.finish();
}

}  // namespace faultke
