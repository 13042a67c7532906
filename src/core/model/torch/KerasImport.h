#pragma once
// The torch side of the Keras import: a Network holding a Keras model's trained weights.
// Conv kernels (kh, kw, cin, cout) become (cout, cin, kh, kw); Dense kernels (in, out) become
// (out, in) with no row reordering, since the Network flattens channels-last like Keras.
//
// Only code under src/core/model includes this header.
#include <torch/torch.h>

#include <string>

#include "core/model/KerasImport.h"
#include "core/model/torch/Network.h"

namespace faultke {

// A network built from model.config with model's weights, in eval mode, on `device`.
Network networkFromKeras(const KerasModel& model, const torch::Device& device = torch::kCPU);

// readKerasModel + networkFromKeras. Throws Error naming the file.
Network loadKerasNetwork(const std::string& path, const torch::Device& device = torch::kCPU);

}  // namespace faultke
