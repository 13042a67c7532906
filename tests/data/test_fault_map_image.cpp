// Fault map images to network windows: polarity, strike estimation and rotation, scaling to the
// window height, trace thickness, windows along strike, and errors for unreadable images. The
// images are drawn here, segment by segment, with known geometry.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "core/data/FaultMapImage.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr double kPi = 3.14159265358979323846;

GrayImage blank(int rows, int cols, uint8_t value) {
    return GrayImage{rows, cols, std::vector<uint8_t>(static_cast<size_t>(rows) * cols, value)};
}

// Paints every pixel within thickness/2 of the segment through (cx, cy) at `degrees`
// counter-clockwise from the x axis (as displayed, y pointing down), `length` long.
void drawSegment(GrayImage& image, double cx, double cy, double degrees, double length, double thickness,
                 uint8_t value) {
    const double dx = std::cos(degrees * kPi / 180), dy = -std::sin(degrees * kPi / 180);
    for (int r = 0; r < image.rows; ++r) {
        for (int c = 0; c < image.cols; ++c) {
            const double along = (c - cx) * dx + (r - cy) * dy;
            const double across = std::abs(-(c - cx) * dy + (r - cy) * dx);
            if (std::abs(along) <= length / 2 && across <= thickness / 2)
                image.pixels[static_cast<size_t>(r) * image.cols + c] = value;
        }
    }
}

// Trace pixels in each column of the preprocessed map, for the columns holding any.
std::vector<int> columnCounts(const FaultMapWindows& map, int firstCol, int lastCol) {
    std::vector<int> counts;
    for (int c = firstCol; c <= lastCol; ++c) {
        int n = 0;
        for (int r = 0; r < map.rows; ++r) n += map.binary[static_cast<size_t>(r) * map.cols + c];
        if (n > 0) counts.push_back(n);
    }
    return counts;
}

int median(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

using test::errorOf;

}  // namespace

class TestFaultMapImage : public QObject {
    Q_OBJECT

private slots:
    void anImageDeclaringMoreThanItHoldsIsRefused() {
        // A fuzz finding: 50 bytes of BMP declaring 29527 x 24608 px asked OpenCV for 2 GB.
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.bmp");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QByteArray::fromHex("424db601000000000000160000002800000057730000206000000100180000000000"
                                "00f5620100206000000100ffff492f"));
        f.close();
        const QString message = test::errorOf([&] { readGrayImage(path.toStdString()); });
        QVERIFY2(message == path +
                                ": declares 29527 x 24608 px, over the 100 megapixels FaultKE reads "
                                "(truncated or corrupt file?)",
                 qPrintable(message));
    }

    void aTiffDeclaringMoreThanItHoldsIsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        // Header, the first directory at byte 8: ImageWidth and ImageLength (LONG) 50000, no next.
        QTest::newRow("little-endian") << QByteArray::fromHex(
            "49492a0008000000"
            "0200"
            "000104000100000050c30000"
            "010104000100000050c30000"
            "00000000");
        QTest::newRow("big-endian, SHORT") << QByteArray::fromHex(
            "4d4d002a00000008"
            "0002"
            "0100000300000001c3500000"
            "0101000300000001c3500000"
            "00000000");
    }
    void aTiffDeclaringMoreThanItHoldsIsRefused() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.tif");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString message = test::errorOf([&] { readGrayImage(path.toStdString()); });
        QVERIFY2(message.startsWith(path + ": declares 50000 x 50000 px, over the 100 megapixels"),
                 qPrintable(message));
    }

    void darkTraceOnLightIsInvertedAndItsStrikeFound_data() {
        QTest::addColumn<double>("degrees");
        for (double d : {0.0, 12.5, -30.0, 45.0, 71.0}) QTest::newRow(qPrintable(QString::number(d))) << d;
    }
    void darkTraceOnLightIsInvertedAndItsStrikeFound() {
        QFETCH(double, degrees);
        GrayImage image = blank(400, 900, 255);
        drawSegment(image, 450, 200, degrees, 700, 6, 0);
        const FaultMapWindows map = preprocessFaultMap(image, {});
        QVERIFY(map.inverted);
        QCOMPARE(map.rows, 128);
        QVERIFY2(std::abs(map.strikeDegrees - degrees) < 1.0,
                 qPrintable(QString("estimated %1, drawn %2").arg(map.strikeDegrees).arg(degrees)));
        QCOMPARE(map.rotated, degrees != 0);  // turned to its strike by default
        FaultMapOptions asDrawn;
        asDrawn.rotation = Rotation::None;
        QVERIFY(!preprocessFaultMap(image, asDrawn).rotated);
    }

    void lightTraceOnDarkIsKeptAndPolarityCanBeForced() {
        GrayImage image = blank(256, 640, 10);
        drawSegment(image, 320, 128, 0, 600, 8, 240);
        QVERIFY(!preprocessFaultMap(image, {}).inverted);

        FaultMapOptions forced;
        forced.invert = InvertMode::Yes;
        forced.traceThickness = 0;
        const FaultMapWindows inverted = preprocessFaultMap(image, forced);
        QVERIFY(inverted.inverted);
        // Inverted, the background became the trace: nearly every pixel is set.
        const auto set = std::count(inverted.binary.begin(), inverted.binary.end(), 1);
        QVERIFY(set > static_cast<long>(inverted.binary.size()) * 9 / 10);
    }

    void rotationMakesTheStrikeHorizontal_data() {
        QTest::addColumn<double>("degrees");
        for (double d : {25.0, -40.0, 8.0}) QTest::newRow(qPrintable(QString::number(d))) << d;
    }
    void rotationMakesTheStrikeHorizontal() {
        QFETCH(double, degrees);
        GrayImage image = blank(500, 900, 255);
        drawSegment(image, 450, 250, degrees, 600, 5, 0);
        FaultMapOptions options;
        options.rotation = Rotation::ToStrike;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        QVERIFY(map.rotated);
        QCOMPARE(map.rows, 128);
        const double after = estimateStrikeDegrees(GrayImage{map.rows, map.cols, map.binary});
        QVERIFY2(std::abs(after) < 1.0, qPrintable(QString("strike after rotation %1").arg(after)));
        QVERIFY(!map.windows.empty());
    }

    void thicknessIsNormalised_data() {
        QTest::addColumn<int>("thickness");
        QTest::addColumn<double>("degrees");
        for (int n : {1, 2, 3, 4}) QTest::newRow(qPrintable(QString("%1 px, horizontal").arg(n))) << n << 0.0;
        QTest::newRow("3 px, rotated from 20 degrees") << 3 << 20.0;
    }
    void thicknessIsNormalised() {
        QFETCH(int, thickness);
        QFETCH(double, degrees);
        GrayImage image = blank(256, 1000, 255);
        drawSegment(image, 500, 128, degrees, 800, 11, 0);
        FaultMapOptions options;
        options.traceThickness = thickness;
        options.rotation = degrees != 0 ? Rotation::ToStrike : Rotation::None;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        // Away from the segment's ends every column crosses the trace exactly `thickness` times.
        const std::vector<int> counts = columnCounts(map, map.cols / 4, 3 * map.cols / 4);
        QVERIFY(counts.size() > 100);
        QCOMPARE(median(counts), thickness);
        // Without normalisation the scaled trace keeps about half its drawn 11 px.
        FaultMapOptions keep;
        keep.traceThickness = 0;
        const FaultMapWindows drawn = preprocessFaultMap(image, keep);
        QVERIFY(std::abs(median(columnCounts(drawn, drawn.cols / 4, 3 * drawn.cols / 4)) - 5.5) <= 1.0);
    }

    void windowsFollowTheCropAlongStrike() {
        // 256 rows scale by 1/2 to 128: 1000 columns become 500, so 1 + (500 - 64) / 50 = 9 windows.
        GrayImage image = blank(256, 1000, 255);
        drawSegment(image, 500, 128, 0, 1000, 6, 0);
        const FaultMapWindows map = preprocessFaultMap(image, {});
        QCOMPARE(map.rows, 128);
        QCOMPARE(map.cols, 500);
        QCOMPARE(map.scale, 0.5);
        QCOMPARE(static_cast<int>(map.windows.size()), 9);
        for (size_t i = 0; i < map.windows.size(); ++i) {
            QCOMPARE(map.windows[i].index, static_cast<int>(i));
            QCOMPARE(map.windows[i].col, 50 * static_cast<int>(i));
            QCOMPARE(map.windows[i].height, 128);
            QCOMPARE(map.windows[i].width, 64);
        }
        const std::vector<float> all = map.allWindows();
        QCOMPARE(all.size(), size_t(9 * 128 * 64));
        QVERIFY(std::all_of(all.begin(), all.end(), [](float v) { return v == 0.0f || v == 1.0f; }));
        QCOMPARE(map.window(3), std::vector<float>(all.begin() + 3 * 128 * 64, all.begin() + 4 * 128 * 64));

        FaultMapOptions wide;
        wide.stride = 100;
        QCOMPARE(static_cast<int>(preprocessFaultMap(image, wide).windows.size()), 5);
    }

    void emptyWindowsAreLeftOutUnlessAsked() {
        GrayImage image = blank(256, 1000, 255);
        drawSegment(image, 250, 128, 0, 500, 6, 0);  // left half only: columns 0..250 once scaled
        const FaultMapWindows map = preprocessFaultMap(image, {});
        QVERIFY(map.windows.size() < 9);
        QCOMPARE(map.windows.front().index, 0);
        for (const WindowRect& w : map.windows) QVERIFY(w.col < 251);

        FaultMapOptions all;
        all.keepEmptyWindows = true;
        all.minCoverage = 0;
        QCOMPARE(static_cast<int>(preprocessFaultMap(image, all).windows.size()), 9);
    }

    void traceBandFitCentresTheTraces() {
        GrayImage image = blank(600, 1200, 255);
        drawSegment(image, 600, 100, 0, 1200, 20, 0);  // rows 90..110
        FaultMapOptions options;
        options.heightFit = HeightFit::TraceBand;
        options.traceThickness = 0;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        QCOMPARE(map.rows, 128);
        // The band (21 rows) plus half of it above and below fills the 128 rows: the trace is
        // half the height, centred.
        double sum = 0, n = 0;
        for (int r = 0; r < map.rows; ++r)
            for (int c = 0; c < map.cols; ++c)
                if (map.binary[static_cast<size_t>(r) * map.cols + c]) sum += r, n += 1;
        QVERIFY(std::abs(sum / n - 63.5) < 2.0);
        const std::vector<int> counts = columnCounts(map, map.cols / 4, 3 * map.cols / 4);
        QVERIFY(std::abs(median(counts) - 64) <= 3);
    }

    // Rows of window i that hold trace, as the network reads them (its row shift applied).
    static std::pair<int, int> windowTraceRows(const FaultMapWindows& map, size_t i) {
        const std::vector<float> w = map.window(i);
        int first = -1, last = -1;
        for (int r = 0; r < 128; ++r)
            for (int c = 0; c < 64; ++c)
                if (w[static_cast<size_t>(r) * 64 + c] != 0) {
                    if (first < 0) first = r;
                    last = r;
                }
        return {first, last};
    }

    void mapCentringMovesEveryWindowByTheSameRows() {
        // A trace at a quarter of the height, 3 px once scaled: on rows 63-65 in every window,
        // where one at mid-height is too, and every window moved alike.
        GrayImage quarter = blank(256, 1000, 255), middle = blank(256, 1000, 255);
        drawSegment(quarter, 500, 64, 0, 1000, 6, 0);
        drawSegment(middle, 500, 128, 0, 1000, 6, 0);
        const FaultMapWindows a = preprocessFaultMap(quarter, {}), b = preprocessFaultMap(middle, {});
        QCOMPARE(a.windows.size(), size_t(9));
        for (size_t i = 0; i < a.windows.size(); ++i) {
            QCOMPARE(a.rowShift[i], a.rowShift.front());
            QCOMPARE(windowTraceRows(a, i), (std::pair{63, 65}));
            QCOMPARE(a.window(i), b.window(i));
        }
        QVERIFY(a.rowShift.front() > 25);

        // A stepover: the band between its segments is centred once; each window keeps its
        // segment where it is, so the step still shows.
        GrayImage step = blank(256, 1000, 255);
        drawSegment(step, 300, 80, 0, 600, 6, 0);
        drawSegment(step, 700, 176, 0, 600, 6, 0);
        const FaultMapWindows s = preprocessFaultMap(step, {});
        QVERIFY(std::all_of(s.rowShift.begin(), s.rowShift.end(), [&](int v) { return v == s.rowShift.front(); }));
        QVERIFY(std::abs(s.rowShift.front()) <= 1);
        QVERIFY(windowTraceRows(s, 0).second < 50);
        QVERIFY(windowTraceRows(s, s.windows.size() - 1).first > 78);
        // Each window on its own moves each segment to the middle rows instead.
        FaultMapOptions each;
        each.centring = Centring::EachWindow;
        const FaultMapWindows e = preprocessFaultMap(step, each);
        QCOMPARE(windowTraceRows(e, 0), (std::pair{63, 65}));
        QCOMPARE(windowTraceRows(e, e.windows.size() - 1), (std::pair{63, 65}));
        FaultMapOptions none;
        none.centring = Centring::None;
        const std::vector<int> unmoved = preprocessFaultMap(quarter, none).rowShift;
        QVERIFY(std::all_of(unmoved.begin(), unmoved.end(), [](int v) { return v == 0; }));
    }

    void centrelineCentringFollowsASlopingTrace() {
        // A trace climbing 60 rows over the map, not rotated: each window centred where it is.
        GrayImage image = blank(256, 1000, 255);
        drawSegment(image, 500, 128, 3.5, 1002, 6, 0);
        FaultMapOptions options;
        options.rotation = Rotation::None;
        options.centring = Centring::Centreline;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        QVERIFY(map.rowShift.front() != map.rowShift.back());
        for (size_t i = 0; i < map.windows.size(); ++i) {
            const auto [first, last] = windowTraceRows(map, i);
            QVERIFY2(std::abs((first + last) / 2.0 - 63.5) <= 2.5,
                     qPrintable(QString("window %1: rows %2-%3").arg(i).arg(first).arg(last)));
        }
        QCOMPARE(QString(centringName(Centring::Centreline)), QString("centreline"));
        for (Centring c : {Centring::None, Centring::Map, Centring::Centreline, Centring::EachWindow})
            QCOMPARE(parseCentring(centringName(c)), c);
        QVERIFY(errorOf([] { parseCentring("middle"); }).contains("none, map, centreline or window"));
    }

    void strikeOfAnEchelonArrayIsAlongItsSegments() {
        // Three parallel segments stepping down to the right: their pixels' principal axis runs
        // along the diagonal (about 13 degrees down to the right); the strike is along the segments.
        GrayImage echelon = blank(300, 1200, 255);
        for (int i = 0; i < 3; ++i) drawSegment(echelon, 200 + 400 * i, 60 + 90 * i, 0, 380, 6, 0);
        const FaultMapWindows map = preprocessFaultMap(echelon, {});
        QVERIFY2(std::abs(map.strikeDegrees) < 0.5, qPrintable(QString::number(map.strikeDegrees)));
        QVERIFY(!map.rotated);
        // A long straight trace at 15 degrees: to a few hundredths of a degree, so that turned back
        // it crosses no pixel row over the map.
        GrayImage turned = blank(400, 1500, 255);
        drawSegment(turned, 750, 200, 15, 1400, 5, 0);
        QVERIFY2(std::abs(preprocessFaultMap(turned, {}).strikeDegrees - 15) < 0.1,
                 qPrintable(QString::number(preprocessFaultMap(turned, {}).strikeDegrees)));
    }

    void oneWindowIsCutWhateverItHolds() {
        GrayImage image = blank(256, 1000, 255);
        drawSegment(image, 250, 128, 0, 500, 6, 0);  // left half only
        FaultMapOptions one;
        one.onlyWindow = 7;  // no trace there
        const FaultMapWindows map = preprocessFaultMap(image, one);
        QCOMPARE(map.windows.size(), size_t(1));
        QCOMPARE(map.windows.front().index, 7);
        QVERIFY(map.leftOut.empty());
        one.onlyWindow = 9;
        QVERIFY(errorOf([&] { preprocessFaultMap(image, one); }).contains("window 9 does not exist (the map has 9"));
    }

    void fixedThresholdSelectsTheClasses() {
        GrayImage image = blank(256, 640, 200);
        drawSegment(image, 320, 128, 0, 600, 8, 100);
        FaultMapOptions options;
        options.threshold = ThresholdMethod::Fixed;
        options.thresholdValue = 150;
        const FaultMapWindows map = preprocessFaultMap(image, options);
        QCOMPARE(map.threshold, 150.0);
        QVERIFY(map.inverted);
        options.thresholdValue = 50;  // everything is light: no trace
        QVERIFY(errorOf([&] { preprocessFaultMap(image, options, "uniform.png"); }).contains("no fault trace"));
    }

    void imagesRoundTripThroughFiles() {
        QTemporaryDir dir;
        GrayImage image = blank(256, 700, 255);
        drawSegment(image, 350, 128, 10, 600, 7, 0);
        for (const char* name : {"map.png", "map.bmp", "map.tif"}) {
            const std::string path = (dir.path() + "/" + name).toStdString();
            writeGrayImage(path, image);
            QVERIFY(isFaultMapImagePath(path));
            const GrayImage back = readGrayImage(path);
            QCOMPARE(back.rows, image.rows);
            QCOMPARE(back.cols, image.cols);
            QVERIFY(back.pixels == image.pixels);
            const FaultMapWindows map = preprocessFaultMapImage(path);
            QCOMPARE(QString::fromStdString(map.source), QString::fromStdString(path));
            QVERIFY(std::abs(map.strikeDegrees - 10) < 1.0);
        }
        // JPEG is lossy, but thresholding recovers the same trace.
        const std::string jpeg = (dir.path() + "/map.jpg").toStdString();
        writeGrayImage(jpeg, image);
        QVERIFY(std::abs(preprocessFaultMapImage(jpeg).strikeDegrees - 10) < 1.0);
        QVERIFY(!isFaultMapImagePath("map.npy"));
    }

    void unreadableImagesAreErrorsNamingTheFile() {
        QTemporaryDir dir;
        const std::string missing = (dir.path() + "/missing.png").toStdString();
        QVERIFY(errorOf([&] { readGrayImage(missing); }).contains(QString::fromStdString(missing)));

        const std::string corrupt = (dir.path() + "/corrupt.png").toStdString();
        std::ofstream(corrupt, std::ios::binary) << "\x89PNG\r\n\x1a\n this is not really a PNG";
        const QString message = errorOf([&] { preprocessFaultMapImage(corrupt); });
        QVERIFY2(message.contains(QString::fromStdString(corrupt)) && message.contains("cannot read"),
                 qPrintable(message));

        const std::string empty = (dir.path() + "/empty.jpg").toStdString();
        std::ofstream(empty, std::ios::binary).flush();
        QVERIFY(errorOf([&] { readGrayImage(empty); }).contains(QString::fromStdString(empty)));
    }

    void badMapsAndOptionsAreErrors() {
        GrayImage white = blank(200, 600, 255);
        QVERIFY(errorOf([&] { preprocessFaultMap(white, {}, "white.png"); }).contains("white.png: no fault trace"));

        GrayImage narrow = blank(256, 100, 255);  // 50 columns once scaled: narrower than a window
        drawSegment(narrow, 50, 128, 0, 100, 6, 0);
        QVERIFY(errorOf([&] { preprocessFaultMap(narrow, {}, "narrow.png"); }).contains("a window needs 64"));

        FaultMapOptions bad;
        bad.stride = 0;
        QVERIFY(!errorOf([&] { preprocessFaultMap(narrow, bad); }).isEmpty());
        bad = {};
        bad.traceThickness = -1;
        QVERIFY(!errorOf([&] { preprocessFaultMap(narrow, bad); }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultMapImage)
#include "test_fault_map_image.moc"
