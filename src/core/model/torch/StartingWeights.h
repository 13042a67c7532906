#pragma once
// The weights a run starts from when params.json names a trained model ("start_from"): the
// model read (the bundled model's member, a run's epoch, a checkpoint, a TorchScript export or a
// Keras .hdf5), checked to have this network's shape layer by layer, copied in, and the layers
// "freeze" names kept as they are (no gradient; their batch norms' statistics held too).
//
// Only code under src/core/model includes this header.
#include <torch/torch.h>

#include <string>

#include "core/model/TrainParams.h"
#include "core/model/torch/Network.h"

namespace faultke {

struct StartingModel {
    Network net{nullptr};
    std::string description;  // "bundled model, member 1", "run R, epoch 7 (best)", ...
};

// Reads the model `startFrom` names, on `device`. Throws Error naming it when it cannot.
StartingModel loadStartingModel(const std::string& startFrom, const torch::Device& device);
// Copies `from`'s weights and batch-norm statistics into `to`. Throws Error(source, ...) naming
// the first layer whose shape differs (or that one of them lacks), or the setting that makes the
// same shapes compute something else (dilation, batch norm's epsilon).
void copyStartingWeights(Network& from, Network& to, const std::string& source);
// A short fingerprint of a network's weights and statistics (16 hex digits).
std::string weightsFingerprint(Network& net);
// Whether a parameter or buffer (by its name in the Network) is kept as it is.
bool isFrozen(const std::string& name, Freeze freeze);
// Turns the gradient of the frozen parameters off.
void freezeLayers(Network& net, Freeze freeze);
// After net->train(): the frozen layers' batch norms back in eval mode, so their statistics stay
// those of the starting model.
void holdFrozenStatistics(Network& net, Freeze freeze);

}  // namespace faultke
