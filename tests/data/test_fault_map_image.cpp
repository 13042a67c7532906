// Fault map images to network windows: polarity, strike estimation and rotation, scaling to the
// window height, trace thickness, windows along strike, and errors for unreadable images. The
// images are drawn here, segment by segment, with known geometry.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <thread>

#include <jpeglib.h>
#include <png.h>

#include "core/data/FaultMapImage.h"
#include "core/data/ImageDecoders.h"
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

// Background regions of the preprocessed map enclosed by trace (4-connected, not touching its
// edge): each one a loop of the redrawn traces.
int enclosedHoles(const FaultMapWindows& map) {
    std::vector<uint8_t> seen(map.binary.size(), 0);
    int holes = 0;
    for (int start = 0; start < static_cast<int>(map.binary.size()); ++start) {
        if (map.binary[start] || seen[start]) continue;
        bool touchesEdge = false;
        std::vector<int> stack{start};
        seen[start] = 1;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            const int r = i / map.cols, c = i % map.cols;
            if (r == 0 || c == 0 || r == map.rows - 1 || c == map.cols - 1) touchesEdge = true;
            const int next[4][2] = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (const auto& [nr, nc] : next) {
                if (nr < 0 || nc < 0 || nr >= map.rows || nc >= map.cols) continue;
                const int j = nr * map.cols + nc;
                if (!map.binary[j] && !seen[j]) {
                    seen[j] = 1;
                    stack.push_back(j);
                }
            }
        }
        holes += !touchesEdge;
    }
    return holes;
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

// ---- Pictures written with libpng and libjpeg, to hold FaultKE's decoders to cv::imread ----

// Samples spread over the whole depth in no smooth order: channels differ, alpha runs from transparent
// to opaque, 16-bit samples have unequal bytes.
int patternSample(int x, int y, int channel, int bitDepth) {
    const uint64_t values = uint64_t(1) << bitDepth;
    return int((uint64_t(x) * 7919 + uint64_t(y) * 104729 + uint64_t(channel) * 31337 + uint64_t(x) * y * 13) % values);
}

struct PngSpec {
    int colorType = PNG_COLOR_TYPE_GRAY;
    int bitDepth = 8;
    bool interlaced = false;
    bool transparency = false;  // a tRNS chunk: palette alphas, or one gray or RGB colour
};

int pngChannels(int colorType) {
    switch (colorType) {
    case PNG_COLOR_TYPE_GRAY_ALPHA: return 2;
    case PNG_COLOR_TYPE_RGB: return 3;
    case PNG_COLOR_TYPE_RGB_ALPHA: return 4;
    default: return 1;  // gray, palette
    }
}

// A palette picture uses 16 entries (4 bits will do); its tRNS gives the first 12 alphas from 0 to 253.
constexpr int kPaletteEntries = 16;

// The rows libpng writes: samples packed MSB first below 8 bits, 16-bit ones big-endian.
std::vector<uint8_t> pngRows(const PngSpec& spec, int width, int height, size_t rowBytes) {
    std::vector<uint8_t> rows(rowBytes * height, 0);
    const int channels = pngChannels(spec.colorType);
    for (int y = 0; y < height; ++y) {
        uint8_t* row = rows.data() + y * rowBytes;
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < channels; ++c) {
                const int v = spec.colorType == PNG_COLOR_TYPE_PALETTE ? patternSample(x, y, 0, 8) % kPaletteEntries
                                                                       : patternSample(x, y, c, spec.bitDepth);
                const size_t index = size_t(x) * channels + c;
                if (spec.bitDepth == 16) {
                    row[2 * index] = uint8_t(v >> 8);
                    row[2 * index + 1] = uint8_t(v & 0xff);
                } else if (spec.bitDepth == 8) {
                    row[index] = uint8_t(v);
                } else {
                    const size_t bit = index * spec.bitDepth;
                    row[bit / 8] |= uint8_t(v << (8 - spec.bitDepth - bit % 8));
                }
            }
        }
    }
    return rows;
}

bool writePng(const std::string& path, const PngSpec& spec, int width, int height) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    const size_t rowBytes = (size_t(width) * pngChannels(spec.colorType) * spec.bitDepth + 7) / 8;
    std::vector<uint8_t> samples = pngRows(spec, width, height, rowBytes);
    std::vector<png_bytep> rows(height);
    for (int y = 0; y < height; ++y) rows[y] = samples.data() + y * rowBytes;
    std::vector<png_color> palette(kPaletteEntries);
    std::vector<png_byte> paletteAlpha(12);
    for (int i = 0; i < kPaletteEntries; ++i) palette[i] = {png_byte(i * 16), png_byte(255 - i * 9), png_byte(i * 5)};
    for (size_t i = 0; i < paletteAlpha.size(); ++i) paletteAlpha[i] = png_byte(i * 23);
    png_color_16 transparentColour{};
    const int firstPixel[3] = {patternSample(0, 0, 0, spec.bitDepth), patternSample(0, 0, 1, spec.bitDepth),
                               patternSample(0, 0, 2, spec.bitDepth)};
    transparentColour.gray = png_uint_16(firstPixel[0]);
    transparentColour.red = png_uint_16(firstPixel[0]);
    transparentColour.green = png_uint_16(firstPixel[1]);
    transparentColour.blue = png_uint_16(firstPixel[2]);
    bool written = false;
    if (setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, file);
        png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), spec.bitDepth, spec.colorType,
                     spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                     PNG_FILTER_TYPE_DEFAULT);
        if (spec.colorType == PNG_COLOR_TYPE_PALETTE) {
            png_set_PLTE(png, info, palette.data(), kPaletteEntries);
            if (spec.transparency) png_set_tRNS(png, info, paletteAlpha.data(), int(paletteAlpha.size()), nullptr);
        } else if (spec.transparency) {
            png_set_tRNS(png, info, nullptr, 1, &transparentColour);
        }
        png_write_info(png, info);
        png_write_image(png, rows.data());
        png_write_end(png, nullptr);
        written = true;
    }
    png_destroy_write_struct(&png, &info);
    return std::fclose(file) == 0 && written;
}

struct JpegSpec {
    J_COLOR_SPACE input = JCS_RGB;       // JCS_GRAYSCALE, JCS_RGB or JCS_CMYK
    J_COLOR_SPACE stored = JCS_UNKNOWN;  // the file's colour space; JCS_UNKNOWN: libjpeg's default
    bool progressive = false;
};

bool writeJpeg(const std::string& path, const JpegSpec& spec, int width, int height) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const int components = spec.input == JCS_GRAYSCALE ? 1 : spec.input == JCS_CMYK ? 4 : 3;
    std::vector<uint8_t> row(size_t(width) * components);
    jpeg_compress_struct jpeg{};
    jpeg_error_mgr errors{};
    jpeg.err = jpeg_std_error(&errors);
    jpeg_create_compress(&jpeg);
    jpeg_stdio_dest(&jpeg, file);
    jpeg.image_width = JDIMENSION(width);
    jpeg.image_height = JDIMENSION(height);
    jpeg.input_components = components;
    jpeg.in_color_space = spec.input;
    jpeg_set_defaults(&jpeg);
    if (spec.stored != JCS_UNKNOWN) jpeg_set_colorspace(&jpeg, spec.stored);
    jpeg_set_quality(&jpeg, 90, TRUE);
    if (spec.progressive) jpeg_simple_progression(&jpeg);
    jpeg_start_compress(&jpeg, TRUE);
    for (int y = 0; y < height; ++y) {
        // Smooth shading with sharp edges: what a JPEG of a map holds.
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < components; ++c)
                row[size_t(x) * components + c] =
                    uint8_t((x * (c + 1) + y * (3 - c % 3)) % 256 / ((x / 16 + y / 16 + c) % 3 == 0 ? 1 : 2));
        JSAMPROW rowPointer = row.data();
        jpeg_write_scanlines(&jpeg, &rowPointer, 1);
    }
    jpeg_finish_compress(&jpeg);
    jpeg_destroy_compress(&jpeg);
    return std::fclose(file) == 0;
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The file cut to its first `fraction`.
bool keepFirstPart(const QString& path, double fraction) {
    const QByteArray bytes = readBytes(path);
    return writeBytes(path, bytes.left(int(bytes.size() * fraction)));
}

// An unknown ancillary chunk with a wrong CRC after IHDR: libpng warns ("teSt: CRC error") and reads on.
bool damageAncillaryChunk(const QString& path) {
    const QByteArray png = readBytes(path);
    const QByteArray chunk = QByteArray::fromHex("00000004") + "teSt" + "abcd" + QByteArray::fromHex("00000000");
    return writeBytes(path, png.left(33) + chunk + png.mid(33));
}

// Where FaultKE's decoder and cv::imread part, or an empty string when they give the same picture.
QString firstDifference(const DecodedImage& ours, const DecodedImage& opencv) {
    if (opencv.samples.empty()) return "cv::imread read nothing";
    if (ours.rows != opencv.rows || ours.cols != opencv.cols || ours.channels != opencv.channels ||
        ours.bitsPerSample != opencv.bitsPerSample)
        return QString("%1 x %2 x %3 channels of %4 bits, cv::imread %5 x %6 x %7 of %8")
            .arg(ours.cols)
            .arg(ours.rows)
            .arg(ours.channels)
            .arg(ours.bitsPerSample)
            .arg(opencv.cols)
            .arg(opencv.rows)
            .arg(opencv.channels)
            .arg(opencv.bitsPerSample);
    const auto [a, b] = std::mismatch(ours.samples.begin(), ours.samples.end(), opencv.samples.begin());
    if (a == ours.samples.end()) return {};
    return QString("byte %1: %2, cv::imread %3").arg(a - ours.samples.begin()).arg(*a).arg(*b);
}

// stderr (file descriptor 2, what every thread and library writes to) goes into a file while this lives.
class CapturedStderr {
public:
    explicit CapturedStderr(const QString& path) {
        std::fflush(stderr);
        saved_ = ::dup(2);
        const int file = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (file >= 0) {
            ::dup2(file, 2);
            ::close(file);
        }
    }
    ~CapturedStderr() {
        std::fflush(stderr);
        if (saved_ >= 0) {
            ::dup2(saved_, 2);
            ::close(saved_);
        }
    }
    CapturedStderr(const CapturedStderr&) = delete;
    CapturedStderr& operator=(const CapturedStderr&) = delete;

private:
    int saved_ = -1;
};

// cv::imread's picture, what libpng and libjpeg print under it kept out of the test's log.
DecodedImage imreadQuietly(const QString& path) {
    const CapturedStderr capture(path + ".stderr");
    return decodeWithOpenCV(path.toStdString());
}

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

    void onlyPngJpegTiffAndBmpAreDecoded() {
        // A fuzz finding: "DICM" at byte 128 made OpenCV hand the file to GDCM, whose assertion
        // aborted the process. Files that are none of the four formats never reach another decoder.
        QTemporaryDir dir;
        const QString path = dir.filePath("scan.png");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromBase64(
            "AIlQTkcNChoqAAIAAPLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8v"
            "Ly8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLyRElDTRoKAA=="));
        f.close();
        const QString message = test::errorOf([&] { readGrayImage(path.toStdString()); });
        QVERIFY2(message == path + ": cannot read the image (not a PNG, JPEG, TIFF or BMP file, or corrupt)",
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

    void strokesTouchingAtBothEndsLeaveNoLoop() {
        // Two strokes 4 rows apart joined at both ends enclose a sliver of background: redrawn, it
        // is one trace, not a loop (the Futagawa map had one). A lens 60 rows high stays a loop.
        GrayImage image = blank(128, 600, 255);
        drawSegment(image, 300, 40, 0, 560, 3, 0);
        drawSegment(image, 200, 44, 0, 40, 3, 0);
        drawSegment(image, 180, 42, 90, 5, 3, 0);
        drawSegment(image, 220, 42, 90, 5, 3, 0);
        FaultMapOptions options;
        options.rotation = Rotation::None;
        QCOMPARE(enclosedHoles(preprocessFaultMap(image, options)), 0);

        drawSegment(image, 400, 100, 0, 100, 3, 0);
        drawSegment(image, 350, 70, 90, 60, 3, 0);
        drawSegment(image, 450, 70, 90, 60, 3, 0);
        QCOMPARE(enclosedHoles(preprocessFaultMap(image, options)), 1);
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
        QVERIFY2(message.startsWith(QString::fromStdString(corrupt) +
                                    ": cannot decode the image (corrupt or unsupported): "),
                 qPrintable(message));

        const std::string empty = (dir.path() + "/empty.jpg").toStdString();
        std::ofstream(empty, std::ios::binary).flush();
        QVERIFY(errorOf([&] { readGrayImage(empty); }).contains(QString::fromStdString(empty)));
    }

    // PNG and JPEG are decoded by FaultKE (libpng and libjpeg with hooks of its own), the pixels those
    // cv::imread gave before, bit for bit: colour order, channels, 16-bit values, alpha.
    void pngDecodesAsImreadDoes_data() {
        QTest::addColumn<int>("colorType");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<bool>("interlaced");
        QTest::addColumn<bool>("transparency");
        QTest::addColumn<bool>("damagedChunk");
        QTest::newRow("gray 8-bit") << PNG_COLOR_TYPE_GRAY << 8 << false << false << false;
        QTest::newRow("gray 16-bit") << PNG_COLOR_TYPE_GRAY << 16 << false << false << false;
        QTest::newRow("gray 1-bit") << PNG_COLOR_TYPE_GRAY << 1 << false << false << false;
        QTest::newRow("gray 2-bit with tRNS") << PNG_COLOR_TYPE_GRAY << 2 << false << true << false;
        QTest::newRow("gray 4-bit") << PNG_COLOR_TYPE_GRAY << 4 << false << false << false;
        QTest::newRow("gray 8-bit with tRNS") << PNG_COLOR_TYPE_GRAY << 8 << false << true << false;
        QTest::newRow("gray + alpha") << PNG_COLOR_TYPE_GRAY_ALPHA << 8 << false << false << false;
        QTest::newRow("gray + alpha 16-bit") << PNG_COLOR_TYPE_GRAY_ALPHA << 16 << false << false << false;
        QTest::newRow("RGB") << PNG_COLOR_TYPE_RGB << 8 << false << false << false;
        QTest::newRow("RGB 16-bit") << PNG_COLOR_TYPE_RGB << 16 << false << false << false;
        QTest::newRow("RGB with tRNS") << PNG_COLOR_TYPE_RGB << 8 << false << true << false;
        QTest::newRow("RGBA") << PNG_COLOR_TYPE_RGB_ALPHA << 8 << false << false << false;
        QTest::newRow("RGBA 16-bit") << PNG_COLOR_TYPE_RGB_ALPHA << 16 << false << false << false;
        QTest::newRow("palette") << PNG_COLOR_TYPE_PALETTE << 4 << false << false << false;
        QTest::newRow("palette with tRNS") << PNG_COLOR_TYPE_PALETTE << 8 << false << true << false;
        QTest::newRow("interlaced RGB") << PNG_COLOR_TYPE_RGB << 8 << true << false << false;
        QTest::newRow("interlaced gray 16-bit") << PNG_COLOR_TYPE_GRAY << 16 << true << false << false;
        QTest::newRow("interlaced palette with tRNS") << PNG_COLOR_TYPE_PALETTE << 8 << true << true << false;
        QTest::newRow("damaged ancillary chunk") << PNG_COLOR_TYPE_RGB << 8 << false << false << true;
    }
    void pngDecodesAsImreadDoes() {
        QFETCH(int, colorType);
        QFETCH(int, bitDepth);
        QFETCH(bool, interlaced);
        QFETCH(bool, transparency);
        QFETCH(bool, damagedChunk);
        QTemporaryDir dir;
        const QString path = dir.filePath("picture.png");
        QVERIFY(writePng(path.toStdString(), {colorType, bitDepth, interlaced, transparency}, 61, 37));
        if (damagedChunk) QVERIFY(damageAncillaryChunk(path));
        QCOMPARE(imageSignature(path.toStdString()), ImageSignature::Png);
        const QString difference = firstDifference(decodePng(path.toStdString()), imreadQuietly(path));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void jpegDecodesAsImreadDoes_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("stored");
        QTest::addColumn<bool>("progressive");
        QTest::addColumn<double>("kept");  // the part of the file kept: below 1, a truncated file
        QTest::newRow("gray") << int(JCS_GRAYSCALE) << int(JCS_UNKNOWN) << false << 1.0;
        QTest::newRow("colour") << int(JCS_RGB) << int(JCS_UNKNOWN) << false << 1.0;
        QTest::newRow("progressive colour") << int(JCS_RGB) << int(JCS_UNKNOWN) << true << 1.0;
        QTest::newRow("progressive gray") << int(JCS_GRAYSCALE) << int(JCS_UNKNOWN) << true << 1.0;
        QTest::newRow("stored as RGB") << int(JCS_RGB) << int(JCS_RGB) << false << 1.0;
        QTest::newRow("CMYK") << int(JCS_CMYK) << int(JCS_UNKNOWN) << false << 1.0;
        QTest::newRow("YCCK") << int(JCS_CMYK) << int(JCS_YCCK) << false << 1.0;
        // libjpeg warns and fills in what is missing; cv::imread returned that picture.
        QTest::newRow("truncated colour") << int(JCS_RGB) << int(JCS_UNKNOWN) << false << 0.6;
        QTest::newRow("truncated gray") << int(JCS_GRAYSCALE) << int(JCS_UNKNOWN) << false << 0.6;
        QTest::newRow("truncated progressive") << int(JCS_RGB) << int(JCS_UNKNOWN) << true << 0.6;
    }
    void jpegDecodesAsImreadDoes() {
        QFETCH(int, input);
        QFETCH(int, stored);
        QFETCH(bool, progressive);
        QFETCH(double, kept);
        QTemporaryDir dir;
        const QString path = dir.filePath("picture.jpg");
        QVERIFY(writeJpeg(path.toStdString(), {J_COLOR_SPACE(input), J_COLOR_SPACE(stored), progressive}, 203, 119));
        if (kept < 1) QVERIFY(keepFirstPart(path, kept));
        QCOMPARE(imageSignature(path.toStdString()), ImageSignature::Jpeg);
        const QString difference = firstDifference(decodeJpeg(path.toStdString()), imreadQuietly(path));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Through the public reader: the decoded samples become the gray picture as before (16-bit scaled
    // to 8, colour weighted as OpenCV's BGR-to-gray does in fixed point), whatever the extension says.
    void decodedPicturesBecomeGray() {
        QTemporaryDir dir;
        const int width = 45, height = 29;
        const std::string gray = dir.filePath("gray.png").toStdString(), deep = dir.filePath("deep.png").toStdString();
        const std::string colour = dir.filePath("colour-png-named.jpg").toStdString();
        QVERIFY(writePng(gray, {PNG_COLOR_TYPE_GRAY, 8, false, false}, width, height));
        QVERIFY(writePng(deep, {PNG_COLOR_TYPE_GRAY, 16, false, false}, width, height));
        QVERIFY(writePng(colour, {PNG_COLOR_TYPE_RGB, 8, false, false}, width, height));
        const GrayImage g = readGrayImage(gray), d = readGrayImage(deep), c = readGrayImage(colour);
        for (const GrayImage* image : {&g, &d, &c}) {
            QCOMPARE(image->rows, height);
            QCOMPARE(image->cols, width);
        }
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const size_t i = size_t(y) * width + x;
                QCOMPARE(int(g.pixels[i]), patternSample(x, y, 0, 8));
                QCOMPARE(int(d.pixels[i]), (patternSample(x, y, 0, 16) + 128) / 257);
                const int r = patternSample(x, y, 0, 8), gr = patternSample(x, y, 1, 8), b = patternSample(x, y, 2, 8);
                QCOMPARE(int(c.pixels[i]), (b * 3735 + gr * 19235 + r * 9798 + (1 << 14)) >> 15);
            }
        }
    }

    void brokenPngAndJpegNameTheLibrarysReason() {
        QTemporaryDir dir;
        const QString png = dir.filePath("cut.png"), jpeg = dir.filePath("junk.jpg"),
                      header = dir.filePath("header.png");
        QVERIFY(writePng(png.toStdString(), {PNG_COLOR_TYPE_RGB, 8, false, false}, 300, 200));
        QVERIFY(keepFirstPart(png, 0.5));
        QString message = errorOf([&] { readGrayImage(png.toStdString()); });
        QVERIFY2(
            message == png + ": cannot decode the image (corrupt or unsupported): the file ends early (truncated?)",
            qPrintable(message));

        // IHDR's CRC broken: libpng stops at once.
        QVERIFY(writePng(header.toStdString(), {PNG_COLOR_TYPE_RGB, 8, false, false}, 30, 20));
        QByteArray bytes = readBytes(header);
        bytes[29] = char(bytes[29] ^ 0x55);
        QVERIFY(writeBytes(header, bytes));
        message = errorOf([&] { readGrayImage(header.toStdString()); });
        QVERIFY2(message == header + ": cannot decode the image (corrupt or unsupported): IHDR: CRC error",
                 qPrintable(message));

        QVERIFY(writeBytes(jpeg, QByteArray::fromHex("ffd8ffe0") + QByteArray(64, 'x')));
        message = errorOf([&] { readGrayImage(jpeg.toStdString()); });
        QVERIFY2(
            message == jpeg + ": cannot decode the image (corrupt or unsupported): JPEG datastream contains no image",
            qPrintable(message));
    }

    // The decoders keep their complaints to themselves without silencing anyone else. Before, each
    // decoding pointed the process's stderr at /dev/null while it ran: another thread's messages
    // written meanwhile were lost (all but those falling between two decodings).
    void decodersKeepQuietAndOtherThreadsAreHeard() {
        QTemporaryDir dir;
        const std::string png = dir.filePath("warns.png").toStdString(), jpeg = dir.filePath("cut.jpg").toStdString();
        QVERIFY(writePng(png, {PNG_COLOR_TYPE_RGB, 8, false, false}, 600, 400));
        QVERIFY(damageAncillaryChunk(QString::fromStdString(png)));
        QVERIFY(writeJpeg(jpeg, {JCS_RGB, JCS_UNKNOWN, false}, 600, 400));
        QVERIFY(keepFirstPart(QString::fromStdString(jpeg), 0.6));
        const QString log = dir.filePath("stderr.txt");

        // The two files make the libraries complain: through OpenCV they print it.
        {
            const CapturedStderr capture(log);
            decodeWithOpenCV(png);
            decodeWithOpenCV(jpeg);
        }
        const QByteArray complaints = readBytes(log);
        QVERIFY2(
            complaints.contains("libpng warning: teSt: CRC error") && complaints.contains("Premature end of JPEG file"),
            complaints.constData());

        // Another thread writes its lines while this one decodes the two, over and over until it is done.
        constexpr int kLines = 20;
        std::atomic<bool> decoding{false}, written{false};
        std::atomic<int> decodings{0};
        QString failure;
        {
            const CapturedStderr capture(log);
            std::thread other([&] {
                while (!decoding) std::this_thread::yield();
                for (int i = 0; i < kLines; ++i) {
                    // One line per decoding pass, so the lines are spread over the decodings.
                    while (decodings.load() < i) std::this_thread::yield();
                    const std::string line = "another thread, line " + std::to_string(i) + "\n";
                    if (::write(2, line.data(), line.size()) < 0) break;
                }
                written = true;
            });
            decoding = true;
            while (!written) {
                try {
                    readGrayImage(png);
                    readGrayImage(jpeg);
                    ++decodings;
                } catch (const std::exception& e) {
                    failure = e.what();
                    break;
                }
            }
            other.join();
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(decodings.load() > 0);
        const QByteArray heard = readBytes(log);
        for (int i = 0; i < kLines; ++i)
            QVERIFY2(heard.contains(QByteArray("another thread, line ") + QByteArray::number(i) + "\n"),
                     qPrintable(QString("line %1 lost over %2 decodings: %3").arg(i).arg(decodings.load()).arg(heard)));
        for (const char* complaint : {"libpng", "JPEG", "CRC error"})
            QVERIFY2(!heard.contains(complaint), heard.constData());
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
