// Fault traces from GIS files: read from every format a geologist keeps them in, at their true
// scale whatever the coordinate system, windowed along the fault's own strike, predicted with the
// bundled model, and written back as a layer QGIS opens. Inputs are written with OGR here.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

#include "core/gis/FaultKeLayers.h"
#include "core/gis/FaultTraces.h"
#include "core/gis/GeoRasterMap.h"
#include "core/gis/TracePrediction.h"
#include "core/gis/TraceWindows.h"
#include "core/model/BundledModel.h"
#include "core/model/Ensemble.h"
#include "support/TestSupport.h"
#include "support/TraceFiles.h"

using namespace faultke;

namespace {

double meanKe(const TracePrediction& p) { return p.summary.mean; }

int pixelsOn(const std::vector<float>& pixels) {
    int n = 0;
    for (float v : pixels) n += v > 0.5f;
    return n;
}

}  // namespace

class TestFaultTraces : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }
    std::string path(const QString& name) const { return file(name).toStdString(); }

private slots:
    void straightFaultReadsAlikeFromGeoJsonAndShapefile() {
        const auto traces = test::straightFault(20);
        const FaultTraceSet json =
            readFaultTraces(test::writeTraceFile(file("s.geojson"), "GeoJSON", 32611, traces).toStdString());
        const FaultTraceSet shp =
            readFaultTraces(test::writeTraceFile(file("s.shp"), "ESRI Shapefile", 32611, traces).toStdString());
        QCOMPARE(json.traces.size(), size_t(1));
        QCOMPARE(QString::fromStdString(json.traces[0].label), QString("straight"));
        QVERIFY2(std::fabs(json.lengthKm() - 20) < 0.02, qPrintable(QString::number(json.lengthKm())));
        QVERIFY(json.frame.reprojected);
        QCOMPARE(QString::fromStdString(json.frame.sourceName), QString("WGS 84 / UTM zone 11N"));
        const TraceWindowSet a = cutTraceWindows(json), b = cutTraceWindows(shp);
        // 20 km at 2 km windows every 1.5625 km: starts 0 .. 17.1875.
        QCOMPARE(a.windows.size(), size_t(12));
        QCOMPARE(b.windows.size(), a.windows.size());
        for (size_t i = 0; i < a.windows.size(); ++i) {
            QVERIFY(std::fabs(a.windows[i].centre.x - b.windows[i].centre.x) < 1e-6);
            QVERIFY(std::fabs(a.windows[i].azimuthDegrees - 90) < 0.2);  // due east
            QCOMPARE(a.windows[i].coverage, 1.0);
        }
        // Every window is 4 km across strike and 2 km along it.
        const TraceWindow& w = a.windows[3];
        QVERIFY(std::fabs(std::hypot(w.corners[1].x - w.corners[0].x, w.corners[1].y - w.corners[0].y) - 2) < 1e-9);
        QVERIFY(std::fabs(std::hypot(w.corners[3].x - w.corners[0].x, w.corners[3].y - w.corners[0].y) - 4) < 1e-9);
        // The trace runs along the middle row, drawn 3 px thick.
        const std::vector<float> pixels = renderTraceWindows(json, a, 3);
        QCOMPARE(pixels.size(), a.windows.size() * 128 * 64);
        int onMiddle = 0;
        for (int c = 0; c < 64; ++c)
            onMiddle += pixels[size_t(63) * 64 + c] > 0.5f || pixels[size_t(64) * 64 + c] > 0.5f;
        QCOMPARE(onMiddle, 64);
        QVERIFY(pixelsOn(std::vector<float>(pixels.begin(), pixels.begin() + 128 * 64)) <= 64 * 4);
    }

    void longitudeLatitudeGivesTheSameWindowsAsAProjection() {
        for (const auto& [name, traces] : {std::pair{QString("straight"), test::straightFault(20)},
                                           std::pair{QString("stepover"), test::stepoverFault()}}) {
            const FaultTraceSet projected = readFaultTraces(
                test::writeTraceFile(file(name + "-utm.geojson"), "GeoJSON", 32611, traces).toStdString());
            const FaultTraceSet geographic = readFaultTraces(
                test::writeTraceFile(file(name + "-ll.shp"), "ESRI Shapefile", 4326, traces).toStdString());
            QCOMPARE(QString::fromStdString(geographic.frame.sourceName), QString("WGS 84"));
            const TraceWindowSet a = cutTraceWindows(projected), b = cutTraceWindows(geographic);
            QVERIFY2(std::fabs(a.lengthKm - b.lengthKm) < 0.01,
                     qPrintable(QString("%1 against %2 km").arg(a.lengthKm).arg(b.lengthKm)));
            QCOMPARE(b.windows.size(), a.windows.size());
            for (size_t i = 0; i < a.windows.size(); ++i)
                QVERIFY(std::fabs(a.windows[i].azimuthDegrees - b.windows[i].azimuthDegrees) < 0.2);
            const std::vector<float> pa = renderTraceWindows(projected, a, 3),
                                     pb = renderTraceWindows(geographic, b, 3);
            size_t same = 0;
            for (size_t i = 0; i < pa.size(); ++i) same += pa[i] == pb[i];
            QVERIFY2(same > 0.995 * pa.size(), qPrintable(QString("%1 of %2 pixels agree").arg(same).arg(pa.size())));
        }
    }

    void curvingFaultWindowsFollowItsStrike() {
        const FaultTraceSet arc =
            readFaultTraces(test::writeTraceFile(file("arc.gpkg"), "GPKG", 32611, test::arcFault(10)).toStdString());
        TraceWindowOptions alongCentreline;
        alongCentreline.centring = Centring::Centreline;
        const TraceWindowSet set = cutTraceWindows(arc, alongCentreline);
        QVERIFY(set.windows.size() >= 8);
        // The arc turns from azimuth 45 to 135 degrees over 15.7 km; a window's strike is the arc's
        // at its middle (within the smoothing over one window length).
        double previous = 0;
        for (const TraceWindow& w : set.windows) {
            const MapPoint c = w.centre;
            const auto centre = toSourceCoordinates(arc.frame, {c});
            const double angle = std::atan2(centre[0].first - test::kEasting, centre[0].second - test::kNorthing);
            const double tangent = 90 + angle * 180 / M_PI;
            QVERIFY2(
                std::fabs(w.azimuthDegrees - tangent) < 8,
                qPrintable(
                    QString("window %1: %2 against the arc's %3").arg(w.index).arg(w.azimuthDegrees).arg(tangent)));
            QVERIFY(w.azimuthDegrees > previous);
            previous = w.azimuthDegrees;
        }
        QVERIFY(set.windows.front().azimuthDegrees < 65);
        QVERIFY(set.windows.back().azimuthDegrees > 115);

        // By default (Centring::Map) this arc, whose traces fit one window height (2.9 km across
        // its chord), is read as its picture is: windows along one straight line. An arc of 30 km
        // radius (8.8 km across) follows its centreline all the same.
        const TraceWindowSet straight = cutTraceWindows(arc);
        for (const TraceWindow& w : straight.windows) QVERIFY(std::fabs(w.azimuthDegrees - 90) < 0.5);
        const FaultTraceSet wide =
            readFaultTraces(test::writeTraceFile(file("arc30.gpkg"), "GPKG", 32611, test::arcFault(30)).toStdString());
        const TraceWindowSet followed = cutTraceWindows(wide);
        QVERIFY(followed.windows.front().azimuthDegrees < 65);
        QVERIFY(followed.windows.back().azimuthDegrees > 115);
        QVERIFY(followed.leftOut.empty());
    }

    // Every window of a straight trace at any azimuth is drawn alike: its traces' mean offset on
    // the middle of a pixel row, so no window shows a one-pixel step where rounding flipped; even
    // widths on the rows a picture's centred trace takes (63-64 at 2 px, 62-65 at 4 px).
    void straightTraceWindowsAreAlikeAtAnyAzimuth() {
        for (const double degrees : {90.0, 60.0, 17.3}) {
            const double a = degrees * M_PI / 180, km = 30;
            const std::vector<test::TraceFeature> line = {
                {"straight",
                 {{{test::kEasting, test::kNorthing},
                   {test::kEasting + km * 1000 * std::sin(a), test::kNorthing + km * 1000 * std::cos(a)}}}}};
            const FaultTraceSet traces = readFaultTraces(
                test::writeTraceFile(file(QString("az%1.geojson").arg(degrees)), "GeoJSON", 4326, line).toStdString());
            const TraceWindowSet set = cutTraceWindows(traces);
            QVERIFY(set.windows.size() >= 15);
            for (int thickness : {2, 3, 4}) {
                const std::vector<float> pixels = renderTraceWindows(traces, set, thickness);
                const std::vector<float> first(pixels.begin(), pixels.begin() + 128 * 64);
                for (size_t w = 1; w < set.windows.size(); ++w)
                    QVERIFY2(
                        std::equal(first.begin(), first.end(), pixels.begin() + w * 128 * 64),
                        qPrintable(QString("azimuth %1, %2 px: window %3 differs").arg(degrees).arg(thickness).arg(w)));
                std::vector<int> rows;
                for (int r = 0; r < 128; ++r)
                    if (first[size_t(r) * 64 + 32] > 0.5f) rows.push_back(r);
                const std::vector<int> expected = thickness == 2   ? std::vector<int>{63, 64}
                                                  : thickness == 3 ? std::vector<int>{63, 64, 65}
                                                                   : std::vector<int>{62, 63, 64, 65};
                QCOMPARE(rows, expected);
            }
        }
    }

    void stepoverWindowsStayAlongItsSegments() {
        const FaultTraceSet step =
            readFaultTraces(test::writeTraceFile(file("step.kml"), "KML", 4326, test::stepoverFault()).toStdString());
        QCOMPARE(step.traces.size(), size_t(2));
        const TraceWindowSet set = cutTraceWindows(step);
        for (const TraceWindow& w : set.windows)
            QVERIFY2(std::fabs(w.azimuthDegrees - 90) < 1, qPrintable(QString::number(w.azimuthDegrees)));
        // The window over the stepover holds both segments, one above and one below the middle.
        const std::vector<float> pixels = renderTraceWindows(step, set, 1);
        const size_t middle = set.windows.size() / 2;
        int rowsWithTrace = 0;
        for (int r = 0; r < 128; ++r) {
            bool any = false;
            for (int c = 0; c < 64; ++c) any = any || pixels[middle * 128 * 64 + size_t(r) * 64 + c] > 0.5f;
            rowsWithTrace += any;
        }
        QVERIFY2(rowsWithTrace >= 2, qPrintable(QString::number(rowsWithTrace)));
    }

    void filterAndFeatureIdsChooseOneFault() {
        std::vector<test::TraceFeature> features = test::straightFault(20);
        features[0].name = "Calico";
        auto other = test::straightFault(10);
        other[0].name = "Pisgah";
        for (auto& [x, y] : other[0].parts[0]) y += 30000;
        features.push_back(other[0]);
        const std::string db = test::writeTraceFile(file("db.gpkg"), "GPKG", 32611, features).toStdString();
        const std::vector<TraceLayerInfo> layers = listTraceLayers(db);
        QCOMPARE(layers.size(), size_t(1));
        QCOMPARE(layers[0].lineFeatures, 2LL);
        QCOMPARE(QString::fromStdString(layers[0].labels[1].second), QString("Pisgah"));
        const FaultTraceSet pisgah = readFaultTraces(db, {"", "name = 'Pisgah'", {}});
        QCOMPARE(pisgah.traces.size(), size_t(1));
        QVERIFY(std::fabs(pisgah.lengthKm() - 10) < 0.02);
        const FaultTraceSet calico = readFaultTraces(db, {"traces", "", {layers[0].labels[0].first}});
        QCOMPARE(QString::fromStdString(calico.traces[0].label), QString("Calico"));
        QVERIFY(std::fabs(calico.lengthKm() - 20) < 0.02);
    }

    void badInputsAreNamedErrors() {
        const std::string good =
            test::writeTraceFile(file("good.geojson"), "GeoJSON", 32611, test::straightFault()).toStdString();
        QVERIFY(test::errorOf([&] {
                    readFaultTraces(test::writePointFile(file("wells.geojson"), {{kEasting, kNorthing}}).toStdString());
                }).contains("holds no line features"));
        QVERIFY(test::errorOf([&] { readFaultTraces(good, {"faults", "", {}}); }).contains("has no layer 'faults'"));
        QVERIFY(test::errorOf([&] {
                    readFaultTraces(good, {"", "name = 'Garlock'", {}});
                }).contains("selects no feature of layer 'traces' (of 1 features)"));
        QVERIFY(test::errorOf([&] {
                    readFaultTraces(good, {"", "nme = 'x'", {}});
                }).contains("not a valid OGR SQL expression"));
        const QString noCrs = test::errorOf([&] {
            readFaultTraces(
                test::writeTraceFile(file("nocrs.shp"), "ESRI Shapefile", 0, test::straightFault()).toStdString());
        });
        QVERIFY2(noCrs.contains("nocrs.shp: has no coordinate system") && noCrs.contains("ogr2ogr -a_srs"),
                 qPrintable(noCrs));
        // GeoJSON without a crs member is longitude/latitude by definition: metres there are a wrong system.
        const QString metres = test::errorOf([&] {
            readFaultTraces(
                test::writeTraceFile(file("metres.geojson"), "GeoJSON", 0, test::straightFault()).toStdString());
        });
        QVERIFY2(metres.contains("missing or wrong"), qPrintable(metres));
        const QString shortTrace = test::errorOf([&] {
            cutTraceWindows(readFaultTraces(
                test::writeTraceFile(file("short.geojson"), "GeoJSON", 32611, test::straightFault(1.5)).toStdString()));
        });
        QVERIFY2(shortTrace.contains("shorter than one window"), qPrintable(shortTrace));
        QFile text(file("notes.geojson"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are my field notes, not a map\n");
        text.close();
        QVERIFY(test::errorOf([&] {
                    readFaultTraces(path("notes.geojson"));
                }).contains("notes.geojson: not a GIS vector file"));
        QVERIFY(test::errorOf([&] { readFaultTraces(path("absent.shp")); }).contains("absent.shp: No such file"));
        QVERIFY(test::errorOf([&] {
                    cutTraceWindows(readFaultTraces(good), {0, 1});
                }).contains("window height must be"));
    }

    void straightFaultHasAHigherKeThanABroadStepover() {
        const Ensemble model({std::make_shared<const Predictor>(Predictor::load(kBundledModel))});
        const TracePrediction straight = predictTraces(
            model,
            readFaultTraces(test::writeTraceFile(file("k-straight.geojson"), "GeoJSON", 32611, test::straightFault())
                                .toStdString()),
            {});
        const TracePrediction stepover = predictTraces(
            model,
            readFaultTraces(
                test::writeTraceFile(file("k-step.geojson"), "GeoJSON", 32611, test::stepoverFault()).toStdString()),
            {});
        QCOMPARE(straight.thicknesses, kFig4Thicknesses);
        QCOMPARE(straight.windows.front().byThickness.size(), size_t(3));
        QCOMPARE(straight.windows.front().values, 3);
        // The first member: about 0.93 against 0.58 when written.
        QVERIFY2(meanKe(straight) > meanKe(stepover) + 0.05,
                 qPrintable(QString("straight %1, stepover %2").arg(meanKe(straight)).arg(meanKe(stepover))));
        // The SD is the spread over thicknesses.
        const TraceWindowKe& w = straight.windows.front();
        double mean = 0, squares = 0;
        for (double v : w.byThickness) mean += v / 3;
        for (double v : w.byThickness) squares += (v - mean) * (v - mean) / 3;
        QVERIFY(std::fabs(w.ke - mean) < 1e-9);
        QVERIFY(std::fabs(w.sd - std::sqrt(squares)) < 1e-9);
    }

    void windowLayerReadsBackInTheInputsSystem() {
        const Ensemble model({std::make_shared<const Predictor>(Predictor::load(kBundledModel))});
        const TracePrediction p = predictTraces(
            model,
            readFaultTraces(
                test::writeTraceFile(file("w.shp"), "ESRI Shapefile", 32611, test::straightFault()).toStdString()),
            {});
        for (const QString name : {QString("windows.geojson"), QString("windows.gpkg")}) {
            writeWindowLayer(path(name), {p});
            GDALDataset* dataset = GDALDataset::Open(path(name).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
            QVERIFY(dataset);
            OGRLayer* layer = dataset->GetLayerByName(kWindowLayerName);
            QVERIFY(layer);
            QCOMPARE(layer->GetFeatureCount(), GIntBig(p.windows.size()));
            QVERIFY(layer->GetSpatialRef() && QString(layer->GetSpatialRef()->GetName()).contains("UTM zone 11N"));
            size_t i = 0;
            layer->ResetReading();
            for (auto& feature : *layer) {
                const TraceWindowKe& w = p.windows[i++];
                QCOMPARE(feature->GetFieldAsInteger("window"), w.window.index);
                QVERIFY(std::fabs(feature->GetFieldAsDouble("ke") - w.ke) < 1e-9);
                QVERIFY(std::fabs(feature->GetFieldAsDouble("ke_sd") - w.sd) < 1e-9);
                QVERIFY(std::fabs(feature->GetFieldAsDouble("ke_3px") - w.byThickness[1]) < 1e-9);
                QVERIFY(std::fabs(feature->GetFieldAsDouble("centre_km") - w.window.centreKm) < 1e-9);
                // A window 4 km across the fault at northing 3850 km (within the one pixel, 31 m, that
                // centring a 1 px trace in an even number of rows may move it), 2 km along it.
                OGREnvelope box;
                feature->GetGeometryRef()->getEnvelope(&box);
                QVERIFY2(
                    std::fabs(box.MinY - (test::kNorthing - 2000)) < 35 && std::fabs(box.MaxY - box.MinY - 4000) < 5,
                    qPrintable(QString("%1 .. %2").arg(box.MinY).arg(box.MaxY)));
                QVERIFY(std::fabs(box.MaxX - box.MinX - 2000) < 5);
                // UTM shrinks distances by its scale factor, 0.9996 on the central meridian (easting 500 km).
                QVERIFY(std::fabs((box.MinX + box.MaxX) / 2 - (test::kEasting + w.window.centreKm * 999.6)) < 5);
            }
            QCOMPARE(i, p.windows.size());
            GDALClose(dataset);
        }
        QVERIFY(test::errorOf([&] { writeWindowLayer(path("windows.kmz"), {p}); }).contains(".geojson or .gpkg"));

        // Inputs in longitude and latitude (GeoJSON and KML always are): one layer in WGS 84, with
        // longitude as x, whatever axis order the system's definition declares.
        const TracePrediction geojson = predictTraces(
            model,
            readFaultTraces(
                test::writeTraceFile(file("ll.geojson"), "GeoJSON", 4326, test::straightFault()).toStdString()),
            {});
        const TracePrediction kml = predictTraces(
            model,
            readFaultTraces(test::writeTraceFile(file("ll.kml"), "KML", 4326, test::straightFault()).toStdString()),
            {});
        for (const QString name : {QString("ll-windows.geojson"), QString("ll-windows.gpkg")}) {
            writeWindowLayer(path(name), {geojson, kml});
            GDALDataset* dataset = GDALDataset::Open(path(name).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
            QVERIFY(dataset);
            OGRLayer* layer = dataset->GetLayerByName(kWindowLayerName);
            QVERIFY(layer);
            QCOMPARE(layer->GetFeatureCount(), GIntBig(geojson.windows.size() + kml.windows.size()));
            QVERIFY(layer->GetSpatialRef() && QString(layer->GetSpatialRef()->GetName()).contains("WGS 84"));
            OGREnvelope box;
            QCOMPARE(layer->GetExtent(&box), OGRERR_NONE);
            // UTM zone 11N lies between 120 and 114 degrees west; northing 3850 km near 34.8 N.
            QVERIFY2(box.MinX > -120 && box.MaxX < -114 && box.MinY > 34 && box.MaxY < 35.5,
                     qPrintable(QString("%1 %2 %3 %4").arg(box.MinX).arg(box.MaxX).arg(box.MinY).arg(box.MaxY)));
            GDALClose(dataset);
        }
        // No temporary file is left beside the layers.
        QCOMPARE(QDir(dir_.path()).entryList({"*.tmp-*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void geoTiffMapsHaveTheirScale() {
        const std::string utm = test::writeTraceGeoTiff(file("map-utm.tif"), 200, 800, 25, 32611).toStdString();
        QVERIFY(isGeoreferencedRaster(utm));
        const FaultMapSource source = readAnyFaultMapSource(utm);
        QCOMPARE(source.kmPerPixel, 0.025);
        QCOMPARE(source.image.cols, 800);
        // At 4 km a window, 160 px of the map make one window height.
        const FaultMapOptions applied = sourceOptions(source, {});
        QVERIFY(applied.heightFit == HeightFit::MapScale);
        QCOMPARE(applied.kmPerWindowHeight, kFig4WindowKm);
        const FaultMapWindows map = preprocessFaultMap(source.image, applied, source.path);
        QVERIFY(std::fabs(map.scale - 128.0 / 160) < 1e-9);

        // Degrees are warped into km, north up, the trace kept.
        const FaultMapSource ll =
            readGeoRasterMap(test::writeTraceGeoTiff(file("map-ll.tif"), 200, 800, 25, 4326).toStdString());
        QVERIFY2(ll.kmPerPixel > 0.015 && ll.kmPerPixel < 0.03, qPrintable(QString::number(ll.kmPerPixel)));
        int dark = 0;
        for (uint8_t v : ll.image.pixels) dark += v < 128;
        QVERIFY2(dark > ll.image.cols / 2, qPrintable(QString::number(dark)));

        QVERIFY(test::errorOf([&] {
                    readGeoRasterMap(test::writeTraceGeoTiff(file("map-nocrs.tif"), 50, 200, 25, 0).toStdString());
                }).contains("has no coordinate system"));
        // A TIFF without a georeference stays a plain image.
        QVERIFY(!isGeoreferencedRaster(path("absent.tif")));
    }

    void thicknessWidensTheDrawnTraces() {
        const FaultTraceSet traces = readFaultTraces(
            test::writeTraceFile(file("t.geojson"), "GeoJSON", 32611, test::straightFault()).toStdString());
        const TraceWindowSet set = cutTraceWindows(traces);
        const int two = pixelsOn(renderTraceWindows(traces, set, 2)),
                  four = pixelsOn(renderTraceWindows(traces, set, 4));
        QVERIFY2(std::fabs(double(four) / two - 2) < 0.1, qPrintable(QString("%1 against %2").arg(four).arg(two)));
        QVERIFY(test::errorOf([&] { renderTraceWindows(traces, set, 0); }).contains("1 px thick or more"));
    }

private:
    static constexpr double kEasting = test::kEasting, kNorthing = test::kNorthing;
};

QTEST_GUILESS_MAIN(TestFaultTraces)
#include "test_fault_traces.moc"
