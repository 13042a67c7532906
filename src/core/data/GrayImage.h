#pragma once
// Gray pictures and their files: what FaultMapImage.h preprocesses, read from any PNG, JPEG, TIFF
// or BMP as 8-bit gray (its declared size checked before decoding, the decoders' own messages
// kept off stderr) and written atomically.
#include <cstdint>
#include <string>
#include <vector>

namespace faultke {

// 8-bit grayscale pixels, row-major.
struct GrayImage {
    int rows = 0;
    int cols = 0;
    std::vector<uint8_t> pixels;
};

// Reads an image as 8-bit gray. Throws Error("FILE: problem") when it is missing or unreadable.
GrayImage readGrayImage(const std::string& path);

// Writes an 8-bit gray image (0/1 binaries are stretched to 0/255), its format following the
// extension. Atomic. Throws Error naming the file when the format is unknown or writing fails.
void writeGrayImage(const std::string& path, const GrayImage& image);

// True for the extensions readGrayImage is meant for: .png .jpg .jpeg .tif .tiff .bmp.
bool isFaultMapImagePath(const std::string& path);

}  // namespace faultke
