#include "core/sweep/SweepSpec.h"

#include <cmath>
#include <filesystem>
#include <set>

#include "core/model/TrainParams.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/NearestName.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;
using nlohmann::json;

const char* sweepBackendName(SweepBackend backend) { return backend == SweepBackend::Slurm ? "slurm" : "local"; }

SweepBackend parseSweepBackend(const std::string& text) {
    if (text == "local") return SweepBackend::Local;
    if (text == "slurm") return SweepBackend::Slurm;
    throw Error("unknown backend '" + text + "': expected local or slurm");
}

std::string sweepFilePath(const std::string& sweepDir) { return (fs::path(sweepDir) / "sweep.json").string(); }

bool isSweepFolder(const std::string& dir) {
    std::error_code ec;
    return fs::is_regular_file(sweepFilePath(dir), ec);
}

std::string sweepDatasetPath(const SweepSpec& spec, const std::string& sweepDir) {
    const fs::path p(spec.dataset);
    return p.is_absolute() ? p.string() : (fs::path(sweepDir) / p).lexically_normal().string();
}

void requireSweepDataset(const SweepSpec& spec, const std::string& sweepDir) {
    const std::string path = sweepDatasetPath(spec, sweepDir);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error(path, "the sweep's dataset is not there (moved or deleted?): put it back, or give \"dataset\" in " +
                              sweepFilePath(sweepDir) + " its new place");
}

json SweepSpec::toJson() const {
    json j;
    j["dataset"] = dataset;
    j["base"] = base;
    if (!grid.empty()) {
        json g = json::array();
        for (const SweepAxis& axis : grid) g.push_back({{"key", axis.key}, {"values", axis.values}});
        j["grid"] = g;
    }
    if (!combinations.empty()) j["combinations"] = combinations;
    j["repeats"] = repeats;
    j["first_seed"] = firstSeed;
    j["device"] = device;
    j["backend"] = sweepBackendName(backend);
    j["local"] = {{"concurrent", local.concurrent}};
    j["slurm"] = {{"cpus_per_task", slurm.cpusPerTask},
                  {"memory", slurm.memory},
                  {"gpus_per_task", slurm.gpusPerTask},
                  {"time", slurm.time},
                  {"partition", slurm.partition},
                  {"account", slurm.account},
                  {"max_concurrent", slurm.maxConcurrent},
                  {"directives", slurm.directives},
                  {"setup", slurm.setup},
                  {"program", slurm.program}};
    return j;
}

namespace {

void checkKeys(const json& j, const std::set<std::string>& known, const std::string& source, const std::string& where) {
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.count(it.key())) throw Error(source, "unknown key '" + it.key() + "'" + where);
}

int positiveOrZero(const json& j, const char* key, int fallback, const std::string& source) {
    const json v = j.value(key, json(fallback));
    if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > 100000)
        throw Error(source, std::string("\"") + key + "\" must be a whole number >= 0, not " + v.dump());
    return int(v.get<int64_t>());
}

std::vector<std::string> strings(const json& j, const char* key, const std::string& source) {
    std::vector<std::string> out;
    for (const json& v : j.value(key, json::array())) {
        if (!v.is_string()) throw Error(source, std::string("\"") + key + "\" must be a list of strings");
        out.push_back(v.get<std::string>());
    }
    return out;
}

}  // namespace

SweepSpec SweepSpec::fromJson(const json& j, const std::string& source) {
    if (!j.is_object()) throw Error(source, "expected a JSON object");
    checkKeys(
        j, {"dataset", "base", "grid", "combinations", "repeats", "first_seed", "device", "backend", "local", "slurm"},
        source, "");
    SweepSpec s;
    try {
        s.dataset = j.at("dataset").get<std::string>();
        if (s.dataset.empty()) throw Error(source, "\"dataset\" is empty");
        s.base = j.value("base", json::object());
        if (!s.base.is_object()) throw Error(source, "\"base\" must be an object of params.json values");
        for (const json& axis : j.value("grid", json::array())) {
            SweepAxis a{axis.at("key").get<std::string>(), axis.at("values").get<std::vector<json>>()};
            if (a.values.empty()) throw Error(source, "grid key '" + a.key + "' has no values");
            s.grid.push_back(std::move(a));
        }
        for (const json& c : j.value("combinations", json::array())) {
            if (!c.is_object()) throw Error(source, "each of \"combinations\" must be an object of key: value");
            s.combinations.push_back(c);
        }
        if (!s.grid.empty() && !s.combinations.empty())
            throw Error(source, "give \"grid\" or \"combinations\", not both");
        s.repeats = positiveOrZero(j, "repeats", 1, source);
        if (s.repeats < 1) throw Error(source, "\"repeats\" must be at least 1");
        const json seed = j.value("first_seed", json(1));
        if (!seed.is_number_integer() || seed.get<int64_t>() < 0)
            throw Error(source, "\"first_seed\" must be a whole number >= 0");
        s.firstSeed = seed.get<uint64_t>();
        s.device = j.value("device", std::string("auto"));
        if (s.device != "auto" && s.device != "cpu" && s.device != "cuda")
            throw Error(source, "\"device\" must be auto, cpu or cuda, not '" + s.device + "'");
        try {
            s.backend = parseSweepBackend(j.value("backend", std::string("local")));
        } catch (const Error& e) {
            throw Error(source, e.what());
        }
        const json local = j.value("local", json::object());
        checkKeys(local, {"concurrent"}, source, " in \"local\"");
        s.local.concurrent = positiveOrZero(local, "concurrent", 0, source);
        const json slurm = j.value("slurm", json::object());
        checkKeys(slurm,
                  {"cpus_per_task", "memory", "gpus_per_task", "time", "partition", "account", "max_concurrent",
                   "directives", "setup", "program"},
                  source, " in \"slurm\"");
        s.slurm.cpusPerTask = positiveOrZero(slurm, "cpus_per_task", 4, source);
        if (s.slurm.cpusPerTask < 1) throw Error(source, "\"cpus_per_task\" must be at least 1");
        s.slurm.memory = slurm.value("memory", std::string("8G"));
        s.slurm.gpusPerTask = positiveOrZero(slurm, "gpus_per_task", 0, source);
        s.slurm.time = slurm.value("time", std::string("04:00:00"));
        s.slurm.partition = slurm.value("partition", std::string());
        s.slurm.account = slurm.value("account", std::string());
        s.slurm.maxConcurrent = positiveOrZero(slurm, "max_concurrent", 0, source);
        s.slurm.directives = strings(slurm, "directives", source);
        s.slurm.setup = strings(slurm, "setup", source);
        s.slurm.program = slurm.value("program", std::string());
    } catch (const json::exception& e) {
        throw Error(source, std::string("unexpected content: ") + e.what());
    }
    return s;
}

SweepSpec SweepSpec::load(const std::string& sweepDir) {
    const std::string path = sweepFilePath(sweepDir);
    if (!fs::exists(path)) throw Error(sweepDir, "not a sweep folder (no sweep.json)");
    json j;
    try {
        j = json::parse(readTextFile(path));
    } catch (const json::exception& e) {
        throw Error(path, std::string("broken JSON: ") + e.what());
    }
    return fromJson(j, path);
}

void SweepSpec::save(const std::string& sweepDir) const {
    writeTextAtomically(sweepFilePath(sweepDir), toJson().dump(2) + "\n");
}

namespace {

// Short names for the keys a sweep varies most, so run folders stay readable.
std::string shortKey(const std::string& key) {
    static const std::pair<const char*, const char*> names[] = {
        {"learning_rate", "lr"},  {"batch_size", "bs"},     {"num_channels", "ch"},   {"dropout", "dropout"},
        {"num_epochs", "epochs"}, {"num_blocks", "blocks"}, {"dense_width", "dense"}, {"bn_momentum", "bnm"}};
    for (const auto& [from, to] : names)
        if (key == from) return to;
    return key;
}

std::string valueText(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_float()) {
        char text[32];
        std::snprintf(text, sizeof text, "%g", v.get<double>());
        return text;
    }
    return v.dump();
}

std::string folderSafe(std::string text) {
    for (char& c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '=' || c == '_' || c == '-' || c == '+'))
            c = '-';
    return text;
}

}  // namespace

std::vector<SweepRun> expandSweep(const SweepSpec& spec, const std::string& source) {
    // A misspelt key would be kept as an unknown params.json key and change nothing: every run of
    // the sweep the same.
    const std::vector<std::string> known = TrainParams::knownKeys();
    const auto checkKey = [&](const std::string& key) {
        if (std::find(known.begin(), known.end(), key) != known.end()) return;
        const std::string nearest = nearestName(key, known);
        throw Error(source, "unknown training parameter '" + key + "'" +
                                (nearest.empty() ? std::string(" (`faultke-cli params` lists the keys of params.json)")
                                                 : ": did you mean '" + nearest + "'?"));
    };
    for (const SweepAxis& axis : spec.grid) checkKey(axis.key);
    for (const json& c : spec.combinations)
        for (auto it = c.begin(); it != c.end(); ++it) checkKey(it.key());
    std::vector<json> combinations = spec.combinations;
    if (combinations.empty()) {
        combinations.push_back(json::object());
        for (const SweepAxis& axis : spec.grid) {
            std::vector<json> next;
            for (const json& partial : combinations)
                for (const json& value : axis.values) {
                    json c = partial;
                    c[axis.key] = value;
                    next.push_back(std::move(c));
                }
            combinations = std::move(next);
        }
    }
    std::vector<SweepRun> runs;
    std::set<std::string> names;
    for (const json& values : combinations) {
        // Keys in the grid's order (json objects sort theirs), so names read as the grid does.
        std::vector<std::string> order;
        for (const SweepAxis& axis : spec.grid) order.push_back(axis.key);
        for (auto it = values.begin(); it != values.end(); ++it)
            if (std::find(order.begin(), order.end(), it.key()) == order.end()) order.push_back(it.key());
        std::string combination;
        for (const std::string& key : order)
            combination += (combination.empty() ? "" : "_") + shortKey(key) + "=" + valueText(values.at(key));
        if (combination.empty()) combination = "base";
        combination = folderSafe(combination);
        for (int r = 1; r <= spec.repeats; ++r) {
            SweepRun run;
            run.index = int(runs.size());
            run.combination = combination;
            run.name = combination + "-r" + std::to_string(r);
            run.values = values;
            run.repeat = r;
            run.params = spec.base;
            for (auto it = values.begin(); it != values.end(); ++it) run.params[it.key()] = it.value();
            if (!values.contains("seed")) run.params["seed"] = spec.firstSeed + uint64_t(r - 1);
            try {
                TrainParams::fromJson(run.params.dump(), "params");
            } catch (const Error& e) {
                throw Error(source, "combination " + combination + ": " + e.what());
            }
            if (!names.insert(run.name).second) throw Error(source, "two combinations are both named " + run.name);
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

}  // namespace faultke
