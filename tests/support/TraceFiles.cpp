#include "support/TraceFiles.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <stdexcept>

namespace faultke::test {
namespace {

OGRSpatialReference srsOf(int epsg) {
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRSpatialReference utm() { return srsOf(32611); }

UtmLine converted(const UtmLine& line, int epsg) {
    if (epsg == 32611 || epsg == 0) return line;
    OGRSpatialReference from = utm(), to = srsOf(epsg);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
    UtmLine out;
    for (auto [x, y] : line) {
        if (!t->Transform(1, &x, &y)) throw std::runtime_error("cannot convert a test point");
        out.emplace_back(x, y);
    }
    return out;
}

GDALDataset* create(const QString& path, const char* driver) {
    GDALAllRegister();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(driver);
    if (!d) throw std::runtime_error(std::string("no GDAL driver ") + driver);
    GDALDataset* dataset = d->Create(path.toStdString().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset) throw std::runtime_error("cannot create " + path.toStdString());
    return dataset;
}

}  // namespace

QString writeTraceFile(const QString& path, const char* driver, int epsg, const std::vector<TraceFeature>& features) {
    GDALDataset* dataset = create(path, driver);
    OGRSpatialReference srs = epsg ? srsOf(epsg) : OGRSpatialReference();
    OGRLayer* layer = dataset->CreateLayer("traces", epsg ? &srs : nullptr, wkbUnknown, nullptr);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&name);
    for (const TraceFeature& f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", f.name.toStdString().c_str());
        OGRMultiLineString multi;
        OGRLineString single;
        for (const UtmLine& part : f.parts) {
            OGRLineString line;
            for (const auto& [x, y] : converted(part, epsg)) line.addPoint(x, y);
            if (f.parts.size() == 1)
                single = line;
            else
                multi.addGeometry(&line);
        }
        if (f.parts.size() == 1)
            feature.SetGeometry(&single);
        else
            feature.SetGeometry(&multi);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("cannot write a test feature");
    }
    GDALClose(dataset);
    return path;
}

QString writePointFile(const QString& path, const std::vector<std::pair<double, double>>& points) {
    GDALDataset* dataset = create(path, "GeoJSON");
    OGRSpatialReference srs = utm();
    OGRLayer* layer = dataset->CreateLayer("wells", &srs, wkbPoint, nullptr);
    for (const auto& [x, y] : points) {
        OGRFeature feature(layer->GetLayerDefn());
        OGRPoint point(x, y);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("cannot write a test feature");
    }
    GDALClose(dataset);
    return path;
}

QString writeTraceGeoTiff(const QString& path, int rows, int cols, double metres, int epsg) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDataset* dataset = driver->Create(path.toStdString().c_str(), cols, rows, 1, GDT_Byte, nullptr);
    std::vector<uint8_t> pixels(size_t(rows) * cols, 255);
    for (int c = 0; c < cols; ++c) pixels[size_t(rows / 2) * cols + c] = 0;
    if (dataset->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, cols, rows, pixels.data(), cols, rows, GDT_Byte, 0, 0) !=
        CE_None)
        throw std::runtime_error("cannot write " + path.toStdString());
    if (epsg == 4326) {
        const double degrees = metres / 111320.0;  // about 35°N, north-south; east-west pixels are narrower
        double transform[6] = {-117.0, degrees, 0, 35.0, 0, -degrees};
        dataset->SetGeoTransform(transform);
    } else {
        double transform[6] = {kEasting, metres, 0, kNorthing, 0, -metres};
        dataset->SetGeoTransform(transform);
    }
    if (epsg) {
        OGRSpatialReference srs = srsOf(epsg);
        dataset->SetSpatialRef(&srs);
    }
    GDALClose(dataset);
    return path;
}

std::vector<TraceFeature> straightFault(double km) {
    return {{"straight", {{{kEasting, kNorthing}, {kEasting + km * 1000, kNorthing}}}}};
}

std::vector<TraceFeature> stepoverFault(double km, double gapKm, double overlapKm) {
    const double half = km * 500, gap = gapKm * 500, overlap = overlapKm * 500;
    return {
        {"north segment", {{{kEasting, kNorthing + gap}, {kEasting + half + overlap, kNorthing + gap}}}},
        {"south segment", {{{kEasting + half - overlap, kNorthing - gap}, {kEasting + km * 1000, kNorthing - gap}}}}};
}

std::vector<TraceFeature> arcFault(double radiusKm) {
    UtmLine line;
    for (int i = 0; i <= 90; ++i) {
        const double angle = (i - 45) * M_PI / 180;  // from azimuth 45 to 135 degrees
        line.emplace_back(kEasting + radiusKm * 1000 * std::sin(angle), kNorthing + radiusKm * 1000 * std::cos(angle));
    }
    return {{"arc", {line}}};
}

}  // namespace faultke::test
