#include "core/gis/FaultTraces.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>

#include "core/gis/gdal/GdalSession.h"
#include "core/gis/gdal/LocalFrame.h"
#include "core/gis/gdal/TraceLayer.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

double partLength(const TracePart& part) {
    double length = 0;
    for (size_t i = 1; i < part.size(); ++i) length += std::hypot(part[i].x - part[i - 1].x, part[i].y - part[i - 1].y);
    return length;
}

}  // namespace

std::string MapFrame::description() const {
    if (!reprojected) return sourceName + ", its own axes";
    char text[160];
    std::snprintf(text, sizeof text, "transverse Mercator centred on %.2f°%c, %.2f°%c", std::fabs(centreLatitude),
                  centreLatitude >= 0 ? 'N' : 'S', std::fabs(centreLongitude), centreLongitude >= 0 ? 'E' : 'W');
    return text;
}

double FaultTraceSet::lengthKm() const {
    double length = 0;
    for (const FaultTrace& trace : traces)
        for (const TracePart& part : trace.parts) length += partLength(part);
    return length;
}

std::vector<double> FaultTraceSet::boundsKm() const {
    double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
    for (const FaultTrace& trace : traces)
        for (const TracePart& part : trace.parts)
            for (const MapPoint& p : part) {
                minX = std::min(minX, p.x);
                maxX = std::max(maxX, p.x);
                minY = std::min(minY, p.y);
                maxY = std::max(maxY, p.y);
            }
    if (minX > maxX) return {0, 0, 0, 0};
    return {minX, minY, maxX, maxY};
}

std::vector<TraceLayerInfo> listTraceLayers(const std::string& path) {
    const DatasetPtr dataset = openDataset(path, GDAL_OF_VECTOR);
    if (!dataset) throw Error(path, "not a GIS vector file GDAL can read" + gdalDetail());
    std::vector<TraceLayerInfo> infos;
    for (OGRLayer* layer : dataset->GetLayers()) {
        TraceLayerInfo info;
        info.name = layer->GetName();
        info.geometry = OGRGeometryTypeToName(layer->GetGeomType());
        if (const OGRSpatialReference* srs = layer->GetSpatialRef())
            info.crsName = srs->GetName() ? srs->GetName() : "";
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) info.fields.push_back(defn->GetFieldDefn(i)->GetNameRef());
        layer->ResetReading();
        for (auto& feature : *layer) {
            ++info.features;
            const OGRGeometry* geometry = feature->GetGeometryRef();
            if (!geometry || !isLine(geometry->getGeometryType())) continue;
            ++info.lineFeatures;
            info.labels.emplace_back(feature->GetFID(), featureLabel(*feature));
        }
        layer->ResetReading();
        infos.push_back(std::move(info));
    }
    return infos;
}

FaultTraceSet readFaultTraces(const std::string& path, const TraceQuery& query) {
    if (!std::filesystem::exists(path)) throw Error(path, "No such file");
    const DatasetPtr dataset = openDataset(path, GDAL_OF_VECTOR);
    if (!dataset) throw Error(path, "not a GIS vector file GDAL can read" + gdalDetail());
    OGRLayer* layer = chooseLayer(*dataset, path, query.layer);
    const std::string layerName = layer->GetName();

    applyFilter(*layer, path, query.where);

    FaultTraceSet set;
    set.path = path;
    set.layer = layerName;
    set.where = query.where;
    struct Raw {
        long long fid;
        std::string label;
        std::vector<std::vector<std::pair<double, double>>> parts;
    };
    std::vector<Raw> raw;
    long long selected = 0;
    layer->ResetReading();
    for (auto& feature : *layer) {
        if (!query.fids.empty() &&
            std::find(query.fids.begin(), query.fids.end(), feature->GetFID()) == query.fids.end())
            continue;
        ++selected;
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || !isLine(geometry->getGeometryType())) continue;
        Raw r{feature->GetFID(), featureLabel(*feature), {}};
        addParts(*geometry, r.parts);
        if (!r.parts.empty()) raw.push_back(std::move(r));
    }
    const std::string selection = !query.where.empty()  ? "the filter \"" + query.where + "\""
                                  : !query.fids.empty() ? std::string("the chosen features")
                                                        : std::string();
    // Some drivers (GeoPackage, SQLite) check the filter only while reading: a syntax error there
    // selects nothing, and must not read as an empty selection.
    if (selected == 0 && !query.where.empty() && gdalFailed())
        throw Error(path, "the filter \"" + query.where + "\" is not a valid OGR SQL expression for layer '" +
                              layerName + "'" + gdalDetail());
    if (selected == 0) {
        layer->SetAttributeFilter(nullptr);
        throw Error(path, (selection.empty() ? "layer '" + layerName + "' has no features"
                                             : selection + " selects no feature of layer '" + layerName + "' (of " +
                                                   std::to_string(layer->GetFeatureCount()) + " features)"));
    }
    if (raw.empty())
        throw Error(path,
                    (selection.empty() ? "layer '" + layerName + "'" : selection + " in layer '" + layerName + "'") +
                        " holds no line features (fault traces are LineStrings or MultiLineStrings)");

    std::vector<std::pair<double, double>> all;
    for (const Raw& r : raw)
        for (const auto& part : r.parts) all.insert(all.end(), part.begin(), part.end());
    const LocalFrame frame = LocalFrame::forData(path, layer->GetSpatialRef(), all);
    set.frame = frame.frame();
    for (Raw& r : raw) {
        FaultTrace trace{r.fid, r.label, {}};
        for (const auto& part : r.parts) trace.parts.push_back(frame.toLocal(path, part));
        set.traces.push_back(std::move(trace));
    }
    return set;
}

std::vector<std::pair<double, double>> toSourceCoordinates(const MapFrame& frame, const std::vector<MapPoint>& points) {
    return LocalFrame::fromFrame(frame).toSource(points);
}

bool isFaultTracePath(const std::string& path) {
    static const std::vector<std::string> extensions = {".shp", ".geojson", ".json",   ".gpkg", ".kml", ".kmz",
                                                        ".gml", ".fgb",     ".sqlite", ".tab",  ".mif"};
    const std::string ext = lowerExtension(path);
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

}  // namespace faultke
