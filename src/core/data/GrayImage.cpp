#include "core/data/GrayImage.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/ImageDecoders.h"
#include "core/data/opencv/GrayMat.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {

using opencv::fromMat;
using opencv::toMat;

namespace {

// Each decoder is kept quiet through its own hook, never by taking stderr from the whole process
// (every other thread's messages went with it). OpenCV's log, which carries what its TIFF and
// JPEG 2000 handlers report, is silenced; libpng and libjpeg print beside it, so PNG and JPEG are
// decoded through their own hooks instead (ImageDecoders.h).
void silenceOpenCVLog() {
    static const bool silenced = [] {
        cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
        return true;
    }();
    (void)silenced;
}

// The decoded picture as a cv::Mat over its samples, which it does not own.
cv::Mat matOf(DecodedImage& image) {
    const int depth = image.bitsPerSample == 16 ? CV_16U : CV_8U;
    return cv::Mat(image.rows, image.cols, CV_MAKETYPE(depth, image.channels), image.samples.data());
}

uint32_t bigEndian(const unsigned char* p, int n) {
    uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | p[i];
    return v;
}
uint32_t littleEndian(const unsigned char* p, int n) {
    uint32_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

// ImageWidth and ImageLength from a classic TIFF's first directory (BigTIFF: 0 x 0).
std::pair<uint64_t, uint64_t> tiffSize(std::ifstream& in, const std::vector<unsigned char>& header) {
    const bool little = header[0] == 'I';
    const auto number = [little](const unsigned char* p, int n) {
        return little ? littleEndian(p, n) : bigEndian(p, n);
    };
    if (number(&header[2], 2) != 42) return {0, 0};
    in.clear();
    in.seekg(std::streamoff(number(&header[4], 4)));
    unsigned char count[2];
    if (!in.read(reinterpret_cast<char*>(count), 2)) return {0, 0};
    uint64_t width = 0, height = 0;
    for (uint32_t i = 0, n = number(count, 2); i < n; ++i) {
        unsigned char entry[12];
        if (!in.read(reinterpret_cast<char*>(entry), 12)) break;
        const uint32_t tag = number(entry, 2), type = number(&entry[2], 2);
        const uint32_t value = type == 3 ? number(&entry[8], 2) : number(&entry[8], 4);  // SHORT or LONG
        if (tag == 256) width = value;
        if (tag == 257) height = value;
    }
    return {width, height};
}

// The width and height a PNG, BMP, JPEG or TIFF header declares (0 x 0 when it cannot tell): a header
// may declare any size (a 51-byte BMP asked OpenCV for 2 GB, a fuzz finding), so it is read first.
std::pair<uint64_t, uint64_t> declaredSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> b(65536);
    in.read(reinterpret_cast<char*>(b.data()), std::streamsize(b.size()));
    b.resize(size_t(in.gcount()));
    if (b.size() >= 24 && std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0 && std::memcmp(&b[12], "IHDR", 4) == 0)
        return {bigEndian(&b[16], 4), bigEndian(&b[20], 4)};
    if (b.size() >= 26 && b[0] == 'B' && b[1] == 'M') {
        const int32_t height = int32_t(littleEndian(&b[22], 4));
        return {littleEndian(&b[18], 4), uint64_t(height < 0 ? -int64_t(height) : height)};
    }
    if (b.size() >= 8 && ((b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M'))) return tiffSize(in, b);
    if (b.size() >= 4 && b[0] == 0xFF && b[1] == 0xD8) {
        for (size_t i = 2; i + 9 < b.size();) {
            if (b[i] != 0xFF) return {0, 0};
            const unsigned char marker = b[i + 1];
            const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) return {bigEndian(&b[i + 7], 2), bigEndian(&b[i + 5], 2)};
            i += 2 + bigEndian(&b[i + 2], 2);
        }
    }
    return {0, 0};
}

}  // namespace

GrayImage readGrayImage(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw Error(path, "no such image file");
    const auto [width, height] = declaredSize(path);
    refuseOversizedImage(path, width, height);
    DecodedImage decoded;  // the samples of raw when FaultKE decoded them
    cv::Mat raw;
    switch (imageSignature(path)) {
    case ImageSignature::Png: decoded = decodePng(path); break;
    case ImageSignature::Jpeg: decoded = decodeJpeg(path); break;
    case ImageSignature::Other: break;  // left empty: refused below, never handed to another decoder
    case ImageSignature::TiffOrBmp:
        silenceOpenCVLog();
        try {
            raw = cv::imread(path, cv::IMREAD_UNCHANGED | cv::IMREAD_ANYDEPTH);
        } catch (const cv::Exception& e) {
            // e.err is OpenCV's own short reason, without its source paths.
            throw Error(path, "cannot decode the image (corrupt or unsupported): " + e.err);
        }
    }
    if (!decoded.samples.empty()) raw = matOf(decoded);
    if (raw.empty()) throw Error(path, "cannot read the image (not a PNG, JPEG, TIFF or BMP file, or corrupt)");
    if (raw.depth() != CV_8U) {
        double low = 0, high = 0;
        cv::minMaxLoc(raw.reshape(1), &low, &high);
        const double range = raw.depth() == CV_16U ? 65535.0 : (high > low ? high : 1.0);
        raw.convertTo(raw, CV_8U, 255.0 / range);
    }
    cv::Mat gray;
    if (raw.channels() == 4) {
        // Composite over white: a transparent background must not read as black.
        std::vector<cv::Mat> planes;
        cv::split(raw, planes);
        cv::Mat colour, alpha;
        cv::merge(std::vector<cv::Mat>(planes.begin(), planes.begin() + 3), colour);
        cv::cvtColor(colour, gray, cv::COLOR_BGR2GRAY);
        planes[3].convertTo(alpha, CV_32F, 1.0 / 255);
        cv::Mat grayF;
        gray.convertTo(grayF, CV_32F);
        grayF = grayF.mul(alpha) + (1.0 - alpha) * 255.0;
        grayF.convertTo(gray, CV_8U);
    } else if (raw.channels() == 3) {
        cv::cvtColor(raw, gray, cv::COLOR_BGR2GRAY);
    } else if (raw.channels() == 1) {
        gray = raw;
    } else {
        throw Error(path, "unsupported image with " + std::to_string(raw.channels()) + " channels");
    }
    return fromMat(gray);
}

void writeGrayImage(const std::string& path, const GrayImage& image) {
    if (image.rows <= 0 || image.cols <= 0 || image.pixels.size() != static_cast<size_t>(image.rows) * image.cols)
        throw Error(path, "cannot write an empty image");
    cv::Mat mat = toMat(image);
    double high = 0;
    cv::minMaxLoc(mat, nullptr, &high);
    if (high <= 1) mat *= 255;
    std::vector<uint8_t> bytes;
    try {
        if (!cv::imencode(std::filesystem::path(path).extension().string(), mat, bytes))
            throw Error(path, "cannot encode the image");
    } catch (const cv::Exception&) {
        throw Error(path, "unknown image format (use .png, .jpg, .tif or .bmp)");
    }
    writeTextAtomically(path, std::string(bytes.begin(), bytes.end()));
}

bool isFaultMapImagePath(const std::string& path) {
    const std::string extension = lowerExtension(path);
    for (const char* known : {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"})
        if (extension == known) return true;
    return false;
}

}  // namespace faultke
