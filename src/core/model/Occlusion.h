#pragma once
// What drives a window's prediction: the KE change when each patch of its trace is masked
// (occlusion sensitivity, Zeiler & Fergus 2014). The window is cut into patch x patch squares;
// for each square holding trace pixels, those pixels are set to background and the window
// predicted again. A negative change means the patch raises the KE (masking it lowers it); a
// positive one, that the segment there (a step, a bend, a gap's tip) holds the KE down.
#include <string>
#include <vector>

#include "core/model/Ensemble.h"

namespace faultke {

struct OcclusionMap {
    int rows = 0, cols = 0;  // the window's size
    int patch = 0;
    double baseKe = 0;  // the prediction of the unmasked window (members' mean)
    // rows x cols, row-major: KE with this pixel's patch masked, minus baseKe. 0 where the
    // patch holds no trace (nothing to mask).
    std::vector<double> delta;
    std::vector<float> window;  // the window explained

    double at(int r, int c) const { return delta[static_cast<size_t>(r) * cols + c]; }
};

// `window`: windowHeight() x windowWidth() floats (0 or 1). Throws Error on a wrong size or a
// patch size below 1.
OcclusionMap occlusionMap(const Ensemble& model, const std::vector<float>& window, int patch = 8);

// Writes maps by the extension: .npy (maps x rows x cols float32 KE changes) or .png (the
// windows side by side, red where masking raises the KE, blue where it lowers it, on one
// symmetric scale; trace pixels darker). Atomic. Throws Error naming the file.
void writeOcclusionMaps(const std::string& path, const std::vector<OcclusionMap>& maps);

}  // namespace faultke
