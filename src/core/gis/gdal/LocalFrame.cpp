#include "core/gis/gdal/LocalFrame.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/gis/gdal/GdalSession.h"
#include "core/util/Error.h"

namespace faultke::gis {

std::string assignCrsAdvice() {
    return "assign the coordinate system the coordinates are in (in QGIS: Layer Properties > Source > "
           "Assigned Coordinate Reference System, then Export > Save Features As; or "
           "ogr2ogr -a_srs EPSG:CODE out.gpkg in.shp)";
}

namespace {

// A coordinate as a person reads it: 1e+300, not its 300 digits.
std::string shortNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

std::string exportWkt(const OGRSpatialReference& srs) {
    char* text = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs.exportToWkt(&text, options);
    std::string wkt = text ? text : "";
    CPLFree(text);
    return wkt;
}

}  // namespace

LocalFrame LocalFrame::forData(const std::string& path, const OGRSpatialReference* source,
                               const std::vector<std::pair<double, double>>& points) {
    if (!source) throw Error(path, "has no coordinate system, so the traces have no scale in km: " + assignCrsAdvice());
    LocalFrame f;
    f.source_ = *source;
    f.source_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    f.frame_.sourceWkt = exportWkt(f.source_);
    f.frame_.sourceName = f.source_.GetName() ? f.source_.GetName() : "unnamed system";

    if (f.source_.IsLocal()) {
        // An engineering system: its own axes, in its units.
        f.kmPerUnit_ = f.source_.GetLinearUnits() / 1000.0;
        if (!(f.kmPerUnit_ > 0))
            throw Error(path,
                        "its coordinate system '" + f.frame_.sourceName + "' has no length unit: " + assignCrsAdvice());
        f.frame_.localWkt = f.frame_.sourceWkt;
        return f;
    }
    if (!f.source_.IsGeographic() && !f.source_.IsProjected())
        throw Error(path, "its coordinate system '" + f.frame_.sourceName +
                              "' is neither geographic nor projected, so it gives no scale: " + assignCrsAdvice());

    // The traces' middle in longitude and latitude.
    OGRSpatialReference geographic;
    if (geographic.CopyGeogCSFrom(&f.source_) != OGRERR_NONE)
        throw Error(path, "its coordinate system '" + f.frame_.sourceName + "' has no datum: " + assignCrsAdvice());
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::vector<double> xs, ys;
    for (const auto& [x, y] : points) {
        xs.push_back(x);
        ys.push_back(y);
    }
    if (f.source_.IsProjected()) {
        clearGdalMessage();
        std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> toGeographic(
            OGRCreateCoordinateTransformation(&f.source_, &geographic));
        if (!toGeographic || !toGeographic->Transform(xs.size(), xs.data(), ys.data()))
            throw Error(path, "some of its coordinates lie outside the area where '" + f.frame_.sourceName +
                                  "' is defined, so they cannot be placed on the Earth: the file's coordinate system "
                                  "is probably wrong; " +
                                  assignCrsAdvice() + gdalDetail());
    }
    for (size_t i = 0; i < xs.size(); ++i)
        if (!(std::fabs(xs[i]) <= 360 && std::fabs(ys[i]) <= 90))
            throw Error(path, "coordinates such as (" + shortNumber(points[i].first) + ", " +
                                  shortNumber(points[i].second) + ") are not in '" + f.frame_.sourceName +
                                  "': the file's coordinate system is missing or wrong; " + assignCrsAdvice());
    // Longitudes about the first point's, so traces across the antimeridian (179.9 and -179.9)
    // centre there rather than on the other side of the Earth.
    const double reference = xs.empty() ? 0.0 : xs.front();
    for (double& x : xs) x = reference + std::remainder(x - reference, 360.0);
    const auto [minLon, maxLon] = std::minmax_element(xs.begin(), xs.end());
    const auto [minLat, maxLat] = std::minmax_element(ys.begin(), ys.end());
    f.frame_.centreLongitude = xs.empty() ? 0 : std::remainder((*minLon + *maxLon) / 2, 360.0);
    f.frame_.centreLatitude = ys.empty() ? 0 : (*minLat + *maxLat) / 2;

    f.local_.CopyGeogCSFrom(&f.source_);
    f.local_.SetProjCS("FaultKE local frame");
    f.local_.SetTM(f.frame_.centreLatitude, f.frame_.centreLongitude, 1.0, 0.0, 0.0);
    f.local_.SetLinearUnits(SRS_UL_METER, 1.0);
    f.local_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    f.frame_.localWkt = exportWkt(f.local_);
    f.frame_.reprojected = true;
    f.connect();
    return f;
}

LocalFrame LocalFrame::fromFrame(const MapFrame& frame) {
    LocalFrame f;
    f.frame_ = frame;
    f.source_.importFromWkt(frame.sourceWkt.c_str());
    f.source_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (frame.reprojected) {
        f.local_.importFromWkt(frame.localWkt.c_str());
        f.local_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        f.connect();
    } else {
        f.kmPerUnit_ = f.source_.GetLinearUnits() / 1000.0;
    }
    return f;
}

void LocalFrame::connect() {
    ensureGdal();
    forward_.reset(OGRCreateCoordinateTransformation(&source_, &local_));
    back_.reset(OGRCreateCoordinateTransformation(&local_, &source_));
    if (!forward_ || !back_)
        throw Error(frame_.sourceName,
                    "GDAL knows no way from this coordinate system to a map in metres, so the "
                    "traces have no scale in km: save the file in a projected system (such as "
                    "UTM) first" +
                        gdalDetail());
}

TracePart LocalFrame::toLocal(const std::string& path, const std::vector<std::pair<double, double>>& points) const {
    std::vector<double> xs, ys;
    for (const auto& [x, y] : points) {
        xs.push_back(x);
        ys.push_back(y);
    }
    if (frame_.reprojected) {
        clearGdalMessage();
        if (!forward_->Transform(xs.size(), xs.data(), ys.data()))
            throw Error(path,
                        "its traces span too much of the Earth for one local map (FaultKE measures a fault "
                        "in a map projection centred on it): give the faults of one region, or one fault "
                        "at a time with --where" +
                            gdalDetail());
    }
    const double scale = frame_.reprojected ? 1e-3 : kmPerUnit_;
    TracePart part;
    for (size_t i = 0; i < xs.size(); ++i) part.push_back({xs[i] * scale, ys[i] * scale});
    return part;
}

std::vector<std::pair<double, double>> LocalFrame::toSource(const std::vector<MapPoint>& points) const {
    const double scale = frame_.reprojected ? 1e3 : 1.0 / kmPerUnit_;
    std::vector<double> xs, ys;
    for (const MapPoint& p : points) {
        xs.push_back(p.x * scale);
        ys.push_back(p.y * scale);
    }
    if (frame_.reprojected && !back_->Transform(xs.size(), xs.data(), ys.data()))
        throw Error(frame_.sourceName,
                    "the windows cannot be placed back in this coordinate system (they reach "
                    "outside the area where it is defined): write the layer from fewer or "
                    "shorter traces" +
                        gdalDetail());
    std::vector<std::pair<double, double>> out;
    for (size_t i = 0; i < xs.size(); ++i) out.emplace_back(xs[i], ys[i]);
    return out;
}

}  // namespace faultke::gis
