#include "core/gis/TracePrediction.h"

#include <algorithm>
#include <cmath>

#include "core/util/Error.h"

namespace faultke {

PreparedTraces prepareTraces(std::shared_ptr<const FaultTraceSet> traces, const TraceWindowOptions& options,
                             const std::vector<int>& thicknesses, int windowHeight, int windowWidth) {
    if (thicknesses.empty()) throw Error(traces->path, "no trace thickness to draw");
    PreparedTraces prepared;
    TraceWindowOptions applied = options;
    applied.windowHeight = windowHeight;
    applied.windowWidth = windowWidth;
    prepared.geometry = cutTraceWindows(*traces, applied);
    prepared.thicknesses = thicknesses;
    for (int thickness : thicknesses)
        prepared.pixels.push_back(renderTraceWindows(*traces, prepared.geometry, thickness));
    prepared.traces = std::move(traces);
    return prepared;
}

TracePrediction assembleTracePrediction(const PreparedTraces& prepared, const std::vector<EnsembleValues>& values,
                                        const Ensemble& model) {
    TracePrediction result;
    result.traces = *prepared.traces;
    result.geometry = prepared.geometry;
    result.thicknesses = prepared.thicknesses;
    result.model = model.description();
    const size_t count = result.geometry.windows.size();
    std::vector<double> means;
    for (size_t i = 0; i < count; ++i) {
        TraceWindowKe w;
        w.window = result.geometry.windows[i];
        std::vector<double> all;
        for (const EnsembleValues& v : values) {
            w.byThickness.push_back(v.mean[i]);
            for (const auto& member : v.member) all.push_back(member[i]);
            if (!v.low.empty()) {
                w.lowByThickness.push_back(v.low[i]);
                w.highByThickness.push_back(v.high[i]);
            }
        }
        double sum = 0, squares = 0;
        for (double v : all) sum += v;
        w.values = static_cast<int>(all.size());
        w.ke = sum / w.values;
        for (double v : all) squares += (v - w.ke) * (v - w.ke);
        w.sd = std::sqrt(squares / w.values);
        if (!w.lowByThickness.empty()) {
            w.low = *std::min_element(w.lowByThickness.begin(), w.lowByThickness.end());
            w.high = *std::max_element(w.highByThickness.begin(), w.highByThickness.end());
        }
        means.push_back(w.ke);
        result.windows.push_back(std::move(w));
    }
    result.summary = summarise(means);
    if (model.calibration().calibrated()) result.intervalLevel = model.calibration().level;
    return result;
}

TracePrediction predictTraces(const Ensemble& model, const FaultTraceSet& traces, const TraceWindowOptions& options,
                              const std::vector<int>& thicknesses, int batchSize, const Progress* progress) {
    const PreparedTraces prepared = prepareTraces(std::make_shared<const FaultTraceSet>(traces), options, thicknesses,
                                                  model.windowHeight(), model.windowWidth());
    const size_t count = prepared.geometry.windows.size();
    std::vector<EnsembleValues> values;
    for (const std::vector<float>& pixels : prepared.pixels)
        values.push_back(count == 0 ? EnsembleValues{}
                                    : model.predictWindows(pixels.data(), count, batchSize, progress));
    return assembleTracePrediction(prepared, values, model);
}

std::vector<MapPrediction> TracePrediction::asMapPredictions() const {
    std::vector<MapPrediction> out;
    const double pixelKm = geometry.pixelKm;
    for (size_t t = 0; t < thicknesses.size(); ++t) {
        MapPrediction p;
        p.input = traces.path;
        p.thickness = thicknesses[t];
        p.kmPerColumn = pixelKm;
        p.intervalLevel = intervalLevel;
        p.map.source = traces.path;
        p.map.rows = geometry.options.windowHeight;
        p.map.cols = static_cast<int>(std::ceil(geometry.lengthKm / pixelKm));
        std::vector<double> values;
        for (const TraceWindowKe& w : windows) {
            MapWindowKe m;
            m.rect = {w.window.index, 0, static_cast<int>(std::lround(w.window.startKm / pixelKm)),
                      geometry.options.windowHeight, geometry.options.windowWidth};
            m.coverage = w.window.coverage;
            m.ke = t < w.byThickness.size() ? w.byThickness[t] : w.ke;
            if (t < w.lowByThickness.size()) {
                m.low = w.lowByThickness[t];
                m.high = w.highByThickness[t];
            }
            p.map.windows.push_back(m.rect);
            p.map.coverage.push_back(m.coverage);
            values.push_back(m.ke);
            p.windows.push_back(std::move(m));
        }
        p.summary = summarise(values);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace faultke
