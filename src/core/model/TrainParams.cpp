#include "core/model/TrainParams.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/model/TrainParamTable.h"
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

const char* presetName(Preset preset) {
    switch (preset) {
    case Preset::Original: return "original";
    case Preset::Steady: return "steady";
    case Preset::FineTune: return "fine-tune";
    }
    return "original";
}

Preset parsePresetName(const std::string& name) {
    for (Preset p : {Preset::Original, Preset::Steady, Preset::FineTune})
        if (name == presetName(p)) return p;
    throw Error("unknown \"preset\" '" + name + "': expected original, steady or fine-tune");
}

TrainParams TrainParams::forPreset(Preset preset) {
    TrainParams p;
    p.preset = preset;
    // What measurably helped (docs/training.md): libtorch's initialization, a warm-up and cosine
    // decay, an SD floor of 0.03, a moving average of the weights over 3 epochs and an output
    // that starts at the mean KE, and no dropout (the network's dropout sits before its last
    // batch norm, whose statistics then differ from what evaluation sees). Batch-norm
    // recalibration steadied the eval curve but cost test R², so it stays an option.
    if (preset == Preset::Steady || preset == Preset::FineTune) {
        p.init = WeightInit::Torch;
        p.learningRateSchedule = LearningRateSchedule::WarmupCosine;
        p.warmupEpochs = 2;
        p.sdFloor = 0.03;
        p.emaEpochs = 3;
        p.startAtMeanKe = true;
        p.network.dropout = 0;
        p.bestEpochRule = BestEpochRule::LastEpoch;
    }
    // Fine-tuning moves trained weights a little: a fifth of the learning rate, a shorter schedule
    // and warm-up, and the trained output layer kept (not restarted at the mean KE).
    if (preset == Preset::FineTune) {
        p.learningRate = 1e-3;
        p.numEpochs = 20;
        p.warmupEpochs = 1;
        p.startAtMeanKe = false;
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
    const Preset was = preset;
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
    // Only fine-tuning has a learning rate and schedule length of its own: taken when it is
    // chosen, and the others' given back when it is left.
    if (other == Preset::FineTune || was == Preset::FineTune) {
        learningRate = r.learningRate;
        numEpochs = r.numEpochs;
    }
}

namespace {

// The shorter forms params.json may use, as the table reads them: "shift_range": 0.1 for both
// shifts, "early_stopping": true, and an "early_stopping" object without "enabled" (it is on).
void expandShorthands(json& j) {
    if (auto it = j.find("shift_range"); it != j.end() && !it->is_null()) {
        if (it->is_number())
            *it = json{{"rows", *it}, {"cols", *it}};
        else if (!it->is_object())
            throw Error("\"shift_range\" must be a number or {\"rows\": r, \"cols\": c}");
    }
    if (auto it = j.find("early_stopping"); it != j.end() && !it->is_null()) {
        if (it->is_boolean())
            *it = json{{"enabled", *it}};
        else if (!it->is_object())
            throw Error("\"early_stopping\" must be an object {\"metric\": ..., \"patience\": ...}");
        else if (!it->contains("enabled"))
            (*it)["enabled"] = true;
    }
}

std::string topLevelKey(const std::string& key) { return key.substr(0, key.find('.')); }

}  // namespace

void TrainParams::validate() const {
    for (const TrainParamSpec& spec : trainParamTable()) checkTrainParamValue(spec, spec.get(*this));
    if (bestEpochRule == BestEpochRule::User && bestEpoch < 1)
        throw Error("\"best_epoch\" must name an epoch (1 or more) with the rule \"user\"");
    if (freeze != Freeze::None && startFrom.empty())
        throw Error("\"freeze\" keeps starting weights as they are: it needs a trained model in \"start_from\"");
    if (freeze != Freeze::None && bnRecalibration)
        throw Error("\"bn_recalibration\" would recompute the frozen layers' batch-norm statistics: choose one");
}

std::string TrainParams::toJson() const {
    // In the table's order (the original's keys first), then the preserved unknown ones.
    nlohmann::ordered_json j;
    for (const TrainParamSpec& spec : trainParamTable()) {
        const size_t dot = spec.key.find('.');
        if (dot == std::string::npos)
            j[spec.key] = spec.get(*this);
        else
            j[spec.key.substr(0, dot)][spec.key.substr(dot + 1)] = spec.get(*this);
    }
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
        expandShorthands(j);
        // The preset first: the keys that follow change its values.
        if (const json* name = findJsonValue(j, "preset")) {
            checkTrainParamValue(*findTrainParam("preset"), *name);
            p = forPreset(parsePresetName(name->get<std::string>()));
            // A run folder's params.json from before "ema_epochs" existed (FaultKE writes every
            // key, so it holds "sd_floor" and not "ema_epochs") trains on as it did: without them.
            if (j.contains("sd_floor") && !j.contains("ema_epochs")) {
                p.emaEpochs = 0;
                p.startAtMeanKe = false;
            }
        }
        for (const TrainParamSpec& spec : trainParamTable()) {
            const json* value = findJsonValue(j, spec.key);
            if (!value || spec.key == "preset") continue;
            checkTrainParamValue(spec, *value);
            spec.set(p, *value);
        }
        p.validate();
    } catch (const Error& e) {
        throw Error(source, e.what());
    }
    const std::vector<std::string> known = knownKeys();
    json unknown = json::object();
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) unknown[it.key()] = it.value();
    p.unknownKeysJson = unknown.dump();
    return p;
}

std::vector<std::string> TrainParams::knownKeys() {
    std::vector<std::string> keys;
    for (const TrainParamSpec& spec : trainParamTable()) {
        const std::string key = topLevelKey(spec.key);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    return keys;
}

TrainParams TrainParams::load(const std::string& path) { return fromJson(readTextFile(path), path); }

void TrainParams::save(const std::string& path) const { writeTextAtomically(path, toJson()); }

}  // namespace faultke
