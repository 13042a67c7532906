#include "core/model/TorchScriptExport.h"

#include <torch/script.h>

#include <filesystem>
#include <sstream>

#include "core/model/Device.h"
#include "core/model/torch/LoadModel.h"
#include "core/model/torch/Network.h"
#include "core/model/torch/TorchErrorText.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
namespace {

std::string number(double value) {
    std::ostringstream out;
    out.precision(17);
    out << value;
    std::string text = out.str();
    if (text.find_first_of(".eE") == std::string::npos) text += ".0";  // a float literal
    return text;
}

// Attribute names: the Network's parameter and buffer names with '.' replaced.
std::string attributeName(const std::string& qualified) {
    std::string name = qualified;
    for (char& c : name)
        if (c == '.') c = '_';
    return name;
}

// The forward pass of the given configuration, in TorchScript, over the attributes registered
// by toScriptModule.
std::string forwardSource(const NetworkConfig& config, bool denseBatchNorm) {
    std::ostringstream src;
    const std::string eps = number(config.bnEpsilon);
    auto batchNorm = [&](const std::string& layer) {
        return "torch.batch_norm(x, self." + layer + "_weight, self." + layer + "_bias, self." + layer +
               "_running_mean, self." + layer + "_running_var, False, 0.0, " + eps + ", False)";
    };
    src << "def forward(self, x):\n"
        << "    if x.dim() == 3:\n"
        << "        x = x.unsqueeze(1)\n";
    for (int b = 0; b < config.blocks; ++b) {
        const std::string block = "block" + std::to_string(b) + "_";
        const std::string d = std::to_string(config.dilation);
        src << "    x = torch.conv2d(x, self." << block << "conv0_weight, self." << block
            << "conv0_bias, [1, 1], [1, 1], [1, 1], 1)\n";
        src << "    x = torch.conv2d(x, self." << block << "conv1_weight, self." << block << "conv1_bias, [1, 1], ["
            << d << ", " << d << "], [" << d << ", " << d << "], 1)\n";
        if (config.batchNorm) src << "    x = " << batchNorm(block + "bn") << "\n";
        src << "    x = torch.max_pool2d(torch.relu(x), [2, 2], [2, 2])\n";
    }
    // Channels-last flatten, as Keras (and the Network) do.
    src << "    x = x.permute([0, 2, 3, 1]).flatten(1)\n"
        << "    x = torch.addmm(self.dense0_bias, x, self.dense0_weight.t())\n";
    if (denseBatchNorm) src << "    x = " << batchNorm("dense_bn") << "\n";
    if (config.denseRelu) src << "    x = torch.relu(x)\n";
    src << "    return torch.relu(torch.addmm(self.head_bias, x, self.head_weight.t()))\n";
    return src.str();
}

torch::jit::Module toScriptModule(Network& net) {
    torch::jit::Module module("FaultKENetwork");
    torch::NoGradGuard noGrad;
    for (const auto& p : net->named_parameters())
        module.register_parameter(attributeName(p.key()), p.value().detach().to(torch::kCPU).clone(), false);
    for (const auto& b : net->named_buffers()) {
        if (b.key().find("num_batches_tracked") != std::string::npos) continue;  // training only
        module.register_buffer(attributeName(b.key()), b.value().detach().to(torch::kCPU).clone());
    }
    module.register_attribute("faultke_config", c10::StringType::get(), networkConfigToJson(net->config()));
    module.define(forwardSource(net->config(), static_cast<bool>(net->denseBn)));
    module.eval();
    return module;
}

}  // namespace

ModelInfo exportTorchScript(const std::string& modelPath, const std::string& epoch, const std::string& outputPath) {
    refuseOutputOverInput(outputPath, {modelPath});
    configureCompute();
    ModelInfo info;
    Network net = loadModelNetwork(modelPath, epoch, torch::kCPU, info);
    refuseOutputOverInput(outputPath, {info.weightsPath});  // a run's checkpoint
    info.device = "CPU";
    torch::jit::Module module = toScriptModule(net);
    try {
        // In memory first: libtorch's file writer aborts the process when the disk fills.
        std::ostringstream bytes;
        module.save(bytes);
        writeTextAtomically(outputPath, bytes.str());
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(outputPath, "cannot write the TorchScript module: " + torchErrorText(e));
    }
    return info;
}

std::vector<double> runTorchScript(const std::string& modulePath, const float* windows, size_t count, int height,
                                   int width) {
    if (!std::filesystem::exists(modulePath)) throw Error(modulePath, "no such file");
    torch::jit::Module module;
    try {
        module = torch::jit::load(modulePath, torch::kCPU);
    } catch (const std::exception& e) {
        throw Error(modulePath, "not a TorchScript module: " + torchErrorText(e));
    }
    module.eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor input =
        torch::from_blob(const_cast<float*>(windows), {static_cast<int64_t>(count), 1, height, width}, torch::kFloat32)
            .clone();
    torch::Tensor output;
    try {
        output = module.forward({input}).toTensor();
    } catch (const std::exception& e) {
        throw Error(modulePath, "the module failed to run (" + torchErrorText(e) + ")");
    }
    output = output.reshape({-1}).to(torch::kFloat64).contiguous();
    return std::vector<double>(output.data_ptr<double>(), output.data_ptr<double>() + output.numel());
}

}  // namespace faultke
