#pragma once
// A fault database's predictions as GIS layers, to open in QGIS over the user's map, written one
// fault at a time: `ke_windows`, one polygon per window with its KE, SD, interval, KE at each
// thickness and fault_id; `ke_faults`, each fault's traces with the input's attributes (as text),
// fault_id, length_km, windows, ke_median, ke_mean, ke_min, ke_max, ke_sd and reason. A GeoPackage
// holds both layers; GeoJSON holds one layer per file, so the faults go beside the windows, in
// NAME.faults.geojson. Written to temporary files renamed together by commit(); a writer destroyed
// without commit() leaves the earlier files as they were.
#include <memory>
#include <string>
#include <vector>

#include "core/gis/DatabasePrediction.h"
#include "core/gis/TracePrediction.h"

namespace faultke {

constexpr const char* kWindowLayerName = "ke_windows";
constexpr const char* kFaultLayerName = "ke_faults";

struct FaultLayerSpec {
    std::string input, layer, filter, model;
    std::string crsWkt;               // the input's coordinate system
    std::vector<std::string> fields;  // the input's attributes, for ke_faults
    std::vector<int> thicknesses;
};

class FaultLayerWriter {
public:
    // Throws Error naming `path` for an extension other than .gpkg, .geojson or .json, or a file
    // that cannot be created.
    FaultLayerWriter(const std::string& path, const FaultLayerSpec& spec);
    ~FaultLayerWriter();
    FaultLayerWriter(const FaultLayerWriter&) = delete;
    FaultLayerWriter& operator=(const FaultLayerWriter&) = delete;

    void add(const FaultKe& fault);
    // The input, layer and filter the next faults come from (the spec's until set).
    void setSource(const std::string& input, const std::string& layer, const std::string& filter);
    // Closes the layers and renames them over their destinations. Throws Error naming the file.
    void commit();
    // Where the faults layer goes: `path` itself for a GeoPackage, NAME.faults.geojson beside it.
    static std::string faultLayerPath(const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// True for .geojson, .json and .gpkg.
bool isFaultLayerPath(const std::string& path);

// The windows of trace predictions (and their faults) as layers: FaultLayerWriter over faultKeOf
// of each. Throws Error for inputs in different coordinate systems (one layer has one).
void writeWindowLayer(const std::string& path, const std::vector<TracePrediction>& predictions);
inline bool isWindowLayerPath(const std::string& path) { return isFaultLayerPath(path); }

}  // namespace faultke
