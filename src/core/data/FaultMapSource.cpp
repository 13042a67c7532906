#include "core/data/FaultMapSource.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <utility>

#include "core/io/MatFile.h"
#include "core/io/Npy.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
namespace {

void markInvalid(FaultMapSource& source, size_t pixel) {
    if (source.invalid.empty()) source.invalid.assign(source.image.pixels.size(), 0);
    source.invalid[pixel] = 1;
}

FaultMapSource readNpySource(const std::string& path, const CropSpec& crop) {
    const NpyArray array = readNpy(path);
    const auto& shape = array.shape;
    if (shape.size() != 2 && shape.size() != 3)
        throw Error(path, "expected a 2-D fault map (rows x columns) or rows x columns x channels, not " +
                              std::to_string(shape.size()) + "-D");
    const size_t rows = shape[0], cols = shape[1], channels = shape.size() == 3 ? shape[2] : 1;
    if (rows == 0 || cols == 0 || channels == 0) throw Error(path, "the array is empty");
    if (channels > 4)
        throw Error(path, "expected rows x columns x channels with at most 4 channels (curl, fault, u, v), not " +
                              std::to_string(channels));
    FaultMapSource source;
    source.path = path;
    source.kind = FaultMapKind::Npy;
    source.singleWindow = static_cast<int>(rows) == crop.height && static_cast<int>(cols) == crop.width;
    source.image.rows = static_cast<int>(rows);
    source.image.cols = static_cast<int>(cols);
    source.image.pixels.resize(rows * cols);
    // Like the original, the fault map is channel 1 of a curl, fault, u, v window.
    const size_t channel = channels > 1 ? 1 : 0;
    for (size_t i = 0; i < rows * cols; ++i) {
        const double v = array.data[i * channels + channel];
        if (!std::isfinite(v) && source.singleWindow) throw Error(path, "the window holds a non-finite value");
        source.image.pixels[i] = std::isfinite(v) && v != 0 ? 255 : 0;
        if (!std::isfinite(v)) markInvalid(source, i);
        if (source.singleWindow) source.windowValues.push_back(static_cast<float>(v));
    }
    return source;
}

// Frames `first` to `last` (kLastMatFrame: the last) of a .mat, the fault variable read once.
std::vector<FaultMapSource> readMatSources(const std::string& path, int first, int last, const CropSpec& crop,
                                           const VariableNames& variables) {
    MatReader reader(path);
    const MatVariableInfo info = reader.info(variables.fault);
    if (!info.numeric)
        throw Error(path, "variable '" + info.name + "' is " + info.description() +
                              ", not a real numeric fault map (double, single, integer or logical)");
    if (info.dims.size() < 2 || info.dims.size() > 3)
        throw Error(path, "variable '" + info.name + "' is not rows x columns [x frames]");
    const int rows = static_cast<int>(info.dims[0]), cols = static_cast<int>(info.dims[1]);
    const int frames = info.dims.size() == 3 ? static_cast<int>(info.dims[2]) : 1;
    if (first == kLastMatFrame) first = frames - 1;
    if (last == kLastMatFrame) last = frames - 1;
    for (int frame : {first, last})
        if (frame < 0 || frame >= frames)
            throw Error(path, "frame " + std::to_string(frame) + " does not exist (the experiment has " +
                                  std::to_string(frames) + " frames, numbered from 0)");
    crop.validate(rows, cols, path);
    const std::vector<float> fault = reader.readSingle(variables.fault);  // column-major (rows, cols, frames)
    std::vector<FaultMapSource> sources;
    for (int frame = first; frame <= last; ++frame) {
        FaultMapSource source;
        source.path = path;
        source.kind = FaultMapKind::MatFrame;
        source.frame = frame;
        source.frames = frames;
        source.firstRow = crop.firstRow;
        source.image.rows = crop.height;
        source.image.cols = cols;
        source.image.pixels.resize(static_cast<size_t>(crop.height) * cols);
        const size_t offset = static_cast<size_t>(frame) * rows * cols;
        for (int r = 0; r < crop.height; ++r)
            for (int c = 0; c < cols; ++c) {
                const float v = fault[offset + (crop.firstRow + r) + static_cast<size_t>(rows) * c];
                source.image.pixels[static_cast<size_t>(r) * cols + c] = std::isfinite(v) && v != 0 ? 255 : 0;
                if (!std::isfinite(v)) markInvalid(source, static_cast<size_t>(r) * cols + c);
            }
        sources.push_back(std::move(source));
    }
    return sources;
}

}  // namespace

const char* faultMapKindName(FaultMapKind kind) {
    switch (kind) {
    case FaultMapKind::Image: return "image";
    case FaultMapKind::Npy: return "npy";
    case FaultMapKind::MatFrame: return "mat";
    }
    return "image";
}

bool isFaultMapSourcePath(const std::string& path) {
    const std::string extension = lowerExtension(path);
    return extension == ".npy" || extension == ".mat" || isFaultMapImagePath(path);
}

FaultMapSource readFaultMapSource(const std::string& path, int frame, const CropSpec& crop,
                                  const VariableNames& variables) {
    const std::string extension = lowerExtension(path);
    if (extension == ".npy") return readNpySource(path, crop);
    if (extension == ".mat") return readMatSources(path, frame, frame, crop, variables).front();
    if (isFaultMapImagePath(path)) {
        FaultMapSource source;
        source.path = path;
        source.image = readGrayImage(path);
        return source;
    }
    throw Error(path,
                "unsupported file type (expected a .png, .jpg, .tif or .bmp image, a .npy map or a .mat "
                "experiment)");
}

std::vector<FaultMapSource> readMatFrameSources(const std::string& path, const CropSpec& crop,
                                                const VariableNames& variables) {
    return readMatSources(path, 0, kLastMatFrame, crop, variables);
}

FaultMapOptions sourceOptions(const FaultMapSource& source, FaultMapOptions options) {
    if (source.kmPerPixel > 0) {
        options.heightFit = HeightFit::MapScale;
        options.kmPerPixel = source.kmPerPixel;
        if (!(options.kmPerWindowHeight > 0)) options.kmPerWindowHeight = kFig4WindowKm;
    }
    if (!source.binary()) return options;
    options.threshold = ThresholdMethod::Fixed;
    options.thresholdValue = 127;
    options.invert = InvertMode::No;
    options.traceThickness = 0;
    options.rotation = Rotation::None;
    options.heightFit = HeightFit::WholeImage;
    options.centring = Centring::None;  // experiment windows stay as training saw them
    // A single window is predicted whatever its trace covers, unless it holds none (as training,
    // which has no empty windows).
    if (source.singleWindow) options.minCoverage = 0;
    return options;
}

// Binary maps are only scaled to the window height (sourceOptions: no rotation, no centring), so
// a window's pixels come from the source's rows and columns divided by the scale.
void leaveOutInvalidWindows(const FaultMapSource& source, FaultMapWindows& map) {
    if (source.invalid.empty()) return;
    if (map.rotated) throw Error(source.path, "a map with NaN or Inf values cannot be rotated");
    const double scale = map.scale > 0 ? map.scale : 1.0;
    const auto sourceSpan = [scale](int first, int count, int limit) {
        const int from = std::clamp(int(std::floor(first / scale)), 0, limit);
        const int to = std::clamp(int(std::ceil((first + count) / scale)), from, limit);
        return std::pair{from, to};
    };
    std::vector<WindowRect> kept;
    std::vector<double> coverage;
    std::vector<int> shift;
    for (size_t i = 0; i < map.windows.size(); ++i) {
        const WindowRect& w = map.windows[i];
        const auto [rowFrom, rowTo] = sourceSpan(w.row, w.height, source.image.rows);
        const auto [colFrom, colTo] = sourceSpan(w.col, w.width, source.image.cols);
        bool invalid = false;
        for (int r = rowFrom; r < rowTo && !invalid; ++r)
            for (int c = colFrom; c < colTo && !invalid; ++c)
                invalid = source.invalid[static_cast<size_t>(r) * source.image.cols + c] != 0;
        if (invalid) {
            map.leftOut.push_back({w, map.coverage[i], "its fault map holds NaN or Inf"});
        } else {
            kept.push_back(w);
            coverage.push_back(map.coverage[i]);
            shift.push_back(i < map.rowShift.size() ? map.rowShift[i] : 0);
        }
    }
    map.windows = std::move(kept);
    map.coverage = std::move(coverage);
    map.rowShift = std::move(shift);
}

}  // namespace faultke
