#pragma once
// An exponential moving average of a network's weights and batch-norm statistics, the network
// that evaluation, checkpoints and predictions use when params.json sets "ema_epochs". Training
// steps move the trained network; the average follows it over about `horizonSteps` batches, so
// one noisy batch late in an epoch no longer decides that epoch's eval figures.
//
// Only code under src/core/model includes this header.
#include <torch/torch.h>

#include "core/model/torch/Network.h"

namespace faultke {

class WeightAverage {
public:
    // Starts as a copy of `trained` (same configuration, same device).
    WeightAverage(Network trained, double horizonSteps);

    // After every optimizer step. The weight of the newest weights is 1 / horizon, larger in the
    // first steps (1 / (t + 1), as a plain mean) so the average does not linger on the start.
    void update();

    // The averaged network, in whatever mode the caller sets.
    Network& averaged() { return averaged_; }

    // Number of updates so far (kept in training checkpoints, so a resumed run continues the
    // same average).
    int64_t steps() const { return steps_; }
    void setSteps(int64_t steps) { steps_ = steps; }

private:
    Network trained_;
    Network averaged_;
    double horizonSteps_;
    int64_t steps_ = 0;
};

// Copies every parameter and buffer of `from` into `to` (same configuration).
void copyWeights(Network& from, Network& to);

}  // namespace faultke
