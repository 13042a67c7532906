#pragma once
// KE along a fault map: a FaultMapSource preprocessed into windows and predicted by a model or
// an ensemble, window by window, with what the Predict page and `faultke-cli predict` report
// (summary, left-out windows, several trace thicknesses as in fig4 of the paper).
#include <cmath>
#include <string>
#include <vector>

#include "core/data/FaultMapSource.h"
#include "core/model/Ensemble.h"

namespace faultke {

struct MapWindowKe {
    WindowRect rect;  // in the processed map
    double coverage = 0;
    double ke = 0;  // the members' mean
    double sd = 0;  // across members; 0 for one model
    std::vector<double> members;
    // The calibrated interval (IntervalCalibration.h); NaN when the model is not calibrated.
    double low = std::nan(""), high = std::nan("");
    bool hasInterval() const { return std::isfinite(low) && std::isfinite(high); }
};

struct MapPrediction {
    std::string input;
    FaultMapKind kind = FaultMapKind::Image;
    int frame = -1;          // .mat: the frame
    int sourceFirstRow = 0;  // .mat: the frame's rows above the map, so rect.row + this is the frame's row
    int thickness = 0;       // the trace thickness used, in window pixels; 0: as drawn
    double kmPerColumn = 0;  // ground distance of one column of the processed map (map scale only)
    FaultMapWindows map;     // the processed map, its windows and the left-out ones
    std::vector<MapWindowKe> windows;
    PredictionSummary summary;        // of the windows' KE
    double intervalLevel = 0;         // the windows' intervals' level (0.9); 0 without intervals
    std::vector<float> storedWindow;  // a .npy that is one window: its values as stored, predicted as they are

    // Window i as the model read it: windowHeight x windowWidth floats, row-major.
    std::vector<float> windowValues(size_t i) const;
};

// The typical window's interval over every window of `predictions`: the median of the windows'
// lower ends and the median of their upper ends; nothing when a window has no interval.
struct TypicalInterval {
    bool present = false;
    double low = 0, high = 0, level = 0;
};
TypicalInterval typicalInterval(const std::vector<MapPrediction>& predictions);

// Preprocesses `source` (sourceOptions, at the model's window size) and predicts every kept
// window; windows of binary maps touching NaN/Inf pixels are left out with the reason, and a
// single .npy window is predicted from its stored values. Throws Error naming the source when
// preprocessing fails.
// With a progress, its cancel is checked between batches (throws Cancelled).
MapPrediction predictMap(const Ensemble& model, const FaultMapSource& source, const FaultMapOptions& options,
                         int batchSize = 256, const Progress* progress = nullptr);

// One prediction per trace thickness, as fig4 draws each map at 2, 3 and 4 px. Binary sources
// (.npy, .mat) keep their traces, so they give one prediction whatever the thicknesses.
std::vector<MapPrediction> predictMapThicknesses(const Ensemble& model, const FaultMapSource& source,
                                                 const FaultMapOptions& options, const std::vector<int>& thicknesses,
                                                 int batchSize = 256, const Progress* progress = nullptr);

// One CSV row per window and prediction: input,frame,thickness,window,row,col,height,width,ke,ke_sd,
// ke_low,ke_high (the rectangle in its .mat frame or in the processed map; the interval empty
// when the model is not calibrated).
std::string mapWindowsCsv(const std::vector<MapPrediction>& predictions);

// One CSV row per prediction: input,frame,thickness,windows,mean,median,sd,min,max,model.
std::string mapSummariesCsv(const std::vector<MapPrediction>& predictions, const std::string& model);
// Its header and one row, without line ends, for tables that add columns.
std::string mapSummaryCsvHeader();
std::string mapSummaryCsvRow(const MapPrediction& prediction, const std::string& model);

// KE along strike, one CSV row per window and prediction (thickness):
// input,thickness_px,window,centre_km,ke,ke_sd,ke_low,ke_high when every prediction has a map scale, else
// centre_column (of the processed map) instead of centre_km.
std::string mapProfilesCsv(const std::vector<MapPrediction>& predictions);

}  // namespace faultke
