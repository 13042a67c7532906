#pragma once
// The KE network (section 5 of the original) as a libtorch module built from a NetworkConfig.
// Default configuration = the published architecture, parameter for parameter:
//
//   per block b (c = baseChannels * 2^b):
//     block{b}_conv0  Conv2d(cin -> c, 3x3, padding 1)              Keras Conv2D(c, 3, same)
//     block{b}_conv1  Conv2d(c -> c, 3x3, dilation 2, padding 2)    Keras Conv2D(c, 3, dilation 2, same)
//     block{b}_bn     BatchNorm2d(c, eps 1e-3, momentum 1 - keras)  (absent without batch norm)
//     ReLU, MaxPool 2x2
//   Flatten, channels-last (see below)
//   dense0    Linear(flat -> denseWidth)
//   Dropout(dropout)
//   dense_bn  BatchNorm1d(denseWidth)                               (absent without batch norm)
//   head      Linear(denseWidth -> 1), ReLU
//
// Flatten is channels-last: the (N, C, H, W) feature map is permuted to (N, H, W, C) before it
// is flattened, which is the order Keras flattens in. A Keras Dense kernel (in x out) therefore
// copies into dense0.weight as its plain transpose, with no reordering of its rows.
//
// Only code under src/core/model includes this header.
#include <torch/torch.h>

#include <vector>

#include "core/model/NetworkConfig.h"

namespace faultke {

// Throws Error when the configuration cannot build a network (non-positive sizes, an input not
// divisible by 2^blocks, a dropout outside [0, 1)).
void validateNetworkConfig(const NetworkConfig& cfg);

// The dense width actually used (resolves denseWidth = 0).
int effectiveDenseWidth(const NetworkConfig& cfg);

class NetworkImpl : public torch::nn::Module {
public:
    explicit NetworkImpl(const NetworkConfig& config = NetworkConfig());

    // x: (N, 1, H, W) or (N, H, W) float; returns (N, 1), non-negative.
    torch::Tensor forward(torch::Tensor x);

    const NetworkConfig& config() const { return config_; }
    int64_t flatFeatures() const { return flatFeatures_; }
    int64_t trainableParameterCount() const;

    // Re-draws the weights as Keras initializes them (done by the constructor, from torch's
    // default generator).
    void initializeLikeKeras();
    // Re-draws the weights as libtorch's modules initialize them (Kaiming-uniform, a = sqrt(5)).
    void initializeLikeTorch();
    // Batch-norm statistics computed again: begin resets them, puts the batch-norm layers in
    // training mode with a plain average over the batches that follow and everything else
    // (dropout) in eval mode; forward the batches (without gradients); end restores the momentum
    // and leaves the network in eval mode.
    void beginBatchNormRecalibration();
    void endBatchNormRecalibration();

    // Submodules, by the stable names they are registered under (block{b}_conv0, ...).
    struct Block {
        torch::nn::Conv2d conv0{nullptr};
        torch::nn::Conv2d conv1{nullptr};
        torch::nn::BatchNorm2d bn{nullptr};  // null without batch norm
    };
    const std::vector<Block>& blocks() const { return blocks_; }
    torch::nn::Linear dense0{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::BatchNorm1d denseBn{nullptr};  // "dense_bn"; null without batch norm
    torch::nn::Linear head{nullptr};

private:
    NetworkConfig config_;
    std::vector<Block> blocks_;
    int64_t flatFeatures_ = 0;
};
TORCH_MODULE(Network);

}  // namespace faultke
