#include "core/model/Predictor.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include <torch/script.h>

#include "core/model/BandedForward.h"
#include "core/model/BundledModel.h"
#include "core/model/KerasImport.h"
#include "core/model/Run.h"
#include "core/model/torch/BandedWeights.h"
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

// ---- Predictor ----------------------------------------------------------------------------

struct Predictor::Impl {
    ModelInfo info;
    torch::Device device = torch::kCPU;
    // forward() is not const on a torch module; prediction does not change it (eval mode).
    mutable Network net{nullptr};
    mutable std::optional<torch::jit::Module> script;  // a TorchScript file, instead of net
    // On the CPU, net's forward computed only where windows have ink (BandedForward.h): the
    // same numbers, many times faster on fault maps.
    std::optional<BandedForward> banded;

    torch::Tensor forward(const torch::Tensor& batch) const {
        if (script) return script->forward({batch}).toTensor().reshape({-1, 1});
        return net->forward(batch);
    }
};

Predictor::Predictor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Predictor::Predictor(Predictor&&) noexcept = default;
Predictor& Predictor::operator=(Predictor&&) noexcept = default;
Predictor::~Predictor() = default;

Predictor Predictor::load(const std::string& path, const std::string& epoch, DeviceChoice choice, CpuForward forward) {
    const DeviceInfo device = resolveDevice(choice);  // also configures libtorch's threads
    auto impl = std::make_unique<Impl>();
    impl->device = device.cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    impl->script = loadFaultkeScript(path, impl->device, impl->info);
    if (!impl->script) {
        impl->net = loadModelNetwork(path, epoch, impl->device, impl->info);
        impl->net->eval();
        if (!device.cuda && forward == CpuForward::Banded) impl->banded.emplace(bandedWeights(impl->net));
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
    if (impl_->banded) {
        // Every window at once: the banded forward needs no batches, and its threads start once.
        out.resize(count);
        impl_->banded->predict(windows, count, out.data(), torch::get_num_threads());
    }
    torch::NoGradGuard noGrad;
    for (size_t first = 0; first < count; first += static_cast<size_t>(batchSize)) {
        const int64_t n = static_cast<int64_t>(std::min(count - first, static_cast<size_t>(batchSize)));
        const float* batch = windows + first * static_cast<size_t>(h * w);
        if (!impl_->banded) {
            const torch::Tensor ke =
                impl_
                    ->forward(
                        torch::from_blob(const_cast<float*>(batch), {n, 1, h, w}, torch::kFloat32).to(impl_->device))
                    .to(torch::kCPU)
                    .to(torch::kFloat64)
                    .contiguous();
            if (ke.numel() != n)
                throw Error(impl_->info.path, "the model gave " + std::to_string(ke.numel()) + " values for " +
                                                  std::to_string(n) + " windows");
            out.insert(out.end(), ke.data_ptr<double>(), ke.data_ptr<double>() + n);
        }
        for (size_t i = first; i < first + size_t(n); ++i)
            if (!std::isfinite(out[i]))
                throw Error(impl_->info.path, "the model gives " + std::string(std::isnan(out[i]) ? "NaN" : "Inf") +
                                                  " for window " + std::to_string(i + 1) +
                                                  ": its weights are not finite (did its training diverge?)");
    }
    return out;
}

double Predictor::predictWindow(const std::vector<float>& window) const {
    if (window.size() != static_cast<size_t>(windowHeight()) * windowWidth())
        throw Error("a window must have " + std::to_string(windowHeight()) + " x " + std::to_string(windowWidth()) +
                    " values, not " + std::to_string(window.size()));
    return predictWindows(window.data(), 1).front();
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

}  // namespace faultke
