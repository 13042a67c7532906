#include "core/model/EnsembleCalibration.h"

#include <cmath>
#include <filesystem>

#include "core/model/BundledModel.h"
#include "core/model/Evaluation.h"
#include "core/model/EvaluationStore.h"
#include "core/model/Predictor.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

// Every sample's prediction by one member, in dataset order.
EvaluationResult evaluateMember(const std::string& model, const Dataset& data, const std::string& epoch,
                                DeviceChoice device) {
    std::error_code ec;
    if (std::filesystem::is_directory(model, ec)) return evaluateRunStored(model, data, epoch, device);
    EvaluateOptions options;
    options.device = device;
    return evaluateCheckpoint(model, data, options);
}

}  // namespace

EnsembleCalibration calibrateEnsemble(const std::vector<std::string>& models, const Dataset& data,
                                      const std::string& datasetName, const std::string& epoch, DeviceChoice device,
                                      double level) {
    std::vector<std::string> members;
    for (const std::string& model : models) {
        if (model == kBundledModel) {
            const std::vector<std::string> bundled = bundledModelPaths();
            members.insert(members.end(), bundled.begin(), bundled.end());
        } else {
            members.push_back(model);
        }
    }
    if (members.empty()) throw Error("interval calibration: no model");
    std::vector<EvaluationResult> results;
    for (const std::string& member : members) results.push_back(evaluateMember(member, data, epoch, device));

    // The ensemble per sample: the members' mean and population SD.
    const std::vector<SamplePrediction>& samples = results.front().samples;
    std::array<std::vector<double>, 3> truth, mean, sd;
    std::array<std::vector<float>, 3> meanF, truthF, labelSd;
    for (size_t i = 0; i < samples.size(); ++i) {
        double sum = 0, squares = 0;
        for (const EvaluationResult& r : results) sum += r.samples.at(i).prediction;
        const double m = sum / results.size();
        for (const EvaluationResult& r : results) squares += std::pow(r.samples.at(i).prediction - m, 2);
        const size_t split = static_cast<size_t>(samples[i].split);
        truth[split].push_back(samples[i].ke);
        mean[split].push_back(m);
        sd[split].push_back(std::sqrt(squares / results.size()));
        truthF[split].push_back(static_cast<float>(samples[i].ke));
        meanF[split].push_back(static_cast<float>(m));
        labelSd[split].push_back(static_cast<float>(samples[i].sd));
    }
    const size_t eval = static_cast<size_t>(Split::Eval), test = static_cast<size_t>(Split::Test);
    if (truth[eval].empty())
        throw Error(datasetName, "has no eval windows to calibrate the intervals on (prepare it with --eval-windows)");

    EnsembleCalibration out;
    out.members = static_cast<int>(members.size());
    try {
        out.intervals = calibrateIntervals(truth[eval], mean[eval], sd[eval], level);
    } catch (const Error& e) {
        throw Error(datasetName, e.what());
    }
    out.intervals.source = "eval windows of " + std::filesystem::path(datasetName).filename().string();
    out.testWindows = static_cast<int>(truth[test].size());
    if (!truth[test].empty())
        out.intervals.testCoverage = intervalCoverage(out.intervals, truth[test], mean[test], sd[test]);
    for (size_t s = 0; s < 3; ++s)
        if (!meanF[s].empty()) out.splits[s] = computeMetrics(LossKind::Original, meanF[s], truthF[s], labelSd[s], 256);
    return out;
}

}  // namespace faultke
