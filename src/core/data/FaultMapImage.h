#pragma once
// Turns a picture of a real fault map (PNG, JPEG, TIFF, BMP: traces drawn on a plain
// background, as in fig4 of the paper) into the binary 128 x 64 windows the network reads.
//
// The steps, each a setting of FaultMapOptions:
//  1. grayscale (a transparent background counts as white);
//  2. threshold: Otsu's level by default, or a fixed gray level;
//  3. polarity: traces are the minority class, so the image is inverted automatically when the
//     dark class is the smaller one (dark traces on a light background), or as set;
//  4. rotation (by default): the strike is estimated from the traces' structure tensor (the mean
//     direction of their pieces), or typed, and the map rotated by minus that angle so the strike
//     is horizontal (on an enlarged canvas, of which the map's original height is kept);
//  5. scale, keeping the aspect ratio: the image height, or the band of rows holding traces
//     plus a margin, becomes the window height (128 rows); or a map scale: the image's km per
//     pixel and the km one window height stands for, about the middle of the trace band;
//  6. trace thickness: traces are thinned to one pixel (Zhang-Suen) and dilated to N pixels,
//     in window pixels, like the 2, 3 and 4 px traces of fig4 (3 by default; 0 keeps them);
//  7. windows of 64 columns every `stride` columns along strike (the original's crop), one KE
//     prediction each; by default every window's traces move up or down by the same rows, so the
//     middle of the band holding the whole map's traces is the middle row, where the training
//     windows have their fault (Centring). A window whose trace covers less than `minCoverage` of
//     its columns is left out (a trace that barely enters a window says nothing about the fault),
//     and so is one without any trace; both are kept in `leftOut` with the reason.
// docs/prediction.md gives each choice's measured effect on fig4's maps and on drawn shapes.
// Plain C++ in the interface; OpenCV stays inside the implementation. Reading and writing the
// pictures themselves: GrayImage.h.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/GrayImage.h"
#include "core/data/WindowSize.h"

namespace faultke {

enum class ThresholdMethod { Otsu, Fixed };
enum class InvertMode { Auto, Yes, No };
// None keeps the map as drawn; ToStrike rotates by the estimated strike; Degrees by a typed one.
enum class Rotation { None, ToStrike, Degrees };
// What is scaled to the window height: the whole image, the rows that hold traces, or what a
// map scale says (kmPerPixel, kmPerWindowHeight).
enum class HeightFit { WholeImage, TraceBand, MapScale };
// How the traces are moved across strike before predicting, as the training windows have their
// fault about the middle row: not at all; every window by the same rows, the middle of the whole
// map's traces to the middle row (Map); each window by a smooth centreline through the traces at
// its middle; or each window by the middle of its own trace rows (a stepover then reads like one
// trace). docs/prediction.md measures each.
enum class Centring { None, Map, Centreline, EachWindow };
const char* centringName(Centring centring);  // "none", "map", "centreline", "window"
// Parses centringName's words; throws Error naming the text otherwise.
Centring parseCentring(const std::string& text);

// What one window height stands for on the ground when a file gives the map's true scale (GIS
// traces, GeoTIFF maps): fig4's inset maps measured against their 1 km scale bars are 88 px tall
// inside their frames, with bars of 16 px (Calico), 29 px (San Andreas) and 24 px (Futagawa),
// i.e. 5.5, 3.0 and 3.7 km; 4 km is their mean, rounded (docs/formats.md).
constexpr double kFig4WindowKm = 4.0;

struct FaultMapOptions {
    ThresholdMethod threshold = ThresholdMethod::Otsu;
    double thresholdValue = 128;  // with Fixed: gray levels above it form the light class
    InvertMode invert = InvertMode::Auto;
    // Strike-slip traces run along strike, as the training windows' faults run along their
    // columns: by default the picture is turned by its traces' estimated strike (docs/prediction.md).
    Rotation rotation = Rotation::ToStrike;
    double strikeDegrees = 0;  // with Rotation::Degrees: the strike, counter-clockwise from x
    HeightFit heightFit = HeightFit::WholeImage;
    // With MapScale: the image's ground size of one pixel and what one window height (128 rows)
    // stands for, both in km.
    double kmPerPixel = 0;
    double kmPerWindowHeight = 0;
    // With TraceBand: rows [top - m, bottom + m] of the trace pixels are kept, m being this
    // fraction of the band's height (at least 2 px), before scaling them to windowHeight.
    double bandMargin = 0.5;
    // Trace thickness in window pixels after thinning and dilation; the middle of fig4's 2, 3
    // and 4 px, and robust to heavy downscaling. 0 keeps the drawn thickness (a scaled pixel is
    // a trace when at least half of it was), which can lose traces thinner than 2 / scale.
    int traceThickness = 3;
    int windowHeight = kWindowRows;
    int windowWidth = kWindowColumns;
    int stride = 50;
    // Windows whose columns hold a trace in less than this share of them are left out; windows
    // without any trace always are unless keepEmptyWindows.
    double minCoverage = 0.25;
    bool keepEmptyWindows = false;
    // How each window's traces are moved across strike (FaultMapWindows::rowShift).
    Centring centring = Centring::Map;
    // With Centreline: the centreline is a straight-line fit to the traces' middle rows over this
    // many window widths about each column.
    double centrelineWindows = 1;
    // Only this window along strike (-1: every window); it is predicted even without a trace.
    int onlyWindow = -1;
};

// A window the preprocessing did not keep, and why ("no trace", "trace covers 12% of the
// columns (< 25%)").
struct LeftOutWindow {
    WindowRect rect;
    double coverage = 0;
    std::string reason;
};

struct FaultMapWindows {
    std::string source;  // the file (or a name given by the caller)
    int sourceRows = 0, sourceCols = 0;
    // The preprocessed map: rows x cols, row-major, 1 on trace pixels and 0 elsewhere. Its
    // height is the window height.
    int rows = 0, cols = 0;
    std::vector<uint8_t> binary;
    std::vector<WindowRect> windows;  // into `binary`; index is the window number along strike
    std::vector<double> coverage;     // of each kept window: the share of its columns with trace
    // Of each kept window: rows its content moves down (negative: up) to centre its traces; the
    // pixels it reads are binary(row - shift, col), background outside the map. 0 without centring.
    std::vector<int> rowShift;
    std::vector<LeftOutWindow> leftOut;

    // What the preprocessing found and did.
    double threshold = 0;             // the gray level used
    bool inverted = false;            // true when dark pixels were taken as traces
    double strikeDegrees = 0;         // trace orientation, counter-clockwise from the x axis
    bool rotated = false;             // the map was rotated by -rotatedStrikeDegrees
    double rotatedStrikeDegrees = 0;  // the strike (estimated or typed) turned horizontal
    double scale = 1;                 // output pixels per source pixel
    int sourceTracePixels = 0;        // trace pixels after thresholding, before scaling

    // Window i of `windows` as windowHeight x windowWidth floats (0 or 1), row-major, its rowShift
    // applied.
    std::vector<float> window(size_t i) const;
    // All windows, one after another.
    std::vector<float> allWindows() const;
};

// The whole preprocessing. Throws Error naming `source` when the image holds no trace, when
// the options are invalid, or when the scaled map is narrower than one window.
FaultMapWindows preprocessFaultMap(const GrayImage& image, const FaultMapOptions& options,
                                   const std::string& source = "image");
FaultMapWindows preprocessFaultMapImage(const std::string& path, const FaultMapOptions& options = {});

// The windows of a binary map without any trace (a .mat frame before its fault formed, an empty
// .npy map), at the window height: every one left out as "no trace". Not an error, unlike a
// picture without traces.
FaultMapWindows traceFreeMap(int rows, int cols, const FaultMapOptions& options, const std::string& source);

// Estimated trace orientation in degrees, counter-clockwise from the x axis as the image is
// displayed, in (-90, 90], from the structure tensor of a binary image's traces (the mean
// direction of their pieces, by length).
double estimateStrikeDegrees(const GrayImage& binary);

// A 0/1 binary image thinned to one-pixel-wide curves (Zhang & Suen 1984), as step 6 thins traces.
GrayImage thinTraces(const GrayImage& binary);

// The share of a window's columns that hold at least one non-zero pixel of `binary`
// (rows x cols, row-major).
double columnCoverage(const std::vector<uint8_t>& binary, int cols, const WindowRect& window);

}  // namespace faultke
