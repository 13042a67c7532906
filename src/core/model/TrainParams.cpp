#include "core/model/TrainParams.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {

using nlohmann::json;

const char* bestEpochRuleName(BestEpochRule rule) {
    switch (rule) {
    case BestEpochRule::MaxEvalAccuracy: return "max-eval-accuracy";
    case BestEpochRule::MinEvalLoss: return "min-eval-loss";
    case BestEpochRule::LastEpoch: return "last-epoch";
    case BestEpochRule::User: return "user";
    }
    return "max-eval-accuracy";
}

BestEpochRule parseBestEpochRule(const std::string& name) {
    if (name == "max-eval-accuracy") return BestEpochRule::MaxEvalAccuracy;
    if (name == "min-eval-loss") return BestEpochRule::MinEvalLoss;
    if (name == "last-epoch") return BestEpochRule::LastEpoch;
    if (name == "user") return BestEpochRule::User;
    throw Error("unknown best epoch rule '" + name +
                "': expected max-eval-accuracy, min-eval-loss, last-epoch or user");
}

const char* presetName(Preset preset) { return preset == Preset::Steady ? "steady" : "original"; }

TrainParams TrainParams::forPreset(Preset preset) {
    TrainParams p;
    p.preset = preset;
    // What measurably helped (docs/training.md): libtorch's initialization, a warm-up and cosine
    // decay, an SD floor of 0.03, a moving average of the weights over 3 epochs and an output
    // that starts at the mean KE, and no dropout (the network's dropout sits before its last
    // batch norm, whose statistics then differ from what evaluation sees). Batch-norm
    // recalibration steadied the eval curve but cost test R², so it stays an option.
    if (preset == Preset::Steady) {
        p.init = WeightInit::Torch;
        p.learningRateSchedule = LearningRateSchedule::WarmupCosine;
        p.warmupEpochs = 2;
        p.sdFloor = 0.03;
        p.emaEpochs = 3;
        p.startAtMeanKe = true;
        p.network.dropout = 0;
        p.bestEpochRule = BestEpochRule::LastEpoch;
    }
    return p;
}

double TrainParams::learningRateAt(int64_t step, int64_t batchesPerEpoch) const {
    if (learningRateSchedule == LearningRateSchedule::Constant) return learningRate;
    const double total = double(numEpochs) * double(batchesPerEpoch);
    // The warm-up takes at most half of a short run (a 1-epoch test run still decays).
    const double warm = std::min(warmupEpochs, numEpochs / 2.0) * double(batchesPerEpoch);
    if (double(step) < warm) return learningRate * (double(step) + 1) / warm;
    const double progress = total > warm ? (double(step) - warm) / (total - warm) : 1.0;
    return learningRate * 0.5 * (1 + std::cos(M_PI * std::min(1.0, progress)));
}

bool TrainParams::recipeIs(Preset other) const {
    // The recipe's keys are named once, in adoptRecipe: these parameters with the preset's recipe
    // adopted are these parameters exactly when the recipe is the preset's.
    TrainParams adopted = *this;
    adopted.adoptRecipe(other);
    adopted.preset = preset;
    // A constant schedule has no warm-up: its warm-up epochs are not part of the recipe.
    if (learningRateSchedule == LearningRateSchedule::Constant &&
        adopted.learningRateSchedule == LearningRateSchedule::Constant)
        adopted.warmupEpochs = warmupEpochs;
    return adopted.toJson() == toJson();
}

void TrainParams::adoptRecipe(Preset other) {
    const TrainParams r = forPreset(other);
    preset = r.preset;
    init = r.init;
    learningRateSchedule = r.learningRateSchedule;
    warmupEpochs = r.warmupEpochs;
    bnRecalibration = r.bnRecalibration;
    sdFloor = r.sdFloor;
    emaEpochs = r.emaEpochs;
    startAtMeanKe = r.startAtMeanKe;
    network.dropout = r.network.dropout;
    if (bestEpochRule != BestEpochRule::User) bestEpochRule = r.bestEpochRule;
}

namespace {

const std::set<std::string> kKnownKeys{"learning_rate",      "batch_size",     "num_epochs",      "num_channels",
                                       "use_batch_norm",     "bn_momentum",    "use_random_flip", "num_parallel_calls",
                                       "save_summary_steps", "loss",           "adam_epsilon",    "adam_beta1",
                                       "adam_beta2",         "dropout",        "dense_width",     "num_blocks",
                                       "dilation",           "augment",        "zoom_range",      "shift_range",
                                       "label_precision",    "seed",           "early_stopping",  "best_epoch_rule",
                                       "best_epoch",         "init",           "lr_schedule",     "warmup_epochs",
                                       "bn_recalibration",   "sd_floor",       "preset",          "ema_epochs",
                                       "start_at_mean_ke",   "thickness_range"};

// Reads j[key] into out when present, with the key named in the error on a wrong type.
template <typename T>
void read(const json& j, const char* key, T& out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        // 7.9 is no batch size and 3e9 no int: said, not truncated or wrapped.
        if (it->is_number_float()) {
            const double v = it->get<double>();
            if (v != std::floor(v))
                throw Error(std::string("\"") + key + "\" must be a whole number, not " + it->dump());
            if (v < double(std::numeric_limits<T>::min()) || v > double(std::numeric_limits<T>::max()))
                throw Error(std::string("\"") + key + "\" is out of range: " + it->dump());
        } else if (it->is_number_unsigned() &&
                   it->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<T>::max())) {
            throw Error(std::string("\"") + key + "\" is out of range: " + it->dump());
        } else if (std::is_unsigned_v<T> && it->is_number_integer() && it->get<long long>() < 0) {
            // nlohmann would wrap -5 into 2^64 - 5.
            throw Error(std::string("\"") + key + "\" must be a whole number >= 0, not " + it->dump());
        }
    }
    try {
        out = it->get<T>();
    } catch (const json::exception&) {
        throw Error(std::string("\"") + key + "\" has the wrong type (" + it->type_name() + ")");
    }
}

}  // namespace

void TrainParams::validate() const {
    auto fail = [](const std::string& what) { throw Error(what); };
    // Adam with a rate above 10 only diverges (the original used 5e-3).
    if (!(learningRate > 0 && learningRate <= 10)) {
        char given[32];
        std::snprintf(given, sizeof given, "%g", learningRate);
        fail(std::string("\"learning_rate\" must be in (0, 10], not ") + given);
    }
    if (batchSize < 1) fail("\"batch_size\" must be positive");
    if (numEpochs < 1) fail("\"num_epochs\" must be positive");
    if (!(adamEpsilon > 0)) fail("\"adam_epsilon\" must be positive");
    if (!(adamBeta1 >= 0 && adamBeta1 < 1) || !(adamBeta2 >= 0 && adamBeta2 < 1))
        fail("\"adam_beta1\" and \"adam_beta2\" must be in [0, 1)");
    if (!(augmentation.zoomRange >= 0 && augmentation.zoomRange < 1)) fail("\"zoom_range\" must be in [0, 1)");
    if (!(augmentation.shiftRows >= 0 && augmentation.shiftRows <= 1) ||
        !(augmentation.shiftCols >= 0 && augmentation.shiftCols <= 1))
        fail("\"shift_range\" must be in [0, 1]");
    if (augmentation.thicknessSteps < 0 || augmentation.thicknessSteps > 3)
        fail("\"thickness_range\" must be 0 to 3 rows");
    if (earlyStopping.enabled && earlyStopping.patience < 1) fail("\"early_stopping\".patience must be positive");
    if (!(warmupEpochs >= 0 && warmupEpochs <= 1000)) fail("\"warmup_epochs\" must be in [0, 1000]");
    if (!(sdFloor >= 0 && sdFloor < 1)) fail("\"sd_floor\" must be in [0, 1)");
    if (!(emaEpochs >= 0 && emaEpochs <= 1000)) fail("\"ema_epochs\" must be in [0, 1000] (0: no average)");
    if (bestEpochRule == BestEpochRule::User && bestEpoch < 1)
        fail("\"best_epoch\" must name an epoch (1 or more) with the rule \"user\"");
}

std::string TrainParams::toJson() const {
    // The original's keys first, in its order, then FaultKE's, then the preserved unknown ones.
    nlohmann::ordered_json j;
    j["learning_rate"] = learningRate;
    j["batch_size"] = batchSize;
    j["num_epochs"] = numEpochs;
    j["num_channels"] = network.baseChannels;
    j["use_batch_norm"] = network.batchNorm;
    j["bn_momentum"] = network.bnMomentum;
    j["use_random_flip"] = augmentation.flipVertical || augmentation.flipHorizontal;
    j["num_parallel_calls"] = numParallelCalls;
    j["save_summary_steps"] = saveSummarySteps;
    j["preset"] = presetName(preset);
    j["loss"] = lossKindName(loss);
    j["adam_epsilon"] = adamEpsilon;
    j["adam_beta1"] = adamBeta1;
    j["adam_beta2"] = adamBeta2;
    j["dropout"] = network.dropout;
    j["dense_width"] = network.denseWidth;
    j["num_blocks"] = network.blocks;
    j["dilation"] = network.dilation;
    j["augment"] = augmentation.enabled;
    j["zoom_range"] = augmentation.zoomRange;
    j["thickness_range"] = augmentation.thicknessSteps;
    j["shift_range"] = {{"rows", augmentation.shiftRows}, {"cols", augmentation.shiftCols}};
    j["label_precision"] = labelPrecision == LabelPrecision::Full ? "full" : "two_decimals";
    j["seed"] = seed;
    j["early_stopping"] = {
        {"enabled", earlyStopping.enabled}, {"metric", earlyStopping.metric}, {"patience", earlyStopping.patience}};
    j["best_epoch_rule"] = bestEpochRuleName(bestEpochRule);
    j["best_epoch"] = bestEpoch;
    j["init"] = init == WeightInit::Torch ? "torch" : "keras";
    j["lr_schedule"] = learningRateSchedule == LearningRateSchedule::WarmupCosine ? "warmup_cosine" : "constant";
    j["warmup_epochs"] = warmupEpochs;
    j["bn_recalibration"] = bnRecalibration;
    j["sd_floor"] = sdFloor;
    j["ema_epochs"] = emaEpochs;
    j["start_at_mean_ke"] = startAtMeanKe;
    const json unknown = json::parse(unknownKeysJson.empty() ? "{}" : unknownKeysJson);
    for (auto it = unknown.begin(); it != unknown.end(); ++it) j[it.key()] = it.value();
    return j.dump(4) + "\n";
}

TrainParams TrainParams::fromJson(const std::string& text, const std::string& source) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        // A syntax error, or a number too large for any type (out_of_range while parsing).
        // nlohmann reports "[json.exception...] ... at line L, column C: ..." in what().
        std::string what = e.what();
        const auto colon = what.find("] ");
        throw Error(source, "broken JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
    }
    if (!j.is_object()) throw Error(source, "expected a JSON object of parameters");
    TrainParams p;
    try {
        // The preset first: the keys that follow change its values.
        if (j.contains("preset")) {
            std::string name;
            read(j, "preset", name);
            if (name != "original" && name != "steady")
                throw Error("unknown \"preset\" '" + name + "': expected original or steady");
            p = forPreset(name == "steady" ? Preset::Steady : Preset::Original);
            // A run folder's params.json from before "ema_epochs" existed (FaultKE writes every
            // key, so it holds "sd_floor" and not "ema_epochs") trains on as it did: without them.
            if (j.contains("sd_floor") && !j.contains("ema_epochs")) {
                p.emaEpochs = 0;
                p.startAtMeanKe = false;
            }
        }
        read(j, "learning_rate", p.learningRate);
        read(j, "batch_size", p.batchSize);
        read(j, "num_epochs", p.numEpochs);
        read(j, "num_channels", p.network.baseChannels);
        read(j, "use_batch_norm", p.network.batchNorm);
        read(j, "bn_momentum", p.network.bnMomentum);
        bool flips = true;
        read(j, "use_random_flip", flips);
        p.augmentation.flipVertical = p.augmentation.flipHorizontal = flips;
        read(j, "num_parallel_calls", p.numParallelCalls);
        read(j, "save_summary_steps", p.saveSummarySteps);
        std::string text;
        if (j.contains("loss")) {
            read(j, "loss", text);
            p.loss = parseLossKind(text);
        }
        read(j, "adam_epsilon", p.adamEpsilon);
        read(j, "adam_beta1", p.adamBeta1);
        read(j, "adam_beta2", p.adamBeta2);
        read(j, "dropout", p.network.dropout);
        read(j, "dense_width", p.network.denseWidth);
        read(j, "num_blocks", p.network.blocks);
        read(j, "dilation", p.network.dilation);
        read(j, "augment", p.augmentation.enabled);
        read(j, "zoom_range", p.augmentation.zoomRange);
        read(j, "thickness_range", p.augmentation.thicknessSteps);
        if (auto it = j.find("shift_range"); it != j.end()) {
            if (it->is_number()) {
                p.augmentation.shiftRows = p.augmentation.shiftCols = it->get<double>();
            } else if (it->is_object()) {
                read(*it, "rows", p.augmentation.shiftRows);
                read(*it, "cols", p.augmentation.shiftCols);
            } else {
                throw Error("\"shift_range\" must be a number or {\"rows\": r, \"cols\": c}");
            }
        }
        if (j.contains("label_precision")) {
            read(j, "label_precision", text);
            if (text == "full")
                p.labelPrecision = LabelPrecision::Full;
            else if (text == "two_decimals")
                p.labelPrecision = LabelPrecision::TwoDecimals;
            else
                throw Error("unknown \"label_precision\" '" + text + "': expected two_decimals or full");
        }
        read(j, "seed", p.seed);
        if (auto it = j.find("early_stopping"); it != j.end() && !it->is_null()) {
            if (it->is_boolean()) {
                p.earlyStopping.enabled = it->get<bool>();
            } else if (it->is_object()) {
                p.earlyStopping.enabled = true;
                read(*it, "enabled", p.earlyStopping.enabled);
                read(*it, "metric", p.earlyStopping.metric);
                read(*it, "patience", p.earlyStopping.patience);
            } else {
                throw Error("\"early_stopping\" must be an object {\"metric\": ..., \"patience\": ...}");
            }
        }
        if (j.contains("best_epoch_rule")) {
            read(j, "best_epoch_rule", text);
            p.bestEpochRule = parseBestEpochRule(text);
        }
        read(j, "best_epoch", p.bestEpoch);
        if (j.contains("init")) {
            read(j, "init", text);
            if (text != "keras" && text != "torch")
                throw Error("unknown \"init\" '" + text + "': expected keras or torch");
            p.init = text == "torch" ? WeightInit::Torch : WeightInit::Keras;
        }
        if (j.contains("lr_schedule")) {
            read(j, "lr_schedule", text);
            if (text != "constant" && text != "warmup_cosine")
                throw Error("unknown \"lr_schedule\" '" + text + "': expected constant or warmup_cosine");
            p.learningRateSchedule =
                text == "warmup_cosine" ? LearningRateSchedule::WarmupCosine : LearningRateSchedule::Constant;
        }
        read(j, "warmup_epochs", p.warmupEpochs);
        read(j, "bn_recalibration", p.bnRecalibration);
        read(j, "sd_floor", p.sdFloor);
        read(j, "ema_epochs", p.emaEpochs);
        read(j, "start_at_mean_ke", p.startAtMeanKe);
        p.validate();
    } catch (const Error& e) {
        throw Error(source, e.what());
    }
    json unknown = json::object();
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!kKnownKeys.count(it.key())) unknown[it.key()] = it.value();
    p.unknownKeysJson = unknown.dump();
    return p;
}

std::vector<std::string> TrainParams::knownKeys() { return {kKnownKeys.begin(), kKnownKeys.end()}; }

TrainParams TrainParams::load(const std::string& path) { return fromJson(readTextFile(path), path); }

void TrainParams::save(const std::string& path) const { writeTextAtomically(path, toJson()); }

}  // namespace faultke
