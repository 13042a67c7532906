#include "core/gis/WindowLayer.h"

#include <ogr_spatialref.h>

#include "core/gis/gdal/GdalSession.h"
#include "core/gis/gdal/LocalFrame.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

const char* driverFor(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".gpkg") return "GPKG";
    return nullptr;
}

void addField(OGRLayer& layer, const char* name, OGRFieldType type, const std::string& path) {
    OGRFieldDefn field(name, type);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw Error(path, "cannot create field " + std::string(name) + gdalDetail());
}

}  // namespace

bool isWindowLayerPath(const std::string& path) { return driverFor(path) != nullptr; }

void writeWindowLayer(const std::string& path, const std::vector<TracePrediction>& predictions) {
    const char* driverName = driverFor(path);
    if (!driverName) throw Error(path, "a windows layer is written as .geojson or .gpkg");
    if (predictions.empty()) throw Error(path, "no fault traces were predicted, so there is no windows layer");
    ensureGdal();
    const LocalFrame first = LocalFrame::fromFrame(predictions.front().traces.frame);
    for (const TracePrediction& p : predictions) {
        // Both through LocalFrame, with the same axis order: a system whose definition puts
        // latitude first (WGS 84) would otherwise differ from itself.
        if (!LocalFrame::fromFrame(p.traces.frame).source().IsSame(&first.source()))
            throw Error(path, "one layer has one coordinate system, but " + p.traces.path + " is in '" +
                                  p.traces.frame.sourceName + "' and " + predictions.front().traces.path + " in '" +
                                  predictions.front().traces.frame.sourceName + "': write one layer per input");
    }
    const std::vector<int>& thicknesses = predictions.front().thicknesses;

    writeAtomically(path, [&](const std::string& temporary) {
        clearGdalMessage();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
        if (!driver) throw Error(path, std::string("GDAL has no ") + driverName + " driver");
        DatasetPtr dataset(driver->Create(temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw Error(path, "cannot be created" + gdalDetail());
        OGRSpatialReference srs = first.source();
        OGRLayer* layer = dataset->CreateLayer(kWindowLayerName, &srs, wkbPolygon, nullptr);
        if (!layer) throw Error(path, "cannot create the windows layer" + gdalDetail());
        addField(*layer, "input", OFTString, path);
        addField(*layer, "layer", OFTString, path);
        addField(*layer, "filter", OFTString, path);
        addField(*layer, "window", OFTInteger, path);
        for (const char* name :
             {"start_km", "centre_km", "end_km", "azimuth", "coverage", "ke", "ke_sd", "ke_low", "ke_high"})
            addField(*layer, name, OFTReal, path);
        addField(*layer, "n_values", OFTInteger, path);
        for (int t : thicknesses) addField(*layer, ("ke_" + std::to_string(t) + "px").c_str(), OFTReal, path);
        addField(*layer, "model", OFTString, path);

        for (const TracePrediction& p : predictions) {
            const LocalFrame frame = LocalFrame::fromFrame(p.traces.frame);
            for (const TraceWindowKe& w : p.windows) {
                const std::vector<MapPoint> corners(w.window.corners.begin(), w.window.corners.end());
                const auto ring = frame.toSource(corners);
                OGRLinearRing linear;
                for (const auto& [x, y] : ring) linear.addPoint(x, y);
                linear.addPoint(ring.front().first, ring.front().second);
                OGRPolygon polygon;
                polygon.addRing(&linear);
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField("input", p.traces.path.c_str());
                feature.SetField("layer", p.traces.layer.c_str());
                feature.SetField("filter", p.traces.where.c_str());
                feature.SetField("window", w.window.index);
                feature.SetField("start_km", w.window.startKm);
                feature.SetField("centre_km", w.window.centreKm);
                feature.SetField("end_km", w.window.endKm);
                feature.SetField("azimuth", w.window.azimuthDegrees);
                feature.SetField("coverage", w.window.coverage);
                feature.SetField("ke", w.ke);
                feature.SetField("ke_sd", w.sd);
                if (w.hasInterval()) {  // else left null: the model is not calibrated
                    feature.SetField("ke_low", w.low);
                    feature.SetField("ke_high", w.high);
                }
                feature.SetField("n_values", w.values);
                for (size_t t = 0; t < thicknesses.size() && t < w.byThickness.size(); ++t)
                    feature.SetField(("ke_" + std::to_string(thicknesses[t]) + "px").c_str(), w.byThickness[t]);
                feature.SetField("model", p.model.c_str());
                feature.SetGeometry(&polygon);
                if (layer->CreateFeature(&feature) != OGRERR_NONE)
                    throw Error(path, "cannot write window " + std::to_string(w.window.index) + gdalDetail());
            }
        }
        // Closing flushes; a full disk shows here.
        GDALDataset* raw = dataset.release();
        clearGdalMessage();
        GDALClose(GDALDataset::ToHandle(raw));
        if (gdalFailed()) throw Error(path, "cannot be written" + gdalDetail());
    });
}

}  // namespace faultke
