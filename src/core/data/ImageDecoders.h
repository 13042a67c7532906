#pragma once
// PNG and JPEG decoded by FaultKE through libpng and libjpeg, whose own error and warning hooks keep
// the libraries' complaints about a file off stderr: OpenCV's decoders for these two formats let the
// libraries print there ("libpng warning: ...", "Premature end of JPEG file"), and only the process's
// whole stderr could silence them. The pixels are those cv::imread(path, IMREAD_UNCHANGED) gives.
// Private to the data layer (GrayImage.cpp) and its tests; free of OpenCV, as core/data
// headers are.
#include <cstdint>
#include <string>
#include <vector>

namespace faultke {

// A picture as cv::imread(path, IMREAD_UNCHANGED) lays it out: rows x cols pixels of 1 (gray), 3 (BGR)
// or 4 (BGRA) channels, 8- or 16-bit samples (16-bit in the machine's byte order), row after row.
struct DecodedImage {
    int rows = 0;
    int cols = 0;
    int channels = 0;
    int bitsPerSample = 8;
    std::vector<uint8_t> samples;
};

// The format a file's first bytes name, as OpenCV tells them (a JPEG starts FF D8 FF). Only these
// four are read: OpenCV guesses many more by content (DICOM through GDCM, which aborts the process
// on some damaged files), and a fault map is none of them.
enum class ImageSignature { Png, Jpeg, TiffOrBmp, Other };
ImageSignature imageSignature(const std::string& path);

// Throw Error naming the file: "cannot decode the image (corrupt or unsupported): " and the library's
// reason. Their warnings (a damaged ancillary chunk, a file that ends early) stop nothing, as they stop
// nothing in OpenCV: a truncated JPEG decodes, the part missing filled as libjpeg fills it.
DecodedImage decodePng(const std::string& path);
DecodedImage decodeJpeg(const std::string& path);

// What cv::imread(path, IMREAD_UNCHANGED | IMREAD_ANYDEPTH) itself gives (empty when it reads
// nothing): the reference the tests hold the two decoders to.
DecodedImage decodeWithOpenCV(const std::string& path);

// Fault maps of 600 x 6000 px are typical; 100 megapixels leave room for any scan.
constexpr uint64_t kMaxImagePixels = 100000000;
// Throws Error when a header declares more than kMaxImagePixels.
void refuseOversizedImage(const std::string& path, uint64_t width, uint64_t height);

}  // namespace faultke
