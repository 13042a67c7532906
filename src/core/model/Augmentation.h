#pragma once
// Training augmentation (section 6 of the original, Keras ImageDataGenerator), per sample:
// independent row and column zoom in [1 - z, 1 + z], a row shift of up to +-shiftRows * height
// and a column shift of up to +-shiftCols * width (pixels, real-valued), vertical and
// horizontal flips with probability 1/2 each; bilinear interpolation; fill mode "nearest"
// (points outside the window take the value of the nearest border pixel).
//
// As Keras, the transform is about the window centre in pixel coordinates, c = (n - 1) / 2:
// output pixel (i, j) samples the input at
//     (zoomRow * (i - c_i) + c_i + shiftRow,  zoomCol * (j - c_j) + c_j + shiftCol)
// and the flips are applied to the result. Plain C++ here; the batch implementation is in
// model/torch/Augmentation.h.
//
// FaultKE adds a change of trace thickness before that transform (not in the original): each
// sample's traces grow or shrink by a whole number of rows drawn in [-thicknessSteps,
// thicknessSteps] (a one-row vertical dilation or erosion per step). A mapped trace's width says
// nothing about its slip; shrinking is skipped where it would erase more than half of the fault.
#include <vector>

namespace faultke {

struct AugmentationConfig {
    bool enabled = true;         // master switch
    double zoomRange = 0.05;     // 0 disables zoom
    double shiftRows = 0.1;      // fraction of the height; 0 disables
    double shiftCols = 0.1;      // fraction of the width; 0 disables
    bool flipVertical = true;    // rows reversed
    bool flipHorizontal = true;  // columns reversed
    int thicknessSteps = 0;      // rows a trace may grow or shrink by; 0 disables

    bool active() const {
        return enabled && (zoomRange > 0 || shiftRows > 0 || shiftCols > 0 || flipVertical || flipHorizontal ||
                           thicknessSteps > 0);
    }
};

// One sample's drawn transform.
struct AugmentationDraw {
    double zoomRow = 1, zoomCol = 1;
    double shiftRow = 0, shiftCol = 0;  // pixels
    bool flipVertical = false, flipHorizontal = false;
    int thicknessStep = 0;  // rows the traces grow (+) or shrink (-) by before the transform
};

// Applies one explicit transform to a height x width row-major image (the same code path as
// training uses for batches).
std::vector<float> augmentImage(const std::vector<float>& image, int height, int width, const AugmentationDraw& draw);

}  // namespace faultke
