#pragma once
// The two loss functions of the original, by name (params.json "loss"):
//   "original"   (default) what the code computes: the batch MSE times the batch mean of
//                1 / (SD^2 + 1e-5);
//   "per-sample" the paper's Eq. 1: mean((KE - pred)^2 / (SD^2 + 1e-5)).
// They agree only when every SD in a batch is the same.
#include <string>
#include <vector>

namespace faultke {

enum class LossKind { Original, PerSample };
constexpr double kLossSdEpsilon = 1e-5;

const char* lossKindName(LossKind kind);
// Throws Error on an unknown name.
LossKind parseLossKind(const std::string& name);

// The loss of one batch, computed by the same code that trains the network.
double batchLoss(LossKind kind, const std::vector<float>& prediction, const std::vector<float>& ke,
                 const std::vector<float>& sd);

}  // namespace faultke
