#pragma once
// The KE network's forward pass in eval mode (torch/Network.h), computed only where a window
// differs from an empty one. A fault-map window is mostly empty: its traces cross it in a band of
// rows, and convolution, batch norm and pooling are local, so outside that band (widened by each
// layer's reach) every activation equals the all-zero window's, which is computed once. The dense
// layer adds the band's change to the empty window's output. The result is the network's to
// float rounding; a window with ink in every row costs what the whole network costs.
//
// Plain C++: the weights come as arrays.
#include <cstddef>
#include <vector>

#include "core/model/NetworkConfig.h"

namespace faultke {

// The network's weights in eval mode, batch norm folded into a scale and shift per channel.
struct BandedWeights {
    struct Conv {
        std::vector<float> weight;  // [out][in][3][3]
        std::vector<float> bias;    // [out]
    };
    struct Block {
        Conv conv0, conv1;
        std::vector<float> bnScale, bnShift;  // [channels]; empty without batch norm
    };
    NetworkConfig config;
    std::vector<Block> blocks;
    std::vector<float> dense0Weight;                // [width][flat], flat in channels-last order as Network's
    std::vector<float> dense0Bias;                  // [width]
    std::vector<float> denseBnScale, denseBnShift;  // [width]; empty without batch norm
    std::vector<float> headWeight;                  // [width]
    float headBias = 0;
};

class BandedForward {
public:
    // Throws Error when the arrays do not fit the configuration.
    explicit BandedForward(BandedWeights weights);
    BandedForward(BandedForward&&) noexcept;
    BandedForward& operator=(BandedForward&&) noexcept;
    ~BandedForward();

    // KE of `count` windows (inputHeight x inputWidth floats each, one after another), split
    // between `threads` threads (the caller's among them).
    void predict(const float* windows, size_t count, double* ke, int threads = 1) const;

    int height() const { return weights_.config.inputHeight; }
    int width() const { return weights_.config.inputWidth; }

private:
    struct Layer;  // one block's sizes and its empty-window activations
    struct Scratch;
    void predictSerially(const float* windows, size_t count, double* ke) const;
    double predictOne(const float* window, Scratch& scratch) const;
    double head(const float* dense) const;  // dense batch norm and the head, from dense0's output

    BandedWeights weights_;
    std::vector<Layer> layers_;
    std::vector<float> denseTransposed_;  // [flat][width]
    std::vector<float> emptyDense_;       // dense0 of the empty window, [width]
    double emptyKe_ = 0;
    int pad_ = 1;  // zero columns either side of every row, for the convolutions' padding
};

}  // namespace faultke
