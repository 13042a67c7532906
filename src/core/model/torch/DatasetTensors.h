#pragma once
// A Dataset as tensors for training and scoring: the windows stay uint8 (a quarter of the
// memory of floats) and are converted per batch; on a GPU they live there when they fit.
#include <torch/torch.h>

#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Loss.h"
#include "core/model/Metrics.h"
#include "core/model/torch/Network.h"

namespace faultke {

struct DatasetTensors {
    torch::Tensor windows;  // (N, 1, H, W) uint8
    torch::Tensor ke, sd;   // (N) float, on the compute device
    torch::Device device = torch::kCPU;

    // Throws Error when the dataset is empty or inconsistent.
    static DatasetTensors build(const Dataset& data, LabelPrecision precision, const torch::Device& device);

    // The float batch of the given sample indices (int64, any device), on the compute device.
    torch::Tensor batch(const torch::Tensor& indices) const;
};

torch::Tensor indexTensor(const std::vector<size_t>& indices);

// Predictions (N) of the network in eval mode for the given samples, in batches, on the CPU.
torch::Tensor predictSamples(Network& net, const DatasetTensors& data, const torch::Tensor& indices, int batchSize);

// Scores the samples in batches of batchSize (the last one partial), every sample counted.
SplitMetrics scorePredictions(LossKind loss, const torch::Tensor& prediction, const torch::Tensor& ke,
                              const torch::Tensor& sd, int batchSize);

}  // namespace faultke
