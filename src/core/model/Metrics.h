#pragma once
// The figures reported per split and epoch: loss, 2SD and 1SD accuracy (|pred - KE| <= k SD,
// the code's "<="), MSE, MAE and R^2. Plain C++.
#include <cstdint>
#include <vector>

#include "core/model/Loss.h"

namespace faultke {

struct SplitMetrics {
    int64_t count = 0;
    double loss = 0;
    double accuracy2sd = 0;
    double accuracy1sd = 0;
    double mse = 0;
    double mae = 0;
    double r2 = 0;  // 1 - SSE / SST; 0 when the targets have no spread
};

inline bool withinSd(double prediction, double ke, double sd, double k) {
    const double d = prediction - ke;
    return (d < 0 ? -d : d) <= k * sd;
}

// Accumulates predictions batch by batch. The loss is the sample-weighted mean of batch
// losses (what Keras reports); the other figures are over all samples.
class MetricsAccumulator {
public:
    void addBatch(double batchLoss, const float* prediction, const float* ke, const float* sd, int64_t n);
    SplitMetrics result() const;

private:
    int64_t count_ = 0;
    double lossSum_ = 0, within2_ = 0, within1_ = 0, sse_ = 0, sae_ = 0, sumKe_ = 0, sumKe2_ = 0;
};

// Every sample scored in batches of batchSize (the last one partial).
SplitMetrics computeMetrics(LossKind loss, const std::vector<float>& prediction, const std::vector<float>& ke,
                            const std::vector<float>& sd, int batchSize);

}  // namespace faultke
