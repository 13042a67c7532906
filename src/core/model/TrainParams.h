#pragma once
// Training settings, read from and written to params.json. The original's keys keep their
// names and meaning (learning_rate, batch_size, num_epochs, num_channels, use_batch_norm,
// bn_momentum, use_random_flip, num_parallel_calls, save_summary_steps); FaultKE's own keys sit
// beside them. Keys this version does not know are kept and written back unchanged.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Augmentation.h"
#include "core/model/Loss.h"
#include "core/model/NetworkConfig.h"

namespace faultke {

// Which epoch of a run counts as its result.
enum class BestEpochRule {
    MaxEvalAccuracy,  // "max-eval-accuracy": highest eval 2SD accuracy, ties -> lower eval loss
    MinEvalLoss,      // "min-eval-loss"
    LastEpoch,        // "last-epoch": the end of training (a weight average at the end of a decay)
    User              // "user": the epoch named in best_epoch
};
const char* bestEpochRuleName(BestEpochRule rule);
BestEpochRule parseBestEpochRule(const std::string& name);  // throws Error

struct EarlyStopping {
    bool enabled = false;
    std::string metric = "eval_loss";  // a history column, e.g. eval_loss, eval_acc2sd
    int patience = 10;                 // epochs without improvement before stopping
};

// How the weights start: Keras' Glorot-uniform kernels and zero biases (the original), or
// libtorch's defaults (Kaiming-uniform with a = sqrt(5), biases uniform in +-1/sqrt(fan_in)).
enum class WeightInit { Keras, Torch };
// The learning rate over training: constant (the original), or a linear warm-up over
// warmupEpochs followed by a cosine decay to 0 at the last batch.
enum class LearningRateSchedule { Constant, WarmupCosine };

// A training recipe: "original", the published one (Keras initialization, a constant learning
// rate, batch-norm statistics as training leaves them), "steady", FaultKE's (docs/training.md),
// which learns at least as well and swings less from epoch to epoch, or "fine-tune", steady with a
// lower learning rate and a shorter schedule, for a run that starts from a trained model
// ("start_from"). A params.json without a "preset" is the original's.
enum class Preset { Original, Steady, FineTune };
const char* presetName(Preset preset);            // "original", "steady", "fine-tune"
Preset parsePresetName(const std::string& name);  // throws Error

// Which weights a run that starts from a trained model keeps as they are: none, the convolution
// blocks (with their batch norms), or every layer but the output one ("all-but-head").
enum class Freeze { None, Convs, AllButHead };

struct TrainParams {
    // The original's keys.
    double learningRate = 5e-3;
    int batchSize = 256;
    int numEpochs = 50;
    NetworkConfig network;     // num_channels, use_batch_norm, bn_momentum, and new keys
    int numParallelCalls = 4;  // kept for compatibility; unused
    int saveSummarySteps = 1;  // kept for compatibility; unused
    // FaultKE's keys.
    Preset preset = Preset::Original;  // "preset": what the recipe keys below started from
    LossKind loss = LossKind::Original;
    double adamEpsilon = 1e-7;  // Keras' default (torch's is 1e-8)
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    AugmentationConfig augmentation;  // "augment", "zoom_range", "shift_range"; flips = use_random_flip
    LabelPrecision labelPrecision = LabelPrecision::TwoDecimals;  // "two_decimals" | "full"
    uint64_t seed = 42;
    EarlyStopping earlyStopping;  // off by default
    BestEpochRule bestEpochRule = BestEpochRule::MaxEvalAccuracy;
    int bestEpoch = 0;                                                           // for the "user" rule
    WeightInit init = WeightInit::Keras;                                         // "init": keras | torch
    LearningRateSchedule learningRateSchedule = LearningRateSchedule::Constant;  // "lr_schedule"
    double warmupEpochs = 2;                                                     // "warmup_epochs", with warmup_cosine
    // "bn_recalibration": at the end of every epoch the batch-norm statistics are computed again
    // over the training windows as evaluation sees them (no augmentation, dropout off), instead of
    // the running averages of augmented batches with dropout on that training leaves.
    bool bnRecalibration = false;
    // "sd_floor": SD labels below it count as it in the training loss, so that a few windows of
    // almost constant KE do not dominate the loss's 1/SD^2 weight (0: off, the original).
    double sdFloor = 0;
    // "ema_epochs": evaluation, checkpoints and predictions use an exponential moving average of
    // the weights over about this many epochs instead of the last batch's weights (0: off, the
    // original).
    double emaEpochs = 0;
    // "start_at_mean_ke": the output layer starts with zero weights and the mean KE of the
    // training windows as its bias, so every window starts at the mean KE rather than on the
    // flat side of the output ReLU, where it would teach nothing (false: the original).
    bool startAtMeanKe = false;
    // "start_from": the trained model the weights start from (empty: random weights, as the
    // original): "bundled" (its first member; "bundled:N" the Nth), a run folder (its chosen
    // epoch; "RUN:N" epoch N), a checkpoint, a TorchScript export or a Keras .hdf5 of the same
    // network shape. core/model/StartingPoint.h reads it.
    std::string startFrom;
    Freeze freeze = Freeze::None;  // "freeze": none | convs | all-but-head

    std::string unknownKeysJson = "{}";  // preserved keys, a JSON object

    // A preset's recipe (its other keys as the original's).
    static TrainParams forPreset(Preset preset);
    // What new runs start from: the steady preset.
    static TrainParams defaults() { return forPreset(Preset::Steady); }
    // Whether the recipe keys (init, lr_schedule, warmup_epochs, bn_recalibration, sd_floor,
    // ema_epochs, start_at_mean_ke, dropout, best_epoch_rule; with fine-tune also learning_rate
    // and num_epochs) are still those of `preset`.
    bool recipeIs(Preset preset) const;
    // Takes the recipe keys of `preset` (and its name); the other keys stay.
    void adoptRecipe(Preset preset);

    // The learning rate of batch `step` (from 0, over the whole training) under the schedule.
    double learningRateAt(int64_t step, int64_t batchesPerEpoch) const;

    // Throws Error (without a file name) when a value is out of range.
    void validate() const;

    std::string toJson() const;
    // Missing keys keep their defaults. Throws Error naming `source` with line/column on broken
    // JSON, and the key on a wrong type or value.
    static TrainParams fromJson(const std::string& text, const std::string& source = "params.json");
    // The params.json keys FaultKE reads (others are kept as they are, for the original's files).
    static std::vector<std::string> knownKeys();

    static TrainParams load(const std::string& path);  // throws Error naming the file
    void save(const std::string& path) const;          // atomic
};

}  // namespace faultke
