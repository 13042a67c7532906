#include "core/model/Benchmark.h"

#include <chrono>
#include <random>

#include "core/data/Dataset.h"
#include "core/model/MapPrediction.h"
#include "core/model/Trainer.h"
#include "core/model/torch/DatasetTensors.h"
#include "core/model/torch/Network.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

// Windows with one random sloping fault trace each, all in the training split.
Dataset syntheticWindows(int count, uint64_t seed) {
    Dataset d;
    d.experiments = {"bench"};
    d.windows.assign(size_t(count) * size_t(d.height) * size_t(d.width), 0);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < count; ++i) {
        const double column = 8 + unit(rng) * (d.width - 16), slope = (unit(rng) - 0.5) * 0.3;
        const int thickness = 1 + int(unit(rng) * 3);
        uint8_t* w = d.windows.data() + size_t(i) * size_t(d.height) * size_t(d.width);
        for (int r = 0; r < d.height; ++r)
            for (int t = 0; t < thickness; ++t) {
                const int c = int(column + slope * r) + t;
                if (c >= 0 && c < d.width) w[r * d.width + c] = 1;
            }
        Sample s;
        s.window = i;
        s.ke = s.keLabel = 0.3 + 0.1 * thickness;
        s.sd = s.sdLabel = 0.05;
        d.samples.push_back(s);
    }
    return d;
}

double trainingSpeed(const Dataset& data, const BenchmarkOptions& options, bool augment) {
    TrainParams params;
    params.batchSize = options.batchSize;
    params.numEpochs = options.epochs;
    params.seed = options.seed;
    params.augmentation.enabled = augment;
    TrainOptions trainOptions;
    trainOptions.device = options.device;
    const TrainResult result = Trainer(data, params, trainOptions).run();
    double sum = 0;
    for (const auto& row : result.history) sum += row.samplesPerSecond;
    return result.history.empty() ? 0 : sum / double(result.history.size());
}

// A 600 x 6000 px picture of a stepover, preprocessed and predicted whole, as the Predict page
// does on a drop: the best of five, in ms.
double mapMilliseconds(const Ensemble& model, const std::vector<int>& thicknesses, int& windows) {
    FaultMapSource source;
    source.path = "benchmark map";
    constexpr int kRows = 600, kCols = 6000;
    source.image = GrayImage{kRows, kCols, std::vector<uint8_t>(kRows * kCols, 255)};
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < kCols; ++c)
            source.image.pixels[static_cast<size_t>(c < kCols * 6 / 10 ? 270 + r : 330 + r) * kCols + c] = 0;
    double best = 1e18;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::vector<MapPrediction> p = predictMapThicknesses(model, source, {}, thicknesses);
        best =
            std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        windows = 0;
        for (const MapPrediction& one : p) windows += static_cast<int>(one.windows.size());
    }
    return best;
}

}  // namespace

BenchmarkResult runBenchmark(const BenchmarkOptions& options) {
    if (options.samples < 2 || options.epochs < 1 || options.batchSize < 1)
        throw Error("benchmark: samples (at least 2), epochs and batch size must be positive");
    if (options.threads > 0) setComputeThreads(options.threads);
    BenchmarkResult result;
    result.device = resolveDevice(options.device);
    const Dataset data = syntheticWindows(options.samples, options.seed);
    result.trainSamplesPerSecond = trainingSpeed(data, options, false);
    result.trainAugmentedSamplesPerSecond = trainingSpeed(data, options, true);

    const torch::Device device = result.device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    const DatasetTensors tensors = DatasetTensors::build(data, LabelPrecision::TwoDecimals, device);
    Network net(NetworkConfig{});
    net->to(device);
    const auto all = torch::arange(int64_t(data.size()), torch::kInt64);
    predictSamples(net, tensors, all.slice(0, 0, std::min<int64_t>(all.numel(), options.batchSize)),
                   options.batchSize);  // warm-up
    const auto start = std::chrono::steady_clock::now();
    for (int e = 0; e < options.epochs; ++e) predictSamples(net, tensors, all, options.batchSize);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.inferenceSamplesPerSecond = seconds > 0 ? double(data.size()) * options.epochs / seconds : 0;
    try {
        const Ensemble bundled(
            {std::make_shared<const Predictor>(Predictor::load(kBundledModel, "best", options.device))});
        result.mapMilliseconds = mapMilliseconds(bundled, {3}, result.mapWindows);
        int windows = 0;
        result.mapThreeThicknessesMilliseconds = mapMilliseconds(bundled, {2, 3, 4}, windows);
    } catch (const Error& e) {
        result.mapSkipped = e.what();  // no bundled model: the other figures still count
    }
    return result;
}

}  // namespace faultke
