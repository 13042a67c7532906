#pragma once
// The one way FaultKE predicts KE for a file a user has, for the Predict page and `faultke-cli
// predict` alike: a picture, a .npy window or map, a .mat frame (or every frame), a georeferenced
// GeoTIFF map, or fault traces in a GIS file; read once (readPredictionInput), then preprocessed
// with the same options and predicted by one model or an ensemble (predictInput). What the page
// draws and what the command writes are both made from the FaultPrediction this returns, so they
// cannot differ.
#include <memory>
#include <string>
#include <vector>

#include "core/data/FaultMapSource.h"
#include "core/gis/FaultTraces.h"
#include "core/gis/TracePrediction.h"
#include "core/model/Ensemble.h"
#include "core/model/MapPrediction.h"
#include "core/util/Progress.h"

namespace faultke {

// Every frame of a .mat, where a frame number is asked for.
constexpr int kAllMatFrames = -2;

struct InputQuery {
    int frame = kLastMatFrame;  // .mat: 0-based, kLastMatFrame or kAllMatFrames
    CropSpec crop;              // .mat: the rows and window size of the frame
    VariableNames variables;    // .mat
    TraceQuery traces;          // GIS files: the layer and the features that make up the fault
};

struct PredictionInput {
    std::string path;
    // Pictures, .npy and GeoTIFF maps: one; .mat: one per frame read.
    std::vector<std::shared_ptr<const FaultMapSource>> maps;
    std::shared_ptr<const FaultTraceSet> traces;  // GIS files
};

// Reads `path` by its kind. Throws Error naming the file and the problem.
PredictionInput readPredictionInput(const std::string& path, const InputQuery& query = {});

struct PredictionSettings {
    FaultMapOptions map;  // pictures and maps; .npy and .mat keep theirs (sourceOptions)
    // Trace thicknesses to draw, one prediction each (fig4 drew 2, 3 and 4 px); empty: the map
    // options' traceThickness. For GIS traces, which are always drawn, 0 ("as drawn") stands for
    // fig4's three.
    std::vector<int> thicknesses;
    TraceWindowOptions traces;  // GIS files: windows along strike at a true scale
    int batchSize = 256;
};

struct FaultPrediction {
    std::string input;
    std::vector<MapPrediction> maps;                // frames x thicknesses (pictures, maps, .mat)
    std::shared_ptr<const TracePrediction> traces;  // GIS files
    // The predictions of maps, or the traces' per thickness as map predictions.
    std::vector<MapPrediction> asMapPredictions() const;
};

// The thicknesses GIS traces are drawn at under these settings: the positive ones, each once, in
// order; fig4's three when none is.
std::vector<int> traceThicknesses(const PredictionSettings& settings);

// Preprocesses and predicts every map of `input` at each thickness, or its traces. Reports per
// map to `progress` and stops with Cancelled when it is cancelled. Throws Error naming the file.
FaultPrediction predictInput(const Ensemble& model, const PredictionInput& input,
                             const PredictionSettings& settings = {}, const Progress& progress = {});

}  // namespace faultke
