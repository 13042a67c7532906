#pragma once
// What a network is made of, in plain types: its layers by their stable names (block0_conv0,
// block0_conv1, block0_bn, ..., dense0, dense_bn, head), their parameter shapes and counts.
// For the CLI and the GUI, which never include torch.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/NetworkConfig.h"

namespace faultke {

struct LayerSummary {
    std::string name;                          // "block0_conv0"
    std::string kind;                          // "Conv2d", "BatchNorm2d", "Linear", ...
    std::vector<std::vector<int64_t>> shapes;  // trainable parameter shapes (weight, bias)
    int64_t parameters = 0;                    // trainable
};

struct NetworkSummary {
    NetworkConfig config;
    std::vector<LayerSummary> layers;
    int64_t trainableParameters = 0;
    int64_t flatFeatures = 0;  // input of dense0

    const LayerSummary* layer(const std::string& name) const;
};

// Throws Error when the configuration is invalid.
NetworkSummary summarizeNetwork(const NetworkConfig& cfg);
// The network stored in a checkpoint file; throws Error naming the file when it is broken.
NetworkSummary summarizeCheckpoint(const std::string& path);

}  // namespace faultke
