#include "core/gis/FaultPrediction.h"

#include <algorithm>

#include "core/gis/GeoRasterMap.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {

PredictionInput readPredictionInput(const std::string& path, const InputQuery& query) {
    PredictionInput input;
    input.path = path;
    if (isFaultTracePath(path)) {
        input.traces = std::make_shared<const FaultTraceSet>(readFaultTraces(path, query.traces));
    } else if (query.frame == kAllMatFrames && lowerExtension(path) == ".mat") {
        for (FaultMapSource& frame : readMatFrameSources(path, query.crop, query.variables))
            input.maps.push_back(std::make_shared<const FaultMapSource>(std::move(frame)));
    } else {
        const int frame = query.frame == kAllMatFrames ? kLastMatFrame : query.frame;
        input.maps.push_back(
            std::make_shared<const FaultMapSource>(readAnyFaultMapSource(path, frame, query.crop, query.variables)));
    }
    return input;
}

std::vector<int> traceThicknesses(const PredictionSettings& settings) {
    std::vector<int> thicknesses;
    for (int t : settings.thicknesses)
        if (t > 0 && std::find(thicknesses.begin(), thicknesses.end(), t) == thicknesses.end())
            thicknesses.push_back(t);
    return thicknesses.empty() ? kFig4Thicknesses : thicknesses;
}

FaultPrediction predictInput(const Ensemble& model, const PredictionInput& input, const PredictionSettings& settings,
                             const Progress& progress) {
    FaultPrediction result;
    result.input = input.path;
    if (input.traces) {
        const std::vector<int> thicknesses = traceThicknesses(settings);
        progress.checkCancel();
        result.traces = std::make_shared<const TracePrediction>(
            predictTraces(model, *input.traces, settings.traces, thicknesses, settings.batchSize, &progress));
        return result;
    }
    const std::vector<int> thicknesses =
        settings.thicknesses.empty() ? std::vector<int>{settings.map.traceThickness} : settings.thicknesses;
    for (size_t i = 0; i < input.maps.size(); ++i) {
        progress.checkCancel();
        const FaultMapSource& source = *input.maps[i];
        if (input.maps.size() > 1)
            progress.update(double(i) / input.maps.size(), input.path + ": frame " + std::to_string(source.frame));
        for (MapPrediction& p :
             predictMapThicknesses(model, source, settings.map, thicknesses, settings.batchSize, &progress))
            result.maps.push_back(std::move(p));
    }
    return result;
}

std::vector<MapPrediction> FaultPrediction::asMapPredictions() const {
    return traces ? traces->asMapPredictions() : maps;
}

}  // namespace faultke
