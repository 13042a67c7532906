#include "core/model/Evaluation.h"

#include <cmath>
#include <cstdio>

#include "core/model/Run.h"
#include "core/model/torch/Checkpoint.h"
#include "core/model/torch/DatasetTensors.h"
#include "core/util/AtomicFile.h"
#include "core/util/Csv.h"
#include "core/util/Error.h"

namespace faultke {

EvaluationResult evaluateCheckpoint(const std::string& checkpoint, const Dataset& data,
                                    const EvaluateOptions& options) {
    const DeviceInfo info = resolveDevice(options.device);
    const torch::Device device = info.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    Network net = loadNetwork(checkpoint, device);
    if (net->config().inputHeight != data.height || net->config().inputWidth != data.width)
        throw Error(checkpoint, "the network takes " + std::to_string(net->config().inputHeight) + " x " +
                                    std::to_string(net->config().inputWidth) + " windows, the dataset has " +
                                    std::to_string(data.height) + " x " + std::to_string(data.width));
    if (options.batchSize < 1) throw Error("the batch size must be positive");
    const DatasetTensors tensors = DatasetTensors::build(data, options.labelPrecision, device);

    EvaluationResult result;
    result.checkpoint = checkpoint;
    std::vector<int64_t> all(data.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = int64_t(i);
    const auto prediction = predictSamples(net, tensors, torch::tensor(all, torch::kInt64), options.batchSize);
    const auto ke = tensors.ke.to(torch::kCPU);
    const auto sd = tensors.sd.to(torch::kCPU);
    const float* p = prediction.data_ptr<float>();
    const float* k = ke.data_ptr<float>();
    const float* s = sd.data_ptr<float>();
    result.samples.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        // NaN figures would read as a score; predict refuses such a model in the same words.
        if (!std::isfinite(p[i]))
            throw Error(checkpoint, "the model gives " + std::string(std::isnan(p[i]) ? "NaN" : "Inf") +
                                        " for sample " + std::to_string(i + 1) +
                                        ": its weights are not finite (did its training diverge?)");
        const Sample& sample = data.samples[i];
        SamplePrediction row;
        row.split = sample.split;
        row.experiment = sample.experiment >= 0 && size_t(sample.experiment) < data.experiments.size()
                             ? data.experiments[size_t(sample.experiment)]
                             : std::to_string(sample.experiment);
        row.window = sample.window;
        row.frame = sample.frame;
        // The table shows the dataset's own values; `correct` uses the float targets the
        // metrics use, so the table and the per-split accuracy always agree.
        row.ke = sample.targetKe(options.labelPrecision);
        row.sd = sample.targetSd(options.labelPrecision);
        row.prediction = p[i];
        row.correct = withinSd(p[i], k[i], s[i], 2.0);
        result.samples.push_back(std::move(row));
    }
    for (int split = 0; split < 3; ++split) {
        const auto idx = indexTensor(data.indicesOf(Split(split)));
        result.splits[size_t(split)] =
            scorePredictions(options.loss, prediction.index_select(0, idx), ke.index_select(0, idx),
                             sd.index_select(0, idx), options.batchSize);
    }
    return result;
}

EvaluationResult evaluateRun(const std::string& runDir, const Dataset& data, const std::string& epoch,
                             DeviceChoice device) {
    RunFolder run(runDir);
    if (!run.exists()) throw Error(run.paramsPath(), "not a training run (params.json is missing)");
    const TrainParams params = TrainParams::load(run.paramsPath());
    const int chosen = run.resolveEpoch(epoch);
    EvaluateOptions options;
    options.device = device;
    options.loss = params.loss;
    options.labelPrecision = params.labelPrecision;
    options.batchSize = params.batchSize;
    EvaluationResult result = evaluateCheckpoint(run.checkpointPath(chosen), data, options);
    result.epoch = chosen;
    return result;
}

std::string notLearntNotice(const EvaluationResult& result) {
    if (result.samples.size() < 2) return {};
    auto sd = [&](auto value) {
        double sum = 0, squares = 0;
        for (const SamplePrediction& s : result.samples) sum += value(s);
        const double mean = sum / result.samples.size();
        for (const SamplePrediction& s : result.samples) squares += (value(s) - mean) * (value(s) - mean);
        return std::sqrt(squares / result.samples.size());
    };
    const double predicted = sd([](const SamplePrediction& s) { return s.prediction; });
    const double truth = sd([](const SamplePrediction& s) { return s.ke; });
    if (!(truth > 0) || predicted >= 0.2 * truth) return {};
    char text[240];
    std::snprintf(text, sizeof text,
                  "its predictions hardly vary (SD %.3f against %.3f for the true KE): it has not learnt yet; "
                  "train it for more epochs",
                  predicted, truth);
    return text;
}

void writePredictionsCsv(const std::string& path, const EvaluationResult& result) {
    std::string text = "split,experiment,window,frame,ke,sd,prediction,correct\n";
    for (const auto& r : result.samples)
        text += csvRecord({splitName(r.split), r.experiment, std::to_string(r.window), std::to_string(r.frame),
                           csvNumber(r.ke), csvNumber(r.sd), csvNumber(r.prediction), r.correct ? "1" : "0"});
    writeTextAtomically(path, text);
}

}  // namespace faultke
