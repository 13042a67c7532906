#include "core/model/EvaluationStore.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/model/Run.h"
#include "core/util/AtomicFile.h"
#include "core/util/Csv.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

struct Fnv1a {
    uint64_t h = 1469598103934665603ull;
    void add(const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    }
    template <class T>
    void value(const T& v) {
        add(&v, sizeof v);
    }
};

std::string stem(const std::string& runDir, int epoch) {
    char name[32];
    std::snprintf(name, sizeof name, "epoch-%03d", epoch);
    return (fs::path(runDir) / "evaluations" / name).string();
}

nlohmann::json metricsJson(const SplitMetrics& m) {
    return {{"count", m.count}, {"loss", m.loss}, {"acc2sd", m.accuracy2sd}, {"acc1sd", m.accuracy1sd}, {"mse", m.mse},
            {"mae", m.mae},     {"r2", m.r2}};
}

SplitMetrics metricsFrom(const nlohmann::json& j) {
    SplitMetrics m;
    m.count = j.at("count").get<int64_t>();
    m.loss = j.at("loss").get<double>();
    m.accuracy2sd = j.at("acc2sd").get<double>();
    m.accuracy1sd = j.at("acc1sd").get<double>();
    m.mse = j.at("mse").get<double>();
    m.mae = j.at("mae").get<double>();
    m.r2 = j.at("r2").get<double>();
    return m;
}

}  // namespace

std::string datasetFingerprint(const Dataset& data) {
    Fnv1a f;
    f.value(data.height);
    f.value(data.width);
    for (const std::string& name : data.experiments) f.add(name.data(), name.size() + 1);
    for (const Sample& s : data.samples) {
        f.value(s.experiment);
        f.value(s.window);
        f.value(s.frame);
        f.value(s.ke);
        f.value(s.sd);
        f.value(s.keLabel);
        f.value(s.sdLabel);
        f.value(static_cast<int>(s.split));
    }
    f.add(data.windows.data(), data.windows.size());
    char text[24];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(f.h));
    return text;
}

bool readStoredEvaluation(const std::string& runDir, int epoch, const std::string& fingerprint,
                          EvaluationResult& result) {
    const std::string base = stem(runDir, epoch);
    if (!fs::exists(base + ".json") || !fs::exists(base + ".csv")) return false;
    try {
        const auto j = nlohmann::json::parse(readTextFile(base + ".json"));
        if (j.at("dataset").get<std::string>() != fingerprint) return false;
        EvaluationResult stored;
        stored.epoch = epoch;
        stored.checkpoint = j.value("checkpoint", std::string());
        for (int s = 0; s < 3; ++s) stored.splits[size_t(s)] = metricsFrom(j.at("splits").at(size_t(s)));
        stored.samples = readPredictionsCsv(base + ".csv");
        result = std::move(stored);
        return true;
    } catch (const std::exception&) {
        return false;  // unreadable: evaluate again
    }
}

void storeEvaluation(const std::string& runDir, const EvaluationResult& result, const std::string& fingerprint) {
    const std::string base = stem(runDir, result.epoch);
    writePredictionsCsv(base + ".csv", result);
    nlohmann::json splits = nlohmann::json::array();
    for (const SplitMetrics& m : result.splits) splits.push_back(metricsJson(m));
    const nlohmann::json j = {
        {"epoch", result.epoch}, {"checkpoint", result.checkpoint}, {"dataset", fingerprint}, {"splits", splits}};
    writeTextAtomically(base + ".json", j.dump(2) + "\n");  // last: it validates the csv
}

EvaluationResult evaluateRunStored(const std::string& runDir, const Dataset& data, const std::string& epoch,
                                   DeviceChoice device, bool* reused) {
    const RunFolder run(runDir);
    if (!run.exists()) throw Error(run.paramsPath(), "not a training run (params.json is missing)");
    const int chosen = run.resolveEpoch(epoch);
    const std::string fingerprint = datasetFingerprint(data);
    EvaluationResult result;
    if (readStoredEvaluation(runDir, chosen, fingerprint, result)) {
        if (reused) *reused = true;
        return result;
    }
    result = evaluateRun(runDir, data, std::to_string(chosen), device);
    storeEvaluation(runDir, result, fingerprint);
    if (reused) *reused = false;
    return result;
}

std::vector<SamplePrediction> readPredictionsCsv(const std::string& path) {
    std::istringstream in(readTextFile(path));
    std::string line;
    if (!std::getline(in, line) || line != "split,experiment,window,frame,ke,sd,prediction,correct")
        throw Error(path, "not a predictions file (unexpected header)");
    std::vector<SamplePrediction> rows;
    int number = 1;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty()) continue;
        const std::vector<std::string> f = csvFields(line);
        if (f.size() != 8) throw Error(path, "line " + std::to_string(number) + ": expected 8 fields");
        SamplePrediction s;
        try {
            if (!parseSplit(f[0], s.split))
                throw Error(path, "line " + std::to_string(number) + ": no split '" + f[0] + "'");
            s.experiment = f[1];
            s.window = std::stoi(f[2]);
            s.frame = std::stoi(f[3]);
            s.ke = std::stod(f[4]);
            s.sd = std::stod(f[5]);
            s.prediction = std::stod(f[6]);
            s.correct = f[7] == "1";
        } catch (const Error&) {
            throw;
        } catch (const std::exception&) {
            throw Error(path, "line " + std::to_string(number) + ": a field is not a number");
        }
        rows.push_back(std::move(s));
    }
    return rows;
}

bool PredictionFilter::accepts(const SamplePrediction& s) const {
    if (!experiments.empty() && !experiments.count(s.experiment)) return false;
    if (s.correct ? !correct : !incorrect) return false;
    return s.ke >= keMin && s.ke <= keMax;
}

std::array<SplitFigures, 3> summarizePredictions(const std::vector<SamplePrediction>& samples,
                                                 const PredictionFilter& filter) {
    std::array<SplitFigures, 3> figures;
    std::array<double, 3> sumKe{}, sumKe2{}, sse{}, sae{};
    std::array<int, 3> within1{};
    for (const SamplePrediction& s : samples) {
        if (!filter.accepts(s)) continue;
        const size_t k = size_t(s.split);
        SplitFigures& f = figures[k];
        ++f.count;
        f.correct += s.correct;
        within1[k] += withinSd(s.prediction, s.ke, s.sd, 1.0);
        const double d = s.prediction - s.ke;
        sse[k] += d * d;
        sae[k] += std::abs(d);
        sumKe[k] += s.ke;
        sumKe2[k] += s.ke * s.ke;
    }
    for (size_t k = 0; k < 3; ++k) {
        SplitFigures& f = figures[k];
        if (f.count == 0) continue;
        const double n = f.count;
        f.accuracy2sd = f.correct / n;
        f.accuracy1sd = within1[k] / n;
        f.mae = sae[k] / n;
        f.rmse = std::sqrt(sse[k] / n);
        const double sst = sumKe2[k] - sumKe[k] * sumKe[k] / n;
        f.r2 = sst > 0 ? 1 - sse[k] / sst : 0;
    }
    return figures;
}

}  // namespace faultke
