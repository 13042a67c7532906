#pragma once
// Any file a user predicts KE for, as the gray picture of its fault map that preprocessFaultMap
// turns into windows: an image as it is; a .npy window or map (non-zero pixels are traces; the
// fault channel of a rows x cols x channels window); one frame of a .mat experiment, cut to the
// crop's rows so it stays at the scale the network was trained on.
//
// Maps that already are binary at window scale (.npy, .mat) keep their traces as drawn: their
// threshold, polarity and thickness are fixed by sourceOptions, whatever the user set for images.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/FaultMapImage.h"

namespace faultke {

enum class FaultMapKind { Image, Npy, MatFrame };
const char* faultMapKindName(FaultMapKind kind);  // "image", "npy", "mat"

struct FaultMapSource {
    std::string path;
    FaultMapKind kind = FaultMapKind::Image;
    GrayImage image;  // binary sources: 255 on traces, 0 elsewhere
    // Binary sources: 1 where the file holds NaN or Inf (image-sized; empty when there is none).
    // Windows touching such pixels are left out, as training leaves them out.
    std::vector<uint8_t> invalid;
    int frame = -1;    // .mat: the frame read (0-based)
    int frames = 0;    // .mat: how many the experiment has
    int firstRow = 0;  // .mat: the frame's rows above the map (the crop's first row)
    // A .npy that is exactly one window: predicted as it is, never left out; its values as stored.
    bool singleWindow = false;
    // The ground size of one pixel when the file says it (a georeferenced GeoTIFF); 0 when unknown.
    // A known scale is used as HeightFit::MapScale (sourceOptions).
    double kmPerPixel = 0;
    std::vector<float> windowValues;

    bool binary() const { return kind != FaultMapKind::Image; }
};

// The last frame of a .mat, as PredictOptions::kLastFrame.
constexpr int kLastMatFrame = -1;

// Reads `path` by its extension. frame: .mat only, 0-based or kLastMatFrame. Throws Error naming
// the file and the problem (unsupported type, unreadable, wrong shape, NaN in a window, no such
// frame).
FaultMapSource readFaultMapSource(const std::string& path, int frame = kLastMatFrame, const CropSpec& crop = {},
                                  const VariableNames& variables = {});

// Every frame of a .mat experiment, the fault variable read once.
std::vector<FaultMapSource> readMatFrameSources(const std::string& path, const CropSpec& crop = {},
                                                const VariableNames& variables = {});

// True for the extensions readFaultMapSource takes: images, .npy, .mat.
bool isFaultMapSourcePath(const std::string& path);

// `options` as they apply to `source`: a map whose file gives its scale is fitted by it (kmPerPixel,
// and the options' km per window height or kFig4WindowKm); binary maps are thresholded at mid-gray, never inverted,
// keep their trace thickness, their scale and their rows (no centring); a single window is kept
// whatever its coverage, unless it holds no trace.
FaultMapOptions sourceOptions(const FaultMapSource& source, FaultMapOptions options);

// Moves the windows of `map` (preprocessed from a binary `source` at its own scale) that touch
// NaN/Inf pixels to map.leftOut, with the reason.
void leaveOutInvalidWindows(const FaultMapSource& source, FaultMapWindows& map);

}  // namespace faultke
