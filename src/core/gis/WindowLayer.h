#pragma once
// The windows of trace predictions as a GIS layer, to open in QGIS over the user's map: one
// polygon per window, in the input's coordinate system, with its KE, its SD and its KE at each
// thickness as attributes. GeoJSON (.geojson, .json) or GeoPackage (.gpkg); written to a
// temporary file and renamed.
#include <string>
#include <vector>

#include "core/gis/TracePrediction.h"

namespace faultke {

// The layer's name inside the file.
constexpr const char* kWindowLayerName = "ke_windows";

// Throws Error naming the file for an unknown extension, inputs in different coordinate
// systems (one layer has one), or a failed write (the earlier file, if any, is kept).
void writeWindowLayer(const std::string& path, const std::vector<TracePrediction>& predictions);

// True for .geojson, .json and .gpkg.
bool isWindowLayerPath(const std::string& path);

}  // namespace faultke
