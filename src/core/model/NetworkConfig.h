#pragma once
// Hyperparameters of the KE network (section 5 of the original). The defaults give the
// published architecture exactly, parameter for parameter. Plain C++: no torch here.
#include <string>

#include "core/data/WindowSize.h"

namespace faultke {

struct NetworkConfig {
    int inputHeight = kWindowRows;
    int inputWidth = kWindowColumns;
    int baseChannels = 4;  // params.json "num_channels"; block b has baseChannels * 2^b
    int blocks = 2;
    int dilation = 2;         // of each block's second convolution
    bool batchNorm = true;    // "use_batch_norm"
    double bnMomentum = 0.8;  // Keras sense: running = momentum * running + (1 - momentum) * batch
    double bnEpsilon = 1e-3;
    double dropout = 0.2;
    int denseWidth = 0;  // 0 means the original's choice, 2 * baseChannels (8)
    // A ReLU after the dense layer (and its batch norm). The original has none, so its head adds up
    // what each part of the window contributes; with it, two strands can read less than one.
    bool denseRelu = false;
};

// The configuration as a JSON object (keys as in params.json where the original has them:
// num_channels, use_batch_norm, bn_momentum; new ones beside them). Stored in checkpoints.
std::string networkConfigToJson(const NetworkConfig& cfg);
// Missing keys keep their defaults; throws Error on malformed JSON or wrong value types.
NetworkConfig networkConfigFromJson(const std::string& json);

}  // namespace faultke
