#include "core/model/Run.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {

namespace fs = std::filesystem;

namespace {

const char* const kSplitPrefixes[3] = {"train", "eval", "test"};
const char* const kMetricNames[7] = {"count", "loss", "acc2sd", "acc1sd", "mse", "mae", "r2"};

double metricField(const SplitMetrics& m, int field) {
    switch (field) {
    case 0: return double(m.count);
    case 1: return m.loss;
    case 2: return m.accuracy2sd;
    case 3: return m.accuracy1sd;
    case 4: return m.mse;
    case 5: return m.mae;
    default: return m.r2;
    }
}

void setMetricField(SplitMetrics& m, int field, double v) {
    switch (field) {
    case 0: m.count = int64_t(v); break;
    case 1: m.loss = v; break;
    case 2: m.accuracy2sd = v; break;
    case 3: m.accuracy1sd = v; break;
    case 4: m.mse = v; break;
    case 5: m.mae = v; break;
    default: m.r2 = v; break;
    }
}

// Shortest text that reads back to the same double.
std::string exact(double v) {
    char buffer[40];
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, v);
        if (std::strtod(buffer, nullptr) == v) break;
    }
    return buffer;
}

}  // namespace

std::vector<std::string> historyColumns() {
    std::vector<std::string> columns{"epoch"};
    for (const char* split : kSplitPrefixes)
        for (const char* metric : kMetricNames) columns.push_back(std::string(split) + "_" + metric);
    columns.push_back("seconds");
    columns.push_back("samples_per_second");
    return columns;
}

bool higherIsBetter(const std::string& column) {
    auto endsWith = [&](const char* s) {
        const std::string suffix(s);
        return column.size() >= suffix.size() &&
               column.compare(column.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("acc2sd") || endsWith("acc1sd") || endsWith("r2");
}

double HistoryRow::value(const std::string& column) const {
    if (column == "epoch") return epoch;
    if (column == "seconds") return seconds;
    if (column == "samples_per_second") return samplesPerSecond;
    for (int s = 0; s < 3; ++s)
        for (int f = 0; f < 7; ++f)
            if (column == std::string(kSplitPrefixes[s]) + "_" + kMetricNames[f]) return metricField(splits[s], f);
    throw Error("unknown history column '" + column + "'");
}

BestEpoch chooseBestEpoch(const std::vector<HistoryRow>& history, BestEpochRule rule, int userEpoch) {
    if (history.empty()) throw Error("no completed epoch to choose from");
    BestEpoch best;
    best.rule = rule;
    if (rule == BestEpochRule::User) {
        for (const auto& row : history)
            if (row.epoch == userEpoch) {
                best.epoch = row.epoch;
                best.metric = "eval_acc2sd";
                best.value = row.eval().accuracy2sd;
                return best;
            }
        throw Error("epoch " + std::to_string(userEpoch) + " is not a completed epoch of this run");
    }
    const HistoryRow* chosen = &history.front();
    if (rule == BestEpochRule::LastEpoch) {
        chosen = &history.back();
    } else {
        for (const auto& row : history) {
            if (rule == BestEpochRule::MinEvalLoss) {
                if (row.eval().loss < chosen->eval().loss) chosen = &row;
            } else if (row.eval().accuracy2sd > chosen->eval().accuracy2sd ||
                       (row.eval().accuracy2sd == chosen->eval().accuracy2sd &&
                        row.eval().loss < chosen->eval().loss)) {
                chosen = &row;
            }
        }
    }
    best.epoch = chosen->epoch;
    best.metric = rule == BestEpochRule::MinEvalLoss ? "eval_loss" : "eval_acc2sd";
    best.value = chosen->value(best.metric);
    return best;
}

RunFolder::RunFolder(std::string dir) : dir_(std::move(dir)) {}

std::string RunFolder::paramsPath() const { return (fs::path(dir_) / "params.json").string(); }
std::string RunFolder::historyPath() const { return (fs::path(dir_) / "history.csv").string(); }
std::string RunFolder::checkpointsDir() const { return (fs::path(dir_) / "checkpoints").string(); }
std::string RunFolder::bestPath() const { return (fs::path(dir_) / "best.json").string(); }
std::string RunFolder::logPath() const { return (fs::path(dir_) / "log.txt").string(); }

std::string RunFolder::checkpointPath(int epoch) const {
    char name[32];
    std::snprintf(name, sizeof name, "epoch-%03d.pt", epoch);
    return (fs::path(checkpointsDir()) / name).string();
}

bool RunFolder::exists() const { return fs::exists(paramsPath()); }

void RunFolder::create() const {
    std::error_code ec;
    fs::create_directories(checkpointsDir(), ec);
    if (ec) throw Error(dir_, "cannot create the run folder: " + ec.message());
}

std::vector<HistoryRow> RunFolder::readHistory() const {
    const std::string path = historyPath();
    std::vector<HistoryRow> rows;
    if (!fs::exists(path)) return rows;
    std::istringstream in(readTextFile(path));
    std::string line;
    const auto columns = historyColumns();
    if (!std::getline(in, line)) return rows;
    std::vector<std::string> header;
    {
        std::istringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ',')) header.push_back(field);
    }
    if (header != columns)
        throw Error(path,
                    "unexpected header (expected " + std::to_string(columns.size()) + " columns starting with epoch)");
    int lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty()) continue;
        std::vector<double> values;
        std::istringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ',')) {
            char* end = nullptr;
            const double v = std::strtod(field.c_str(), &end);
            if (field.empty() || *end != '\0')
                throw Error(path, "line " + std::to_string(lineNumber) + ": '" + field + "' is not a number");
            values.push_back(v);
        }
        if (values.size() != columns.size())
            throw Error(path, "line " + std::to_string(lineNumber) + ": " + std::to_string(values.size()) +
                                  " fields, expected " + std::to_string(columns.size()));
        HistoryRow row;
        row.epoch = int(values[0]);
        for (int s = 0; s < 3; ++s)
            for (int f = 0; f < 7; ++f) setMetricField(row.splits[s], f, values[1 + s * 7 + f]);
        row.seconds = values[22];
        row.samplesPerSecond = values[23];
        if (row.epoch != int(rows.size()) + 1)
            throw Error(
                path, "line " + std::to_string(lineNumber) + ": epoch " + std::to_string(row.epoch) + " out of order");
        rows.push_back(row);
    }
    return rows;
}

void RunFolder::writeHistory(const std::vector<HistoryRow>& rows) const {
    std::string text;
    const auto columns = historyColumns();
    for (size_t c = 0; c < columns.size(); ++c) text += (c ? "," : "") + columns[c];
    text += "\n";
    for (const auto& row : rows) {
        text += std::to_string(row.epoch);
        for (int s = 0; s < 3; ++s)
            for (int f = 0; f < 7; ++f) text += "," + exact(metricField(row.splits[s], f));
        text += "," + exact(row.seconds) + "," + exact(row.samplesPerSecond) + "\n";
    }
    writeTextAtomically(historyPath(), text);
}

std::string RunFolder::startPath() const { return (fs::path(dir_) / "start.json").string(); }

void RunFolder::writeStart(const RunStart& start) const {
    nlohmann::ordered_json j;
    j["start_from"] = start.startFrom;
    j["model"] = start.description;
    j["fingerprint"] = start.fingerprint;
    nlohmann::ordered_json figures;
    for (int s = 0; s < 3; ++s)
        for (int f = 0; f < 7; ++f)
            figures[std::string(kSplitPrefixes[s]) + "_" + kMetricNames[f]] = metricField(start.figures.splits[s], f);
    j["figures"] = figures;
    writeTextAtomically(startPath(), j.dump(4) + "\n");
}

std::optional<RunStart> RunFolder::readStart() const {
    const std::string path = startPath();
    if (!fs::exists(path)) return std::nullopt;
    try {
        const auto j = nlohmann::json::parse(readTextFile(path));
        RunStart start;
        start.startFrom = j.at("start_from").get<std::string>();
        start.description = j.at("model").get<std::string>();
        start.fingerprint = j.at("fingerprint").get<std::string>();
        const auto& figures = j.at("figures");
        for (int s = 0; s < 3; ++s)
            for (int f = 0; f < 7; ++f)
                setMetricField(start.figures.splits[s], f,
                               figures.at(std::string(kSplitPrefixes[s]) + "_" + kMetricNames[f]).get<double>());
        return start;
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not a run's starting point: ") + e.what());
    }
}

int RunFolder::lastCompleteEpoch() const {
    const auto rows = readHistory();
    int last = 0;
    for (const auto& row : rows) {
        if (row.epoch != last + 1 || !fs::exists(checkpointPath(row.epoch))) break;
        last = row.epoch;
    }
    return last;
}

void RunFolder::writeBest(const BestEpoch& best) const {
    nlohmann::json j;
    j["epoch"] = best.epoch;
    j["rule"] = bestEpochRuleName(best.rule);
    j["metric"] = best.metric;
    j["value"] = best.value;
    j["checkpoint"] = fs::path(checkpointPath(best.epoch)).lexically_relative(dir_).generic_string();
    writeTextAtomically(bestPath(), j.dump(4) + "\n");
}

std::string RunFolder::datasetRecordPath() const { return (fs::path(dir_) / "dataset.json").string(); }

void RunFolder::writeDatasetRecord(size_t samples, const std::string& fingerprint) const {
    nlohmann::json j;
    j["samples"] = samples;
    j["fingerprint"] = fingerprint;
    writeTextAtomically(datasetRecordPath(), j.dump(4) + "\n");
}

std::optional<std::pair<size_t, std::string>> RunFolder::readDatasetRecord() const {
    const std::string path = datasetRecordPath();
    if (!fs::exists(path)) return std::nullopt;
    const auto j = nlohmann::json::parse(readTextFile(path), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("samples") || !j["samples"].is_number_unsigned() ||
        !j.contains("fingerprint") || !j["fingerprint"].is_string())
        throw Error(path, "malformed (expected {\"samples\": N, \"fingerprint\": \"...\"})");
    return std::make_pair(j["samples"].get<size_t>(), j["fingerprint"].get<std::string>());
}

BestEpoch RunFolder::readBest() const {
    const std::string path = bestPath();
    if (!fs::exists(path)) throw Error(path, "no best epoch chosen yet (the run has no completed epoch)");
    try {
        const auto j = nlohmann::json::parse(readTextFile(path));
        BestEpoch best;
        best.epoch = j.at("epoch").get<int>();
        best.rule = parseBestEpochRule(j.at("rule").get<std::string>());
        best.metric = j.value("metric", std::string());
        best.value = j.value("value", 0.0);
        return best;
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("malformed: ") + e.what());
    } catch (const Error& e) {
        throw Error(path, e.what());
    }
}

void RunFolder::log(const std::string& line) const {
    std::string text;
    if (fs::exists(logPath())) text = readTextFile(logPath());
    text += line + "\n";
    writeTextAtomically(logPath(), text);
}

int RunFolder::resolveEpoch(const std::string& which) const {
    int epoch = 0;
    if (which.empty() || which == "best") {
        epoch = readBest().epoch;
    } else {
        char* end = nullptr;
        const long v = std::strtol(which.c_str(), &end, 10);
        if (which.empty() || *end != '\0' || v < 1)
            throw Error("epoch must be 'best' or a positive number, not '" + which + "'");
        epoch = int(v);
    }
    if (!fs::exists(checkpointPath(epoch)))
        throw Error(checkpointPath(epoch), "no checkpoint for epoch " + std::to_string(epoch));
    return epoch;
}

}  // namespace faultke
