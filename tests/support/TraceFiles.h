#pragma once
// GIS files of fault traces for tests, written with OGR as a user's mapping software would:
// features of one or more parts with a name, in any coordinate system GDAL knows, or none.
// Coordinates are given in UTM zone 11N metres (about the Mojave) and converted when the file is
// in another system.
#include <QString>

#include <utility>
#include <vector>

namespace faultke::test {

using UtmLine = std::vector<std::pair<double, double>>;

struct TraceFeature {
    QString name;
    std::vector<UtmLine> parts;  // one part: a LineString; more: a MultiLineString
};

// driver: "GeoJSON", "ESRI Shapefile", "GPKG", "KML". epsg: 32611 (UTM 11N), 4326 (longitude/
// latitude), ... or 0 for a file without a coordinate system.
QString writeTraceFile(const QString& path, const char* driver, int epsg, const std::vector<TraceFeature>& features);

// Points as a layer (no lines), in UTM 11N.
QString writePointFile(const QString& path, const std::vector<std::pair<double, double>>& points);

// A GeoTIFF of `rows` x `cols` white pixels with a black horizontal line through the middle row,
// `metres` per pixel in UTM 11N (epsg 32611), in degrees of the same size about 35°N (4326), or
// with a geotransform but no coordinate system (0).
QString writeTraceGeoTiff(const QString& path, int rows, int cols, double metres, int epsg);

// The mid-Mojave origin the tests draw about, in UTM 11N metres.
constexpr double kEasting = 500000, kNorthing = 3850000;
// A straight trace of `km` along x; a stepover of two segments `gapKm` apart across strike,
// overlapping by `overlapKm`; a circular arc of `radiusKm` turning 90 degrees.
std::vector<TraceFeature> straightFault(double km = 20);
std::vector<TraceFeature> stepoverFault(double km = 20, double gapKm = 1.6, double overlapKm = 2);
std::vector<TraceFeature> arcFault(double radiusKm = 10);

}  // namespace faultke::test
