#pragma once
// A run that starts from a trained model (params.json's "start_from"; the Trainer reads it
// through model/torch/StartingWeights.h): what a start_from names, seen without torch.
#include <map>
#include <string>

namespace faultke {

// The model `startFrom` names, read as a training reads it: each parameter's and batch-norm
// statistic's fingerprint by its layer name ("block0_conv0.weight", "head.bias", ...), so two
// models can be compared layer by layer. Throws Error naming the model.
std::map<std::string, std::string> modelLayerFingerprints(const std::string& startFrom);

}  // namespace faultke
