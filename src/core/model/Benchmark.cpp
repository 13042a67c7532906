#include "core/model/Benchmark.h"

#include <cstdio>
#include <random>

#include "core/data/Dataset.h"
#include "core/data/WindowSize.h"
#include "core/model/BandedForward.h"
#include "core/model/MapPrediction.h"
#include "core/model/Trainer.h"
#include "core/model/torch/BandedWeights.h"
#include "core/model/torch/DatasetTensors.h"
#include "core/model/torch/Network.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

// Windows with one random sloping fault trace each; every eighth is an eval sample, as epochs are
// scored on eval samples.
Dataset syntheticWindows(int count, uint64_t seed) {
    Dataset d;
    d.experiments = {"bench"};
    d.windows.assign(size_t(count) * size_t(d.height) * size_t(d.width), 0);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    d.samples.reserve(size_t(count));
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
        s.split = i % 8 == 7 ? Split::Eval : Split::Train;
        d.samples.push_back(s);
    }
    return d;
}

// Fault-map windows as prediction sees them: a trace along strike (across the columns) near the
// middle rows, 1 to 3 px thick, as floats.
std::vector<float> alongStrikeWindows(int count, uint64_t seed) {
    const int rows = kWindowRows, cols = kWindowColumns;
    std::vector<float> windows(size_t(count) * rows * cols, 0.f);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < count; ++i) {
        const double row = 32 + unit(rng) * 64, slope = (unit(rng) - 0.5) * 0.3;
        const int thickness = 1 + int(unit(rng) * 3);
        float* w = windows.data() + size_t(i) * rows * cols;
        for (int c = 0; c < cols; ++c)
            for (int t = 0; t < thickness; ++t) w[(int(row + slope * c) + t) * cols + c] = 1.f;
    }
    return windows;
}

void checkOptions(const BenchmarkOptions& o) {
    if (o.samples < 2 || o.epochs < 1 || o.batchSize < 1 || o.repeats < 1)
        throw Error("benchmark: samples (at least 2), epochs, batch size and repeats must be positive");
    if (o.threads > 0) setComputeThreads(o.threads);
}

std::vector<DeviceChoice> devicesOf(DeviceChoice choice) {
    if (choice != DeviceChoice::Auto) return {choice};
    if (cudaAvailable()) return {DeviceChoice::Cpu, DeviceChoice::Cuda};
    return {DeviceChoice::Cpu};
}

template <typename F>
Figure timed(std::string name, std::string unit, std::string note, int repeats, F&& once) {
    Figure f{std::move(name), std::move(unit), {}, std::move(note)};
    for (int i = 0; i < repeats; ++i) f.values.push_back(once());
    return f;
}

// A fault map `rows` x `cols` px with a 6 px trace that steps over at 60 % of its length.
FaultMapSource stepoverMap(int rows, int cols) {
    FaultMapSource source;
    source.path = "benchmark map";
    source.image = GrayImage{rows, cols, std::vector<uint8_t>(size_t(rows) * size_t(cols), 255)};
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < cols; ++c) {
            const int row = (c < cols * 6 / 10 ? rows * 45 / 100 : rows * 55 / 100) + r;
            source.image.pixels[size_t(row) * size_t(cols) + size_t(c)] = 0;
        }
    return source;
}

}  // namespace

std::vector<Figure> benchmarkTraining(const BenchmarkOptions& options) {
    checkOptions(options);
    const Dataset data = syntheticWindows(options.samples, options.seed);
    std::vector<Figure> figures;
    for (DeviceChoice choice : devicesOf(options.device)) {
        const DeviceInfo device = resolveDevice(choice);
        const std::string where = device.cuda ? "GPU" : "CPU";
        const std::string note = device.name + ", the default (steady) recipe, " + std::to_string(options.samples) +
                                 " windows in memory, batch " + std::to_string(options.batchSize);
        for (bool augment : {false, true}) {
            // The recipe a new run trains with (the steady preset), not the original's.
            TrainParams params = TrainParams::defaults();
            params.batchSize = options.batchSize;
            params.numEpochs = options.epochs;
            params.seed = options.seed;
            params.augmentation.enabled = augment;
            TrainOptions trainOptions;
            trainOptions.device = choice;
            Figure speed{"train on " + where + (augment ? ", augmented" : ", no augmentation"), "samples/s", {}, note};
            Figure epoch{"train on " + where + (augment ? ", augmented" : ", no augmentation") + ", one epoch",
                         "s",
                         {},
                         "training and scoring every split"};
            // The first run warms up (allocations, oneDNN's kernels, CUDA's context); not counted.
            for (int i = 0; i <= options.repeats; ++i) {
                const TrainResult result = Trainer(data, params, trainOptions).run();
                if (i == 0) continue;
                for (const auto& row : result.history) {
                    speed.values.push_back(row.samplesPerSecond);
                    epoch.values.push_back(row.seconds);
                }
            }
            figures.push_back(speed);
            figures.push_back(epoch);
        }
    }
    return figures;
}

std::vector<Figure> benchmarkPrediction(const BenchmarkOptions& options) {
    checkOptions(options);
    const DeviceInfo device = resolveDevice(options.device == DeviceChoice::Auto ? DeviceChoice::Cpu : options.device);
    const torch::Device where = device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    const Dataset data = syntheticWindows(options.samples, options.seed);
    const DatasetTensors tensors = DatasetTensors::build(data, LabelPrecision::TwoDecimals, where);
    Network net(NetworkConfig{});
    net->to(where);
    const auto all = torch::arange(int64_t(data.size()), torch::kInt64);
    const auto first = all.slice(0, 0, 1);
    for (int i = 0; i < 3; ++i) predictSamples(net, tensors, first, 1);  // warm-up

    std::vector<Figure> figures;
    const int latencyRuns = 50 * options.repeats;
    figures.push_back(timed("predict one window", "ms", device.name + ", after warm-up", latencyRuns, [&] {
        const Stopwatch watch;
        predictSamples(net, tensors, first, 1);
        return watch.seconds() * 1000;
    }));
    predictSamples(net, tensors, all, options.batchSize);
    figures.push_back(timed("predict in bulk", "windows/s",
                            std::to_string(options.samples) + " windows, batch " + std::to_string(options.batchSize),
                            options.repeats, [&] {
                                const Stopwatch watch;
                                predictSamples(net, tensors, all, options.batchSize);
                                return double(data.size()) / watch.seconds();
                            }));
    // The CPU's default forward (BandedForward.h), on the same network: fault-map windows, and
    // the windows above, whose traces cross every row (the most it can cost).
    if (!device.cuda) {
        const BandedForward banded(bandedWeights(net));
        const std::vector<float> acrossRows(data.windows.begin(), data.windows.end());
        const std::vector<float> alongStrike = alongStrikeWindows(options.samples, options.seed);
        for (const auto& [label, windows] :
             {std::pair{"traces along strike", &alongStrike}, std::pair{"ink in every row", &acrossRows}}) {
            std::vector<double> ke(size_t(options.samples));
            figures.push_back(timed(std::string("predict in bulk, banded, ") + label, "windows/s",
                                    std::to_string(options.samples) + " windows, the CPU's default forward",
                                    options.repeats, [&] {
                                        const Stopwatch watch;
                                        banded.predict(windows->data(), ke.size(), ke.data(), computeThreads());
                                        return double(ke.size()) / watch.seconds();
                                    }));
        }
    }
    // bf16 where the CPU has it: faster, at bf16's three significant digits (not used for results).
    if (!device.cuda) {
        try {
            const torch::Tensor exact = predictSamples(net, tensors, all, options.batchSize);
            Network half(NetworkConfig{});
            half->eval();
            {
                torch::NoGradGuard noGrad;
                auto to = half->parameters(), from = net->parameters();
                for (size_t i = 0; i < to.size(); ++i) to[i].copy_(from[i]);
                auto toBuffers = half->buffers(), fromBuffers = net->buffers();
                for (size_t i = 0; i < toBuffers.size(); ++i) toBuffers[i].copy_(fromBuffers[i]);
            }
            half->to(torch::kBFloat16);
            auto predictHalf = [&] {
                c10::InferenceMode inference;
                std::vector<torch::Tensor> parts;
                for (int64_t b = 0; b < all.numel(); b += 64)
                    parts.push_back(half->forward(tensors.windows.slice(0, b, std::min<int64_t>(all.numel(), b + 64))
                                                      .to(torch::kBFloat16))
                                        .reshape({-1})
                                        .to(torch::kFloat32));
                return torch::cat(parts);
            };
            const double difference = (predictHalf() - exact).abs().max().item<double>();
            char note[128];
            std::snprintf(note, sizeof note, "bfloat16: KE differs from float32 by up to %.3g (an untrained network)",
                          difference);
            figures.push_back(timed("predict in bulk, bf16", "windows/s", note, options.repeats, [&] {
                const Stopwatch watch;
                predictHalf();
                return double(data.size()) / watch.seconds();
            }));
        } catch (const c10::Error& e) {
            figures.push_back(Figure{"predict in bulk, bf16", "windows/s", {}, "not available here"});
        }
    }
    try {
        const Ensemble bundled({std::make_shared<const Predictor>(
            Predictor::load(kBundledModel, "best", device.cuda ? DeviceChoice::Cuda : DeviceChoice::Cpu))});
        for (auto [rows, cols, runs] : {std::tuple{135, 313, 20}, std::tuple{600, 6000, 3}}) {
            const FaultMapSource map = stepoverMap(rows, cols);
            MapPrediction result = predictMap(bundled, map, {});  // warm-up
            const std::string name = "predict a " + std::to_string(rows) + " x " + std::to_string(cols) + " px map";
            const std::string note =
                "preprocessed and predicted whole, bundled model: " + std::to_string(result.windows.size()) +
                " windows";
            figures.push_back(timed(name, "ms", note, runs * options.repeats, [&] {
                const Stopwatch watch;
                result = predictMap(bundled, map, {});
                return watch.seconds() * 1000;
            }));
        }
    } catch (const Error& e) {
        figures.push_back(Figure{"predict a map", "ms", {}, std::string("not measured: ") + e.what()});
    }
    return figures;
}

std::vector<Figure> benchmarkDatasetMemory(int samples) {
    if (samples < 1) throw Error("benchmark: the dataset needs at least one sample");
    // Measured: the heap in use before and after each step, as the allocator counts it, not the
    // sizes the containers claim (the resident size would miss memory reused from earlier work).
    const double before = heapInUseMegabytes();
    const Dataset data = syntheticWindows(samples, 1);
    const double withDataset = heapInUseMegabytes();
    const DatasetTensors tensors = DatasetTensors::build(data, LabelPrecision::TwoDecimals, torch::kCPU);
    const double withTensors = heapInUseMegabytes();
    const bool view = tensors.windows.data_ptr<uint8_t>() == data.windows.data();
    const std::string n = std::to_string(samples);
    return {
        Figure{"dataset of " + n + " samples, heap in use",
               "MB",
               {withDataset - before},
               "allocated while making it and still held (windows one byte per pixel, and labels)"},
        Figure{"its training tensors, extra heap in use",
               "MB",
               {withTensors - withDataset},
               view ? "the windows are a view of the dataset, not a copy" : "the windows are copied"},
    };
}

}  // namespace faultke
