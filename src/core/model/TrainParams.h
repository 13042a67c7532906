#pragma once
// Training settings, read from and written to params.json. The original's keys keep their
// names and meaning (learning_rate, batch_size, num_epochs, num_channels, use_batch_norm,
// bn_momentum, use_random_flip, num_parallel_calls, save_summary_steps); FaultKE's own keys sit
// beside them. Keys this version does not know are kept and written back unchanged.
#include <cstdint>
#include <string>

#include "core/data/Dataset.h"
#include "core/model/Augmentation.h"
#include "core/model/Loss.h"
#include "core/model/NetworkConfig.h"

namespace faultke {

// Which epoch of a run counts as its result.
enum class BestEpochRule {
    MaxEvalAccuracy,  // "max-eval-accuracy": highest eval 2SD accuracy, ties -> lower eval loss
    MinEvalLoss,      // "min-eval-loss"
    User              // "user": the epoch named in best_epoch
};
const char* bestEpochRuleName(BestEpochRule rule);
BestEpochRule parseBestEpochRule(const std::string& name);  // throws Error

struct EarlyStopping {
    bool enabled = false;
    std::string metric = "eval_loss";  // a history column, e.g. eval_loss, eval_acc2sd
    int patience = 10;                 // epochs without improvement before stopping
};

struct TrainParams {
    // The original's keys.
    double learningRate = 5e-3;
    int batchSize = 256;
    int numEpochs = 50;
    NetworkConfig network;     // num_channels, use_batch_norm, bn_momentum, and new keys
    int numParallelCalls = 4;  // kept for compatibility; unused
    int saveSummarySteps = 1;  // kept for compatibility; unused
    // FaultKE's keys.
    LossKind loss = LossKind::Original;
    double adamEpsilon = 1e-7;  // Keras' default (torch's is 1e-8)
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    AugmentationConfig augmentation;  // "augment", "zoom_range", "shift_range"; flips = use_random_flip
    LabelPrecision labelPrecision = LabelPrecision::TwoDecimals;  // "two_decimals" | "full"
    uint64_t seed = 42;
    EarlyStopping earlyStopping;  // off by default
    BestEpochRule bestEpochRule = BestEpochRule::MaxEvalAccuracy;
    int bestEpoch = 0;  // for the "user" rule

    std::string unknownKeysJson = "{}";  // preserved keys, a JSON object

    // Throws Error (without a file name) when a value is out of range.
    void validate() const;

    std::string toJson() const;
    // Missing keys keep their defaults. Throws Error naming `source` with line/column on broken
    // JSON, and the key on a wrong type or value.
    static TrainParams fromJson(const std::string& text, const std::string& source = "params.json");

    static TrainParams load(const std::string& path);  // throws Error naming the file
    void save(const std::string& path) const;          // atomic
};

}  // namespace faultke
