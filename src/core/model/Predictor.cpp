#include "core/model/Predictor.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include <torch/script.h>

#include "core/data/FaultMapSource.h"
#include "core/io/MatFile.h"
#include "core/model/BundledModel.h"
#include "core/model/KerasImport.h"
#include "core/model/Run.h"
#include "core/model/torch/Checkpoint.h"
#include "core/model/torch/KerasImport.h"
#include "core/model/torch/LoadModel.h"
#include "core/model/torch/Network.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
namespace fs = std::filesystem;

// ---- Models -------------------------------------------------------------------------------

Network loadModelNetwork(const std::string& path, const std::string& epoch, const torch::Device& device,
                         ModelInfo& info) {
    info = ModelInfo();
    info.path = path;
    if (path == kBundledModel) {
        if (epoch != "best" && !epoch.empty())
            throw Error("--epoch applies to run folders only, not the bundled model");
        info.kind = ModelKind::Bundled;
        info.weightsPath = bundledModelPath();
        Network net = loadNetwork(info.weightsPath, device);
        info.config = net->config();
        info.description = "bundled model (trained on FaultKE's synthetic experiments)";
        return net;
    }
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(path, "no such model (expected a run folder, a .pt checkpoint or a Keras .hdf5)");
    if (fs::is_directory(path, ec)) {
        const RunFolder run(path);
        if (!run.exists()) throw Error(path, "not a run folder (no params.json)");
        info.kind = ModelKind::Run;
        info.epoch = run.resolveEpoch(epoch);
        info.weightsPath = run.checkpointPath(info.epoch);
        Network net = loadNetwork(info.weightsPath, device);
        info.config = net->config();
        info.description = "run " + path + ", epoch " + std::to_string(info.epoch) +
                           (epoch.empty() || epoch == "best" ? " (best)" : "");
        return net;
    }
    if (epoch != "best" && !epoch.empty())
        throw Error(path, "--epoch applies to run folders only; this is a single model file");
    if (isKerasModelPath(path)) {
        Network net = loadKerasNetwork(path, device);
        info.kind = ModelKind::Keras;
        info.weightsPath = path;
        info.config = net->config();
        info.description = "Keras model " + path;
        return net;
    }
    Network net = loadNetwork(path, device);
    info.kind = ModelKind::Checkpoint;
    info.weightsPath = path;
    info.config = net->config();
    info.description = "checkpoint " + path;
    return net;
}

namespace {

// A TorchScript file FaultKE exported (it has a forward and a faultke_config attribute), or
// nothing: checkpoints are TorchScript archives too, but without either.
std::optional<torch::jit::Module> loadFaultkeScript(const std::string& path, const torch::Device& device,
                                                    ModelInfo& info) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || isKerasModelPath(path)) return std::nullopt;
    torch::jit::Module module;
    try {
        module = torch::jit::load(path, device);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (!module.find_method("forward") || !module.hasattr("faultke_config")) return std::nullopt;
    info = ModelInfo();
    info.kind = ModelKind::TorchScript;
    info.path = path;
    info.weightsPath = path;
    try {
        info.config = networkConfigFromJson(module.attr("faultke_config").toStringRef());
    } catch (const std::exception& e) {
        throw Error(path,
                    std::string("the TorchScript file's faultke_config is not a network configuration: ") + e.what());
    }
    info.description = "TorchScript " + path;
    module.eval();
    return module;
}

}  // namespace

// ---- Predictor ----------------------------------------------------------------------------

struct Predictor::Impl {
    ModelInfo info;
    torch::Device device = torch::kCPU;
    // forward() is not const on a torch module; prediction does not change it (eval mode).
    mutable Network net{nullptr};
    mutable std::optional<torch::jit::Module> script;  // a TorchScript file, instead of net

    torch::Tensor forward(const torch::Tensor& batch) const {
        if (script) return script->forward({batch}).toTensor().reshape({-1, 1});
        return net->forward(batch);
    }
};

Predictor::Predictor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Predictor::Predictor(Predictor&&) noexcept = default;
Predictor& Predictor::operator=(Predictor&&) noexcept = default;
Predictor::~Predictor() = default;

Predictor Predictor::load(const std::string& path, const std::string& epoch, DeviceChoice choice) {
    const DeviceInfo device = resolveDevice(choice);  // also configures libtorch's threads
    auto impl = std::make_unique<Impl>();
    impl->device = device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    impl->script = loadFaultkeScript(path, impl->device, impl->info);
    if (!impl->script) {
        impl->net = loadModelNetwork(path, epoch, impl->device, impl->info);
        impl->net->eval();
    } else if (epoch != "best" && !epoch.empty()) {
        throw Error(path, "--epoch applies to run folders only; this is a single model file");
    }
    impl->info.device = device.name;
    return Predictor(std::move(impl));
}

const ModelInfo& Predictor::info() const { return impl_->info; }

std::vector<double> Predictor::predictWindows(const float* windows, size_t count, int batchSize) const {
    std::vector<double> out;
    out.reserve(count);
    if (count == 0) return out;
    if (batchSize <= 0) throw Error("batch size must be positive");
    const int64_t h = windowHeight(), w = windowWidth();
    torch::NoGradGuard noGrad;
    for (size_t first = 0; first < count; first += static_cast<size_t>(batchSize)) {
        const int64_t n = static_cast<int64_t>(std::min(count - first, static_cast<size_t>(batchSize)));
        torch::Tensor batch = torch::from_blob(const_cast<float*>(windows + first * static_cast<size_t>(h * w)),
                                               {n, 1, h, w}, torch::kFloat32)
                                  .to(impl_->device);
        const torch::Tensor ke = impl_->forward(batch).to(torch::kCPU).to(torch::kFloat64).contiguous();
        if (ke.numel() != n)
            throw Error(impl_->info.path, "the model gave " + std::to_string(ke.numel()) + " values for " +
                                              std::to_string(n) + " windows");
        const double* values = ke.data_ptr<double>();
        for (int64_t i = 0; i < n; ++i)
            if (!std::isfinite(values[i]))
                throw Error(impl_->info.path, "the model gives " + std::string(std::isnan(values[i]) ? "NaN" : "Inf") +
                                                  " for window " + std::to_string(first + size_t(i) + 1) +
                                                  ": its weights are not finite (did its training diverge?)");
        out.insert(out.end(), values, values + n);
    }
    return out;
}

double Predictor::predictWindow(const std::vector<float>& window) const {
    if (window.size() != static_cast<size_t>(windowHeight()) * windowWidth())
        throw Error("a window must have " + std::to_string(windowHeight()) + " x " + std::to_string(windowWidth()) +
                    " values, not " + std::to_string(window.size()));
    return predictWindows(window.data(), 1).front();
}

InputPrediction Predictor::predictFaultMap(const FaultMapWindows& map, const std::string& input, InputKind kind,
                                           int batchSize) const {
    if (map.rows != windowHeight())
        throw Error(input, "the preprocessed map has " + std::to_string(map.rows) + " rows; the model reads " +
                               std::to_string(windowHeight()));
    InputPrediction result;
    result.input = input;
    result.kind = kind;
    const std::vector<float> windows = map.allWindows();
    const std::vector<double> ke = predictWindows(windows.data(), map.windows.size(), batchSize);
    for (size_t i = 0; i < ke.size(); ++i) result.windows.push_back({map.windows[i].index, map.windows[i], ke[i]});
    std::vector<double> values(ke.begin(), ke.end());
    result.summary = summarise(values);
    result.map = map;
    if (map.windows.empty()) result.warnings.push_back(input + ": no window holds a fault trace");
    return result;
}

InputPrediction Predictor::predictFile(const std::string& path, const PredictOptions& options) const {
    const std::string extension = lowerExtension(path);
    if (extension == ".npy") return predictNpy(path, options);
    if (extension == ".mat") return predictMatFrame(path, options);
    if (isFaultMapImagePath(path)) return predictImage(path, options);
    throw Error(path, "unsupported input (expected .npy, .mat, or a .png, .jpg, .tif or .bmp image)");
}

InputPrediction Predictor::predictImage(const std::string& path, const PredictOptions& options) const {
    FaultMapOptions faultMap = options.faultMap;
    faultMap.windowHeight = windowHeight();
    faultMap.windowWidth = windowWidth();
    return predictFaultMap(preprocessFaultMapImage(path, faultMap), path, InputKind::Image, options.batchSize);
}

InputPrediction Predictor::predictNpy(const std::string& path, const PredictOptions& options) const {
    CropSpec crop;
    crop.height = windowHeight();
    crop.width = windowWidth();
    const FaultMapSource source = readFaultMapSource(path, kLastMatFrame, crop);
    if (source.singleWindow) {
        InputPrediction result;
        result.input = path;
        result.kind = InputKind::Npy;
        // As windows cut from maps and frames: one without a trace is no sample (NaN is refused
        // by the reader).
        if (std::all_of(source.windowValues.begin(), source.windowValues.end(), [](float v) { return v == 0; })) {
            result.warnings.push_back(path + ": window 0 left out: no fault trace");
            return result;
        }
        const WindowRect rect{0, 0, 0, windowHeight(), windowWidth()};
        result.windows.push_back({0, rect, predictWindow(source.windowValues)});
        result.summary = summarise({result.windows.front().ke});
        return result;
    }
    // A larger fault map: non-zero pixels are traces; cut it like an image.
    FaultMapOptions faultMap = sourceOptions(source, options.faultMap);
    if (options.npyThickness) faultMap.traceThickness = options.faultMap.traceThickness;
    faultMap.windowHeight = windowHeight();
    faultMap.windowWidth = windowWidth();
    FaultMapWindows map = preprocessFaultMap(source.image, faultMap, path);
    leaveOutInvalidWindows(source, map);
    InputPrediction result = predictFaultMap(map, path, InputKind::Npy, options.batchSize);
    for (const LeftOutWindow& w : map.leftOut)
        if (w.reason != "no trace")
            result.warnings.push_back(path + ": window " + std::to_string(w.rect.index) + " left out: " + w.reason);
    return result;
}

InputPrediction Predictor::predictMatFrame(const std::string& path, const PredictOptions& options) const {
    MatReader reader(path);
    const MatVariableInfo info = reader.info(options.variables.fault);
    if (!info.numeric) throw Error(path, "variable '" + info.name + "' is not numeric");
    if (info.dims.size() < 2 || info.dims.size() > 3)
        throw Error(path, "variable '" + info.name + "' is not rows x columns [x frames]");
    const int rows = static_cast<int>(info.dims[0]), cols = static_cast<int>(info.dims[1]);
    const int frames = info.dims.size() == 3 ? static_cast<int>(info.dims[2]) : 1;
    const bool allFrames = options.frame == PredictOptions::kAllFrames;
    const int onlyFrame = options.frame == PredictOptions::kLastFrame ? frames - 1 : options.frame;
    if (!allFrames && (onlyFrame < 0 || onlyFrame >= frames))
        throw Error(path, "frame " + std::to_string(options.frame) + " does not exist (the experiment has " +
                              std::to_string(frames) + " frames, numbered from 0)");
    CropSpec crop = options.crop;
    crop.height = windowHeight();
    crop.width = windowWidth();
    crop.validate(rows, cols, path);
    const int windowCount = crop.windowCount(cols);
    if (options.window >= windowCount)
        throw Error(path, "window " + std::to_string(options.window) + " does not exist (the frames have " +
                              std::to_string(windowCount) + " windows, numbered from 0)");

    // Column-major (rows, cols, frames): only the fault map is read.
    const std::vector<float> fault = reader.readSingle(options.variables.fault);

    InputPrediction result;
    result.input = path;
    result.kind = InputKind::MatFrame;
    std::vector<WindowRect> rects;
    std::vector<int> rectFrames;
    std::vector<float> windows;
    const int firstFrame = allFrames ? 0 : onlyFrame, lastFrame = allFrames ? frames - 1 : onlyFrame;
    for (int frame = firstFrame; frame <= lastFrame; ++frame) {
        const size_t frameOffset = static_cast<size_t>(frame) * rows * cols;
        auto at = [&](int r, int c) { return fault[frameOffset + r + static_cast<size_t>(rows) * c]; };
        for (const WindowRect& rect : crop.windows(cols)) {
            if (options.window >= 0 && rect.index != options.window) continue;
            std::vector<float> window(static_cast<size_t>(rect.height) * rect.width);
            bool invalid = false, trace = false;
            for (int r = 0; r < rect.height; ++r)
                for (int c = 0; c < rect.width; ++c) {
                    const float v = at(rect.row + r, rect.col + c);
                    invalid = invalid || !std::isfinite(v);
                    trace = trace || (std::isfinite(v) && v != 0);
                    window[static_cast<size_t>(r) * rect.width + c] = std::isfinite(v) && v != 0 ? 1.0f : 0.0f;
                }
            const std::string where =
                path + ": frame " + std::to_string(frame) + ", window " + std::to_string(rect.index);
            if (invalid) {
                result.warnings.push_back(where + " left out: its fault map holds NaN or Inf");
                continue;
            }
            // As in training, windows without any trace are no samples (unless asked for by number),
            // and, as for images, neither are those a trace barely enters.
            if (!trace && options.window < 0) {
                if (!allFrames) result.warnings.push_back(where + " left out: no fault trace");
                continue;
            }
            std::vector<uint8_t> binary(window.begin(), window.end());
            const double coverage = columnCoverage(binary, rect.width, {rect.index, 0, 0, rect.height, rect.width});
            if (options.window < 0 && coverage < options.faultMap.minCoverage) {
                if (!allFrames)
                    result.warnings.push_back(where + " left out: its trace covers " +
                                              std::to_string(static_cast<int>(coverage * 100 + 0.5)) +
                                              "% of the columns");
                continue;
            }
            rects.push_back(rect);
            rectFrames.push_back(frame);
            windows.insert(windows.end(), window.begin(), window.end());
        }
    }
    const std::vector<double> ke = predictWindows(windows.data(), rects.size(), options.batchSize);
    for (size_t i = 0; i < ke.size(); ++i) result.windows.push_back({rects[i].index, rects[i], ke[i], rectFrames[i]});
    result.summary = summarise(ke);
    return result;
}

// ---- Plain helpers ------------------------------------------------------------------------

PredictionSummary summarise(const std::vector<double>& values) {
    PredictionSummary s;
    if (values.empty()) return s;
    s.count = static_cast<int>(values.size());
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (double v : sorted) sum += v;
    s.mean = sum / s.count;
    double squares = 0;
    for (double v : sorted) squares += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(squares / s.count);
    const size_t half = sorted.size() / 2;
    s.median = sorted.size() % 2 ? sorted[half] : 0.5 * (sorted[half - 1] + sorted[half]);
    s.min = sorted.front();
    s.max = sorted.back();
    return s;
}

const char* inputKindName(InputKind kind) {
    switch (kind) {
    case InputKind::Window: return "window";
    case InputKind::Npy: return "npy";
    case InputKind::MatFrame: return "mat";
    case InputKind::Image: return "image";
    }
    return "window";
}

}  // namespace faultke
