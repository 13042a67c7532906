#include "core/model/torch/BandedWeights.h"

namespace faultke {

namespace {

std::vector<float> values(const torch::Tensor& t) {
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

BandedWeights::Conv conv(const torch::nn::Conv2d& c) { return {values(c->weight), values(c->bias)}; }

// y = (x - mean) / sqrt(var + eps) * gamma + beta  =  x * scale + shift
template <class BatchNorm>
void fold(const BatchNorm& bn, std::vector<float>& scale, std::vector<float>& shift) {
    if (!bn) return;
    const double eps = bn->options.eps();
    const torch::Tensor s =
        bn->weight.detach().to(torch::kFloat64) / torch::sqrt(bn->running_var.detach().to(torch::kFloat64) + eps);
    scale = values(s);
    shift = values(bn->bias.detach().to(torch::kFloat64) - bn->running_mean.detach().to(torch::kFloat64) * s);
}

}  // namespace

BandedWeights bandedWeights(const Network& net) {
    torch::NoGradGuard noGrad;
    BandedWeights w;
    w.config = net->config();
    for (const auto& block : net->blocks()) {
        BandedWeights::Block b{conv(block.conv0), conv(block.conv1), {}, {}};
        fold(block.bn, b.bnScale, b.bnShift);
        w.blocks.push_back(std::move(b));
    }
    w.dense0Weight = values(net->dense0->weight);
    w.dense0Bias = values(net->dense0->bias);
    fold(net->denseBn, w.denseBnScale, w.denseBnShift);
    w.headWeight = values(net->head->weight);
    w.headBias = values(net->head->bias).front();
    return w;
}

}  // namespace faultke
