#pragma once
// KE along every fault of a fault database (FaultDatabase.h), in a stream: faults are read,
// windowed and drawn on one thread while the model predicts on the others, the windows of many
// faults in one batch, so that neither the faults nor their windows are ever all in memory. Each
// fault's numbers are those a single-fault prediction of its features gives (predictTraces).
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/gis/FaultDatabase.h"
#include "core/gis/TracePrediction.h"
#include "core/model/Ensemble.h"
#include "core/util/Progress.h"

namespace faultke {

using SourcePoint = std::pair<double, double>;  // x, y in the file's coordinates

// One fault's result.
struct FaultKe {
    FaultRecord fault;                                  // its id, label, attributes
    std::shared_ptr<const TracePrediction> prediction;  // null when it could not be predicted
    std::string reason;                                 // why not ("" when predicted)
    double lengthKm = 0;                                // of its traces (0 when unread)
    // In the file's coordinates: its trace parts, and each predicted window's centre and corners.
    std::vector<std::vector<SourcePoint>> sourceParts;
    std::vector<SourcePoint> windowCentres;
    std::vector<std::array<SourcePoint, 4>> windowCorners;

    size_t windows() const { return prediction ? prediction->windows.size() : 0; }
};

struct DatabasePredictionOptions {
    TraceQuery query;
    FaultGroupingChoice grouping;
    TraceWindowOptions windows;
    std::vector<int> thicknesses = kFig4Thicknesses;
    int batchSize = 256;            // windows per forward pass
    size_t windowsPerBatch = 1024;  // windows of several faults gathered before predicting
};

struct DatabasePredictionRun {
    FaultLayerInfo layer;
    long long faults = 0;     // read
    long long predicted = 0;  // with at least one window
    long long windows = 0;    // predicted
    // Where the time went, on the calling thread: in the model, and waiting for faults to be read,
    // windowed and drawn (the rest is assembling and writing the results).
    double predictSeconds = 0, waitSeconds = 0;
};

// A single-fault prediction (predictTraces) as a FaultKe, its windows and traces in the file's
// coordinates, for the writers of FaultKeTables.h and FaultKeLayers.h; `faultId` names it.
FaultKe faultKeOf(const TracePrediction& prediction, const std::string& faultId = "all");

// Predicts every fault of `path` chosen by the options: onLayer once its layer is open, then
// onFault once per fault in the file's order (both on the calling thread). Reports to `progress` and stops with
// Cancelled; an Error from the file or from onFault stops it too (nothing is left running).
DatabasePredictionRun predictFaultDatabase(const Ensemble& model, const std::string& path,
                                           const DatabasePredictionOptions& options,
                                           const std::function<void(const FaultLayerInfo&)>& onLayer,
                                           const std::function<void(const FaultKe&)>& onFault,
                                           const Progress& progress = {});

}  // namespace faultke
