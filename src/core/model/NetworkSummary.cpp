#include "core/model/NetworkSummary.h"

#include "core/model/torch/Checkpoint.h"
#include "core/model/torch/Network.h"

namespace faultke {

namespace {

NetworkSummary summarize(Network& net) {
    NetworkSummary summary;
    summary.config = net->config();
    summary.flatFeatures = net->flatFeatures();
    for (const auto& child : net->named_children()) {
        LayerSummary layer;
        layer.name = child.key();
        layer.kind = child.value()->name();
        // "torch::nn::Conv2dImpl" -> "Conv2d"
        const auto colon = layer.kind.rfind(':');
        if (colon != std::string::npos) layer.kind = layer.kind.substr(colon + 1);
        if (layer.kind.size() > 4 && layer.kind.compare(layer.kind.size() - 4, 4, "Impl") == 0)
            layer.kind.resize(layer.kind.size() - 4);
        for (const auto& p : child.value()->parameters()) {
            layer.shapes.emplace_back(p.sizes().begin(), p.sizes().end());
            layer.parameters += p.numel();
        }
        summary.trainableParameters += layer.parameters;
        summary.layers.push_back(std::move(layer));
    }
    return summary;
}

}  // namespace

const LayerSummary* NetworkSummary::layer(const std::string& name) const {
    for (const auto& l : layers)
        if (l.name == name) return &l;
    return nullptr;
}

NetworkSummary summarizeNetwork(const NetworkConfig& cfg) {
    Network net(cfg);
    return summarize(net);
}

NetworkSummary summarizeCheckpoint(const std::string& path) {
    Network net = loadNetwork(path);
    return summarize(net);
}

}  // namespace faultke
