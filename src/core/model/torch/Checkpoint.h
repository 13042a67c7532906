#pragma once
// Network checkpoints: one libtorch archive holding the weights, the batch norm running
// statistics and the NetworkConfig (as JSON under "faultke_network_config"), so a file alone
// rebuilds its network. Training checkpoints are the same archive plus the optimizer state and
// the trainer's own state, so every epoch-NNN.pt of a run is also a plain network checkpoint.
//
// Only code under src/core/model includes this header.
#include <torch/torch.h>

#include <string>

#include "core/model/torch/Network.h"

namespace faultke {

// Atomic (temporary file + rename). Throws Error naming the file on failure.
void saveNetwork(const std::string& path, Network& net, const NetworkConfig& cfg);

// The network of a checkpoint, in eval mode, on `device`; its config is net->config().
// Throws Error naming the file when it is missing, unreadable or not a FaultKE checkpoint.
Network loadNetwork(const std::string& path, const torch::Device& device = torch::kCPU);

// Reads only the configuration of a checkpoint.
NetworkConfig loadNetworkConfig(const std::string& path);

// A training checkpoint: the network plus the Adam state (moments and step counts) and a JSON
// text the trainer keeps beside them (epoch, seed, ...). Atomic. With a weight average, the
// average is the checkpoint's network (what evaluation scored and predictions use) and the
// trained weights, which training resumes from, are kept beside it.
void saveTrainingCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                            const std::string& trainerStateJson, Network* averaged = nullptr);

// Restores weights, running statistics and optimizer state into existing objects built with the
// checkpoint's configuration (and the average into `averaged`, when given); returns the
// trainer's JSON text. Throws Error naming the file.
std::string loadTrainingCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                                   Network* averaged = nullptr);

}  // namespace faultke
