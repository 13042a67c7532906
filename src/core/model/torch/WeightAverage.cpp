#include "core/model/torch/WeightAverage.h"

#include <algorithm>

namespace faultke {

void copyWeights(Network& from, Network& to) {
    torch::NoGradGuard noGrad;
    const auto source = from->named_parameters();
    for (auto& p : to->named_parameters()) p.value().copy_(source[p.key()]);
    const auto sourceBuffers = from->named_buffers();
    for (auto& b : to->named_buffers()) b.value().copy_(sourceBuffers[b.key()]);
}

WeightAverage::WeightAverage(Network trained, double horizonSteps)
    : trained_(std::move(trained)), averaged_(trained_->config()), horizonSteps_(std::max(1.0, horizonSteps)) {
    averaged_->to(trained_->parameters().front().device());
    for (auto& p : averaged_->parameters()) p.set_requires_grad(false);
    copyWeights(trained_, averaged_);
}

void WeightAverage::update() {
    torch::NoGradGuard noGrad;
    ++steps_;
    const double weight = std::max(1.0 / horizonSteps_, 1.0 / double(steps_ + 1));
    const auto trainedParameters = trained_->named_parameters();
    for (auto& p : averaged_->named_parameters()) p.value().lerp_(trainedParameters[p.key()], weight);
    const auto trainedBuffers = trained_->named_buffers();
    for (auto& b : averaged_->named_buffers()) {
        auto& value = b.value();
        const auto& source = trainedBuffers[b.key()];
        if (value.is_floating_point())
            value.lerp_(source, weight);
        else
            value.copy_(source);  // num_batches_tracked
    }
}

}  // namespace faultke
