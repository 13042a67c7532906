#pragma once
// A libtorch Network's weights as the plain arrays BandedForward computes with, batch norm
// folded into a scale and shift per channel (eval mode: its running statistics).
#include "core/model/BandedForward.h"
#include "core/model/torch/Network.h"

namespace faultke {

BandedWeights bandedWeights(const Network& net);

}  // namespace faultke
