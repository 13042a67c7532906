#include "core/model/Metrics.h"

#include <algorithm>
#include <cmath>

#include "core/util/Error.h"

namespace faultke {

void MetricsAccumulator::addBatch(double batchLoss, const float* prediction, const float* ke, const float* sd,
                                  int64_t n) {
    lossSum_ += batchLoss * double(n);
    for (int64_t i = 0; i < n; ++i) {
        const double d = double(prediction[i]) - double(ke[i]);
        within2_ += withinSd(prediction[i], ke[i], sd[i], 2.0);
        within1_ += withinSd(prediction[i], ke[i], sd[i], 1.0);
        sse_ += d * d;
        sae_ += std::abs(d);
        sumKe_ += ke[i];
        sumKe2_ += double(ke[i]) * ke[i];
    }
    count_ += n;
}

SplitMetrics MetricsAccumulator::result() const {
    SplitMetrics m;
    m.count = count_;
    if (count_ == 0) return m;
    const double n = double(count_);
    m.loss = lossSum_ / n;
    m.accuracy2sd = within2_ / n;
    m.accuracy1sd = within1_ / n;
    m.mse = sse_ / n;
    m.mae = sae_ / n;
    const double sst = sumKe2_ - sumKe_ * sumKe_ / n;
    m.r2 = sst > 1e-12 * n ? 1.0 - sse_ / sst : 0.0;
    return m;
}

SplitMetrics computeMetrics(LossKind loss, const std::vector<float>& prediction, const std::vector<float>& ke,
                            const std::vector<float>& sd, int batchSize) {
    if (prediction.size() != ke.size() || ke.size() != sd.size())
        throw Error("computeMetrics: prediction, KE and SD differ in length");
    if (batchSize < 1) throw Error("computeMetrics: batch size must be positive");
    MetricsAccumulator acc;
    for (size_t begin = 0; begin < prediction.size(); begin += size_t(batchSize)) {
        const size_t end = std::min(prediction.size(), begin + size_t(batchSize));
        const std::vector<float> p(prediction.begin() + begin, prediction.begin() + end);
        const std::vector<float> k(ke.begin() + begin, ke.begin() + end);
        const std::vector<float> s(sd.begin() + begin, sd.begin() + end);
        acc.addBatch(batchLoss(loss, p, k, s), p.data(), k.data(), s.data(), int64_t(p.size()));
    }
    return acc.result();
}

}  // namespace faultke
