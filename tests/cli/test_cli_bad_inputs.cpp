// Bad input across the commands, one table: each row runs faultke-cli on something broken and
// expects exit 1, one line "faultke-cli: FILE: problem" naming the file, no library noise, and
// every file of the working folder as it was (nothing written, nothing left behind).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

#include "support/HandMadeMat.h"
#include "support/TestSupport.h"

using faultke::test::CliResult;
using faultke::test::runCli;
using faultke::test::writeFile;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `dir` with its size and modification time.
QStringList listing(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        out << QString("%1 %2 %3").arg(info.filePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

QByteArray npyHeader(const QByteArray& dict) {
    QByteArray header = dict;
    while ((10 + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
    const quint16 length = quint16(header.size());
    return QByteArray("\x93NUMPY\x01\x00", 8) + char(length & 0xff) + char(length >> 8) + header;
}

}  // namespace

class TestCliBadInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        CliResult r = runCli({"synth", "-o", path("raw"), "--frames", "24", "--experiments", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList made = QDir(path("raw")).entryList({"*.mat"});
        QCOMPARE(made.size(), 1);
        QVERIFY(QDir(path("raw")).rename(made[0], "exp.mat"));
        r = runCli({"prepare", "-o", path("data.mat"), path("raw")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        writeFile(path("tiny.json"), R"({"batch_size": 64, "num_epochs": 1, "num_channels": 2})");
        r = runCli(
            {"train", "--data", path("data.mat"), "--params", path("tiny.json"), "-o", path("run"), "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A run whose weights are NaN: its checkpoint's tensors overwritten (python3's zipfile keeps
        // the archive valid), as a training that diverged unnoticed would leave them.
        QVERIFY(QDir(dir_.path()).mkpath("nan-run/checkpoints"));
        for (const QString& file : {"params.json", "history.csv", "best.json"})
            if (QFile::exists(path("run/" + file))) QVERIFY(QFile::copy(path("run/" + file), path("nan-run/" + file)));
        QProcess poison;
        poison.start("python3", {"-c", R"(import re, sys, zipfile
source, target = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_STORED)
for info in source.infolist():
    data = source.read(info.filename)
    if re.search(r"/data/\d+$", info.filename): data = b"\x00\x00\xc0\x7f" * (len(data) // 4)
    target.writestr(info, data)
target.close())",
                                 path("run/checkpoints/epoch-001.pt"), path("nan-run/checkpoints/epoch-001.pt")});
        QVERIFY2(poison.waitForFinished(60000) && poison.exitCode() == 0, poison.readAllStandardError().constData());

        const QByteArray experiment = readFile(path("raw/exp.mat"));
        writeFile(path("cut.mat"), experiment.left(experiment.size() / 2));
        writeFile(path("text.mat"), "just some text\n");
        const QByteArray dataset = readFile(path("data.mat"));
        writeFile(path("cut-data.mat"), dataset.left(dataset.size() / 3));
        QVERIFY(QDir(dir_.path()).mkpath("folder.mat"));
        QVERIFY(QDir(dir_.path()).mkpath("empty"));
        writeFile(path("broken.json"), R"({"batch_size": 16,)");
        writeFile(path("fraction.json"), R"({"batch_size": 7.9})");
        writeFile(path("negative-seed.json"), R"({"seed": -5})");
        writeFile(path("fast.json"), R"({"learning_rate": 1e30})");
        writeFile(path("list.json"), "[1, 2]");
        writeFile(path("bad.png"), QByteArray::fromHex("89504e470d0a1a0a") + "not really");
        writeFile(path("notes.h5"), "not HDF5 either\n");
        writeFile(path("fake.pt"), "{");
        writeFile(path("huge.npy"), npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (3000000000, 64), }") +
                                        QByteArray(64, '\0'));
        QByteArray nanWindow = npyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (128, 64), }");
        QByteArray values(128 * 64 * 8, '\0');
        const double nan = std::nan("");
        std::memcpy(values.data() + 8 * 100, &nan, 8);
        writeFile(path("nan.npy"), nanWindow + values);
        // A legacy slice (curl, fault, u, v) all NaN: as a window it would read all fault.
        QVERIFY(QDir(dir_.path()).mkpath("nan-legacy/slice_npy"));
        QByteArray nanSlice = npyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (128, 64, 4), }");
        for (int i = 0; i < 128 * 64 * 4; ++i) nanSlice.append(reinterpret_cast<const char*>(&nan), 8);
        writeFile(path("nan-legacy/slice_npy/0.50_0.05_win_0_t_000_EB_100_2_cfuv.npy"), nanSlice);
        writeFile(path("blocks.json"), R"({"num_blocks": 7})");
        // Projected coordinates far outside their system's area (a wrong coordinate system).
        writeFile(path("outside.geojson"),
                  R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:32611"}},
            "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
            "coordinates": [[5e7, 3850000], [500000, 3850000]]}}]})");
        // An experiment's four variables each declaring 200000 x 200000 x 3 doubles (960 GB), storing none.
        faultke::test::writeHollowMat73(path("hollow.mat").toStdString(),
                                        {"curl_map", "altBW_filt", "store_u", "store_v"}, 200000, 200000, 3);
        QVERIFY(QDir(dir_.path()).mkpath("complex"));
        faultke::test::handMadeMatFile(path("complex"), 2, 4, 8, 8, true);  // complex/handmade.mat: "x", complex uint8
        // A GIS file whose coordinates are far out of their system's range.
        writeFile(path("far.geojson"),
                  R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "LineString", "coordinates": [[1e300, 34], [-117, 34]]}}]})");
        // A legacy layout whose master list is binary junk (a NUL byte would cut a message short).
        QVERIFY(QDir(dir_.path()).mkpath("junk-legacy/split_master"));
        writeFile(path("junk-legacy/split_master/train_master.txt"), QByteArray("\x00\x01junk\n", 7));
        // A sweep whose dataset was moved away after it was made.
        QVERIFY(QFile::copy(path("data.mat"), path("gone.mat")));
        r = runCli({"sweep", "create", path("gone-sweep"), "--data", path("gone.mat"), "--params", path("tiny.json"),
                    "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::remove(path("gone.mat")));
        writeFile(path("wrong-dtype.npy"),
                  npyHeader("{'descr': '<c16', 'fortran_order': False, 'shape': (128, 64), }") +
                      QByteArray(128 * 64 * 16, '\0'));
    }

    void answersWithOneLineAndChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");      // the file the message must name
        QTest::addColumn<QString>("expected");  // words of the problem
        const auto row = [&](const char* name, QStringList args, const QString& file, const QString& expected) {
            for (QString& a : args)
                if (a.startsWith('@')) a = path(a.mid(1));
            QTest::newRow(name) << args << path(file) << expected;
        };
        row("inspect: missing file", {"inspect", "@missing.mat"}, "missing.mat", "No such file");
        row("inspect: text, not MAT", {"inspect", "@text.mat"}, "text.mat", "not a MAT");
        // A file declaring terabytes: said about the file, never a crash from a reading thread.
        row("inspect: v7.3 declaring 960 GB", {"inspect", "@hollow.mat"}, "hollow.mat", "more data than this machine");
        row("labels: v7.3 declaring 960 GB", {"labels", "@hollow.mat"}, "hollow.mat", "more data than this machine");
        row("prepare: v7.3 declaring 960 GB", {"prepare", "@hollow.mat", "-o", "@new.mat"}, "hollow.mat",
            "more data than this machine");
        row("labels: cut experiment", {"labels", "@cut.mat"}, "cut.mat", "truncated");
        row("labels: output over its input", {"labels", "@raw/exp.mat", "-o", "@raw/exp.mat"}, "raw/exp.mat",
            "is also an input");
        row("labels: output is a folder", {"labels", "@raw/exp.mat", "-o", "@folder.mat"}, "folder.mat", "is a folder");
        row("prepare: no experiments", {"prepare", "@empty", "-o", "@new.mat"}, "empty", ".mat");
        row("prepare: output is a folder", {"prepare", "@raw", "-o", "@folder.mat"}, "folder.mat", "is a folder");
        row("train: an experiment, not a dataset", {"train", "--data", "@raw/exp.mat", "-o", "@new-run"}, "raw/exp.mat",
            "not a FaultKE dataset");
        row("train: cut dataset", {"train", "--data", "@cut-data.mat", "-o", "@new-run"}, "cut-data.mat", "");
        row("train: broken params.json", {"train", "--data", "@data.mat", "--params", "@broken.json", "-o", "@new-run"},
            "broken.json", "broken JSON");
        row("train: batch size 7.9", {"train", "--data", "@data.mat", "--params", "@fraction.json", "-o", "@new-run"},
            "fraction.json", "whole number, not 7.9");
        row("train: seed -5", {"train", "--data", "@data.mat", "--params", "@negative-seed.json", "-o", "@new-run"},
            "negative-seed.json", ">= 0, not -5");
        row("train: learning rate 1e30", {"train", "--data", "@data.mat", "--params", "@fast.json", "-o", "@new-run"},
            "fast.json", "learning_rate");
        row("train: params not an object", {"train", "--data", "@data.mat", "--params", "@list.json", "-o", "@new-run"},
            "list.json", "JSON object");
        row("train: run exists", {"train", "--data", "@data.mat", "--params", "@tiny.json", "-o", "@run"}, "run",
            "resume");
        row("train: a network the windows cannot take",
            {"train", "--data", "@data.mat", "--params", "@blocks.json", "-o", "@new-run"}, "blocks.json",
            "\"num_blocks\" is out of range: must be in [1, 6], not 7");
        row("prepare: every experiment excluded", {"prepare", "@raw", "--exclude", "exp", "-o", "@new.mat"}, "new.mat",
            "every experiment given (1) is excluded");
        row("predict: a complex fault variable",
            {"predict", "--model", "@run", "@complex/handmade.mat", "--fault-var", "x"}, "complex/handmade.mat",
            "variable 'x' is complex uint8, not a real numeric fault map");
        row("predict: coordinates outside their system", {"predict", "@outside.geojson"}, "outside.geojson",
            "outside the area where 'WGS 84 / UTM zone 11N' is defined, so they cannot be placed on the Earth: the "
            "file's coordinate system is probably wrong; assign");
        row("predict: a coordinate of 1e300", {"predict", "@far.geojson"}, "far.geojson", "(1e+300, 34)");
        row("import-legacy: a junk master line", {"import-legacy", "@junk-legacy", "-o", "@new.mat"},
            "junk-legacy/split_master/train_master.txt", "line 1 (\"??junk\") is not a slice name");
        row("sweep run: its dataset gone", {"sweep", "run", "@gone-sweep"}, "gone.mat", "is not there");
        row("evaluate: cut dataset", {"evaluate", "@run", "--data", "@cut-data.mat"}, "cut-data.mat", "");
        row("evaluate: a model giving NaN", {"evaluate", "@nan-run", "--data", "@data.mat"},
            "nan-run/checkpoints/epoch-001.pt", "gives NaN");
        row("predict: unreadable image", {"predict", "--model", "@run", "@bad.png"}, "bad.png", "cannot");
        row("predict: .npy declaring 3e9 rows", {"predict", "--model", "@run", "@huge.npy"}, "huge.npy",
            "the file has 64");
        row("predict: NaN in a .npy window", {"predict", "--model", "@run", "@nan.npy"}, "nan.npy", "non-finite");
        row("predict: complex .npy", {"predict", "--model", "@run", "@wrong-dtype.npy"}, "wrong-dtype.npy", "c16");
        row("predict: model not a checkpoint", {"predict", "--model", "@fake.pt", "@nan.npy"}, "fake.pt",
            "not a readable checkpoint");
        row("predict: Keras model not HDF5", {"predict", "--model", "@notes.h5", "@nan.npy"}, "notes.h5",
            "not an HDF5 file");
        row("predict: output over a model file", {"predict", "--model", "@run", "@raw/exp.mat", "-o", "@raw/exp.mat"},
            "raw/exp.mat", "is also an input");
        row("export: output over its checkpoint", {"export", "--model", "@run", "-o", "@run/checkpoints/epoch-001.pt"},
            "run/checkpoints/epoch-001.pt", "is also an input");
        row("export-legacy: missing dataset", {"export-legacy", "@missing.mat", "-o", "@legacy"}, "missing.mat", "");
        row("import-legacy: an all-NaN slice", {"import-legacy", "@nan-legacy", "-o", "@new.mat"},
            "nan-legacy/slice_npy/0.50_0.05_win_0_t_000_EB_100_2_cfuv.npy", "holds NaN");
        row("import-legacy: not a legacy layout", {"import-legacy", "@empty", "-o", "@new.mat"}, "empty",
            "not a legacy layout");
    }

    void answersWithOneLineAndChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QStringList before = listing(dir_.path());
        const CliResult r = runCli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.err)));
        const QStringList lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(
            lines[0].startsWith("faultke-cli: " + file + ": ") || lines[0].startsWith("faultke-cli: " + file + " "),
            qPrintable(r.err));
        QVERIFY2(lines[0].contains(expected), qPrintable(r.err));
        QCOMPARE(listing(dir_.path()), before);
    }

    // NaN in a map taller than a window (scaled to the window height): the windows that read it
    // are left out with the reason, never read as background.
    void nanPixelsLeaveTheirWindowsOut() {
        const int rows = 256, cols = 600;
        QByteArray map = npyHeader(
            QString("{'descr': '<f8', 'fortran_order': False, 'shape': (%1, %2), }").arg(rows).arg(cols).toLatin1());
        const double nan = std::nan(""), one = 1, zero = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const double* v = r < 100 && c >= 40 && c < 80 ? &nan : (r >= 126 && r < 131 ? &one : &zero);
                map.append(reinterpret_cast<const char*>(v), 8);
            }
        writeFile(path("nan-tall.npy"), map);
        const CliResult r = runCli({"predict", "--model", path("run"), path("nan-tall.npy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Scaled by 1/2: window 0 (source columns 0-127) holds the NaN columns 40-79, window 1 (100-227) not.
        QVERIFY2(r.err.contains("window 0 left out: its fault map holds NaN or Inf"), qPrintable(r.err));
        QVERIFY2(!r.out.contains("nan-tall.npy,,0,0,") && r.out.contains("nan-tall.npy,,0,1,"), qPrintable(r.out));
    }

    // A name with a comma is one quoted field (RFC 4180) in every CSV: labels and evaluate -o.
    void csvFieldsAreQuoted() {
        QVERIFY(QDir(dir_.path()).mkpath("comma"));
        QVERIFY(QFile::copy(path("raw/exp.mat"), path("comma/EB,025.mat")));
        CliResult r = runCli({"labels", path("comma/EB,025.mat")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpression labelLine(R"(^"EB,025",\d+,\d+,[-0-9.e]+,[-0-9.e]+,[-0-9.]+,[-0-9.]+$)");
        const QStringList labels = r.out.split('\n', Qt::SkipEmptyParts).mid(1);
        QVERIFY(!labels.isEmpty());
        for (const QString& line : labels) QVERIFY2(labelLine.match(line).hasMatch(), qPrintable(line));

        r = runCli({"prepare", "-o", path("comma.mat"), path("comma")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({"evaluate", path("run"), "--data", path("comma.mat"), "-o", path("comma-predictions.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpression predictionLine(
            R"(^(train|eval|test),"EB,025",\d+,\d+,[-0-9.e]+,[-0-9.e]+,[-0-9.e]+,[01]$)");
        const QStringList predictions =
            QString::fromUtf8(readFile(path("comma-predictions.csv"))).split('\n', Qt::SkipEmptyParts).mid(1);
        QVERIFY(!predictions.isEmpty());
        for (const QString& line : predictions) QVERIFY2(predictionLine.match(line).hasMatch(), qPrintable(line));
    }
};

QTEST_MAIN(TestCliBadInputs)
#include "test_cli_bad_inputs.moc"
