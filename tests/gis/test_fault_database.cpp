// A fault database: its features grouped into faults (each feature, all of them, or by an
// attribute), each fault read in its own local frame (across the antimeridian, near a pole),
// predicted in a stream with the same numbers as a single-fault run, bad features kept with their
// reason, and the results written as two layers. Inputs are written with OGR here.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cmath>
#include <csignal>
#include <map>

#include "core/gis/DatabasePrediction.h"
#include "core/gis/FaultDatabase.h"
#include "core/gis/FaultKeLayers.h"
#include "core/gis/SyntheticFaultDatabase.h"
#include "core/gis/TracePrediction.h"
#include "core/model/Ensemble.h"
#include "core/model/Predictor.h"
#include "support/TestSupport.h"
#include "support/TraceFiles.h"

using namespace faultke;

namespace {

struct Feature {
    const char* name;
    const char* zone;  // nullptr: no value
    std::string wkt;   // in longitude / latitude
};

// A straight line of `km` from (lon, lat) eastwards, as WKT (about 1 km per vertex).
std::string eastwards(double lon, double lat, double km) {
    const double degrees = km / (111.32 * std::cos(lat * M_PI / 180));
    const int steps = std::max(2, static_cast<int>(km));
    std::string wkt = "LINESTRING (";
    for (int i = 0; i <= steps; ++i) {
        const double x = std::remainder(lon + degrees * i / steps, 360.0);
        wkt += (i ? ", " : "") + std::to_string(x) + " " + std::to_string(lat);
    }
    return wkt + ")";
}

QString writeLonLatFile(const QString& path, const std::vector<Feature>& features) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    GDALDataset* dataset = driver->Create(path.toStdString().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    OGRLayer* layer = dataset->CreateLayer("faults", &wgs84, wkbUnknown, nullptr);
    for (const char* name : {"name", "zone"}) {
        OGRFieldDefn field(name, OFTString);
        layer->CreateField(&field);
    }
    for (const Feature& f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", f.name);
        if (f.zone) feature.SetField("zone", f.zone);
        OGRGeometry* geometry = nullptr;
        OGRGeometryFactory::createFromWkt(f.wkt.c_str(), nullptr, &geometry);
        feature.SetGeometryDirectly(geometry);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) qWarning("cannot write a test feature");
    }
    GDALClose(dataset);
    return path;
}

// Five faults of the Mojave drawn as six features, three of them in zones of two and one.
std::vector<Feature> mojave() {
    return {{"a north", "A", eastwards(-116.9, 35.00, 20)}, {"a south", "A", eastwards(-116.6, 35.00, 15)},
            {"b", "B", eastwards(-116.9, 35.30, 25)},       {"c one", "C", eastwards(-116.9, 35.60, 12)},
            {"c two", "C", eastwards(-116.7, 35.60, 12)},   {"lonely", nullptr, eastwards(-116.9, 35.90, 30)}};
}

std::vector<FaultRecord> readAll(const QString& path, const FaultGroupingChoice& grouping,
                                 const TraceQuery& query = {}) {
    std::vector<FaultRecord> records;
    readFaults(
        path.toStdString(), query, grouping, [](const FaultLayerInfo&) {},
        [&](FaultRecord&& r, const ToSourceCoordinates&) { records.push_back(std::move(r)); });
    return records;
}

const Ensemble& bundled() {
    static const Ensemble model = Ensemble::load({kBundledModel}, "best", DeviceChoice::Cpu);
    return model;
}

std::vector<FaultKe> predictAll(const QString& path, const DatabasePredictionOptions& options,
                                const Progress& progress = {}) {
    std::vector<FaultKe> faults;
    predictFaultDatabase(
        bundled(), path.toStdString(), options, [](const FaultLayerInfo&) {},
        [&](const FaultKe& f) { faults.push_back(f); }, progress);
    return faults;
}

int layerFeatures(const QString& path, const char* layer) {
    GDALDataset* dataset = GDALDataset::Open(path.toStdString().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!dataset) return -1;
    OGRLayer* l = layer ? dataset->GetLayerByName(layer) : dataset->GetLayer(0);
    const int n = l ? static_cast<int>(l->GetFeatureCount()) : -1;
    GDALClose(dataset);
    return n;
}

}  // namespace

class TestFaultDatabase : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }

private slots:
    void featuresGroupIntoFaultsByFeatureAllOrAttribute() {
        const QString path = writeLonLatFile(file("mojave.geojson"), mojave());
        const auto each = readAll(path, parseFaultGrouping("feature"));
        QCOMPARE(each.size(), size_t(6));
        QCOMPARE(QString::fromStdString(each[1].faultId), QString("1"));
        QCOMPARE(QString::fromStdString(each[1].label), QString("a south"));
        QCOMPARE(each[1].features, 1LL);
        QVERIFY(std::fabs(each[5].traces->lengthKm() - 30) < 0.3);

        const auto zones = readAll(path, parseFaultGrouping("zone"));
        QCOMPARE(zones.size(), size_t(4));
        const std::vector<std::pair<QString, long long>> expected = {{"A", 2}, {"B", 1}, {"C", 2}, {"feature 5", 1}};
        for (size_t i = 0; i < zones.size(); ++i) {
            QCOMPARE(QString::fromStdString(zones[i].faultId), expected[i].first);
            QCOMPARE(zones[i].features, expected[i].second);
            QVERIFY(zones[i].reason.empty());
        }
        QVERIFY(std::fabs(zones[0].traces->lengthKm() - 35) < 0.4);
        QCOMPARE(zones[2].attributes.size(), size_t(2));
        QCOMPARE(QString::fromStdString(zones[2].attributes[1].second), QString("C"));

        const auto all = readAll(path, parseFaultGrouping("all"));
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].features, 6LL);
        // The default: a whole layer is a database; a filter picks the strands of one fault.
        QCOMPARE(int(defaultFaultGrouping({}).kind), int(FaultGrouping::Feature));
        QCOMPARE(int(defaultFaultGrouping({"", "zone = 'A'", {}}).kind), int(FaultGrouping::All));
        QCOMPARE(readAll(path, defaultFaultGrouping({"", "zone = 'A'", {}}), {"", "zone = 'A'", {}}).size(), size_t(1));

        QVERIFY(test::errorOf([&] { readAll(path, parseFaultGrouping("zones")); }).contains("did you mean 'zone'"));
        QVERIFY(test::errorOf([&] {
                    readAll(path, parseFaultGrouping("feature"), {"", "zone = 'Z'", {}});
                }).contains("selects no feature"));
    }

    void eachFaultReadsAsASingleFaultRunOfItsFeatures() {
        const QString path = writeLonLatFile(file("same.geojson"), mojave());
        DatabasePredictionOptions options;
        options.grouping = parseFaultGrouping("zone");
        options.windowsPerBatch = 16;  // several faults in a batch, and faults split over batches
        const std::vector<FaultKe> faults = predictAll(path, options);
        QCOMPARE(faults.size(), size_t(4));
        const std::vector<std::vector<long long>> fids = {{0, 1}, {2}, {3, 4}, {5}};
        for (size_t f = 0; f < faults.size(); ++f) {
            const TracePrediction alone =
                predictTraces(bundled(), readFaultTraces(path.toStdString(), {"", "", fids[f]}), options.windows);
            QVERIFY(faults[f].prediction);
            QCOMPARE(faults[f].windows(), alone.windows.size());
            QVERIFY(alone.windows.size() > 3);
            for (size_t w = 0; w < alone.windows.size(); ++w) {
                QVERIFY(std::fabs(faults[f].prediction->windows[w].ke - alone.windows[w].ke) < 1e-9);
                QVERIFY(std::fabs(faults[f].prediction->windows[w].sd - alone.windows[w].sd) < 1e-9);
            }
            QCOMPARE(faults[f].windowCorners.size(), alone.windows.size());
            QVERIFY(std::fabs(faults[f].windowCentres[0].second - 35.3) < 0.7);  // latitude, in the file's system
        }
    }

    void faultsAcrossTheAntimeridianAndNearAPoleAreWindowed() {
        // Fiji's longitudes run from 179.9 to -179.8; a 30 km fault at 88.5 degrees north.
        const QString path = writeLonLatFile(file("far.geojson"), {{"fiji", "F", eastwards(179.85, -17.0, 30)},
                                                                   {"polar", "P", eastwards(10, 88.5, 30)}});
        const std::vector<FaultKe> faults = predictAll(path, {});
        QCOMPARE(faults.size(), size_t(2));
        for (const FaultKe& f : faults) {
            QVERIFY2(f.reason.empty(), f.reason.c_str());
            QVERIFY2(std::fabs(f.lengthKm - 30) < 0.5, qPrintable(QString::number(f.lengthKm)));
            QVERIFY(f.windows() >= 15);
        }
        // Window centres on both sides of the antimeridian, none on the far side of the Earth.
        bool east = false, west = false;
        for (const auto& [lon, lat] : faults[0].windowCentres) {
            QVERIFY(std::fabs(std::fabs(lon) - 180) < 0.3);
            east |= lon > 0;
            west |= lon < 0;
        }
        QVERIFY(east && west);
    }

    void badFeaturesKeepTheirReasonAndTheOthersArePredicted() {
        const QString path = writeLonLatFile(file("mixed.geojson"),
                                             {{"good", "G", eastwards(-116.9, 35.0, 20)},
                                              {"well", "W", "POINT (-116.5 35.1)"},
                                              {"basin", "B", "POLYGON ((-116 35, -115.9 35, -115.9 35.1, -116 35))"},
                                              {"dot", "D", "LINESTRING (-116 35.2, -116 35.2)"},
                                              {"short", "S", eastwards(-116.9, 35.5, 1)}});
        const std::vector<FaultKe> faults = predictAll(path, {});
        QCOMPARE(faults.size(), size_t(5));
        QVERIFY(faults[0].windows() > 5);
        QVERIFY2(QString::fromStdString(faults[1].reason).contains("Point, not a line"), faults[1].reason.c_str());
        QVERIFY2(QString::fromStdString(faults[2].reason).contains("Polygon, not a line"), faults[2].reason.c_str());
        QVERIFY2(QString::fromStdString(faults[3].reason).contains("fewer than two distinct points"),
                 faults[3].reason.c_str());
        QVERIFY2(QString::fromStdString(faults[4].reason).contains("shorter"), faults[4].reason.c_str());
        QCOMPARE(faults[4].windows(), size_t(0));

        // What spoils every fault is one line naming the file.
        const QString noCrs = test::writeTraceFile(file("nocrs.shp"), "ESRI Shapefile", 0, test::straightFault(20));
        QVERIFY(test::errorOf([&] { predictAll(noCrs, {}); }).contains("has no coordinate system"));
        const QString wells = test::writePointFile(file("wells.geojson"), {{test::kEasting, test::kNorthing}});
        QVERIFY(test::errorOf([&] { predictAll(wells, {}); }).contains("holds no line features"));
    }

    void resultsAreWrittenAsWindowAndFaultLayers() {
        const QString path = writeLonLatFile(file("layers.geojson"), mojave());
        DatabasePredictionOptions options;
        options.grouping = parseFaultGrouping("zone");
        for (const QString& name : {QString("ke.gpkg"), QString("ke.geojson")}) {
            const QString out = file(name);
            std::unique_ptr<FaultLayerWriter> writer;
            size_t windows = 0;
            predictFaultDatabase(
                bundled(), path.toStdString(), options,
                [&](const FaultLayerInfo& layer) {
                    writer = std::make_unique<FaultLayerWriter>(
                        out.toStdString(), FaultLayerSpec{path.toStdString(), layer.layer, "", "bundled", layer.crsWkt,
                                                          layer.fields, options.thicknesses});
                },
                [&](const FaultKe& f) {
                    writer->add(f);
                    windows += f.windows();
                });
            QVERIFY(!QFileInfo::exists(out));  // nothing before commit
            writer->commit();
            const QString faultsPath = QString::fromStdString(FaultLayerWriter::faultLayerPath(out.toStdString()));
            QCOMPARE(layerFeatures(out, kWindowLayerName), int(windows));
            QCOMPARE(layerFeatures(faultsPath, kFaultLayerName), 4);
        }
        // The faults layer holds the input's attributes and the summary.
        GDALDataset* dataset = GDALDataset::Open(file("ke.gpkg").toStdString().c_str(), GDAL_OF_VECTOR);
        QVERIFY(dataset);
        OGRLayer* faults = dataset->GetLayerByName(kFaultLayerName);
        std::map<std::string, double> medians;
        for (auto& f : *faults) {
            QCOMPARE(QString(f->GetFieldAsString("zone")), QString(f->GetFieldAsString("fault_id")).left(1) == "f"
                                                               ? QString()
                                                               : QString(f->GetFieldAsString("fault_id")));
            medians[f->GetFieldAsString("fault_id")] = f->GetFieldAsDouble("ke_median");
            QVERIFY(f->GetGeometryRef() && f->GetGeometryRef()->getGeometryType() == wkbMultiLineString);
        }
        GDALClose(dataset);
        QCOMPARE(medians.size(), size_t(4));
        QVERIFY(medians["B"] > 0);
    }

    void aCancelledRunStopsWithoutWriting() {
        const QString path = writeLonLatFile(file("cancel.geojson"), mojave());
        std::atomic<bool> cancel{false};
        Progress progress;
        progress.cancel = &cancel;
        size_t seen = 0;
        DatabasePredictionOptions options;
        options.windowsPerBatch = 1;
        bool cancelled = false;
        try {
            predictFaultDatabase(
                bundled(), path.toStdString(), options, [](const FaultLayerInfo&) {},
                [&](const FaultKe&) {
                    ++seen;
                    cancel = true;
                },
                progress);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(seen < 6);

        // Through the command: the output is not written when the run fails half-way.
        const QString out = file("never.gpkg");
        const test::CliResult r = test::runCli({"predict", "--format", "gpkg", "-o", out, "--group-by", "name", path,
                                                test::writePointFile(file("w2.geojson"), {{1, 2}})});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFileInfo::exists(out));
    }

    void ctrlCStopsTheCommandWithoutAnOutput() {
        QTemporaryDir folder;
        const std::string database = folder.filePath("db.gpkg").toStdString();
        writeSyntheticFaultDatabase(database, {400, 20000, 1.0, 4});
        const QString out = folder.filePath("out");
        QDir().mkpath(out);
        QProcess cli;
        cli.start(test::cliPath(),
                  {"predict", "--format", "gpkg", "-o", out + "/ke.gpkg", QString::fromStdString(database)});
        QVERIFY(cli.waitForStarted());
        // Interrupted once it is writing (its temporary file is there), as Ctrl-C would.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty(), 120000);
        QCOMPARE(::kill(static_cast<pid_t>(cli.processId()), SIGINT), 0);
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains("cancelled"));
        QVERIFY2(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(out).entryList(QDir::Files | QDir::Hidden).join(", ")));
    }

    void aMadeUpDatabaseHasTheSizeAskedFor() {
        const std::string path = file("made.gpkg").toStdString();
        const SyntheticFaultDatabase made = writeSyntheticFaultDatabase(path, {400, 20000, 1.0, 3});
        QCOMPARE(made.faults, 400);
        QVERIFY(std::fabs(made.km - 20000) < 1);
        QVERIFY(made.longestKm <= 1500);
        long long faults = 0;
        double km = 0;
        bool antimeridian = false;
        readFaults(
            path, {}, parseFaultGrouping("feature"), [](const FaultLayerInfo&) {},
            [&](FaultRecord&& r, const ToSourceCoordinates&) {
                ++faults;
                QVERIFY2(r.reason.empty(), r.reason.c_str());
                km += r.traces->lengthKm();
                antimeridian |= std::fabs(r.traces->frame.centreLongitude) > 179;
            });
        QCOMPARE(faults, 400LL);
        QVERIFY2(std::fabs(km - 20000) < 100, qPrintable(QString::number(km)));  // measured in each local frame
        QVERIFY(antimeridian);
        QVERIFY(
            test::errorOf([&] { writeSyntheticFaultDatabase(file("made.shp").toStdString(), {}); }).contains(".gpkg"));
    }
};

QTEST_GUILESS_MAIN(TestFaultDatabase)
#include "test_fault_database.moc"
