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

TrainResult Trainer::run() {
    Impl& m = *impl_;
    const TrainParams& p = m.params;
    TrainResult result;
    result.device = resolveDevice(m.options.device);
    const torch::Device device = result.device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    auto say = [&](const std::string& line) {
        if (onLog) onLog(line);
    };

    const auto trainIndices = m.data.indicesOf(Split::Train);
    const auto evalIndices = indexTensor(m.data.indicesOf(Split::Eval));
    const auto testIndices = indexTensor(m.data.indicesOf(Split::Test));
    if (trainIndices.size() < 2) throw Error("the dataset has fewer than 2 training samples");
    // The best epoch is chosen on the eval figures; without eval samples they would all be zero.
    if (evalIndices.numel() == 0 && p.bestEpochRule != BestEpochRule::User)
        throw Error(
            "the dataset has no eval samples, and the best epoch is chosen on them: prepare it with "
            "--eval-windows 1 or more (or choose the epoch yourself)");
    const DatasetTensors tensors = DatasetTensors::build(m.data, p.labelPrecision, device);
    const int64_t trainCount = int64_t(trainIndices.size());
    const int64_t batchSize = std::min<int64_t>(p.batchSize, trainCount);  // one partial batch when N < batch
    const int64_t batches = trainCount / batchSize;                        // the remainder is dropped

    torch::manual_seed(p.seed);
    Network net(p.network);
    if (p.init == WeightInit::Torch) net->initializeLikeTorch();
    net->to(device);
    if (p.startAtMeanKe) {
        // Every window starts at the mean KE, on the active side of the output ReLU; the head's
        // weights grow from 0 with the first step.
        torch::NoGradGuard noGrad;
        net->head->weight.zero_();
        net->head->bias.fill_(tensors.ke.index_select(0, indexTensor(trainIndices).to(device)).mean().item<double>());
    }
    torch::optim::Adam optimizer(
        net->parameters(),
        torch::optim::AdamOptions(p.learningRate).betas({p.adamBeta1, p.adamBeta2}).eps(p.adamEpsilon));
    std::unique_ptr<WeightAverage> average;
    if (p.emaEpochs > 0) average = std::make_unique<WeightAverage>(net, p.emaEpochs * double(batches));
    // What evaluation scores and checkpoints hold: the average when there is one.
    Network& evaluated = average ? average->averaged() : net;

    // The run folder: a fresh one, or the last complete epoch of an existing one.
    std::unique_ptr<RunFolder> run;
    UnfinishedRun discard;
    int firstEpoch = 1;
    if (!m.options.runDir.empty()) {
        run = std::make_unique<RunFolder>(m.options.runDir);
        if (m.options.resume) {
            if (const auto record = run->readDatasetRecord(); record && record->second != m.data.fingerprint())
                throw Error(run->dir(), "was trained on another dataset (" + countOf(record->first, "sample") +
                                            ", fingerprint " + record->second + "; the one given has " +
                                            countOf(m.data.size(), "sample") + ", fingerprint " + m.data.fingerprint() +
                                            "): resume it with its own dataset");
            // What a killed trainer was writing when it died.
            removeStaleTemporaries(run->dir());
            removeStaleTemporaries(run->checkpointsDir());
            const int done = run->lastCompleteEpoch();
            // Without a history the run would start again from epoch 1 over its own checkpoints.
            if (done == 0 && fs::exists(run->checkpointPath(1)))
                throw Error(run->historyPath(),
                            "is missing, empty or damaged while the run has checkpoints: resuming "
                            "would overwrite them (restore history.csv, or train into a new folder)");
            auto history = run->readHistory();
            history.resize(size_t(done));
            if (done > 0) {
                const std::string state =
                    loadTrainingCheckpoint(run->checkpointPath(done), net, optimizer, average ? &evaluated : nullptr);
                const auto j = nlohmann::json::parse(state, nullptr, false);
                if (j.is_discarded() || j.value("epoch", -1) != done)
                    throw Error(run->checkpointPath(done),
                                "trainer state does not belong to epoch " + std::to_string(done));
                if (average) average->setSteps(j.value("ema_steps", int64_t(0)));
            }
            result.history = history;
            firstEpoch = done + 1;
            run->writeHistory(history);  // drops rows whose checkpoint is missing
            run->log("resumed after epoch " + std::to_string(done) + " of " + std::to_string(p.numEpochs));
            say("resuming after epoch " + std::to_string(done));
        } else {
            if (run->exists() && !run->readHistory().empty())
                throw Error(run->dir(), "already holds a run; resume it or choose another folder");
            discard.dir = fs::exists(run->dir()) ? std::string() : run->dir();
            run->create();
            p.save(run->paramsPath());
            run->writeDatasetRecord(m.data.size(), m.data.fingerprint());
            run->writeHistory({});
            run->log("training on " + result.device.name + ": " + std::to_string(trainCount) + " train, " +
                     std::to_string(evalIndices.numel()) + " eval, " + std::to_string(testIndices.numel()) +
                     " test samples; " + std::to_string(batches) + " batches of " + std::to_string(batchSize) +
                     " per epoch");
        }
    }

    const auto evalKe = tensors.ke.index_select(0, evalIndices.to(device));
    const auto evalSd = tensors.sd.index_select(0, evalIndices.to(device));
    const auto testKe = tensors.ke.index_select(0, testIndices.to(device));
    const auto testSd = tensors.sd.index_select(0, testIndices.to(device));

    for (int epoch = firstEpoch; epoch <= p.numEpochs; ++epoch) {
        const uint64_t epochSeed = mixSeed(p.seed, uint64_t(epoch));
        torch::manual_seed(epochSeed);  // augmentation draws and dropout
        std::mt19937_64 rng(epochSeed);
        std::vector<int64_t> order(trainIndices.begin(), trainIndices.end());
        shuffle(order, rng);
        const auto orderTensor = torch::tensor(order, torch::kInt64).to(device);  // one transfer per epoch

        net->train();
        BatchRecorder recorder(device.is_cuda());
        const auto epochStart = Clock::now();
        auto lastReport = epochStart;
        double pausedSeconds = 0;
        bool interrupted = false;
        for (int64_t b = 0; b < batches; ++b) {
            if (m.paused.load()) {
                const auto pauseStart = Clock::now();
                say("paused");
                const bool go = m.waitWhilePaused();
                pausedSeconds += secondsSince(pauseStart);
                if (go) say("resumed");
            }
            if (m.stop.load()) {
                interrupted = true;
                break;
            }
            const auto idx = orderTensor.slice(0, b * batchSize, (b + 1) * batchSize);
            auto x = tensors.batch(idx);
            if (p.augmentation.active()) x = augmentBatch(x, p.augmentation);
            const auto ke = tensors.ke.index_select(0, idx);
            auto sd = tensors.sd.index_select(0, idx);
            if (p.sdFloor > 0) sd = sd.clamp_min(p.sdFloor);
            if (p.learningRateSchedule != LearningRateSchedule::Constant)
                setLearningRate(optimizer, p.learningRateAt((epoch - 1) * batches + b, batches));
            optimizer.zero_grad();
            const auto prediction = net->forward(x).reshape({-1});
            const auto loss = lossTensor(p.loss, prediction, ke, sd);
            loss.backward();
            optimizer.step();
            if (average) average->update();

            recorder.add(loss, prediction, ke, sd);
            // On a GPU a batch is reported (which waits for it) a few times a second, not every batch.
            if (onBatch && (!recorder.deferred() || b + 1 == batches || secondsSince(lastReport) >= 0.25)) {
                lastReport = Clock::now();
                const BatchFigures last = recorder.lastBatch();
                BatchProgress bp;
                bp.epoch = epoch;
                bp.epochs = p.numEpochs;
                bp.batch = int(b + 1);
                bp.batches = int(batches);
                bp.loss = last.loss;
                bp.accuracy2sd = last.accuracy2sd;
                const double elapsed = secondsSince(epochStart) - pausedSeconds;
                bp.samplesPerSecond = elapsed > 0 ? double((b + 1) * batchSize) / elapsed : 0;
                const int64_t remaining = (batches - b - 1) + int64_t(p.numEpochs - epoch) * batches;
                bp.etaSeconds = bp.samplesPerSecond > 0 ? double(remaining * batchSize) / bp.samplesPerSecond : 0;
                onBatch(bp);
            }
        }
        if (interrupted) {
            result.stopped = true;
            if (run) run->log("stopped during epoch " + std::to_string(epoch) + "; it is discarded");
            say("stopped during epoch " + std::to_string(epoch));
            break;
        }
        if (p.bnRecalibration) recalibrateBatchNorm(evaluated, tensors, trainIndices, batchSize);
        HistoryRow row;
        row.epoch = epoch;
        // Reading the training figures copies them off the device, after every batch queued before
        // them: a GPU runs batches asynchronously, and a clock read earlier would miss their time.
        row.splits[0] = recorder.finish();
        const double trainSeconds = secondsSince(epochStart) - pausedSeconds;
        row.splits[1] = scorePredictions(p.loss, predictSamples(evaluated, tensors, evalIndices, int(p.batchSize)),
                                         evalKe, evalSd, p.batchSize);
        row.splits[2] = scorePredictions(p.loss, predictSamples(evaluated, tensors, testIndices, int(p.batchSize)),
                                         testKe, testSd, p.batchSize);
        // A diverged epoch is not saved: its checkpoint would be NaN, and could even be chosen as best.
        if (!std::isfinite(row.splits[0].loss) || !std::isfinite(row.splits[1].loss)) {
            const std::string line = "training diverged in epoch " + std::to_string(epoch) +
                                     ": the loss is NaN or Inf (a smaller learning rate may help); the epochs "
                                     "before it are kept";
            if (run) run->log(line);
            throw Error(m.options.runDir.empty() ? std::string("training") : m.options.runDir, line);
        }
        row.seconds = secondsSince(epochStart) - pausedSeconds;
        row.samplesPerSecond = trainSeconds > 0 ? double(batches * batchSize) / trainSeconds : 0;
        result.history.push_back(row);

        if (run) {
            // Writing would create the folder again (and its parents): a run folder removed or
            // moved while training ends the training instead.
            if (!std::filesystem::is_directory(run->dir()))
                throw Error(run->dir(),
                            "the run folder is gone (removed or moved while training); training stopped "
                            "without writing epoch " +
                                std::to_string(epoch));
            // Checkpoint first: history.csv only ever names epochs whose checkpoint exists.
            nlohmann::json state;
            state["epoch"] = epoch;
            state["seed"] = p.seed;
            if (average) state["ema_steps"] = average->steps();
            saveTrainingCheckpoint(run->checkpointPath(epoch), net, optimizer, state.dump(),
                                   average ? &evaluated : nullptr);
            run->writeHistory(result.history);
            if (p.bestEpochRule != BestEpochRule::User || p.bestEpoch <= epoch)
                run->writeBest(chooseBestEpoch(result.history, p.bestEpochRule, p.bestEpoch));
            run->log(epochLine(row));
        }
        if (onEpoch) onEpoch(row);

        if (p.earlyStopping.enabled) {
            const std::string& metric = p.earlyStopping.metric;
            const bool higher = higherIsBetter(metric);
            int bestAt = 0;
            for (size_t i = 0; i < result.history.size(); ++i) {
                const double v = result.history[i].value(metric);
                const double b = result.history[size_t(bestAt)].value(metric);
                if (higher ? v > b : v < b) bestAt = int(i);
            }
            if (int(result.history.size()) - 1 - bestAt >= p.earlyStopping.patience && epoch < p.numEpochs) {
                result.earlyStopped = true;
                const std::string line = "early stopping after epoch " + std::to_string(epoch) + ": no better " +
                                         metric + " for " + countOf(p.earlyStopping.patience, "epoch");
                if (run) run->log(line);
                say(line);
                break;
            }
        }
    }
    if (!result.history.empty() &&
        (p.bestEpochRule != BestEpochRule::User || p.bestEpoch <= int(result.history.size())))
        result.best = chooseBestEpoch(result.history, p.bestEpochRule, p.bestEpoch);
    else if (!result.history.empty())
        result.best = chooseBestEpoch(result.history, BestEpochRule::MaxEvalAccuracy);
    return result;
}

}  // namespace faultke
