#include "core/gis/SyntheticFaultDatabase.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

#include "core/data/SyntheticRandom.h"
#include "core/gis/gdal/GdalSession.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kEarthKm = 6371.0;

const char* driverFor(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".gpkg") return "GPKG";
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".fgb") return "FlatGeobuf";
    return nullptr;
}

// The point `km` from (lon, lat) towards `azimuth` (degrees clockwise from north), on a sphere.
std::pair<double, double> destination(double lon, double lat, double azimuth, double km) {
    const double d = km / kEarthKm, a = azimuth * kPi / 180, phi = lat * kPi / 180, lambda = lon * kPi / 180;
    const double phi2 = std::asin(std::sin(phi) * std::cos(d) + std::cos(phi) * std::sin(d) * std::cos(a));
    const double lambda2 =
        lambda + std::atan2(std::sin(a) * std::sin(d) * std::cos(phi), std::cos(d) - std::sin(phi) * std::sin(phi2));
    return {std::remainder(lambda2 * 180 / kPi, 360.0), phi2 * 180 / kPi};
}

// The bearing from (lon1, lat1) to (lon2, lat2), for following a great circle.
double bearing(double lon1, double lat1, double lon2, double lat2) {
    const double p1 = lat1 * kPi / 180, p2 = lat2 * kPi / 180, dl = (lon2 - lon1) * kPi / 180;
    return std::atan2(std::sin(dl) * std::cos(p2),
                      std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl)) *
           180 / kPi;
}

}  // namespace

SyntheticFaultDatabase writeSyntheticFaultDatabase(const std::string& path, const SyntheticFaultDatabaseSpec& spec,
                                                   const Progress& progress) {
    const char* driverName = driverFor(path);
    if (!driverName) throw Error(path, "a fault database is written as .gpkg, .geojson or .fgb (one file each)");
    if (spec.faults < 1 || !(spec.totalKm > 0) || !(spec.vertexKm > 0))
        throw Error(path, "a fault database needs at least one fault, a positive length and vertex spacing");
    synthetic::Random random(spec.seed);

    // Lengths: lognormal (many short faults, a few long ones), at most 1,500 km (about the longest
    // strike-slip systems), scaled so that they add up to the total.
    std::vector<double> raw(static_cast<size_t>(spec.faults)), lengths(raw.size());
    for (double& r : raw) r = std::exp(random.normal(0, 1.3));
    const double shortest = 2 * spec.vertexKm, longest = std::max(1500.0, shortest);
    auto scaledTotal = [&](double scale) {
        double sum = 0;
        for (size_t i = 0; i < raw.size(); ++i) sum += lengths[i] = std::clamp(raw[i] * scale, shortest, longest);
        return sum;
    };
    double low = 0, high = 1;
    while (scaledTotal(high) < spec.totalKm && high < 1e12) high *= 2;
    for (int i = 0; i < 100; ++i) {
        const double middle = (low + high) / 2;
        (scaledTotal(middle) < spec.totalKm ? low : high) = middle;
    }
    scaledTotal(high);

    SyntheticFaultDatabase result;
    result.path = path;
    writeAtomically(path, [&](const std::string& temporary) {
        ensureGdal();
        clearGdalMessage();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
        if (!driver) throw Error(path, std::string("GDAL has no ") + driverName + " driver");
        DatasetPtr dataset(driver->Create(temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw Error(path, "cannot be created" + gdalDetail());
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer* layer = dataset->CreateLayer("faults", &wgs84, wkbLineString, nullptr);
        if (!layer) throw Error(path, "cannot create its layer" + gdalDetail());
        for (const char* name : {"name", "zone"}) {
            OGRFieldDefn field(name, OFTString);
            layer->CreateField(&field);
        }
        OGRFieldDefn lengthField("length_km", OFTReal);
        layer->CreateField(&lengthField);
        const bool transaction = dataset->StartTransaction() == OGRERR_NONE;

        int zone = 0, zoneLeft = 0;
        for (int i = 0; i < spec.faults; ++i) {
            if (i % 256 == 0) {
                progress.checkCancel();
                progress.update(double(i) / spec.faults,
                                "fault " + std::to_string(i) + " of " + std::to_string(spec.faults));
            }
            if (zoneLeft-- <= 0) {
                ++zone;
                zoneLeft = random.uniformInt(0, 2);
            }
            // Mostly away from the poles, as land and faults are; a few across the antimeridian
            // and close to a pole, where a projection of the whole map would fail.
            double lon = random.uniform(-180, 180), lat = std::asin(random.uniform(-0.94, 0.94)) * 180 / kPi;
            if (i % 500 == 7) lon = 179.9;
            if (i % 2000 == 11) lat = random.sign() * 88.5;
            double azimuth = random.uniform(0, 360);
            OGRLineString line;
            line.addPoint(lon, lat);
            const double length = lengths[static_cast<size_t>(i)];
            const int steps = std::max(1, static_cast<int>(std::lround(length / spec.vertexKm)));
            for (int s = 0; s < steps; ++s) {
                const auto [nextLon, nextLat] = destination(lon, lat, azimuth, length / steps);
                // Along the great circle, turning gently: a fault bends by a few degrees per km.
                azimuth = bearing(nextLon, nextLat, lon, lat) + 180 + random.normal(0, 1.5);
                lon = nextLon;
                lat = nextLat;
                line.addPoint(lon, lat);
            }
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("name", ("fault " + std::to_string(i + 1)).c_str());
            feature.SetField("zone", ("zone " + std::to_string(zone)).c_str());
            feature.SetField("length_km", length);
            feature.SetGeometry(&line);
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                throw Error(path, "cannot write fault " + std::to_string(i + 1) + gdalDetail());
            ++result.faults;
            result.km += length;
            result.vertices += steps + 1;
            result.longestKm = std::max(result.longestKm, length);
        }
        finishWriting(dataset, path, transaction);
    });
    progress.update(1.0, std::to_string(result.faults) + " faults written");
    return result;
}

}  // namespace faultke
