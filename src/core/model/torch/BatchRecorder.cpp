#include "core/model/torch/BatchRecorder.h"

namespace faultke {

namespace {

BatchFigures score(MetricsAccumulator& metrics, const torch::Tensor& loss, const torch::Tensor& prediction,
                   const torch::Tensor& ke, const torch::Tensor& sd) {
    const auto p = prediction.to(torch::kCPU).contiguous();
    const auto k = ke.to(torch::kCPU).contiguous();
    const auto s = sd.to(torch::kCPU).contiguous();
    const int64_t n = p.numel();
    BatchFigures figures;
    figures.loss = loss.item<double>();
    metrics.addBatch(figures.loss, p.data_ptr<float>(), k.data_ptr<float>(), s.data_ptr<float>(), n);
    int64_t within = 0;
    for (int64_t i = 0; i < n; ++i)
        within += withinSd(p.data_ptr<float>()[i], k.data_ptr<float>()[i], s.data_ptr<float>()[i], 2.0);
    figures.accuracy2sd = n > 0 ? double(within) / double(n) : 0;
    return figures;
}

}  // namespace

void BatchRecorder::add(const torch::Tensor& loss, const torch::Tensor& prediction, const torch::Tensor& ke,
                        const torch::Tensor& sd) {
    if (deferred_) {
        pending_.push_back({loss.detach(), prediction.detach(), ke, sd});
        return;
    }
    last_ = score(metrics_, loss.detach(), prediction.detach(), ke, sd);
}

BatchFigures BatchRecorder::lastBatch() const {
    if (!deferred_ || pending_.empty()) return last_;
    MetricsAccumulator scratch;
    const Batch& b = pending_.back();
    return score(scratch, b.loss, b.prediction, b.ke, b.sd);
}

SplitMetrics BatchRecorder::finish() {
    if (!pending_.empty()) {
        // One transfer of everything the epoch left on the device, then batch by batch as on the CPU.
        std::vector<torch::Tensor> losses, predictions, kes, sds;
        for (const Batch& b : pending_) {
            losses.push_back(b.loss.reshape({1}));
            predictions.push_back(b.prediction);
            kes.push_back(b.ke);
            sds.push_back(b.sd);
        }
        const auto l = torch::cat(losses).to(torch::kCPU, torch::kFloat64).contiguous();
        const auto p = torch::cat(predictions).to(torch::kCPU).contiguous();
        const auto k = torch::cat(kes).to(torch::kCPU).contiguous();
        const auto s = torch::cat(sds).to(torch::kCPU).contiguous();
        int64_t at = 0;
        for (size_t i = 0; i < pending_.size(); ++i) {
            const int64_t n = pending_[i].prediction.numel();
            metrics_.addBatch(l.data_ptr<double>()[i], p.data_ptr<float>() + at, k.data_ptr<float>() + at,
                              s.data_ptr<float>() + at, n);
            at += n;
        }
        pending_.clear();
    }
    return metrics_.result();
}

}  // namespace faultke
