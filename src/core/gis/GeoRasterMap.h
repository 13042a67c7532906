#pragma once
// Fault maps kept as georeferenced rasters (GeoTIFF): traces drawn on a plain background, like
// the images of FaultMapImage.h, whose file also says the ground size of a pixel. Rasters in
// longitude/latitude, turned, or with pixels that are not square are first warped north-up into
// a local transverse Mercator frame, so every pixel is the same size in km.
#include <string>

#include "core/data/FaultMapSource.h"

namespace faultke {

// True when `path` is a TIFF that GDAL reads with a georeference (a geotransform or ground
// control points). A TIFF without one is a plain image.
bool isGeoreferencedRaster(const std::string& path);

// Band 1 as 8-bit gray with kmPerPixel set. Throws Error naming the file when it has no
// coordinate system (the message says how to assign one), is over 100 megapixels, or cannot be
// read or warped.
FaultMapSource readGeoRasterMap(const std::string& path);

// A fault-map file of any kind: a georeferenced GeoTIFF through GDAL, everything else as
// readFaultMapSource reads it.
FaultMapSource readAnyFaultMapSource(const std::string& path, int frame = kLastMatFrame, const CropSpec& crop = {},
                                     const VariableNames& variables = {});

}  // namespace faultke
