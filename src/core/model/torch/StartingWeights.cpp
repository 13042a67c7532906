#include "core/model/torch/StartingWeights.h"

#include <torch/script.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/model/BundledModel.h"
#include "core/model/StartingPoint.h"
#include "core/model/torch/Checkpoint.h"
#include "core/model/torch/LoadModel.h"
#include "core/model/torch/WeightAverage.h"
#include "core/util/Error.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

std::string shapeText(const torch::Tensor& t) {
    std::string out = "[";
    for (int64_t i = 0; i < t.dim(); ++i) out += (i ? ", " : "") + std::to_string(t.size(i));
    return out + "]";
}

std::string shapeSettings(const NetworkConfig& c) {
    return "num_channels " + std::to_string(c.baseChannels) + ", num_blocks " + std::to_string(c.blocks) +
           ", dense_width " + std::to_string(effectiveDenseWidth(c)) + ", batch norm " + (c.batchNorm ? "on" : "off");
}

// "PATH:N" -> (PATH, "N") when N is a number; else (text, "").
std::pair<std::string, std::string> splitEpoch(const std::string& text) {
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon + 1 == text.size()) return {text, ""};
    for (size_t i = colon + 1; i < text.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return {text, ""};
    return {text.substr(0, colon), text.substr(colon + 1)};
}

// A TorchScript file FaultKE exported as a Network: the module's attributes are the Network's
// parameters and buffers with '.' written '_'.
std::optional<Network> loadExportedScript(const std::string& path, const torch::Device& device) {
    ModelInfo info;
    std::optional<torch::jit::Module> script = loadFaultkeScript(path, torch::kCPU, info);
    if (!script) return std::nullopt;  // a checkpoint or a Keras file: loadModelNetwork reads it
    torch::jit::Module& module = *script;
    Network net(info.config);
    torch::NoGradGuard noGrad;
    auto attribute = [&](const std::string& name) {
        std::string key = name;
        for (char& c : key)
            if (c == '.') c = '_';
        if (!module.hasattr(key)) throw Error(path, "the TorchScript module has no '" + key + "'");
        return module.attr(key).toTensor();
    };
    for (auto& p : net->named_parameters()) p.value().copy_(attribute(p.key()));
    for (auto& b : net->named_buffers())
        if (b.key().find("num_batches_tracked") == std::string::npos) b.value().copy_(attribute(b.key()));
    net->to(device);
    return net;
}

}  // namespace

StartingModel loadStartingModel(const std::string& startFrom, const torch::Device& device) {
    StartingModel start;
    const auto [path, epoch] = splitEpoch(startFrom);
    if (path == kBundledModel) {
        const std::vector<std::string> members = bundledModelPaths();
        const int member = epoch.empty() ? 1 : std::atoi(epoch.c_str());
        if (member < 1 || member > int(members.size()))
            throw Error("\"start_from\": the bundled model has members 1 to " + std::to_string(members.size()) +
                        ", not " + epoch);
        start.net = loadNetwork(members[size_t(member - 1)], device);
        start.description = "bundled model, member " + std::to_string(member);
        return start;
    }
    if (auto script = loadExportedScript(startFrom, device)) {
        start.net = *script;
        start.description = "TorchScript " + startFrom;
        return start;
    }
    std::error_code ec;
    ModelInfo info;
    const bool run = fs::is_directory(path, ec);
    start.net = loadModelNetwork(run ? path : startFrom, run ? (epoch.empty() ? "best" : epoch) : "", device, info);
    start.description = info.description;
    return start;
}

void copyStartingWeights(Network& from, Network& to, const std::string& source) {
    const NetworkConfig& a = from->config();
    const NetworkConfig& b = to->config();
    const auto fromParameters = from->named_parameters();
    const auto toParameters = to->named_parameters();
    const std::string shapes = " (there: " + shapeSettings(a) + "; here: " + shapeSettings(b) + ")";
    for (const auto& p : toParameters) {
        const torch::Tensor* there = fromParameters.find(p.key());
        if (!there) throw Error(source, "has no layer '" + p.key() + "', which this network has" + shapes);
        if (there->sizes() != p.value().sizes())
            throw Error(source, "layer '" + p.key() + "' is " + shapeText(*there) + " there and " +
                                    shapeText(p.value()) + " here: start from a model of this network's shape" +
                                    shapes);
    }
    for (const auto& p : fromParameters)
        if (!toParameters.find(p.key()))
            throw Error(source, "has a layer '" + p.key() + "' this network lacks" + shapes);
    if (a.dilation != b.dilation)
        throw Error(source, "its second convolutions have dilation " + std::to_string(a.dilation) +
                                ", this network's " + std::to_string(b.dilation) +
                                ": the same weights would read the windows otherwise");
    if (a.batchNorm && a.bnEpsilon != b.bnEpsilon)
        throw Error(source, "its batch norms' epsilon differs from this network's");
    copyWeights(from, to);
}

namespace {

// FNV-1a over the names and float values of a network's weights and statistics, each layer on
// its own (`each`) and all together.
std::string fingerprintLayers(Network& net, std::map<std::string, std::string>* each) {
    auto text = [](uint64_t hash) {
        char out[17];
        std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
        return std::string(out);
    };
    auto mix = [](uint64_t& hash, const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < bytes; ++i) hash = (hash ^ p[i]) * 1099511628211ull;
    };
    uint64_t all = 1469598103934665603ull;
    auto add = [&](const std::string& name, const torch::Tensor& value) {
        const torch::Tensor t = value.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        uint64_t layer = 1469598103934665603ull;
        mix(layer, t.data_ptr(), size_t(t.numel()) * sizeof(float));
        if (each) (*each)[name] = text(layer);
        mix(all, name.data(), name.size());
        mix(all, &layer, sizeof layer);
    };
    for (const auto& p : net->named_parameters()) add(p.key(), p.value());
    for (const auto& b : net->named_buffers())
        if (b.key().find("num_batches_tracked") == std::string::npos) add(b.key(), b.value());
    return text(all);
}

}  // namespace

std::string weightsFingerprint(Network& net) { return fingerprintLayers(net, nullptr); }

std::map<std::string, std::string> modelLayerFingerprints(const std::string& startFrom) {
    StartingModel start = loadStartingModel(startFrom, torch::kCPU);
    std::map<std::string, std::string> layers;
    fingerprintLayers(start.net, &layers);
    return layers;
}

bool isFrozen(const std::string& name, Freeze freeze) {
    switch (freeze) {
    case Freeze::None: return false;
    case Freeze::Convs: return name.rfind("block", 0) == 0;
    case Freeze::AllButHead: return name.rfind("head.", 0) != 0;
    }
    return false;
}

void freezeLayers(Network& net, Freeze freeze) {
    for (auto& p : net->named_parameters())
        if (isFrozen(p.key(), freeze)) p.value().set_requires_grad(false);
}

void holdFrozenStatistics(Network& net, Freeze freeze) {
    if (freeze == Freeze::None) return;
    for (const auto& block : net->blocks())
        if (block.bn) torch::nn::BatchNorm2d(block.bn)->eval();
    if (net->denseBn && freeze == Freeze::AllButHead) net->denseBn->eval();
}

}  // namespace faultke
