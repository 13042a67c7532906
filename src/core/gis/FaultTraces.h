#pragma once
// Fault traces as geologists keep them: line features (LineString, MultiLineString) in any vector
// format GDAL/OGR reads (shapefile, GeoPackage, GeoJSON, KML, ...), with the coordinate system
// that gives them a true scale.
//
// Traces are read into a local metric frame, in km: a transverse Mercator projection centred on
// the traces (scale factor 1 at its centre), whatever the file's own system is, so that
// geographic (longitude/latitude) data and projections that stretch distances (Web Mercator)
// give windows of a true size alike. Files in a local engineering system (no datum) keep their
// own axes, in their units. Plain C++ in the interface; GDAL stays in the implementation.
#include <string>
#include <utility>
#include <vector>

namespace faultke {

struct MapPoint {
    double x = 0;  // km east of the frame's centre
    double y = 0;  // km north
};
using TracePart = std::vector<MapPoint>;

struct FaultTrace {
    long long fid = 0;
    std::string label;  // the feature's name attribute, or "feature FID"
    std::vector<TracePart> parts;
};

// How the file's coordinates map to the local km frame.
struct MapFrame {
    std::string sourceWkt;   // the file's coordinate system
    std::string sourceName;  // "WGS 84", "NAD83 / UTM zone 11N"
    std::string localWkt;    // the local frame's (km are its metres / 1000)
    bool reprojected = false;
    double centreLongitude = 0, centreLatitude = 0;  // of the local frame, when reprojected
    // What the frame is, for people: "transverse Mercator centred on 34.90°N, 116.80°W".
    std::string description() const;
};

// Which features are the fault: a layer (empty: the file's only line layer), an OGR SQL
// attribute filter ("name = 'Calico'"), and/or chosen feature ids. Every selected feature is
// part of one fault.
struct TraceQuery {
    std::string layer;
    std::string where;
    std::vector<long long> fids;
};

struct FaultTraceSet {
    std::string path;
    std::string layer;
    std::string where;
    MapFrame frame;
    std::vector<FaultTrace> traces;

    double lengthKm() const;  // of every part together
    // The bounding box of the traces in km: {minX, minY, maxX, maxY}.
    std::vector<double> boundsKm() const;
};

struct TraceLayerInfo {
    std::string name;
    std::string geometry;  // "LineString", "MultiLineString", "Point", ...
    long long features = 0;
    long long lineFeatures = 0;
    std::string crsName;                                    // "" without a coordinate system
    std::vector<std::pair<long long, std::string>> labels;  // fid and label of each line feature
    std::vector<std::string> fields;                        // the attributes' names
};

// The layers of a vector file, for a chooser. Throws Error naming the file when GDAL cannot
// read it.
std::vector<TraceLayerInfo> listTraceLayers(const std::string& path);

// Reads the selected line features into the local frame. Throws Error naming the file for: a
// file GDAL cannot read, an unknown layer, several line layers and none chosen, no line
// features, a filter that does not parse or selects nothing, and a missing or unusable
// coordinate system (the message says how to assign one).
FaultTraceSet readFaultTraces(const std::string& path, const TraceQuery& query = {});

// Local km points back in the file's coordinate system (x, y as the file orders them: easting
// and northing, or longitude and latitude).
std::vector<std::pair<double, double>> toSourceCoordinates(const MapFrame& frame, const std::vector<MapPoint>& points);

// True for the extensions of vector formats read as fault traces: .shp .geojson .json .gpkg .kml
// .kmz .gml .fgb .sqlite .tab .mif.
bool isFaultTracePath(const std::string& path);

}  // namespace faultke
