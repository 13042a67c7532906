#include "core/gis/gdal/TraceLayer.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/util/Error.h"

namespace faultke::gis {

namespace {

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

}  // namespace

bool isLine(OGRwkbGeometryType type) {
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbLineString || flat == wkbMultiLineString;
}

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

void applyFilter(OGRLayer& layer, const std::string& path, const std::string& where) {
    // OGR would read up to the first ';' and drop the rest without a word.
    bool quoted = false;
    for (char c : where) {
        if (c == '\'') quoted = !quoted;
        if (c == ';' && !quoted)
            throw Error(path, "the filter \"" + where +
                                  "\" holds a ';': give one expression (combine conditions with AND or OR)");
    }
    clearGdalMessage();
    if (layer.SetAttributeFilter(where.empty() ? nullptr : where.c_str()) != OGRERR_NONE)
        throw Error(path, "the filter \"" + where + "\" is not a valid OGR SQL expression for layer '" +
                              std::string(layer.GetName()) + "'" + gdalDetail());
}

void addParts(const OGRGeometry& geometry, std::vector<SourcePart>& parts) {
    const OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbLineString) {
        const auto& line = *geometry.toLineString();
        SourcePart part;
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

}  // namespace faultke::gis
