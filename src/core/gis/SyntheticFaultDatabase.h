#pragma once
// A fault database made up at run time, the size of the largest public ones (about 14,000 traces,
// 660,000 km), for `faultke-cli bench database` and for tests: WGS 84 traces whose lengths follow
// a lognormal distribution (many short faults, a few of hundreds of km), gently curving, all over
// the globe, some across the antimeridian and near the poles, written with OGR as a GeoPackage
// (or any vector format GDAL writes, by the path's extension).
#include <cstdint>
#include <string>

#include "core/util/Progress.h"

namespace faultke {

struct SyntheticFaultDatabaseSpec {
    int faults = 14000;
    double totalKm = 660000;
    double vertexKm = 1.0;  // between a trace's vertices
    uint64_t seed = 1;
};

struct SyntheticFaultDatabase {
    std::string path;
    int faults = 0;
    double km = 0;
    long long vertices = 0;
    double longestKm = 0;
};

// Each feature has the attributes name ("fault N"), zone ("zone K": one to three neighbouring
// features share it) and length_km. Throws Error naming the file when it cannot be written.
SyntheticFaultDatabase writeSyntheticFaultDatabase(const std::string& path, const SyntheticFaultDatabaseSpec& spec,
                                                   const Progress& progress = {});

}  // namespace faultke
