// Copies the weights of a Keras model file into a Network (Keras layout to torch layout).
#include "core/model/torch/KerasImport.h"

#include <sstream>

#include "core/util/Error.h"

// ---- Into a Network -------------------------------------------------------------------------

namespace faultke {
namespace {

torch::Tensor toTensor(const KerasTensor& tensor) {
    return torch::from_blob(const_cast<float*>(tensor.values.data()), tensor.shape, torch::kFloat32).clone();
}

void copyInto(torch::Tensor& target, const torch::Tensor& source, const std::string& file, const std::string& what) {
    if (target.sizes() != source.sizes())
        throw Error(file, what + " does not fit the network (" + shapeText(source.sizes().vec()) + " vs " +
                              shapeText(target.sizes().vec()) + ")");
    target.copy_(source);
}

void copyConv(torch::nn::Conv2d& conv, const KerasLayer& layer, const std::string& file) {
    // (kh, kw, cin, cout) -> (cout, cin, kh, kw)
    copyInto(conv->weight, toTensor(layer.weights.at("kernel")).permute({3, 2, 0, 1}), file, layer.name + " kernel");
    copyInto(conv->bias, toTensor(layer.weights.at("bias")), file, layer.name + " bias");
}

void copyDense(torch::nn::Linear& linear, const KerasLayer& layer, const std::string& file) {
    // (in, out) -> (out, in)
    copyInto(linear->weight, toTensor(layer.weights.at("kernel")).t(), file, layer.name + " kernel");
    copyInto(linear->bias, toTensor(layer.weights.at("bias")), file, layer.name + " bias");
}

template <typename BatchNorm>
void copyBatchNorm(BatchNorm& bn, const KerasLayer& layer, const std::string& file) {
    copyInto(bn->weight, toTensor(layer.weights.at("gamma")), file, layer.name + " gamma");
    copyInto(bn->bias, toTensor(layer.weights.at("beta")), file, layer.name + " beta");
    copyInto(bn->running_mean, toTensor(layer.weights.at("moving_mean")), file, layer.name + " moving_mean");
    copyInto(bn->running_var, toTensor(layer.weights.at("moving_variance")), file, layer.name + " moving_variance");
}

}  // namespace

Network networkFromKeras(const KerasModel& model, const torch::Device& device) {
    Network net(model.config);
    torch::NoGradGuard noGrad;
    // model.layers is in network order (see KerasModel); walk it alongside the modules.
    size_t next = 0;
    auto take = [&](const char* className) -> const KerasLayer& {
        if (next >= model.layers.size() || model.layers[next].className != className)
            throw Error(model.path, std::string("internal: expected a ") + className + " layer in the weights");
        return model.layers[next++];
    };
    for (const auto& block : net->blocks()) {
        auto conv0 = block.conv0, conv1 = block.conv1;
        copyConv(conv0, take("Conv2D"), model.path);
        copyConv(conv1, take("Conv2D"), model.path);
        if (block.bn) {
            auto bn = block.bn;
            copyBatchNorm(bn, take("BatchNormalization"), model.path);
        }
    }
    copyDense(net->dense0, take("Dense"), model.path);
    if (net->denseBn) copyBatchNorm(net->denseBn, take("BatchNormalization"), model.path);
    copyDense(net->head, take("Dense"), model.path);
    net->eval();
    net->to(device);
    return net;
}

Network loadKerasNetwork(const std::string& path, const torch::Device& device) {
    return networkFromKeras(readKerasModel(path), device);
}

}  // namespace faultke
