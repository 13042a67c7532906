// The table of training parameters (core/model/TrainParamTable.h): every key of it is read and
// written by params.json as the table says (type, range, choices, nested keys, shorthands), and
// its refusals name the key and the range.
#include <QtTest>

#include <cmath>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/model/TrainParamTable.h"
#include "core/model/TrainParams.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;
using nlohmann::json;

namespace {

// A value of the spec other than `current`, within its range.
json otherValue(const TrainParamSpec& spec, const json& current) {
    switch (spec.type) {
    case ParamType::Flag: return !current.get<bool>();
    case ParamType::Text: return current == "bundled" ? "bundled:2" : "bundled";
    case ParamType::Choice:
        for (const ParamChoice& c : spec.choices)
            if (c.value != current) return c.value;
        return current;
    case ParamType::Integer: return int64_t(spec.min + (spec.min == current.get<double>() ? 1 : 0));
    case ParamType::Number: {
        const double v = spec.min + (std::min(spec.max, 10.0) - spec.min) * 0.37;
        return v == current.get<double>() ? v * 0.9 : v;
    }
    }
    return {};
}

}  // namespace

class TestTrainParamTable : public QObject {
    Q_OBJECT
private slots:
    void everyKeyIsWrittenAndReadBack();
    void theTableHoldsEveryKnownKeyOnce();
    void refusalsNameTheKeyAndTheRange();
    void shorthandsAndThePresetAreReadAsBefore();
    void aFieldActiveWhenNamesAKeyOfTheTable();
};

void TestTrainParamTable::everyKeyIsWrittenAndReadBack() {
    for (const TrainParamSpec& spec : trainParamTable()) {
        if (spec.key == "preset") continue;  // read first, it sets the recipe keys: below
        // best_epoch counts only with the rule "user"; the others stand alone.
        TrainParams p = TrainParams::forPreset(Preset::Original);
        if (spec.key == "best_epoch") p.bestEpochRule = BestEpochRule::User;
        if (spec.key == "freeze") p.startFrom = "bundled";  // freezing keeps starting weights
        const json value = otherValue(spec, spec.get(p));
        QVERIFY2(value != spec.get(p), spec.key.c_str());
        checkTrainParamValue(spec, value);
        spec.set(p, value);
        QCOMPARE(spec.get(p), value);
        const TrainParams back = TrainParams::fromJson(p.toJson(), "p.json");
        QVERIFY2(spec.get(back) == value, (spec.key + ": " + spec.get(back).dump() + " != " + value.dump()).c_str());
        // Nested keys are written nested.
        const json written = json::parse(p.toJson());
        const json* at = findJsonValue(written, spec.key);
        QVERIFY2(at && *at == value, spec.key.c_str());
    }
}

void TestTrainParamTable::theTableHoldsEveryKnownKeyOnce() {
    std::set<std::string> keys, topLevel;
    for (const TrainParamSpec& spec : trainParamTable()) {
        QVERIFY2(keys.insert(spec.key).second, spec.key.c_str());
        QVERIFY2(!spec.help.empty(), spec.key.c_str());
        QVERIFY2(spec.get && spec.set, spec.key.c_str());
        topLevel.insert(spec.key.substr(0, spec.key.find('.')));
        // Every entry the form shows is in one of its groups.
        if (!spec.group.empty()) {
            const auto groups = trainParamGroups();
            QVERIFY2(std::find(groups.begin(), groups.end(), spec.group) != groups.end(), spec.key.c_str());
            QVERIFY2(!spec.label.empty(), spec.key.c_str());
        }
        // Both presets' values lie in the range they are checked against.
        checkTrainParamValue(spec, trainParamDefault(spec, Preset::Original));
        checkTrainParamValue(spec, trainParamDefault(spec, Preset::Steady));
    }
    const auto known = TrainParams::knownKeys();
    QCOMPARE(std::set<std::string>(known.begin(), known.end()), topLevel);
    // What params.json holds is the table, and only the table.
    const json written = json::parse(TrainParams::defaults().toJson());
    for (const std::string& key : keys) QVERIFY2(findJsonValue(written, key), key.c_str());
    QCOMPARE(size_t(written.size()), topLevel.size());
    // The reference lists every key.
    const std::string reference = trainParamReference();
    for (const std::string& key : keys) QVERIFY2(reference.find("\n" + key + "  (") != std::string::npos, key.c_str());
}

void TestTrainParamTable::refusalsNameTheKeyAndTheRange() {
    const struct {
        const char* text;
        const char* expected;
    } refused[] = {
        {R"({"batch_size": 0})", "\"batch_size\" is out of range: must be in [1, 65536], not 0"},
        {R"({"learning_rate": 0})", "\"learning_rate\" is out of range: must be in (0, 10], not 0"},
        {R"({"zoom_range": 1})", "\"zoom_range\" is out of range: must be in [0, 1), not 1"},
        {R"({"num_blocks": 2.5})", "\"num_blocks\" must be a whole number, not 2.5"},
        {R"({"use_batch_norm": "yes"})", "\"use_batch_norm\" has the wrong type (string): expected true or false"},
        {R"({"init": "he"})", "unknown \"init\" 'he': expected keras or torch"},
        {R"({"shift_range": {"rows": 2}})", "\"shift_range.rows\" is out of range: must be in [0, 1], not 2"},
        {R"({"early_stopping": {"metric": "eval_loos"}})", "unknown \"early_stopping.metric\" 'eval_loos'"},
        {R"({"best_epoch_rule": "user"})", "\"best_epoch\" must name an epoch"},
    };
    for (const auto& r : refused) {
        const QString error = test::errorOf([&] { TrainParams::fromJson(r.text, "p.json"); });
        QVERIFY2(error.startsWith("p.json: ") && error.contains(r.expected), qPrintable(r.text + (": " + error)));
    }
}

void TestTrainParamTable::shorthandsAndThePresetAreReadAsBefore() {
    // One number for both shifts; early stopping as a flag or as an object without "enabled".
    TrainParams p = TrainParams::fromJson(R"({"shift_range": 0.3, "early_stopping": true})");
    QCOMPARE(p.augmentation.shiftRows, 0.3);
    QCOMPARE(p.augmentation.shiftCols, 0.3);
    QVERIFY(p.earlyStopping.enabled);
    p = TrainParams::fromJson(R"({"early_stopping": {"patience": 3}})");
    QVERIFY(p.earlyStopping.enabled);
    QCOMPARE(p.earlyStopping.patience, 3);
    // use_random_flip is both flips.
    p = TrainParams::fromJson(R"({"use_random_flip": false})");
    QVERIFY(!p.augmentation.flipVertical && !p.augmentation.flipHorizontal);
    // The preset is read first whatever its place: the keys beside it change its values.
    p = TrainParams::fromJson(R"({"ema_epochs": 5, "preset": "steady"})");
    QCOMPARE(p.emaEpochs, 5.0);
    QVERIFY(p.init == WeightInit::Torch);
    // Without a preset: the original's recipe; unknown keys are kept.
    p = TrainParams::fromJson(R"({"my_note": 1})");
    QVERIFY(p.recipeIs(Preset::Original));
    QVERIFY(p.toJson().find("\"my_note\": 1") != std::string::npos);
}

void TestTrainParamTable::aFieldActiveWhenNamesAKeyOfTheTable() {
    int conditions = 0;
    for (const TrainParamSpec& spec : trainParamTable()) {
        if (spec.activeWhen.key.empty()) continue;
        ++conditions;
        const TrainParamSpec* on = findTrainParam(spec.activeWhen.key);
        QVERIFY2(on, spec.key.c_str());
        checkTrainParamValue(*on, spec.activeWhen.value);
    }
    QVERIFY(conditions >= 8);
}

QTEST_GUILESS_MAIN(TestTrainParamTable)
#include "test_train_param_table.moc"
