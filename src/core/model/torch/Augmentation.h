#pragma once
// Batch augmentation as tensor ops on the batch's device (see model/Augmentation.h for the
// transform): one affine grid per sample, sampled bilinearly with border padding.
#include <torch/torch.h>

#include <vector>

#include "core/model/Augmentation.h"

namespace faultke {

// Per-sample parameters as a (N, 6) float tensor on the CPU: zoomRow, zoomCol, shiftRow,
// shiftCol (pixels), flipVertical, flipHorizontal (0/1). Drawn from torch's default CPU
// generator, so a seed gives the same draws whatever device trains.
torch::Tensor drawAugmentation(const AugmentationConfig& cfg, int64_t n, int64_t height, int64_t width);

// x: (N, 1, H, W) float; draws: (N, 6) as above, any device. Returns the transformed batch.
torch::Tensor applyAugmentation(const torch::Tensor& x, const torch::Tensor& draws);

// Grows (+) or shrinks (-) each sample's traces by steps[i] rows; steps: (N) integers, any device.
torch::Tensor changeThickness(const torch::Tensor& x, const torch::Tensor& steps);

// Both in one: draws for the batch and applies them. Returns x unchanged when cfg is inactive.
torch::Tensor augmentBatch(const torch::Tensor& x, const AugmentationConfig& cfg);

}  // namespace faultke
