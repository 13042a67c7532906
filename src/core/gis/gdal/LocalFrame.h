#pragma once
// The local km frame of FaultTraces.h with its GDAL/PROJ transformations; gis sources only.
// A LocalFrame is used on the thread that made it (PROJ's objects are not shared between
// threads): results keep the MapFrame, and fromFrame builds the transformations again where
// they are needed.
#include <ogr_spatialref.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/gis/FaultTraces.h"

namespace faultke::gis {

class LocalFrame {
public:
    // The frame for data at `points` (in `source`'s coordinates, x/y as the file orders them).
    // Throws Error naming `path` when `source` is null or unusable, or when the points cannot
    // be in it (longitudes beyond ±180°: metres read as degrees).
    static LocalFrame forData(const std::string& path, const OGRSpatialReference* source,
                              const std::vector<std::pair<double, double>>& points);
    static LocalFrame fromFrame(const MapFrame& frame);

    const MapFrame& frame() const { return frame_; }
    TracePart toLocal(const std::string& path, const std::vector<std::pair<double, double>>& points) const;
    std::vector<std::pair<double, double>> toSource(const std::vector<MapPoint>& points) const;
    // The file's system, as GDAL writes it into new layers.
    const OGRSpatialReference& source() const { return source_; }

private:
    LocalFrame() = default;
    void connect();

    MapFrame frame_;
    OGRSpatialReference source_, local_;
    double kmPerUnit_ = 1;  // without reprojection
    struct TransformDeleter {
        void operator()(OGRCoordinateTransformation* t) const { OGRCoordinateTransformation::DestroyCT(t); }
    };
    std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> forward_, back_;
};

// How to give a file a coordinate system, for messages.
std::string assignCrsAdvice();

}  // namespace faultke::gis
