#include "core/model/torch/Loss.h"

#include "core/util/Error.h"

namespace faultke {

torch::Tensor lossTensor(LossKind kind, const torch::Tensor& prediction, const torch::Tensor& ke,
                         const torch::Tensor& sd) {
    const auto squaredError = (prediction.reshape({-1}) - ke).pow(2);
    const auto weight = 1.0 / (sd.pow(2) + kLossSdEpsilon);
    if (kind == LossKind::PerSample) return (squaredError * weight).mean();
    return squaredError.mean() * weight.mean();
}

double batchLoss(LossKind kind, const std::vector<float>& prediction, const std::vector<float>& ke,
                 const std::vector<float>& sd) {
    if (prediction.size() != ke.size() || ke.size() != sd.size())
        throw Error("batchLoss: prediction, KE and SD differ in length");
    if (prediction.empty()) return 0.0;
    auto tensor = [](const std::vector<float>& v) {
        return torch::from_blob(const_cast<float*>(v.data()), {int64_t(v.size())}, torch::kFloat32);
    };
    return lossTensor(kind, tensor(prediction), tensor(ke), tensor(sd)).item<double>();
}

}  // namespace faultke
