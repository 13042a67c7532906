#pragma once
// KE along a fault given as traces in a GIS file: its windows (TraceWindows.h) predicted at
// several trace thicknesses (fig4 drew each map at 2, 3 and 4 px) by a model or an ensemble.
// A window's KE is the mean over thicknesses and members, its SD their spread: how much the
// answer depends on how the map is drawn and on which model reads it.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "core/gis/FaultTraces.h"
#include "core/gis/TraceWindows.h"
#include "core/model/Ensemble.h"
#include "core/model/MapPrediction.h"
#include "core/model/Predictor.h"

namespace faultke {

// fig4's trace thicknesses.
inline const std::vector<int> kFig4Thicknesses = {2, 3, 4};

struct TraceWindowKe {
    TraceWindow window;
    std::vector<double> byThickness;  // mean over members, one per thickness
    double ke = 0;                    // mean over thicknesses and members
    double sd = 0;                    // population SD over thicknesses and members
    int values = 0;                   // thicknesses x members
    // The calibrated intervals per thickness, and the interval that holds each of them (the
    // drawing's uncertainty with the model's); empty / NaN when the model is not calibrated.
    std::vector<double> lowByThickness, highByThickness;
    double low = std::nan(""), high = std::nan("");
    bool hasInterval() const { return std::isfinite(low) && std::isfinite(high); }
};

struct TracePrediction {
    FaultTraceSet traces;  // what was read, for drawing
    TraceWindowSet geometry;
    std::vector<int> thicknesses;
    std::vector<TraceWindowKe> windows;  // one per kept window of `geometry`
    PredictionSummary summary;           // of the windows' KE
    std::string model;                   // its description
    double intervalLevel = 0;            // the windows' intervals' level; 0 without intervals

    // The windows at each thickness as map predictions along strike, for the tables and charts
    // that take those: a window's columns are km along the centreline / pixelKm (kmPerColumn).
    std::vector<MapPrediction> asMapPredictions() const;
};

// A fault's windows and their pixels at each thickness (windows x height x width floats each),
// ready for a model: predictTraces in two halves, so that the windows of many faults can be
// predicted in one batch (DatabasePrediction.h).
struct PreparedTraces {
    std::shared_ptr<const FaultTraceSet> traces;
    TraceWindowSet geometry;
    std::vector<int> thicknesses;
    std::vector<std::vector<float>> pixels;  // one per thickness
};

// Throws Error naming the file when windowing fails or a thickness is below 1.
PreparedTraces prepareTraces(std::shared_ptr<const FaultTraceSet> traces, const TraceWindowOptions& options,
                             const std::vector<int>& thicknesses, int windowHeight, int windowWidth);
// The prediction from the model's values for the windows at each thickness (one per thickness,
// in `prepared`'s order).
TracePrediction assembleTracePrediction(const PreparedTraces& prepared, const std::vector<EnsembleValues>& values,
                                        const Ensemble& model);

// Throws Error naming the file when windowing fails or a thickness is below 1. With a progress,
// its cancel is checked between batches (throws Cancelled).
TracePrediction predictTraces(const Ensemble& model, const FaultTraceSet& traces, const TraceWindowOptions& options,
                              const std::vector<int>& thicknesses = kFig4Thicknesses, int batchSize = 256,
                              const Progress* progress = nullptr);

}  // namespace faultke
