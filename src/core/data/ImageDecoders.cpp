// PNG and JPEG through libpng and libjpeg, each call mirroring OpenCV 4.6's PngDecoder and JpegDecoder
// in IMREAD_UNCHANGED mode so that the pixels stay those FaultKE read through cv::imread before.
#include "core/data/ImageDecoders.h"

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>

#include <jpeglib.h>
#include <png.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/util/Error.h"

namespace faultke {

namespace {

// The libraries report through C callbacks that a C++ exception must not cross: they longjmp back to a
// setjmp instead, and FaultKE throws from there. A function that calls setjmp holds only plain data,
// since a longjmp skips destructors; the objects that own something live in its caller.

using FilePointer = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

FilePointer openForReading(const std::string& path) {
    FilePointer file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw Error(path, "cannot open the image: " + std::string(std::strerror(errno)));
    return file;
}

Error cannotDecode(const std::string& path, const char* reason) {
    return Error(path, std::string("cannot decode the image (corrupt or unsupported): ") + reason);
}

DecodedImage sizedImage(uint64_t rows, uint64_t cols, int channels, int bitsPerSample) {
    DecodedImage image;
    image.rows = int(rows);
    image.cols = int(cols);
    image.channels = channels;
    image.bitsPerSample = bitsPerSample;
    image.samples.resize(size_t(rows) * cols * channels * (bitsPerSample / 8));
    return image;
}

size_t rowBytes(const DecodedImage& image) { return size_t(image.cols) * image.channels * (image.bitsPerSample / 8); }

bool littleEndian() {
    const uint16_t one = 1;
    uint8_t first = 0;
    std::memcpy(&first, &one, 1);
    return first == 1;
}

// ---- PNG ----

struct PngErrors {
    char message[256];
};

void keepPngErrorAndJump(png_structp png, png_const_charp message) {
    auto* errors = static_cast<PngErrors*>(png_get_error_ptr(png));
    std::snprintf(errors->message, sizeof errors->message, "%s", message);
    png_longjmp(png, 1);
}

// A damaged ancillary chunk or a known-incorrect sRGB profile leaves the picture whole: OpenCV reads
// on too, after letting libpng print the warning.
void ignorePngWarning(png_structp, png_const_charp) {}

void readPngBytes(png_structp png, png_bytep data, size_t length) {
    if (std::fread(data, 1, length, static_cast<std::FILE*>(png_get_io_ptr(png))) != length)
        png_error(png, "the file ends early (truncated?)");
}

class PngReadStruct {
public:
    explicit PngReadStruct(PngErrors& errors)
        : png_(png_create_read_struct(PNG_LIBPNG_VER_STRING, &errors, keepPngErrorAndJump, ignorePngWarning)) {
        if (png_) {
            info_ = png_create_info_struct(png_);
            endInfo_ = png_create_info_struct(png_);
        }
    }
    ~PngReadStruct() { png_destroy_read_struct(&png_, &info_, &endInfo_); }
    PngReadStruct(const PngReadStruct&) = delete;
    PngReadStruct& operator=(const PngReadStruct&) = delete;

    bool created() const { return png_ && info_ && endInfo_; }
    png_structp png() const { return png_; }
    png_infop info() const { return info_; }
    png_infop endInfo() const { return endInfo_; }

private:
    png_structp png_ = nullptr;
    png_infop info_ = nullptr;
    png_infop endInfo_ = nullptr;
};

struct PngHeader {
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    int bitDepth = 0;
    int colorType = 0;
    int channels = 0;  // of the picture OpenCV makes of it
};

bool readPngHeader(png_structp png, png_infop info, std::FILE* file, PngHeader& header) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_set_read_fn(png, file, readPngBytes);
    png_read_info(png, info);
    png_get_IHDR(png, info, &header.width, &header.height, &header.bitDepth, &header.colorType, nullptr, nullptr,
                 nullptr);
    int transparentEntries = 0;
    png_bytep transparency = nullptr;
    png_color_16p transparentColour = nullptr;
    switch (header.colorType) {
    case PNG_COLOR_TYPE_RGB:
    case PNG_COLOR_TYPE_PALETTE:
        png_get_tRNS(png, info, &transparency, &transparentEntries, &transparentColour);
        header.channels = transparentEntries > 0 ? 4 : 3;
        break;
    case PNG_COLOR_TYPE_GRAY_ALPHA:
    case PNG_COLOR_TYPE_RGB_ALPHA: header.channels = 4; break;
    default: header.channels = 1;  // gray, its tRNS dropped
    }
    return true;
}

// OpenCV's transformations, in its order: palette and low-bit gray expanded, tRNS made alpha where the
// picture has 4 channels and stripped where it has fewer, gray with alpha made BGRA, colour in BGR
// order, 16-bit samples in the machine's order, no gamma correction.
bool readPngPixels(png_structp png, png_infop info, png_infop endInfo, const PngHeader& header, png_bytepp rows,
                   size_t expectedRowBytes) {
    if (setjmp(png_jmpbuf(png))) return false;
    if (littleEndian()) png_set_swap(png);
    if (header.channels < 4)
        png_set_strip_alpha(png);
    else
        png_set_tRNS_to_alpha(png);
    if (header.colorType == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
    if ((header.colorType & PNG_COLOR_MASK_COLOR) == 0 && header.bitDepth < 8) png_set_expand_gray_1_2_4_to_8(png);
    const bool colour = header.channels > 1;
    if ((header.colorType & PNG_COLOR_MASK_COLOR) != 0 && colour)
        png_set_bgr(png);
    else if (colour)
        png_set_gray_to_rgb(png);
    else
        png_set_rgb_to_gray(png, 1, 0.299, 0.587);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    // The rows are sized from the header: libpng must not write past them.
    if (png_get_rowbytes(png, info) != expectedRowBytes) png_error(png, "unexpected row layout");
    png_read_image(png, rows);
    png_read_end(png, endInfo);
    return true;
}

// ---- JPEG ----

struct JpegErrors {
    jpeg_error_mgr manager;  // first: libjpeg hands back its address
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void keepJpegErrorAndJump(j_common_ptr jpeg) {
    auto* errors = reinterpret_cast<JpegErrors*>(jpeg->err);
    (*jpeg->err->format_message)(jpeg, errors->message);
    std::longjmp(errors->jump, 1);
}

// libjpeg's warnings ("Premature end of JPEG file", "Corrupt JPEG data: ...") leave a picture that
// OpenCV returns as it is, after letting libjpeg print the first warning.
void ignoreJpegMessage(j_common_ptr) {}

class JpegDecompressStruct {
public:
    explicit JpegDecompressStruct(JpegErrors& errors) {
        jpeg_.err = jpeg_std_error(&errors.manager);
        errors.manager.error_exit = keepJpegErrorAndJump;
        errors.manager.output_message = ignoreJpegMessage;
    }
    // Safe on a struct jpeg_create_decompress never set up: jpeg_destroy skips a null memory manager.
    ~JpegDecompressStruct() { jpeg_destroy_decompress(&jpeg_); }
    JpegDecompressStruct(const JpegDecompressStruct&) = delete;
    JpegDecompressStruct& operator=(const JpegDecompressStruct&) = delete;

    jpeg_decompress_struct& get() { return jpeg_; }

private:
    jpeg_decompress_struct jpeg_{};
};

bool readJpegHeader(jpeg_decompress_struct& jpeg, JpegErrors& errors, std::FILE* file) {
    if (setjmp(errors.jump)) return false;
    jpeg_create_decompress(&jpeg);
    jpeg_stdio_src(&jpeg, file);
    jpeg_read_header(&jpeg, TRUE);
    jpeg_calc_output_dimensions(&jpeg);
    return true;
}

// OpenCV's JpegDecoder: gray stays gray, other colour BGR; CMYK and YCCK come out as CMYK and become BGR
// by its own formula (which expects Adobe's inverted CMYK). libjpeg-turbo supplies the standard
// Huffman tables a Motion JPEG frame leaves out, as OpenCV does with older libjpegs.
bool readJpegPixels(jpeg_decompress_struct& jpeg, JpegErrors& errors, uint8_t* samples, size_t rowBytes, int channels) {
    if (setjmp(errors.jump)) return false;
    const bool cmyk = jpeg.num_components == 4;
    jpeg.out_color_space = channels == 1 ? JCS_GRAYSCALE : cmyk ? JCS_CMYK : JCS_EXT_BGR;
    jpeg_start_decompress(&jpeg);
    if (jpeg.output_components != (cmyk ? 4 : channels) || size_t(jpeg.output_width) * channels != rowBytes) {
        std::snprintf(errors.message, sizeof errors.message, "unexpected output layout");
        return false;
    }
    JSAMPARRAY cmykRow =
        cmyk ? (*jpeg.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&jpeg), JPOOL_IMAGE, jpeg.output_width * 4, 1)
             : nullptr;
    for (JDIMENSION y = 0; y < jpeg.output_height; ++y) {
        JSAMPROW row = samples + y * rowBytes;
        if (jpeg_read_scanlines(&jpeg, cmyk ? cmykRow : &row, 1) != 1) {
            std::snprintf(errors.message, sizeof errors.message, "fewer rows than the header declares");
            return false;
        }
        if (!cmyk) continue;
        const JSAMPLE* in = cmykRow[0];
        for (JDIMENSION x = 0; x < jpeg.output_width; ++x, in += 4, row += 3) {
            const int k = in[3];
            row[2] = uint8_t(k - ((255 - in[0]) * k >> 8));
            row[1] = uint8_t(k - ((255 - in[1]) * k >> 8));
            row[0] = uint8_t(k - ((255 - in[2]) * k >> 8));
        }
    }
    return true;
}

// OpenCV has its picture by now and keeps it whatever this finds (markers after the last scan).
void finishJpeg(jpeg_decompress_struct& jpeg, JpegErrors& errors) {
    if (setjmp(errors.jump)) return;
    jpeg_finish_decompress(&jpeg);
}

}  // namespace

ImageSignature imageSignature(const std::string& path) {
    unsigned char start[8] = {};
    const FilePointer file(std::fopen(path.c_str(), "rb"), &std::fclose);
    const size_t length = file ? std::fread(start, 1, sizeof start, file.get()) : 0;
    if (length == 8 && std::memcmp(start, "\x89PNG\r\n\x1a\n", 8) == 0) return ImageSignature::Png;
    if (length >= 3 && start[0] == 0xFF && start[1] == 0xD8 && start[2] == 0xFF) return ImageSignature::Jpeg;
    const bool tiff =
        length >= 4 && ((std::memcmp(start, "II", 2) == 0 && (start[2] == 42 || start[2] == 43) && start[3] == 0) ||
                        (std::memcmp(start, "MM", 2) == 0 && start[2] == 0 && (start[3] == 42 || start[3] == 43)));
    const bool bmp = length >= 2 && start[0] == 'B' && start[1] == 'M';
    return tiff || bmp ? ImageSignature::TiffOrBmp : ImageSignature::Other;
}

void refuseOversizedImage(const std::string& path, uint64_t width, uint64_t height) {
    if (width * height > kMaxImagePixels)
        throw Error(path, "declares " + std::to_string(width) + " x " + std::to_string(height) + " px, over the " +
                              std::to_string(kMaxImagePixels / 1000000) +
                              " megapixels FaultKE reads (truncated or corrupt file?)");
}

DecodedImage decodePng(const std::string& path) {
    const FilePointer file = openForReading(path);
    PngErrors errors{};
    const PngReadStruct read(errors);
    if (!read.created()) throw cannotDecode(path, "out of memory");
    PngHeader header;
    if (!readPngHeader(read.png(), read.info(), file.get(), header)) throw cannotDecode(path, errors.message);
    refuseOversizedImage(path, header.width, header.height);
    DecodedImage image = sizedImage(header.height, header.width, header.channels, header.bitDepth == 16 ? 16 : 8);
    std::vector<png_bytep> rows(image.rows);
    for (int y = 0; y < image.rows; ++y) rows[y] = image.samples.data() + y * rowBytes(image);
    if (!readPngPixels(read.png(), read.info(), read.endInfo(), header, rows.data(), rowBytes(image)))
        throw cannotDecode(path, errors.message);
    return image;
}

DecodedImage decodeJpeg(const std::string& path) {
    const FilePointer file = openForReading(path);
    JpegErrors errors{};
    JpegDecompressStruct decompress(errors);
    jpeg_decompress_struct& jpeg = decompress.get();
    if (!readJpegHeader(jpeg, errors, file.get())) throw cannotDecode(path, errors.message);
    refuseOversizedImage(path, jpeg.output_width, jpeg.output_height);
    DecodedImage image = sizedImage(jpeg.output_height, jpeg.output_width, jpeg.num_components > 1 ? 3 : 1, 8);
    if (!readJpegPixels(jpeg, errors, image.samples.data(), rowBytes(image), image.channels))
        throw cannotDecode(path, errors.message);
    finishJpeg(jpeg, errors);
    return image;
}

DecodedImage decodeWithOpenCV(const std::string& path) {
    const cv::Mat mat = cv::imread(path, cv::IMREAD_UNCHANGED | cv::IMREAD_ANYDEPTH);
    if (mat.empty()) return {};
    DecodedImage image = sizedImage(mat.rows, mat.cols, mat.channels(), int(mat.elemSize1()) * 8);
    for (int y = 0; y < mat.rows; ++y)
        std::memcpy(image.samples.data() + y * rowBytes(image), mat.ptr(y), rowBytes(image));
    return image;
}

}  // namespace faultke
