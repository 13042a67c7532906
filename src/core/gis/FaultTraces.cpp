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
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

bool isLine(OGRwkbGeometryType type) {
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbLineString || flat == wkbMultiLineString;
}

// A name for people: the first string field called like a name, else "feature FID".
std::string featureLabel(OGRFeature& feature) {
    const OGRFeatureDefn* defn = feature.GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        std::string field = defn->GetFieldDefn(i)->GetNameRef();
        std::transform(field.begin(), field.end(), field.begin(), [](unsigned char c) { return std::tolower(c); });
        if (field.find("name") != std::string::npos && feature.IsFieldSetAndNotNull(i)) {
            const std::string value = feature.GetFieldAsString(i);
            if (!value.empty()) return value;
        }
    }
    return "feature " + std::to_string(feature.GetFID());
}

std::vector<OGRLayer*> lineLayers(GDALDataset& dataset) {
    std::vector<OGRLayer*> layers;
    for (OGRLayer* layer : dataset.GetLayers()) {
        if (isLine(layer->GetGeomType())) {
            layers.push_back(layer);
            continue;
        }
        // Formats without a declared geometry type (GeoJSON of mixed features, KML): look.
        layer->ResetReading();
        for (auto& feature : *layer) {
            const OGRGeometry* geometry = feature->GetGeometryRef();
            if (geometry && isLine(geometry->getGeometryType())) {
                layers.push_back(layer);
                break;
            }
        }
        layer->ResetReading();
    }
    return layers;
}

std::string layerNames(const std::vector<OGRLayer*>& layers) {
    std::string names;
    for (OGRLayer* layer : layers) names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
    return names;
}

OGRLayer* chooseLayer(GDALDataset& dataset, const std::string& path, const std::string& name) {
    if (!name.empty()) {
        OGRLayer* layer = dataset.GetLayerByName(name.c_str());
        if (!layer) {
            std::string all;
            for (OGRLayer* l : dataset.GetLayers()) all += (all.empty() ? "" : ", ") + std::string(l->GetName());
            throw Error(path, "has no layer '" + name + "' (it has: " + all + ")");
        }
        return layer;
    }
    const std::vector<OGRLayer*> lines = lineLayers(dataset);
    if (lines.empty()) {
        std::string kinds;
        for (OGRLayer* l : dataset.GetLayers())
            kinds += (kinds.empty() ? "" : ", ") + std::string(l->GetName()) + " (" +
                     OGRGeometryTypeToName(l->GetGeomType()) + ")";
        throw Error(path, "holds no line features (fault traces are LineStrings or MultiLineStrings; its layers: " +
                              (kinds.empty() ? std::string("none") : kinds) + ")");
    }
    if (lines.size() > 1)
        throw Error(path, "holds several line layers (" + layerNames(lines) + "): choose one with --layer");
    return lines.front();
}

void addParts(const OGRGeometry& geometry, std::vector<std::vector<std::pair<double, double>>>& parts) {
    const OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbLineString) {
        const auto& line = *geometry.toLineString();
        std::vector<std::pair<double, double>> part;
        for (int i = 0; i < line.getNumPoints(); ++i) {
            const double x = line.getX(i), y = line.getY(i);
            if (!std::isfinite(x) || !std::isfinite(y)) continue;
            if (!part.empty() && part.back() == std::make_pair(x, y)) continue;
            part.emplace_back(x, y);
        }
        if (part.size() >= 2) parts.push_back(std::move(part));
    } else if (flat == wkbMultiLineString) {
        for (const OGRLineString* line : *geometry.toMultiLineString()) addParts(*line, parts);
    }
}

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

    // OGR would read up to the first ';' and drop the rest without a word.
    bool quoted = false;
    for (char c : query.where) {
        if (c == '\'') quoted = !quoted;
        if (c == ';' && !quoted)
            throw Error(path, "the filter \"" + query.where +
                                  "\" holds a ';': give one expression (combine conditions with AND or OR)");
    }
    clearGdalMessage();
    if (layer->SetAttributeFilter(query.where.empty() ? nullptr : query.where.c_str()) != OGRERR_NONE)
        throw Error(path, "the filter \"" + query.where + "\" is not a valid OGR SQL expression for layer '" +
                              layerName + "'" + gdalDetail());

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
