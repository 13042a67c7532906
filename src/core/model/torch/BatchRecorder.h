#pragma once
// The training figures of one epoch, batch by batch. On the CPU each batch is scored as it ends;
// on a GPU the batches' losses and predictions stay on the device and come to the host in one
// transfer at the end of the epoch, so the GPU never waits for the host between batches. Either
// way the epoch's figures are the same (MetricsAccumulator over every batch).
#include <torch/torch.h>

#include <vector>

#include "core/model/Metrics.h"

namespace faultke {

struct BatchFigures {
    double loss = 0;
    double accuracy2sd = 0;
};

class BatchRecorder {
public:
    explicit BatchRecorder(bool deferred) : deferred_(deferred) {}
    bool deferred() const { return deferred_; }

    void add(const torch::Tensor& loss, const torch::Tensor& prediction, const torch::Tensor& ke,
             const torch::Tensor& sd);
    // The figures of the batch added last (on a GPU this waits for it).
    BatchFigures lastBatch() const;
    // The epoch's figures over every batch added.
    SplitMetrics finish();

private:
    struct Batch {
        torch::Tensor loss, prediction, ke, sd;
    };
    bool deferred_;
    std::vector<Batch> pending_;  // on the device, until finish()
    MetricsAccumulator metrics_;
    BatchFigures last_;
};

}  // namespace faultke
