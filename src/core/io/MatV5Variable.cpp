#include "core/io/MatV5Variable.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include "core/io/Inflater.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

constexpr uint32_t kMiInt8 = 1, kMiUint8 = 2, kMiInt16 = 3, kMiUint16 = 4, kMiInt32 = 5, kMiUint32 = 6, kMiSingle = 7,
                   kMiDouble = 9, kMiInt64 = 12, kMiUint64 = 13, kMiMatrix = 14;
constexpr size_t kScratchBytes = size_t(1) << 16;

size_t typeSize(uint32_t type) {
    switch (type) {
    case kMiInt8:
    case kMiUint8: return 1;
    case kMiInt16:
    case kMiUint16: return 2;
    case kMiInt32:
    case kMiUint32:
    case kMiSingle: return 4;
    case kMiDouble:
    case kMiInt64:
    case kMiUint64: return 8;
    default: return 0;
    }
}

const char* className(uint32_t cls, bool logical) {
    if (logical) return "logical";
    static const char* names[] = {"unknown", "cell",   "struct",          "object", "char",   "sparse", "double",
                                  "single",  "int8",   "uint8",           "int16",  "uint16", "int32",  "uint32",
                                  "int64",   "uint64", "function_handle", "opaque"};
    return cls < sizeof names / sizeof *names ? names[cls] : "unknown";
}

uint32_t u32(const unsigned char* p, bool swap) {
    uint32_t x;
    std::memcpy(&x, p, 4);
    return swap ? __builtin_bswap32(x) : x;
}

void swapBytes(unsigned char* p, size_t n, size_t width) {
    if (width == 1) return;
    for (size_t i = 0; i < n; i += width) std::reverse(p + i, p + i + width);
}

template <typename T>
void convert(const unsigned char* in, double* out, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        T x;
        std::memcpy(&x, in + i * sizeof(T), sizeof(T));
        out[i] = static_cast<double>(x);
    }
}

}  // namespace

// The bytes of the element after its tag: inflated, or read as they are.
class MatV5Variable::Source {
public:
    Source(int fd, const MatV5Element& e, const std::string& path)
        : fd_(fd), next_(e.offset + 8), end_(next_ + e.size) {
        if (e.compressed) inflater_ = std::make_unique<Inflater>(fd, e.offset + 8, e.size, path);
        path_ = path;
    }
    // Exactly n bytes, or Error.
    void read(void* out, size_t n) {
        if (inflater_) {
            if (inflater_->read(out, n) != n)
                throw Error(path_, "truncated or corrupt data (a compressed variable ends early)");
            return;
        }
        if (n > end_ - next_) throw Error(path_, "truncated or corrupt data (a variable runs past its end)");
        auto* dst = static_cast<unsigned char*>(out);
        while (n > 0) {
            const ssize_t got = ::pread(fd_, dst, n, static_cast<off_t>(next_));
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) throw Error(path_, std::string("cannot read: ") + std::strerror(errno));
            if (got == 0) throw Error(path_, "truncated file");
            dst += got;
            n -= static_cast<size_t>(got);
            next_ += static_cast<uint64_t>(got);
        }
    }
    void skip(size_t n) {
        if (inflater_) {
            if (inflater_->skip(n) != n)
                throw Error(path_, "truncated or corrupt data (a compressed variable ends early)");
            return;
        }
        if (n > end_ - next_) throw Error(path_, "truncated or corrupt data (a variable runs past its end)");
        next_ += n;
    }
    void finish() {
        if (inflater_) inflater_->finish();
    }

private:
    int fd_;
    uint64_t next_, end_;
    std::string path_;
    std::unique_ptr<Inflater> inflater_;
};

MatV5Variable::MatV5Variable(const std::string& path, const MatV5Layout& layout, const MatV5Element& element)
    : path_(path), swap_(layout.byteSwapped), scratch_(new unsigned char[kScratchBytes]) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
    const std::string damaged = "damaged header of variable '" + element.name + "'";
    try {
        source_ = std::make_unique<Source>(fd_, element, path);
        unsigned char tag[8];
        if (element.compressed) {
            source_->read(tag, 8);
            if (u32(tag, swap_) != kMiMatrix) throw Error(path, damaged);
        }
        // Array flags: class in the low byte, complex and logical among the flag bits.
        unsigned char flags[16];
        source_->read(flags, 16);
        const uint32_t flagWord = u32(flags + 8, swap_);
        const uint32_t cls = flagWord & 0xFF;
        const bool complex = flagWord & 0x800, logical = flagWord & 0x200;
        // Dimensions.
        source_->read(tag, 8);
        if (u32(tag, swap_) != kMiInt32) throw Error(path, damaged);
        const uint32_t dimBytes = u32(tag + 4, swap_);
        if (dimBytes < 8 || dimBytes % 4 != 0 || dimBytes > 4 * 64) throw Error(path, damaged);
        std::vector<unsigned char> dimData((dimBytes + 7) & ~7u);
        source_->read(dimData.data(), dimData.size());
        info_.name = element.name;
        info_.className = className(cls, logical);
        elements_ = 1;
        bool overflow = false;
        for (uint32_t i = 0; i < dimBytes / 4; ++i) {
            const int32_t d = static_cast<int32_t>(u32(dimData.data() + 4 * i, swap_));
            if (d < 0) throw Error(path, "variable '" + element.name + "' declares a negative dimension");
            info_.dims.push_back(static_cast<size_t>(d));
            overflow |= d != 0 && elements_ > std::numeric_limits<size_t>::max() / 16 / static_cast<size_t>(d);
            elements_ *= static_cast<size_t>(d);
        }
        if (overflow) throw Error(path, "variable '" + element.name + "' declares more elements than any file holds");
        info_.numeric = !complex && cls >= 6 && cls <= 15;
        info_.complex = complex;
        if (!info_.numeric)
            throw Error(path, "variable '" + element.name + "' is " + (complex ? "complex " : "") + info_.className +
                                  ", not a real numeric array");
        // Name (skipped: the layout has it).
        source_->read(tag, 8);
        const uint32_t nameType = u32(tag, swap_);
        if ((nameType >> 16) == 0) source_->skip((u32(tag + 4, swap_) + 7) & ~7u);
        // The real part's tag: its type and byte count must match the dimensions.
        source_->read(tag, 8);
        const uint32_t dataTag = u32(tag, swap_);
        uint64_t dataBytes;
        if ((dataTag >> 16) != 0) {  // small element: up to 4 bytes inside the tag
            dataType_ = dataTag & 0xFFFF;
            dataBytes = dataTag >> 16;
        } else {
            dataType_ = dataTag;
            dataBytes = u32(tag + 4, swap_);
        }
        elementBytes_ = typeSize(dataType_);
        if (elementBytes_ == 0)
            throw Error(path, "variable '" + element.name + "' stores its values in an unknown type (" +
                                  std::to_string(dataType_) + ")");
        if (dataBytes != elements_ * elementBytes_)
            throw Error(path, "variable '" + element.name + "' declares " + std::to_string(elements_) +
                                  " values but stores " + std::to_string(dataBytes / elementBytes_));
        const uint64_t capacity = element.compressed ? element.size * kMaxDeflateRatio : element.size;
        if (dataBytes > capacity)
            throw Error(path, "variable '" + element.name + "' declares " + std::to_string(elements_) +
                                  " values, more than the file can hold (truncated or corrupt file)");
        if ((dataTag >> 16) != 0) {
            // The values sit in the 4 bytes after the tag word.
            std::memcpy(scratch_.get(), tag + 4, 4);
            smallData_ = true;
        }
    } catch (...) {
        source_.reset();
        ::close(fd_);
        throw;
    }
}

MatV5Variable::~MatV5Variable() {
    source_.reset();
    if (fd_ >= 0) ::close(fd_);
}

// An error of the data (not of the header) names the variable it was found in.
Error MatV5Variable::dataError(const Error& e) const {
    const std::string what = e.what();
    const std::string problem = what.rfind(path_ + ": ", 0) == 0 ? what.substr(path_.size() + 2) : what;
    return Error(path_, "truncated or corrupt data in variable '" + info_.name + "' (" + problem + ")");
}

void MatV5Variable::read(double* out, size_t n) {
    try {
        readValues(out, n);
    } catch (const Error& e) {
        throw dataError(e);
    }
}

void MatV5Variable::readValues(double* out, size_t n) {
    if (n > remaining())
        throw Error(path_, "variable '" + info_.name + "' has " + std::to_string(remaining()) + " values left, " +
                               std::to_string(n) + " were asked for");
    const size_t perChunk = kScratchBytes / elementBytes_;
    while (n > 0) {
        const size_t count = std::min(n, perChunk);
        unsigned char* bytes = scratch_.get();
        if (smallData_) {
            bytes += consumed_ * elementBytes_;
        } else {
            source_->read(bytes, count * elementBytes_);
        }
        if (swap_) swapBytes(bytes, count * elementBytes_, elementBytes_);
        switch (dataType_) {
        case kMiInt8: convert<int8_t>(bytes, out, count); break;
        case kMiUint8: convert<uint8_t>(bytes, out, count); break;
        case kMiInt16: convert<int16_t>(bytes, out, count); break;
        case kMiUint16: convert<uint16_t>(bytes, out, count); break;
        case kMiInt32: convert<int32_t>(bytes, out, count); break;
        case kMiUint32: convert<uint32_t>(bytes, out, count); break;
        case kMiSingle: convert<float>(bytes, out, count); break;
        case kMiDouble: convert<double>(bytes, out, count); break;
        case kMiInt64: convert<int64_t>(bytes, out, count); break;
        case kMiUint64: convert<uint64_t>(bytes, out, count); break;
        }
        out += count;
        n -= count;
        consumed_ += count;
    }
}

void MatV5Variable::finish() {
    try {
        if (remaining() > 0) {
            std::vector<double> rest(std::min<size_t>(remaining(), 8192));
            while (remaining() > 0) readValues(rest.data(), std::min(rest.size(), remaining()));
        }
        if (!smallData_) source_->finish();
    } catch (const Error& e) {
        throw dataError(e);
    }
}

}  // namespace faultke
