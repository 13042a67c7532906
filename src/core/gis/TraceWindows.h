#pragma once
// Fault traces cut into the network's windows along the fault's own strike, as the experiments'
// windows lie along their fault, and as a picture of the same traces is read (FaultMapImage.h).
//
// With Centring::Map (the default) a fault whose traces fit one window height across their mean
// direction (the length-weighted axial mean of their pieces) is read as its picture is: windows
// along a straight line in that direction through the middle of the band the traces cover, so an
// echelon array's steps show. A longer or curving fault, whose band is wider, follows its centreline.
//
// The centreline: the traces' sample points (every window pixel along each part) are taken along
// their principal axis in bins of 1/16 window height; each bin's mean offset across that axis, gaps
// bridged straight, smoothed by a local straight-line fit over `centrelineWindows` window lengths.
// It passes through the middle of an echelon stepover as through a single trace, and bends with a
// curving fault (up to a turn of about 90 degrees from the mean direction). It runs west to east
// (south to north for a fault striking due north). Windows along it are turned to the traces' own
// strike about them (their axial mean direction within one window length of the middle, or half
// the smoothing span when longer), so a curving fault's windows turn with it while a stepover's
// stay along its segments.
//
// Windows: windowKm tall (128 rows) and half that long (64 columns), one every strideKm; columns
// along strike, row 0 on the left of the direction of travel (north for an east-going fault, as on
// a north-up map). With EachWindow a window is also moved across strike so the middle of its own
// trace rows is its middle row. Every window is then moved by less than a pixel across strike so
// its traces' mean offset falls on the middle of a pixel row: a straight trace is drawn the same
// in every window, never one row up here and one down there. Traces are drawn 1 px wide and
// widened to `thickness` px with the same round brush as pictures, on the rows a picture's
// centred traces take. Windows whose columns hold trace in less than minCoverage of them are left
// out with the reason.
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
    Centring centring = Centring::Map;  // None and Centreline: windows on the centreline
    double centrelineWindows = 1;       // the centreline is smoothed over this many window lengths
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
