#include "core/gis/GeoRasterMap.h"

#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/gis/gdal/GdalSession.h"
#include "core/gis/gdal/LocalFrame.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

bool isTiff(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".tif" || ext == ".tiff";
}

bool hasGeoreference(GDALDataset& dataset) {
    double transform[6];
    return dataset.GetGeoTransform(transform) == CE_None || dataset.GetGCPCount() > 0;
}

constexpr double kMaxPixels = 100e6;  // as readGrayImage

// Band 1 as 8-bit gray; pixels the file marks as no data are background (white).
void readBand(const std::string& path, GDALDataset& dataset, double kmPerPixel, FaultMapSource& source) {
    if (!(kmPerPixel > 0 && std::isfinite(kmPerPixel))) throw Error(path, "its georeference gives no pixel size");
    const int cols = dataset.GetRasterXSize(), rows = dataset.GetRasterYSize();
    if (double(cols) * rows > kMaxPixels)
        throw Error(path, "is " + std::to_string(cols) + " x " + std::to_string(rows) +
                              " px (north up), over the 100 megapixels FaultKE reads");
    source.kmPerPixel = kmPerPixel;
    source.image.rows = rows;
    source.image.cols = cols;
    source.image.pixels.assign(size_t(rows) * cols, 255);
    std::vector<uint8_t> mask(size_t(rows) * cols, 255);
    GDALRasterBand* band = dataset.GetRasterBand(1);
    clearGdalMessage();
    if (band->RasterIO(GF_Read, 0, 0, cols, rows, source.image.pixels.data(), cols, rows, GDT_Byte, 0, 0) != CE_None)
        throw Error(path, "cannot be read" + gdalDetail());
    if (band->GetMaskFlags() != GMF_ALL_VALID &&
        band->GetMaskBand()->RasterIO(GF_Read, 0, 0, cols, rows, mask.data(), cols, rows, GDT_Byte, 0, 0) != CE_None)
        std::fill(mask.begin(), mask.end(), 255);
    for (size_t i = 0; i < mask.size(); ++i)
        if (!mask[i]) source.image.pixels[i] = 255;
}

}  // namespace

bool isGeoreferencedRaster(const std::string& path) {
    if (!isTiff(path)) return false;
    const DatasetPtr dataset = openDataset(path, GDAL_OF_RASTER);
    return dataset && hasGeoreference(*dataset);
}

FaultMapSource readGeoRasterMap(const std::string& path) {
    DatasetPtr dataset = openDataset(path, GDAL_OF_RASTER);
    if (!dataset) throw Error(path, "not a raster GDAL can read" + gdalDetail());
    if (dataset->GetRasterCount() < 1) throw Error(path, "has no raster band");
    const OGRSpatialReference* srs = dataset->GetSpatialRef();
    if (!srs && dataset->GetGCPCount() > 0) srs = dataset->GetGCPSpatialRef();
    if (!srs || srs->IsEmpty())
        throw Error(path,
                    "is georeferenced but has no coordinate system, so its scale is unknown: assign the "
                    "one its coordinates are in (gdal_edit.py -a_srs EPSG:CODE " +
                        path + ", or in QGIS: Raster > Projections > Assign Projection)");

    double transform[6] = {0, 1, 0, 0, 0, 1};
    const bool hasTransform = dataset->GetGeoTransform(transform) == CE_None;
    const bool northUp = hasTransform && transform[2] == 0 && transform[4] == 0 && transform[5] < 0;
    const bool square =
        northUp && std::fabs(std::fabs(transform[1]) - std::fabs(transform[5])) <= 1e-9 * std::fabs(transform[1]);
    FaultMapSource source;
    source.path = path;
    source.kind = FaultMapKind::Image;

    // Mercator's pixels grow away from the equator; other projections keep their scale near enough.
    const char* method = srs->GetAttrValue("PROJECTION");
    const bool mercator = method && std::string(method).find("Mercator") != std::string::npos &&
                          std::string(method).find("Transverse") == std::string::npos;
    double kmPerPixel = 0;
    if ((srs->IsProjected() && !mercator) && northUp && square) {
        kmPerPixel = transform[1] * srs->GetLinearUnits() / 1000.0;
    } else if (srs->IsLocal() && northUp && square) {
        kmPerPixel = transform[1] * srs->GetLinearUnits() / 1000.0;
    } else {
        // Warp north-up into the local frame about the raster's middle.
        std::vector<std::pair<double, double>> middle;
        const double col = dataset->GetRasterXSize() / 2.0, row = dataset->GetRasterYSize() / 2.0;
        middle.emplace_back(transform[0] + col * transform[1] + row * transform[2],
                            transform[3] + col * transform[4] + row * transform[5]);
        const LocalFrame frame = LocalFrame::forData(path, srs, middle);
        clearGdalMessage();
        char* sourceWkt = nullptr;
        srs->exportToWkt(&sourceWkt);
        // Beyond the map's corners is background (white), not black that would read as trace.
        GDALWarpOptions* options = GDALCreateWarpOptions();
        options->papszWarpOptions = CSLSetNameValue(options->papszWarpOptions, "INIT_DEST", "255");
        GDALDatasetH warped = GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(dataset.get()), sourceWkt,
                                                      frame.frame().localWkt.c_str(), GRA_Average, 0.0, options);
        GDALDestroyWarpOptions(options);
        CPLFree(sourceWkt);
        if (!warped) throw Error(path, "cannot be warped north-up into a metric projection" + gdalDetail());
        // Declared after `dataset`, which it reads through: closed first.
        const DatasetPtr vrt(GDALDataset::FromHandle(warped));
        double t[6];
        vrt->GetGeoTransform(t);
        readBand(path, *vrt, std::fabs(t[1]) / 1000.0, source);
        return source;
    }
    readBand(path, *dataset, kmPerPixel, source);
    return source;
}

FaultMapSource readAnyFaultMapSource(const std::string& path, int frame, const CropSpec& crop,
                                     const VariableNames& variables) {
    if (isGeoreferencedRaster(path)) return readGeoRasterMap(path);
    return readFaultMapSource(path, frame, crop, variables);
}

}  // namespace faultke
