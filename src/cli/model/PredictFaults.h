#pragma once
// `faultke-cli predict` on fault traces in GIS files: every fault of each file (a whole fault
// database, or the strands of one fault) predicted in a stream and written as it comes (CSV per
// window, a summary per fault, JSON, or GeoPackage / GeoJSON layers), to a temporary file renamed
// at the end, so Ctrl-C or an error leaves no half-written output.
#include <string>
#include <vector>

#include "cli/Terminal.h"
#include "core/gis/DatabasePrediction.h"
#include "core/model/Ensemble.h"

namespace faultke::cli {

// When set, names a file where a fault prediction writes, as it ends, "MODEL_S WAIT_S FAULTS
// PREDICTED WINDOWS" (DatabasePredictionRun's figures summed over the inputs): for `bench database`.
constexpr const char* kPredictTimingFileVariable = "FAULTKE_PREDICT_TIMING_FILE";

struct FaultOutputRequest {
    std::string format;  // csv, summary, json, gpkg, geojson
    std::string output;  // stdout when empty (csv, summary, json)
};

void predictFaultFiles(const Ensemble& model, const std::vector<std::string>& inputs,
                       const DatabasePredictionOptions& options, const FaultOutputRequest& request,
                       TerminalProgress& terminal);

}  // namespace faultke::cli
