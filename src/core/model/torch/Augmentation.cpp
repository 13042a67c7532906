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

torch::Tensor augmentBatch(const torch::Tensor& x, const AugmentationConfig& cfg) {
    if (!cfg.active()) return x;
    return applyAugmentation(x, drawAugmentation(cfg, x.size(0), x.size(2), x.size(3)));
}

std::vector<float> augmentImage(const std::vector<float>& image, int height, int width, const AugmentationDraw& draw) {
    if (height < 1 || width < 1 || image.size() != size_t(height) * size_t(width))
        throw Error("augmentImage: the image is not height x width");
    torch::NoGradGuard noGrad;
    auto x = torch::from_blob(const_cast<float*>(image.data()), {1, 1, height, width}, torch::kFloat32).clone();
    auto draws = torch::tensor({float(draw.zoomRow), float(draw.zoomCol), float(draw.shiftRow), float(draw.shiftCol),
                                draw.flipVertical ? 1.0f : 0.0f, draw.flipHorizontal ? 1.0f : 0.0f})
                     .reshape({1, 6});
    auto out = applyAugmentation(x, draws).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

}  // namespace faultke
