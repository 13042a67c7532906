#include "core/gis/FaultKeTables.h"

#include <nlohmann/json.hpp>

#include "core/util/Csv.h"

namespace faultke {

std::string faultWindowsCsvHeader(const FaultTableContext& context) {
    std::string header =
        "input,layer,fault_id,window,start_km,centre_km,end_km,x,y,azimuth_deg,coverage,ke,ke_sd,ke_low,ke_high";
    for (int t : context.thicknesses) header += ",ke_" + std::to_string(t) + "px";
    return header + "\n";
}

std::string faultWindowsCsvRows(const FaultTableContext& context, const FaultKe& fault) {
    if (!fault.prediction) return {};
    std::string csv;
    const TracePrediction& p = *fault.prediction;
    const std::string start =
        csvField(context.input) + "," + csvField(context.layer) + "," + csvField(fault.fault.faultId) + ",";
    for (size_t i = 0; i < p.windows.size(); ++i) {
        const TraceWindowKe& w = p.windows[i];
        csv += start + std::to_string(w.window.index);
        const SourcePoint centre = i < fault.windowCentres.size() ? fault.windowCentres[i] : SourcePoint{};
        for (double v : {w.window.startKm, w.window.centreKm, w.window.endKm, centre.first, centre.second,
                         w.window.azimuthDegrees, w.window.coverage, w.ke, w.sd})
            csv += "," + csvNumber(v);
        csv += w.hasInterval() ? "," + csvNumber(w.low) + "," + csvNumber(w.high) : std::string(",,");
        for (size_t t = 0; t < context.thicknesses.size(); ++t)
            csv += "," + (t < w.byThickness.size() ? csvNumber(w.byThickness[t]) : std::string());
        csv += "\n";
    }
    return csv;
}

std::string tracePredictionsCsv(const std::vector<TracePrediction>& predictions) {
    FaultTableContext context{"", "", predictions.empty() ? std::vector<int>{} : predictions.front().thicknesses};
    std::string csv = faultWindowsCsvHeader(context);
    for (const TracePrediction& p : predictions) {
        context.input = p.traces.path;
        context.layer = p.traces.layer;
        csv += faultWindowsCsvRows(context, faultKeOf(p));
    }
    return csv;
}

std::string faultSummaryCsvHeader() {
    return "input,layer,fault_id,label,features,length_km,windows,ke_median,ke_mean,ke_min,ke_max,ke_sd,reason\n";
}

std::string faultSummaryCsvRow(const FaultTableContext& context, const FaultKe& fault) {
    std::vector<std::string> fields = {context.input,
                                       context.layer,
                                       fault.fault.faultId,
                                       fault.fault.label,
                                       std::to_string(fault.fault.features),
                                       csvNumber(fault.lengthKm),
                                       std::to_string(fault.windows())};
    if (fault.windows() > 0) {
        const PredictionSummary& s = fault.prediction->summary;
        for (double v : {s.median, s.mean, s.min, s.max, s.sd}) fields.push_back(csvNumber(v));
    } else {
        fields.insert(fields.end(), 5, "");
    }
    fields.push_back(fault.reason);
    return csvRecord(fields);
}

std::string faultJson(const FaultTableContext& context, const FaultKe& fault) {
    using nlohmann::ordered_json;
    ordered_json attributes = ordered_json::object();
    for (const auto& [name, value] : fault.fault.attributes) attributes[name] = value;
    ordered_json out = {{"fault_id", fault.fault.faultId},  {"label", fault.fault.label},
                        {"features", fault.fault.features}, {"attributes", attributes},
                        {"length_km", fault.lengthKm},      {"windows", fault.windows()}};
    if (fault.windows() > 0) {
        const PredictionSummary& s = fault.prediction->summary;
        out["ke_median"] = s.median;
        out["ke_mean"] = s.mean;
        out["ke_min"] = s.min;
        out["ke_max"] = s.max;
        out["ke_sd"] = s.sd;
    }
    if (!fault.reason.empty()) out["reason"] = fault.reason;
    ordered_json windows = ordered_json::array();
    if (fault.prediction) {
        for (size_t i = 0; i < fault.prediction->windows.size(); ++i) {
            const TraceWindowKe& w = fault.prediction->windows[i];
            const SourcePoint centre = i < fault.windowCentres.size() ? fault.windowCentres[i] : SourcePoint{};
            ordered_json byThickness = ordered_json::object();
            for (size_t t = 0; t < context.thicknesses.size() && t < w.byThickness.size(); ++t)
                byThickness[std::to_string(context.thicknesses[t]) + "px"] = w.byThickness[t];
            ordered_json window = {{"window", w.window.index},
                                   {"start_km", w.window.startKm},
                                   {"centre_km", w.window.centreKm},
                                   {"end_km", w.window.endKm},
                                   {"x", centre.first},
                                   {"y", centre.second},
                                   {"azimuth_deg", w.window.azimuthDegrees},
                                   {"coverage", w.window.coverage},
                                   {"ke", w.ke},
                                   {"ke_sd", w.sd}};
            if (w.hasInterval()) {
                window["ke_low"] = w.low;
                window["ke_high"] = w.high;
            }
            window["ke_by_thickness"] = byThickness;
            windows.push_back(window);
        }
    }
    out["window_ke"] = windows;
    return out.dump(2);
}

}  // namespace faultke
