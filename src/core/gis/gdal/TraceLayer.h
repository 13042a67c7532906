#pragma once
// Reading line features out of an OGR layer, shared by one fault's traces (FaultTraces.cpp) and a
// database of faults (FaultDatabase.cpp); gis sources only.
#include <string>
#include <utility>
#include <vector>

#include "core/gis/gdal/GdalSession.h"

namespace faultke::gis {

using SourcePart = std::vector<std::pair<double, double>>;  // x, y as the file orders them

bool isLine(OGRwkbGeometryType type);
// A name for people: the first string field called like a name, else "feature FID".
std::string featureLabel(OGRFeature& feature);
// The layer named `name`, or the file's only line layer. Throws Error naming `path`.
OGRLayer* chooseLayer(GDALDataset& dataset, const std::string& path, const std::string& name);
// Applies an OGR SQL attribute filter (none when empty). Throws Error naming `path` for a filter
// holding a ';' outside quotes (OGR would drop the rest without a word) or one OGR refuses.
void applyFilter(OGRLayer& layer, const std::string& path, const std::string& where);
// The line parts of a LineString or MultiLineString with at least two distinct finite points.
void addParts(const OGRGeometry& geometry, std::vector<SourcePart>& parts);

}  // namespace faultke::gis
