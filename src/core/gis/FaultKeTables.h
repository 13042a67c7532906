#pragma once
// A fault database's predictions as text, one fault at a time so a writer can stream them: CSV
// per window (each row with its fault_id), a CSV summary per fault, and JSON per fault.
#include <string>
#include <vector>

#include "core/gis/DatabasePrediction.h"

namespace faultke {

// What every row of one run shares.
struct FaultTableContext {
    std::string input;  // the file's path
    std::string layer;
    std::vector<int> thicknesses;
};

// input,layer,fault_id,window,start_km,centre_km,end_km,x,y,azimuth_deg,coverage,ke,ke_sd,
// ke_low,ke_high,ke_<N>px per thickness; x, y: the window's centre in the input's coordinates.
std::string faultWindowsCsvHeader(const FaultTableContext& context);
std::string faultWindowsCsvRows(const FaultTableContext& context, const FaultKe& fault);

// input,layer,fault_id,label,features,length_km,windows,ke_median,ke_mean,ke_min,ke_max,ke_sd,
// reason (the KE fields empty without windows).
std::string faultSummaryCsvHeader();
std::string faultSummaryCsvRow(const FaultTableContext& context, const FaultKe& fault);

// Single-fault predictions (the Predict page's) as the command's CSV per window, fault_id "all".
std::string tracePredictionsCsv(const std::vector<TracePrediction>& predictions);

// One fault as a JSON object: its id, label, attributes, length, summary, reason and windows.
std::string faultJson(const FaultTableContext& context, const FaultKe& fault);

}  // namespace faultke
