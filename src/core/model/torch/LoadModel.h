#pragma once
// Any model a user can name (a run folder and epoch, a checkpoint, a Keras .hdf5/.h5) as a
// Network in eval mode. Shared by the Predictor and the TorchScript export.
//
// Only code under src/core/model includes this header.
#include <torch/script.h>
#include <torch/torch.h>

#include <optional>

#include <string>

#include "core/model/Predictor.h"
#include "core/model/torch/Network.h"

namespace faultke {

// Fills `info` (all but its device). Throws Error naming the path.
Network loadModelNetwork(const std::string& path, const std::string& epoch, const torch::Device& device,
                         ModelInfo& info);
// A TorchScript file FaultKE exported (TorchScriptExport.cpp), with `info` filled (its config from
// the file's faultke_config); nothing when `path` is not one (a checkpoint, a Keras file).
std::optional<torch::jit::Module> loadFaultkeScript(const std::string& path, const torch::Device& device,
                                                    ModelInfo& info);

}  // namespace faultke
