#include "core/model/torch/Network.h"

#include <string>

#include "core/util/Error.h"

namespace faultke {

void validateNetworkConfig(const NetworkConfig& cfg) {
    auto fail = [](const std::string& what) { throw Error("invalid network configuration: " + what); };
    if (cfg.blocks < 1 || cfg.blocks > 6) fail("blocks must be between 1 and 6");
    if (cfg.baseChannels < 1) fail("num_channels must be positive");
    if (cfg.dilation < 1) fail("dilation must be positive");
    if (cfg.denseWidth < 0) fail("dense_width must be positive (or 0 for the original's choice)");
    if (!(cfg.dropout >= 0.0 && cfg.dropout < 1.0)) fail("dropout must be in [0, 1)");
    if (!(cfg.bnMomentum >= 0.0 && cfg.bnMomentum <= 1.0)) fail("bn_momentum must be in [0, 1]");
    if (!(cfg.bnEpsilon > 0.0)) fail("batch norm epsilon must be positive");
    const int reduce = 1 << cfg.blocks;
    if (cfg.inputHeight < reduce || cfg.inputWidth < reduce || cfg.inputHeight % reduce != 0 ||
        cfg.inputWidth % reduce != 0)
        fail("input " + std::to_string(cfg.inputHeight) + " x " + std::to_string(cfg.inputWidth) +
             " is not divisible by 2^" + std::to_string(cfg.blocks));
}

int effectiveDenseWidth(const NetworkConfig& cfg) { return cfg.denseWidth > 0 ? cfg.denseWidth : 2 * cfg.baseChannels; }

NetworkImpl::NetworkImpl(const NetworkConfig& config) : config_(config) {
    validateNetworkConfig(config_);
    // Keras: running = m * running + (1 - m) * batch; torch: running = (1 - m') * running + m' * batch.
    const double torchMomentum = 1.0 - config_.bnMomentum;
    int inChannels = 1;
    int channels = config_.baseChannels;
    for (int b = 0; b < config_.blocks; ++b) {
        channels = config_.baseChannels << b;
        const std::string prefix = "block" + std::to_string(b) + "_";
        Block block;
        block.conv0 = register_module(prefix + "conv0",
                                      torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, channels, 3).padding(1)));
        block.conv1 = register_module(
            prefix + "conv1",
            torch::nn::Conv2d(
                torch::nn::Conv2dOptions(channels, channels, 3).padding(config_.dilation).dilation(config_.dilation)));
        if (config_.batchNorm)
            block.bn = register_module(
                prefix + "bn",
                torch::nn::BatchNorm2d(
                    torch::nn::BatchNormOptions(channels).eps(config_.bnEpsilon).momentum(torchMomentum)));
        blocks_.push_back(block);
        inChannels = channels;
    }
    const int reduce = 1 << config_.blocks;
    flatFeatures_ = int64_t(config_.inputHeight / reduce) * (config_.inputWidth / reduce) * channels;
    const int width = effectiveDenseWidth(config_);
    dense0 = register_module("dense0", torch::nn::Linear(flatFeatures_, width));
    dropout = register_module("dropout", torch::nn::Dropout(torch::nn::DropoutOptions(config_.dropout)));
    if (config_.batchNorm)
        denseBn = register_module(
            "dense_bn",
            torch::nn::BatchNorm1d(torch::nn::BatchNormOptions(width).eps(config_.bnEpsilon).momentum(torchMomentum)));
    head = register_module("head", torch::nn::Linear(width, 1));
    initializeLikeKeras();
}

void NetworkImpl::initializeLikeKeras() {
    // Keras' defaults: Glorot-uniform kernels and zero biases (torch's defaults differ); batch
    // norm starts at gamma 1, beta 0, mean 0, variance 1 in both.
    torch::NoGradGuard noGrad;
    for (auto& block : blocks_)
        for (auto* conv : {&block.conv0, &block.conv1}) {
            torch::nn::init::xavier_uniform_((*conv)->weight);
            torch::nn::init::zeros_((*conv)->bias);
        }
    for (auto* linear : {&dense0, &head}) {
        torch::nn::init::xavier_uniform_((*linear)->weight);
        torch::nn::init::zeros_((*linear)->bias);
    }
}

void NetworkImpl::initializeLikeTorch() {
    for (auto& block : blocks_)
        for (auto* conv : {&block.conv0, &block.conv1}) (*conv)->reset_parameters();
    for (auto* linear : {&dense0, &head}) (*linear)->reset_parameters();
}

void NetworkImpl::beginBatchNormRecalibration() {
    eval();
    auto begin = [](auto& bn) {
        if (!bn) return;
        bn->options.momentum(c10::nullopt);  // a cumulative average over the batches
        bn->reset_running_stats();
        bn->train();
    };
    for (auto& block : blocks_) begin(block.bn);
    begin(denseBn);
}

void NetworkImpl::endBatchNormRecalibration() {
    const double torchMomentum = 1.0 - config_.bnMomentum;
    for (auto& block : blocks_)
        if (block.bn) block.bn->options.momentum(torchMomentum);
    if (denseBn) denseBn->options.momentum(torchMomentum);
    eval();
}

torch::Tensor NetworkImpl::forward(torch::Tensor x) {
    if (x.dim() == 3) x = x.unsqueeze(1);
    for (auto& block : blocks_) {
        x = block.conv1(block.conv0(x));
        if (block.bn) x = block.bn(x);
        // relu(max) == max(relu), and pooling first hands relu (and autograd's copy of its
        // output) a quarter of the values.
        x = torch::relu(torch::max_pool2d(x, 2));
    }
    // Channels-last flatten, as Keras does (see the header).
    x = x.permute({0, 2, 3, 1}).flatten(1);
    x = dropout(dense0(x));
    if (denseBn) x = denseBn(x);
    if (config_.denseRelu) x = torch::relu(x);
    return torch::relu(head(x));
}

int64_t NetworkImpl::trainableParameterCount() const {
    int64_t count = 0;
    for (const auto& p : parameters())
        if (p.requires_grad()) count += p.numel();
    return count;
}

}  // namespace faultke
