#pragma once
// Fault traces cut into the network's windows along the fault's own strike, as the experiments'
// windows lie along their fault.
//
// The fault's centreline: the traces' sample points (every window pixel along each part) are
// taken along their principal axis in bins of 1/16 window height; each bin's mean offset across
// that axis, gaps bridged straight, smoothed over one window length, is the centreline. It passes
// through the middle of an echelon stepover as through a single trace, and bends with a curving
// fault (up to a turn of about 90 degrees from the mean direction). It runs west to east (south
// to north for a fault striking due north).
//
// Windows: windowKm tall (128 rows) and half that long (64 columns), one every strideKm along the
// centreline, each turned to the traces' own strike about it (the length-weighted axial mean
// direction of the trace within one window length of its middle), so a curving fault's windows
// turn with it while a stepover's stay along its segments: columns along strike,
// row 0 on the left of the direction of travel (north for an east-going fault, as on a north-up
// map). Traces are drawn 1 px wide and widened to `thickness` px with the same round brush as
// fault-map images, then centred across strike as images are (FaultMapOptions::centreTraces).
// Windows whose columns hold trace in less than minCoverage of them are left out with the reason.
#include <array>
#include <string>
#include <vector>

#include "core/data/FaultMapImage.h"
#include "core/gis/FaultTraces.h"

namespace faultke {

// The images' stride (50 of 128 rows) at that scale.
inline double defaultStrideKm(double windowKm) { return windowKm * 50.0 / 128.0; }

struct TraceWindowOptions {
    double windowKm = kFig4WindowKm;                   // the window height across strike
    double strideKm = defaultStrideKm(kFig4WindowKm);  // between window starts, along strike
    int windowHeight = 128;
    int windowWidth = 64;
    double minCoverage = 0.25;
    bool centreTraces = true;
};

struct TraceWindow {
    int index = 0;       // along strike, counting left-out windows
    double startKm = 0;  // along the centreline, from its start
    double centreKm = 0;
    double endKm = 0;
    MapPoint centre;                  // in the local frame, after centring
    double azimuthDegrees = 0;        // of the direction along strike, clockwise from north, [0, 360)
    std::array<MapPoint, 4> corners;  // top-left, top-right, bottom-right, bottom-left (rows 0 on top)
    double coverage = 0;              // share of columns with trace
    double shiftKm = 0;               // how far the centring moved it across strike (to the left: positive)
    std::string leftOutReason;        // "" for kept windows
};

struct TraceWindowSet {
    TraceWindowOptions options;
    double pixelKm = 0;  // windowKm / windowHeight
    std::vector<MapPoint> centreline;
    double lengthKm = 0;               // of the centreline
    std::vector<TraceWindow> windows;  // kept, along strike
    std::vector<TraceWindow> leftOut;
};

// The windows of `traces`. Throws Error naming the file when the options are invalid or the
// traces are shorter along strike than one window.
TraceWindowSet cutTraceWindows(const FaultTraceSet& traces, const TraceWindowOptions& options = {});

// The kept windows drawn `thickness` (>= 1) px thick: windows x height x width floats, 1 on trace.
std::vector<float> renderTraceWindows(const FaultTraceSet& traces, const TraceWindowSet& windows, int thickness);

}  // namespace faultke
