#include "core/model/torch/Augmentation.h"

#include "core/util/Error.h"

namespace faultke {

torch::Tensor drawAugmentation(const AugmentationConfig& cfg, int64_t n, int64_t height, int64_t width) {
    // Always draw all six columns so switching one part off does not shift the others' draws.
    auto uniform = torch::rand({n, 6}, torch::kFloat64);
    auto symmetric = uniform * 2.0 - 1.0;  // [-1, 1)
    auto draws = torch::empty({n, 6}, torch::kFloat64);
    const double z = cfg.zoomRange;
    draws.select(1, 0) = 1.0 + z * symmetric.select(1, 0);
    draws.select(1, 1) = 1.0 + z * symmetric.select(1, 1);
    draws.select(1, 2) = cfg.shiftRows * double(height) * symmetric.select(1, 2);
    draws.select(1, 3) = cfg.shiftCols * double(width) * symmetric.select(1, 3);
    draws.select(1, 4) = (uniform.select(1, 4) < 0.5).to(torch::kFloat64) * (cfg.flipVertical ? 1.0 : 0.0);
    draws.select(1, 5) = (uniform.select(1, 5) < 0.5).to(torch::kFloat64) * (cfg.flipHorizontal ? 1.0 : 0.0);
    return draws.to(torch::kFloat32);
}

torch::Tensor applyAugmentation(const torch::Tensor& x, const torch::Tensor& draws) {
    const int64_t n = x.size(0), height = x.size(2), width = x.size(3);
    const auto d = draws.to(x.device(), torch::kFloat32);
    // With align_corners = true, normalised -1 and +1 are the centres of the first and last
    // pixels, so 0 is the pixel-centre c = (n - 1) / 2 and one pixel is 2 / (n - 1). Flipping
    // the output about the centre is the same as negating the zoom.
    auto signRow = 1.0 - 2.0 * d.select(1, 4);
    auto signCol = 1.0 - 2.0 * d.select(1, 5);
    auto theta = torch::zeros({n, 2, 3}, x.options());
    theta.select(1, 0).select(1, 0) = d.select(1, 1) * signCol;  // x (columns)
    theta.select(1, 0).select(1, 2) =
        width > 1 ? d.select(1, 3) * (2.0 / double(width - 1)) : torch::zeros_like(signCol);
    theta.select(1, 1).select(1, 1) = d.select(1, 0) * signRow;  // y (rows)
    theta.select(1, 1).select(1, 2) =
        height > 1 ? d.select(1, 2) * (2.0 / double(height - 1)) : torch::zeros_like(signRow);
    const auto grid = torch::nn::functional::affine_grid(theta, {n, x.size(1), height, width}, true);
    return torch::nn::functional::grid_sample(x, grid,
                                              torch::nn::functional::GridSampleFuncOptions()
                                                  .mode(torch::kBilinear)
                                                  .padding_mode(torch::kBorder)
                                                  .align_corners(true));
}

torch::Tensor changeThickness(const torch::Tensor& x, const torch::Tensor& steps) {
    const int64_t n = x.size(0), height = x.size(2);
    const auto s = steps.to(x.device(), torch::kLong).view({n, 1, 1, 1});
    const int64_t most = s.numel() ? s.abs().max().item<int64_t>() : 0;
    auto out = x;
    const auto fault = x.sum({1, 2, 3}, true);
    for (int64_t step = 1; step <= most && height > 1; ++step) {
        // Each row against the row below it: the max adds a row above every trace, the min takes
        // the bottom row of every trace away.
        const auto below = torch::cat({out.narrow(2, 1, height - 1), torch::zeros_like(out.narrow(2, 0, 1))}, 2);
        const auto thicker = torch::maximum(out, below);
        const auto thinner = torch::minimum(out, below);
        const auto keepsHalf = thinner.sum({1, 2, 3}, true) >= 0.5 * fault;
        out = torch::where(s >= step, thicker, torch::where((s <= -step).logical_and(keepsHalf), thinner, out));
    }
    return out;
}

torch::Tensor augmentBatch(const torch::Tensor& x, const AugmentationConfig& cfg) {
    if (!cfg.active()) return x;
    // Drawn after the transform's six columns so that switching thickness on keeps the others' draws.
    const auto draws = drawAugmentation(cfg, x.size(0), x.size(2), x.size(3));
    auto in = x;
    if (cfg.thicknessSteps > 0)
        in = changeThickness(x, torch::randint(-cfg.thicknessSteps, cfg.thicknessSteps + 1, {x.size(0)}, torch::kLong));
    return applyAugmentation(in, draws);
}

std::vector<float> augmentImage(const std::vector<float>& image, int height, int width, const AugmentationDraw& draw) {
    if (height < 1 || width < 1 || image.size() != size_t(height) * size_t(width))
        throw Error("augmentImage: the image is not height x width");
    torch::NoGradGuard noGrad;
    auto x = torch::from_blob(const_cast<float*>(image.data()), {1, 1, height, width}, torch::kFloat32).clone();
    if (draw.thicknessStep != 0) x = changeThickness(x, torch::full({1}, draw.thicknessStep, torch::kLong));
    auto draws = torch::tensor({float(draw.zoomRow), float(draw.zoomCol), float(draw.shiftRow), float(draw.shiftCol),
                                draw.flipVertical ? 1.0f : 0.0f, draw.flipHorizontal ? 1.0f : 0.0f})
                     .reshape({1, 6});
    auto out = applyAugmentation(x, draws).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

}  // namespace faultke
