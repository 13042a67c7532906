#pragma once
// The training loss as a differentiable torch expression (see model/Loss.h).
#include <torch/torch.h>

#include "core/model/Loss.h"

namespace faultke {

// prediction (N) or (N, 1); ke, sd (N). Returns a scalar.
torch::Tensor lossTensor(LossKind kind, const torch::Tensor& prediction, const torch::Tensor& ke,
                         const torch::Tensor& sd);

}  // namespace faultke
