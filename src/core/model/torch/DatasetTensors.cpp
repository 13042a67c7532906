#include "core/model/torch/DatasetTensors.h"

#include <algorithm>

#include "core/model/torch/Loss.h"
#include "core/util/Error.h"

namespace faultke {

DatasetTensors DatasetTensors::build(const Dataset& data, LabelPrecision precision, const torch::Device& device) {
    const int64_t n = int64_t(data.size());
    const int64_t pixels = int64_t(data.height) * data.width;
    if (n == 0) throw Error("the dataset has no samples");
    if (data.height < 1 || data.width < 1 || int64_t(data.windows.size()) != n * pixels)
        throw Error("the dataset's windows do not match its sample count and window size");
    DatasetTensors t;
    t.device = device;
    auto windows =
        torch::from_blob(const_cast<uint8_t*>(data.windows.data()), {n, 1, data.height, data.width}, torch::kUInt8);
    std::vector<float> ke(static_cast<size_t>(n)), sd(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        ke[size_t(i)] = float(data.samples[size_t(i)].targetKe(precision));
        sd[size_t(i)] = float(data.samples[size_t(i)].targetSd(precision));
    }
    t.ke = torch::tensor(ke).to(device);
    t.sd = torch::tensor(sd).to(device);
    if (device.is_cuda()) {
        try {
            t.windows = windows.to(device);
        } catch (const c10::Error&) {
            t.windows = windows.clone();  // too big for the GPU: batches are copied over one by one
        }
    } else {
        t.windows = windows;  // a view of the dataset's own memory
    }
    return t;
}

torch::Tensor DatasetTensors::batch(const torch::Tensor& indices) const {
    auto x = windows.index_select(0, indices.to(windows.device()));
    return x.to(device, torch::kFloat32);
}

torch::Tensor indexTensor(const std::vector<size_t>& indices) {
    std::vector<int64_t> v(indices.begin(), indices.end());
    return torch::tensor(v, torch::kInt64);
}

torch::Tensor predictSamples(Network& net, const DatasetTensors& data, const torch::Tensor& indices, int batchSize) {
    torch::NoGradGuard noGrad;
    const bool wasTraining = net->is_training();
    net->eval();
    const int64_t n = indices.numel();
    // Without autograd, batches beyond 64 windows are no faster on a CPU, only bigger in memory.
    const int64_t chunk = data.device.is_cuda() ? batchSize : std::min<int64_t>(batchSize, 64);
    std::vector<torch::Tensor> parts;
    for (int64_t begin = 0; begin < n; begin += chunk) {
        const auto idx = indices.slice(0, begin, std::min(n, begin + chunk));
        parts.push_back(net->forward(data.batch(idx)).reshape({-1}));
    }
    if (wasTraining) net->train();
    // One transfer at the end: on a GPU the batches run without waiting for the host.
    return parts.empty() ? torch::zeros({0}) : torch::cat(parts).to(torch::kCPU);
}

SplitMetrics scorePredictions(LossKind loss, const torch::Tensor& prediction, const torch::Tensor& ke,
                              const torch::Tensor& sd, int batchSize) {
    const auto p = prediction.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto k = ke.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto s = sd.to(torch::kCPU, torch::kFloat32).contiguous();
    MetricsAccumulator acc;
    const int64_t n = p.numel();
    for (int64_t begin = 0; begin < n; begin += batchSize) {
        const int64_t end = std::min(n, begin + batchSize);
        const double batchLoss =
            lossTensor(loss, p.slice(0, begin, end), k.slice(0, begin, end), s.slice(0, begin, end)).item<double>();
        acc.addBatch(batchLoss, p.data_ptr<float>() + begin, k.data_ptr<float>() + begin, s.data_ptr<float>() + begin,
                     end - begin);
    }
    return acc.result();
}

}  // namespace faultke
