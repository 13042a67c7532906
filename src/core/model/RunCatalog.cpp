#include "core/model/RunCatalog.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

// What the run's log says last about how it ended.
enum class LoggedEnd { Nothing, Stopped, EarlyStopped };

LoggedEnd loggedEnd(const RunFolder& run) {
    if (!fs::exists(run.logPath())) return LoggedEnd::Nothing;
    std::istringstream in(readTextFile(run.logPath()));
    LoggedEnd end = LoggedEnd::Nothing;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("stopped", 0) == 0) end = LoggedEnd::Stopped;
        if (line.rfind("early stopping", 0) == 0) end = LoggedEnd::EarlyStopped;
        if (line.rfind("resumed", 0) == 0) end = LoggedEnd::Nothing;
    }
    return end;
}

}  // namespace

const char* runStatusName(RunStatus status) {
    switch (status) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Interrupted: return "interrupted";
    case RunStatus::Empty: return "empty";
    }
    return "?";
}

std::string RunSummary::group() const {
    const size_t dash = name.rfind("-r");
    if (dash == std::string::npos || dash + 2 >= name.size()) return name;
    for (size_t i = dash + 2; i < name.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return name;
    return name.substr(0, dash);
}

std::vector<std::string> repeatGroupRuns(const std::string& path) {
    std::error_code ec;
    if (path.empty() || fs::exists(path, ec)) return {path};
    const fs::path given(path);
    const fs::path parent = given.has_parent_path() ? given.parent_path() : fs::path(".");
    const std::string prefix = given.filename().string() + "-r";
    std::vector<std::pair<int, std::string>> repeats;
    for (const fs::directory_entry& entry : fs::directory_iterator(parent, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size() || !fs::exists(entry.path() / "params.json", ec))
            continue;
        const std::string number = name.substr(prefix.size());
        if (number.size() > 6 ||
            !std::all_of(number.begin(), number.end(), [](unsigned char c) { return std::isdigit(c); }))
            continue;
        repeats.emplace_back(std::stoi(number), (given.has_parent_path() ? parent / name : fs::path(name)).string());
    }
    if (repeats.empty()) return {path};
    std::sort(repeats.begin(), repeats.end());
    std::vector<std::string> runs;
    for (const auto& [number, run] : repeats) runs.push_back(run);
    return runs;
}

RunSummary readRunSummary(const std::string& dir) {
    RunSummary s;
    s.dir = dir;
    s.name = fs::path(dir).filename().string();
    const RunFolder run(dir);
    try {
        s.params = TrainParams::load(run.paramsPath());
        s.changedParams = differingParams(s.params, TrainParams::forPreset(s.params.preset));
        s.history = run.readHistory();
        s.start = run.readStart();
        // Only epochs whose checkpoint exists count (a crash between the two writes).
        const int complete = run.lastCompleteEpoch();
        if (static_cast<int>(s.history.size()) > complete) s.history.resize(static_cast<size_t>(complete));
        if (!s.history.empty()) {
            s.best = fs::exists(run.bestPath()) ? run.readBest() : chooseBestEpoch(s.history, s.params.bestEpochRule);
            const LoggedEnd end = loggedEnd(run);
            if (s.epochs() >= s.params.numEpochs || end == LoggedEnd::EarlyStopped)
                s.status = RunStatus::Finished;
            else
                s.status = end == LoggedEnd::Stopped ? RunStatus::Stopped : RunStatus::Interrupted;
        }
    } catch (const std::exception& e) {
        s.error = e.what();
    }
    return s;
}

std::vector<RunSummary> listRuns(const std::string& experimentsDir) {
    std::vector<RunSummary> runs;
    std::error_code ec;
    if (!fs::is_directory(experimentsDir, ec)) return runs;
    for (const fs::directory_entry& entry : fs::directory_iterator(experimentsDir, ec)) {
        if (!entry.is_directory()) continue;
        if (fs::exists(entry.path() / "params.json")) {
            runs.push_back(readRunSummary(entry.path().string()));
        } else if (fs::exists(entry.path() / "sweep.json")) {
            // A sweep's runs, named "<sweep>/<run>" so that the repeats of a combination group.
            std::error_code sweepError;
            for (const fs::directory_entry& run : fs::directory_iterator(entry.path(), sweepError))
                if (run.is_directory() && fs::exists(run.path() / "params.json")) {
                    runs.push_back(readRunSummary(run.path().string()));
                    runs.back().name = entry.path().filename().string() + "/" + runs.back().name;
                }
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunSummary& a, const RunSummary& b) { return a.name < b.name; });
    return runs;
}

std::vector<std::string> differingParams(const TrainParams& params, const TrainParams& reference) {
    const nlohmann::json a = nlohmann::json::parse(params.toJson()), b = nlohmann::json::parse(reference.toJson());
    std::vector<std::string> out;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (it.key() == "best_epoch" || it.key() == "best_epoch_rule") continue;  // chosen after training
        if (!b.contains(it.key()) || b.at(it.key()) != it.value()) out.push_back(it.key() + ": " + it.value().dump());
    }
    return out;
}

std::string uniqueRunName(const std::string& experimentsDir, const std::string& base) {
    if (!fs::exists(fs::path(experimentsDir) / base)) return base;
    for (int i = 2;; ++i) {
        const std::string name = base + "-" + std::to_string(i);
        if (!fs::exists(fs::path(experimentsDir) / name)) return name;
    }
}

void selectBestEpoch(const std::string& runDir, int epoch) {
    const RunFolder run(runDir);
    TrainParams params = TrainParams::load(run.paramsPath());
    const std::vector<HistoryRow> history = run.readHistory();
    if (epoch < 1 || epoch > run.lastCompleteEpoch())
        throw Error(runDir, "epoch " + std::to_string(epoch) + " is not a completed epoch of this run");
    params.bestEpochRule = BestEpochRule::User;
    params.bestEpoch = epoch;
    run.writeBest(chooseBestEpoch(history, BestEpochRule::User, epoch));
    params.save(run.paramsPath());
    run.log("best epoch set to " + std::to_string(epoch) + " by the user");
}

void clearSelectedBestEpoch(const std::string& runDir) {
    const RunFolder run(runDir);
    TrainParams params = TrainParams::load(run.paramsPath());
    params.bestEpochRule = TrainParams::forPreset(params.preset).bestEpochRule;
    params.bestEpoch = 0;
    const std::vector<HistoryRow> history = run.readHistory();
    if (!history.empty()) run.writeBest(chooseBestEpoch(history, params.bestEpochRule));
    params.save(run.paramsPath());
}

std::vector<HistoryRow> readKerasHistory(const std::string& path) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(readTextFile(path));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not JSON: ") + e.what());
    }
    if (!j.is_object() || !j.contains("loss") || !j.at("loss").is_array())
        throw Error(path, "not a Keras history (no \"loss\" list)");
    auto column = [&](const char* key) -> std::vector<double> {
        if (!j.contains(key)) return {};
        std::vector<double> v;
        for (const auto& x : j.at(key)) {
            if (!x.is_number()) throw Error(path, std::string("\"") + key + "\" holds a value that is not a number");
            v.push_back(x.get<double>());
        }
        return v;
    };
    const std::vector<double> loss = column("loss"), valLoss = column("val_loss");
    const std::vector<double> acc = column("custom_accuracy_2SD"), valAcc = column("val_custom_accuracy_2SD");
    const std::vector<double> acc1 = column("custom_accuracy_SD"), valAcc1 = column("val_custom_accuracy_SD");
    std::vector<HistoryRow> rows(loss.size());
    auto at = [](const std::vector<double>& v, size_t i) { return i < v.size() ? v[i] : std::nan(""); };
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].epoch = static_cast<int>(i + 1);
        rows[i].splits[0].loss = loss[i];
        rows[i].splits[0].accuracy2sd = at(acc, i);
        rows[i].splits[0].accuracy1sd = at(acc1, i);
        rows[i].splits[0].count = 1;
        rows[i].splits[1].loss = at(valLoss, i);
        rows[i].splits[1].accuracy2sd = at(valAcc, i);
        rows[i].splits[1].accuracy1sd = at(valAcc1, i);
        rows[i].splits[1].count = valLoss.empty() ? 0 : 1;
    }
    return rows;
}

std::vector<double> smoothCurve(const std::vector<double>& values, double weight) {
    weight = std::clamp(weight, 0.0, 0.999);
    std::vector<double> out;
    out.reserve(values.size());
    double last = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            out.push_back(v);
            continue;
        }
        last = last * weight + (1 - weight) * v;
        ++n;
        const double debias = 1 - std::pow(weight, n);
        out.push_back(debias > 0 ? last / debias : v);
    }
    return out;
}

std::vector<RepeatSpread> repeatSpread(const std::vector<const std::vector<HistoryRow>*>& histories,
                                       const std::string& column, Split split) {
    std::map<int, std::vector<double>> byEpoch;
    for (const std::vector<HistoryRow>* history : histories)
        for (const HistoryRow& r : *history)
            if (r.splits[static_cast<size_t>(split)].count > 0) byEpoch[r.epoch].push_back(r.value(column));
    std::vector<RepeatSpread> spread;
    for (const auto& [epoch, values] : byEpoch) {
        if (values.size() < 2) continue;
        double sum = 0, squares = 0;
        for (double v : values) sum += v;
        const double mean = sum / double(values.size());
        for (double v : values) squares += (v - mean) * (v - mean);
        spread.push_back({epoch, mean, std::sqrt(squares / double(values.size() - 1)), int(values.size())});
    }
    return spread;
}

}  // namespace faultke
