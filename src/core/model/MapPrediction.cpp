#include "core/model/MapPrediction.h"

#include <algorithm>

#include "core/util/Csv.h"

namespace faultke {
MapPrediction predictMap(const Ensemble& model, const FaultMapSource& source, const FaultMapOptions& options,
                         int batchSize, const Progress* progress) {
    FaultMapOptions applied = sourceOptions(source, options);
    applied.windowHeight = model.windowHeight();
    applied.windowWidth = model.windowWidth();
    MapPrediction result;
    result.input = source.path;
    result.kind = source.kind;
    result.frame = source.frame;
    result.sourceFirstRow = source.firstRow;
    result.thickness = applied.traceThickness;
    const bool traceFree = source.binary() && std::none_of(source.image.pixels.begin(), source.image.pixels.end(),
                                                           [](uint8_t v) { return v != 0; });
    result.map = traceFree ? traceFreeMap(source.image.rows, source.image.cols, applied, source.path)
                           : preprocessFaultMap(source.image, applied, source.path);
    if (applied.heightFit == HeightFit::MapScale) result.kmPerColumn = applied.kmPerPixel / result.map.scale;
    leaveOutInvalidWindows(source, result.map);
    std::vector<float> windows = result.map.allWindows();
    if (source.singleWindow && source.windowValues.size() == windows.size()) {
        windows = source.windowValues;
        result.storedWindow = source.windowValues;
    }
    const EnsembleValues values = model.predictWindows(windows.data(), result.map.windows.size(), batchSize, progress);
    for (size_t i = 0; i < result.map.windows.size(); ++i) {
        MapWindowKe w;
        w.rect = result.map.windows[i];
        w.coverage = result.map.coverage[i];
        w.ke = values.mean[i];
        w.sd = values.sd[i];
        for (const auto& member : values.member) w.members.push_back(member[i]);
        if (!values.low.empty()) {
            w.low = values.low[i];
            w.high = values.high[i];
        }
        result.windows.push_back(std::move(w));
    }
    result.summary = summarise(values.mean);
    if (!values.low.empty()) result.intervalLevel = model.calibration().level;
    return result;
}

std::vector<MapPrediction> predictMapThicknesses(const Ensemble& model, const FaultMapSource& source,
                                                 const FaultMapOptions& options, const std::vector<int>& thicknesses,
                                                 int batchSize, const Progress* progress) {
    if (source.binary() || thicknesses.empty()) return {predictMap(model, source, options, batchSize, progress)};
    std::vector<MapPrediction> results;
    for (int thickness : thicknesses) {
        FaultMapOptions one = options;
        one.traceThickness = thickness;
        if (progress) progress->checkCancel();
        results.push_back(predictMap(model, source, one, batchSize, progress));
    }
    return results;
}

TypicalInterval typicalInterval(const std::vector<MapPrediction>& predictions) {
    std::vector<double> lows, highs;
    TypicalInterval typical;
    for (const MapPrediction& p : predictions)
        for (const MapWindowKe& w : p.windows) {
            if (!w.hasInterval()) return typical;
            lows.push_back(w.low);
            highs.push_back(w.high);
            typical.level = p.intervalLevel;
        }
    if (lows.empty()) return typical;
    typical.present = true;
    typical.low = summarise(lows).median;
    typical.high = summarise(highs).median;
    return typical;
}

std::vector<float> MapPrediction::windowValues(size_t i) const {
    if (!storedWindow.empty() && map.windows.size() == 1 && i == 0) return storedWindow;
    return map.window(i);
}

namespace {

// ",low,high" or ",," for a window without an interval.
std::string intervalFields(const MapWindowKe& w) {
    return w.hasInterval() ? "," + csvNumber(w.low) + "," + csvNumber(w.high) : std::string(",,");
}

}  // namespace

std::string mapWindowsCsv(const std::vector<MapPrediction>& predictions) {
    std::string csv = "input,frame,thickness,window,row,col,height,width,ke,ke_sd,ke_low,ke_high\n";
    for (const MapPrediction& p : predictions)
        for (const MapWindowKe& w : p.windows)
            csv += csvField(p.input) + "," + (p.frame >= 0 ? std::to_string(p.frame) : std::string()) + "," +
                   std::to_string(p.thickness) + "," + std::to_string(w.rect.index) + "," +
                   std::to_string(w.rect.row + p.sourceFirstRow) + "," + std::to_string(w.rect.col) + "," +
                   std::to_string(w.rect.height) + "," + std::to_string(w.rect.width) + "," + csvNumber(w.ke) + "," +
                   csvNumber(w.sd) + intervalFields(w) + "\n";
    return csv;
}

std::string mapSummaryCsvHeader() { return "input,frame,thickness,windows,mean,median,sd,min,max,model"; }

std::string mapSummaryCsvRow(const MapPrediction& p, const std::string& model) {
    const PredictionSummary& s = p.summary;
    std::string row = csvField(p.input) + "," + (p.frame >= 0 ? std::to_string(p.frame) : std::string()) + "," +
                      std::to_string(p.thickness) + "," + std::to_string(s.count);
    for (double v : {s.mean, s.median, s.sd, s.min, s.max}) row += "," + (s.count > 0 ? csvNumber(v) : std::string());
    return row + "," + csvField(model);
}

std::string mapSummariesCsv(const std::vector<MapPrediction>& predictions, const std::string& model) {
    std::string csv = mapSummaryCsvHeader() + "\n";
    for (const MapPrediction& p : predictions) csv += mapSummaryCsvRow(p, model) + "\n";
    return csv;
}

std::string mapProfilesCsv(const std::vector<MapPrediction>& predictions) {
    const bool km = !predictions.empty() && std::all_of(predictions.begin(), predictions.end(),
                                                        [](const MapPrediction& p) { return p.kmPerColumn > 0; });
    std::string csv =
        std::string("input,thickness_px,window,") + (km ? "centre_km" : "centre_column") + ",ke,ke_sd,ke_low,ke_high\n";
    for (const MapPrediction& p : predictions)
        for (size_t i = 0; i < p.windows.size(); ++i) {
            const MapWindowKe& w = p.windows[i];
            const double column = w.rect.col + w.rect.width / 2.0;
            csv += csvField(p.input) + "," + std::to_string(p.thickness) + "," + std::to_string(i) + "," +
                   csvNumber(km ? column * p.kmPerColumn : column) + "," + csvNumber(w.ke) + "," + csvNumber(w.sd) +
                   intervalFields(w) + "\n";
        }
    return csv;
}

}  // namespace faultke
