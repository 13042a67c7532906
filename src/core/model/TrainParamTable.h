#pragma once
// Every params.json key FaultKE reads, declared once: its type, range, choices, help, the group
// and label the Train page's form shows it under, and how it is read from and written to
// TrainParams. params.json's reader and writer, the form, the sweep dialog and
// `faultke-cli params` all go through this table, so a new training parameter is one entry here.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/TrainParams.h"

namespace faultke {

enum class ParamType {
    Number,   // a real number in [min, max] (ends excluded where said)
    Integer,  // a whole number in [min, max]
    Flag,     // true or false
    Choice,   // one of `choices`' values, a string
    Text      // any string (a model's path or name)
};

struct ParamChoice {
    std::string value;  // as params.json writes it
    std::string label;  // as the form shows it; empty: the value
};

// Where the form makes a field inactive: unless `key` holds `value` (augment: true,
// lr_schedule: "warmup_cosine").
struct ParamCondition {
    std::string key;
    nlohmann::json value;
};

struct TrainParamSpec {
    std::string key;    // params.json key; "shift_range.rows" is "rows" of the object "shift_range"
    std::string group;  // the form's group ("Recipe", "Optimisation", ...); empty: not in the form
    std::string label;  // the form's label
    ParamType type = ParamType::Number;
    double min = 0, max = 0;  // Number, Integer
    bool minExcluded = false, maxExcluded = false;
    std::vector<ParamChoice> choices;  // Choice
    std::string help;                  // what it does
    std::string zeroMeans;             // what a 0 stands for, when it stands for something
    double step = 1;                   // the form's step (Number)
    int decimals = 0;                  // the form's decimals (Number)
    bool typed = false;                // a Number typed as text: it spans decades (5e-3, 1e-7)
    bool recipe = false;               // one of the keys a preset sets
    bool sweepable = false;            // offered first in a sweep's grid
    ParamCondition activeWhen;         // empty key: always active
    std::function<nlohmann::json(const TrainParams&)> get;
    std::function<void(TrainParams&, const nlohmann::json&)> set;  // the value is checked first
};

// In params.json's order: the original's keys first, then FaultKE's.
const std::vector<TrainParamSpec>& trainParamTable();
// nullptr when no entry has that key.
const TrainParamSpec* findTrainParam(const std::string& key);
// The form's groups, in the form's order.
std::vector<std::string> trainParamGroups();

// Throws Error naming the key when `value` is not of the spec's type or out of its range.
void checkTrainParamValue(const TrainParamSpec& spec, const nlohmann::json& value);
// The range or the choices, as the help and the errors say them: "(0, 10]", "keras | torch".
std::string trainParamRange(const TrainParamSpec& spec);
// A preset's value of the key, as params.json writes it.
nlohmann::json trainParamDefault(const TrainParamSpec& spec, Preset preset);
// The value at a dotted key of a params.json object; nullptr when absent or null.
const nlohmann::json* findJsonValue(const nlohmann::json& object, const std::string& key);

// One key: its type, range, the two presets' values and help.
std::string describeTrainParam(const TrainParamSpec& spec);
// Every key: type, range, the two presets' values and help, as `faultke-cli params` prints it.
std::string trainParamReference();

}  // namespace faultke
