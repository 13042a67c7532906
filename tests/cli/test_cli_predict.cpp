// faultke-cli predict / export, run as a user runs them: the CSV and JSON outputs, inputs
// echoed as given, exit codes and one-line errors.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/data/FaultMapImage.h"
#include "core/io/MatFile.h"
#include "core/io/Npy.h"
#include "support/TestSupport.h"
#include "support/TraceFiles.h"

using namespace faultke;

namespace {

const char* const kArchive = "reference/keras-archive";
const char* const kModel = "weights-improvement-41-0.97.hdf5";

using test::CliResult;
using test::runCli;

// A one-line "faultke-cli: ..." message and a failure exit code.
bool failedWithOneLine(const CliResult& r, const QString& expected) {
    const QString err = r.err.trimmed();
    return r.exitCode != 0 && r.exitCode != -1 && !err.contains('\n') && err.startsWith("faultke-cli: ") &&
           err.contains(expected);
}

void writeMap(const std::string& path, int rows, int cols) {
    GrayImage image{rows, cols, std::vector<uint8_t>(size_t(rows) * cols, 255)};
    for (int c = 0; c < cols; ++c)
        for (int r = rows / 2 - 3 + c / 100; r <= rows / 2 + 3 + c / 100; ++r) image.pixels[size_t(r) * cols + c] = 0;
    writeGrayImage(path, image);
}

QMap<QString, double> expectedPredictions(const QString& archive) {
    QFile f(archive + "/expected_predictions.csv");
    QMap<QString, double> expected;
    if (!f.open(QIODevice::ReadOnly)) return expected;
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].trimmed().split(',');
        expected[fields[0]] = fields[1].toDouble();
    }
    return expected;
}

}  // namespace

class TestCliPredict : public QObject {
    Q_OBJECT

private slots:
    void kerasModelGivesTheExpectedCsv() {
        const QString archive = test::sharedFile(kArchive);
        if (archive.isEmpty()) QSKIP("reference material absent");
        const QMap<QString, double> expected = expectedPredictions(archive);
        QCOMPARE(expected.size(), 5);

        // Relative inputs, run from the archive folder: echoed exactly as given.
        QStringList args{"predict", "--model", kModel};
        args << expected.keys();
        const CliResult r = runCli(args, archive);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QString("input,frame,thickness,window,row,col,height,width,ke,ke_sd,ke_low,ke_high"));
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(',');
            QCOMPARE(fields.size(), 12);
            QCOMPARE(fields[0], expected.keys()[i - 1]);
            QCOMPARE(fields[1], QString());                                         // no frame: not a .mat
            QCOMPARE(fields[2], QString("0"));                                      // the traces as stored
            QCOMPARE(fields.mid(3, 5), (QStringList{"0", "0", "0", "128", "64"}));  // the whole window
            QVERIFY2(std::abs(fields[8].toDouble() - expected[fields[0]]) <= 1e-4, qPrintable(lines[i]));
            // %.9g: nine significant digits.
            QCOMPARE(fields[8], QString::asprintf("%.9g", fields[8].toDouble()));
            QCOMPARE(fields[9], QString("0"));                // one model: no spread
            QCOMPARE(fields.mid(10), (QStringList{"", ""}));  // and no calibration: no interval
        }

        // Absolute paths are echoed as they are too.
        const QString s00 = archive + "/s00.npy";
        const CliResult absolute = runCli({"predict", "--model", archive + "/" + kModel, s00});
        QVERIFY2(absolute.exitCode == 0, qPrintable(absolute.err));
        QVERIFY(absolute.out.split('\n')[1].startsWith(s00 + ",,0,0,"));

        // The bundled model is an ensemble of 5 with calibrated intervals around its mean.
        const QStringList bundledFields = runCli({"predict", s00}).out.split('\n')[1].split(',');
        const double bundled = bundledFields[8].toDouble();
        QVERIFY(bundledFields[9].toDouble() > 0);
        QVERIFY2(bundledFields[10].toDouble() < bundled && bundled < bundledFields[11].toDouble(),
                 qPrintable(bundledFields.join(',')));

        // Models given together are one ensemble: the mean of the 1 + 5 members.
        const CliResult two = runCli({"predict", "--model", archive + "/" + kModel, "--model", "bundled", s00});
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        const QStringList both = two.out.split('\n')[1].split(',');
        QVERIFY(std::abs(both[8].toDouble() - (expected["s00.npy"] + 5 * bundled) / 6) <= 1e-4);
        QCOMPARE(both.mid(10), (QStringList{"", ""}));  // the bundled calibration holds for the bundled model alone
    }

    void jsonHasPredictionsAndSummaries() {
        const QString archive = test::sharedFile(kArchive);
        if (archive.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        const std::string png = (dir.path() + "/map.png").toStdString();
        writeMap(png, 256, 800);  // 128 x 400 once scaled: 1 + (400 - 64) / 50 = 7 windows
        const QString output = dir.path() + "/out.json";
        const CliResult r = runCli({"predict", "--model", archive + "/" + kModel, "--format", "json", "-o", output,
                                    archive + "/s01.npy", QString::fromStdString(png), "--thickness", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const nlohmann::json doc = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(doc.at("predictions").size(), size_t(8));
        QCOMPARE(doc.at("summaries").size(), size_t(2));
        const nlohmann::json& image = doc.at("summaries")[1];
        QCOMPARE(QString::fromStdString(image.at("input").get<std::string>()), QString::fromStdString(png));
        QCOMPARE(image.at("windows").get<int>(), 7);
        QVERIFY(image.at("min").get<double>() <= image.at("median").get<double>());
        QVERIFY(image.at("median").get<double>() <= image.at("max").get<double>());
        for (const auto& p : doc.at("predictions")) QVERIFY(std::isfinite(p.at("ke").get<double>()));
        QCOMPARE(doc.at("predictions")[7].at("window").get<int>(), 6);
        QVERIFY(!doc.at("predictions")[7].contains("frame"));
        // Each window says where it lies in the processed map: 50 columns apart, full height.
        QCOMPARE(doc.at("predictions")[7].at("col").get<int>(), 6 * 50);
        QCOMPARE(doc.at("predictions")[7].at("height").get<int>(), 128);

        // One summary row per input and thickness: fig4's three thicknesses of the picture.
        const CliResult summary = runCli({"predict", "--model", archive + "/" + kModel, "--format", "summary",
                                          "--thicknesses", "2,3,4", QString::fromStdString(png)});
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        const QStringList summaryRows = summary.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(summaryRows.size(), 4);
        QCOMPARE(summaryRows[0], QString("input,frame,thickness,windows,mean,median,sd,min,max,model"));
        for (int t = 0; t < 3; ++t)
            QVERIFY2(summaryRows[1 + t].startsWith(QString::fromStdString(png) + QString(",,%1,7,").arg(2 + t)),
                     qPrintable(summaryRows[1 + t]));

        // Image settings change the windows: a wider stride gives fewer.
        const CliResult wide = runCli({"predict", "--model", archive + "/" + kModel, "--stride", "100", "--rotate",
                                       "--threshold", "128", "--invert", "auto", QString::fromStdString(png)});
        QVERIFY2(wide.exitCode == 0, qPrintable(wide.err));
        QCOMPARE(wide.out.split('\n', Qt::SkipEmptyParts).size(), 1 + 4);
    }

    void matFramesByFrameAndWindow() {
        const QString archive = test::sharedFile(kArchive);
        if (archive.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        const QString mat = QString::fromStdString(test::writeSyntheticExperiment(dir.path(), "EB_100_1", 2, 3));
        const QString model = archive + "/" + kModel;
        const CliResult frame = runCli({"predict", "--model", model, "--frame", "1", mat});
        QVERIFY2(frame.exitCode == 0, qPrintable(frame.err));
        const QStringList rows = frame.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(rows.size() >= 2 && rows.size() <= 6);  // 313 columns: at most 5 windows
        for (int i = 1; i < rows.size(); ++i) QVERIFY(rows[i].startsWith(mat + ","));

        for (int i = 1; i < rows.size(); ++i) QCOMPARE(rows[i].split(',')[1], QString("1"));

        const CliResult one = runCli({"predict", "--model", model, "--frame", "1", "--window", "2", mat});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const QStringList oneRows = one.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(oneRows.size(), 2);
        QVERIFY2(oneRows[1].startsWith(mat + ",1,0,2,"), qPrintable(oneRows[1]));

        // The default is the last frame; "all" predicts every frame that holds a trace.
        const CliResult last = runCli({"predict", "--model", model, mat});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(last.out, frame.out);  // two frames: the last is frame 1
        const CliResult all = runCli({"predict", "--model", model, "--frame", "all", mat});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QStringList allRows = all.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(allRows.size() >= rows.size());
        QVERIFY(allRows.filter(QRegularExpression("^[^,]*,1,")).size() == rows.size() - 1);
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", model, "--frame", "first", mat}),
                                  "--frame must be last, all or a frame number"));

        QVERIFY(
            failedWithOneLine(runCli({"predict", "--model", model, "--frame", "7", mat}), "frame 7 does not exist"));
    }

    void exportWritesATorchScriptFile() {
        const QString archive = test::sharedFile(kArchive);
        if (archive.isEmpty()) QSKIP("reference material absent");
        QTemporaryDir dir;
        const QString output = dir.path() + "/model.pt";
        const CliResult r = runCli({"export", "--model", archive + "/" + kModel, "-o", output});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(output));
        QVERIFY(QFileInfo(output).size() > 100000);  // 34k float parameters
        // A TorchScript file is a zip archive.
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
    }

    // Fault traces in GIS files: windows along strike at 4 km, KE over 2, 3 and 4 px, and the
    // windows as a GeoPackage layer.
    void faultTracesGiveCsvJsonAndALayer() {
        QTemporaryDir dir;
        const QString traces =
            test::writeTraceFile(dir.filePath("calico.shp"), "ESRI Shapefile", 32611, test::stepoverFault());
        // The stepover's two features as one fault, and (the default for a whole layer) as two.
        const CliResult csv = runCli({"predict", "--group-by", "all", traces});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split('\n');
        QCOMPARE(
            lines.front(),
            QString("input,layer,fault_id,window,start_km,centre_km,end_km,x,y,azimuth_deg,coverage,ke,ke_sd,ke_low,"
                    "ke_high,ke_2px,ke_3px,ke_4px"));
        QCOMPARE(lines.size(), 1 + 12);
        QVERIFY(lines[1].startsWith(traces + ",calico,all,0,0,1,2,"));
        const CliResult each = runCli({"predict", "--format", "summary", traces});
        QVERIFY2(each.exitCode == 0, qPrintable(each.err));
        const QStringList faults = each.out.trimmed().split('\n');
        QCOMPARE(faults.size(), 1 + 2);
        QVERIFY(faults[0].startsWith("input,layer,fault_id,label,features,length_km,windows,ke_median"));
        QVERIFY2(faults[1].startsWith(traces + ",calico,0,north segment,1,"), qPrintable(faults[1]));
        QVERIFY2(faults[2].startsWith(traces + ",calico,1,south segment,1,"), qPrintable(faults[2]));

        const CliResult json = runCli(
            {"predict", "--format", "json", "--group-by", "all", "--window-km", "2", "--thicknesses", "3", traces});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const auto doc = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(doc["grouping"].get<std::string>(), std::string("all"));
        const auto& input = doc["inputs"][0];
        QCOMPARE(input["window_km"].get<double>(), 2.0);
        QCOMPARE(input["thicknesses_px"].size(), size_t(1));
        QCOMPARE(input["crs"].get<std::string>(), std::string("WGS 84 / UTM zone 11N"));
        QCOMPARE(input["faults"].size(), size_t(1));
        QVERIFY(input["faults"][0]["window_ke"].size() > 20);  // 1 km windows every 0.78 km

        const QString layer = dir.filePath("windows.gpkg");
        const CliResult gpkg =
            runCli({"predict", "--format", "gpkg", "-o", layer, "--where", "name = 'north segment'", traces});
        QVERIFY2(gpkg.exitCode == 0, qPrintable(gpkg.err));
        QVERIFY(QFileInfo(layer).size() > 0);

        QVERIFY(failedWithOneLine(runCli({"predict", "--format", "geojson", traces}), "give it with -o"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--where", "name = 'Garlock'", traces}), "selects no feature"));
        // A syntax error is said as one, not as an empty selection; text after ';' is not dropped.
        QVERIFY(failedWithOneLine(runCli({"predict", "--where", "name = = 'x'", traces}),
                                  "is not a valid OGR SQL expression"));
        QVERIFY(
            failedWithOneLine(runCli({"predict", "--where", "name = 'north segment'; DROP", traces}), "holds a ';'"));
        // A ';' inside quotes is part of a value, not a second expression.
        QVERIFY(!runCli({"predict", "--where", "name = 'a;b'", traces}).err.contains("holds a ';'"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--layer", "faults", traces}), "has no layer 'faults'"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--thicknesses", "2,x", traces}), "--thicknesses"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--group-by", "all", "--window-km", "50", traces}),
                                  "shorter than one window"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--group-by", "zone", traces}), "has no attribute 'zone'"));
        QFile::copy(traces, dir.filePath("copy.npy"));
        QVERIFY(failedWithOneLine(runCli({"predict", traces, dir.filePath("copy.npy")}), "separate commands"));
        QVERIFY(!QFileInfo::exists(dir.filePath("windows.geojson")));
    }

    void badInputsFailWithOneLine() {
        QTemporaryDir dir;
        const QString missing = dir.path() + "/missing.hdf5";
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", missing, "x.npy"}), missing));
        QVERIFY(failedWithOneLine(runCli({"export", "--model", missing, "-o", dir.path() + "/m.pt"}), missing));

        const QString text = dir.path() + "/model.h5";
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model");
        f.close();
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", text, "x.npy"}), "not an HDF5 file"));

        // A MAT v7.3 file is HDF5 but no Keras model.
        const std::string mat = (dir.path() + "/other.h5").toStdString();
        {
            MatWriter w(mat, MatVersion::V73);
            w.writeScalar("x", 2.0);
            w.commit();
        }
        QVERIFY(
            failedWithOneLine(runCli({"predict", "--model", QString::fromStdString(mat), "x.npy"}), "model_config"));

        // A PNG whose first chunk is damaged: libpng's own complaint stays off the terminal.
        const QString damaged = dir.path() + "/damaged.png";
        {
            QFile d(damaged);
            QVERIFY(d.open(QIODevice::WriteOnly));
            d.write(QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10garbage-garbage", 37));
        }
        const CliResult png = runCli({"predict", damaged});
        QVERIFY(failedWithOneLine(png, damaged));
        QVERIFY2(!png.err.contains("libpng"), qPrintable(png.err));

        const QString archive = test::sharedFile(kArchive);
        if (archive.isEmpty()) return;
        const QString model = archive + "/" + kModel;
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", model, "--format", "xml", archive + "/s00.npy"}),
                                  "--format"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", model, "--threshold", "dark", archive + "/s00.npy"}),
                                  "--threshold"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", model, "--epoch", "3", archive + "/s00.npy"}),
                                  "run folders only"));
        const QString corrupt = dir.path() + "/corrupt.png";
        QFile c(corrupt);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("\x89PNG garbage");
        c.close();
        QVERIFY(failedWithOneLine(runCli({"predict", "--model", model, corrupt}), corrupt));
    }

    // Without --model: the bundled model. No reference material needed.
    void bundledModelIsTheDefaultAndExplainWritesOcclusionMaps() {
        QTemporaryDir dir;
        const std::string png = (dir.path() + "/map.png").toStdString();
        writeMap(png, 256, 800);
        const CliResult r =
            runCli({"predict", "--format", "json", QString::fromStdString(png), "--explain", dir.path() + "/why.npy"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const nlohmann::json doc = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(QString::fromStdString(doc.at("model").get<std::string>()).contains("bundled model"));
        const size_t windows = doc.at("predictions").size();
        QVERIFY(windows > 0);
        const NpyArray why = readNpy((dir.path() + "/why.npy").toStdString());
        QCOMPARE(why.shape, (std::vector<size_t>{windows, 128, 64}));

        const CliResult png2 = runCli({"predict", "--model", "bundled", QString::fromStdString(png), "--explain",
                                       dir.path() + "/why.png", "--explain-patch", "16"});
        QVERIFY2(png2.exitCode == 0, qPrintable(png2.err));
        const GrayImage picture = readGrayImage((dir.path() + "/why.png").toStdString());
        QCOMPARE(picture.rows, 128);
        QCOMPARE(picture.cols, int(windows) * 66 - 2);  // windows side by side, 2 px apart
        QVERIFY(failedWithOneLine(
            runCli({"predict", QString::fromStdString(png), "--explain", dir.path() + "/why.txt"}), ".npy or .png"));

        // Outputs never overwrite what is read: the picture, or the checkpoint an export reads.
        QVERIFY(failedWithOneLine(runCli({"predict", QString::fromStdString(png), "-o", QString::fromStdString(png)}),
                                  "is also an input"));
        QCOMPARE(readGrayImage(png).rows, 256);
        const QString checkpoint = dir.path() + "/model.pt";
        QCOMPARE(runCli({"export", "--model", "bundled", "-o", checkpoint}).exitCode, 0);
        QVERIFY(failedWithOneLine(runCli({"export", "--model", checkpoint, "-o", checkpoint}), "is also an input"));
    }

    void mapScaleStrikeAndCoverageOptions() {
        QTemporaryDir dir;
        const std::string png = (dir.path() + "/map.png").toStdString();
        writeMap(png, 256, 800);
        auto rows = [](const CliResult& r) { return r.out.split('\n', Qt::SkipEmptyParts).size() - 1; };
        const CliResult fitted = runCli({"predict", QString::fromStdString(png)});
        QVERIFY2(fitted.exitCode == 0, qPrintable(fitted.err));
        // 0.1 km per pixel, 25.6 km per window height: 256 rows per window, as fitting the image height.
        const CliResult scaled = runCli({"predict", "--fit", "scale", "--km-per-pixel", "0.1", "--km-per-window",
                                         "25.6", QString::fromStdString(png)});
        QVERIFY2(scaled.exitCode == 0, qPrintable(scaled.err));
        QCOMPARE(rows(scaled), rows(fitted));
        // Half the ground per window: twice the columns, about twice the windows.
        const CliResult finer = runCli({"predict", "--fit", "scale", "--km-per-pixel", "0.1", "--km-per-window", "12.8",
                                        QString::fromStdString(png)});
        QVERIFY2(finer.exitCode == 0, qPrintable(finer.err));
        QVERIFY(rows(finer) > rows(fitted) + 3);
        QVERIFY(
            failedWithOneLine(runCli({"predict", "--fit", "scale", QString::fromStdString(png)}), "--km-per-pixel"));
        QVERIFY(failedWithOneLine(runCli({"predict", "--rotate", "--trace-angle", "10", QString::fromStdString(png)}),
                                  "use one"));
        const CliResult strike = runCli({"predict", "--trace-angle", "0.5", QString::fromStdString(png)});
        QVERIFY2(strike.exitCode == 0, qPrintable(strike.err));
        QVERIFY(failedWithOneLine(runCli({"predict", "--min-coverage", "2", QString::fromStdString(png)}),
                                  "--min-coverage"));
        // A trace ending 10 columns into a window (after halving): that window goes at 25%, not at 10%.
        GrayImage partial{256, 800, std::vector<uint8_t>(256 * 800, 255)};
        for (int r = 126; r < 131; ++r)
            for (int c = 0; c < 2 * (150 + 10); ++c) partial.pixels[size_t(r) * 800 + c] = 0;
        const std::string cut = (dir.path() + "/partial.png").toStdString();
        writeGrayImage(cut, partial);
        const CliResult strict = runCli({"predict", "--min-coverage", "0.25", QString::fromStdString(cut)});
        const CliResult lenient = runCli({"predict", "--min-coverage", "0.1", QString::fromStdString(cut)});
        QVERIFY2(strict.exitCode == 0 && lenient.exitCode == 0, qPrintable(strict.err + lenient.err));
        QCOMPARE(rows(strict), 3);
        QCOMPARE(rows(lenient), 4);

        // The trace of `png` climbs across the map: centred or not, the windows differ.
        const CliResult asDrawn = runCli({"predict", "--no-centre", QString::fromStdString(png)});
        QVERIFY2(asDrawn.exitCode == 0, qPrintable(asDrawn.err));
        QCOMPARE(rows(asDrawn), rows(fitted));
        QVERIFY(asDrawn.out != fitted.out);
        const CliResult none = runCli({"predict", "--centring", "none", QString::fromStdString(png)});
        QCOMPARE(none.out, asDrawn.out);
        const CliResult eachWindow = runCli({"predict", "--centring", "window", QString::fromStdString(png)});
        QVERIFY2(eachWindow.exitCode == 0, qPrintable(eachWindow.err));
        QVERIFY(eachWindow.out != asDrawn.out);
        QVERIFY(failedWithOneLine(runCli({"predict", "--centring", "middle", QString::fromStdString(png)}),
                                  "centreline or window"));
    }
};

QTEST_GUILESS_MAIN(TestCliPredict)
#include "test_cli_predict.moc"
