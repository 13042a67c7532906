#pragma once
// A trained model as a TorchScript file that runs without FaultKE: `torch.jit.load(path)` in
// Python, `torch::jit::load` in C++. The module holds the trained tensors as parameters and
// buffers and a `forward` written in TorchScript that computes the same network in eval mode
// (batch norm with its running statistics, no dropout, channels-last flatten). It takes
// (N, 1, 128, 64) or (N, 128, 64) float windows and returns (N, 1) KE values. Its
// `faultke_config` attribute holds the NetworkConfig as JSON.
#include <cstddef>
#include <string>
#include <vector>

#include "core/model/Predictor.h"

namespace faultke {

// modelPath and epoch as Predictor::load takes them. Atomic. Throws Error naming the file that
// failed. Returns what was exported.
ModelInfo exportTorchScript(const std::string& modelPath, const std::string& epoch, const std::string& outputPath);

// Runs a saved TorchScript module on the CPU on `count` windows of height x width floats, for
// checking an export. Throws Error naming the file when it cannot be loaded or run.
std::vector<double> runTorchScript(const std::string& modulePath, const float* windows, size_t count, int height,
                                   int width);

}  // namespace faultke
