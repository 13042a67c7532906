#include "core/io/Npy.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {

namespace {

const char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

bool hostIsLittleEndian() {
    const uint16_t probe = 1;
    uint8_t first = 0;
    std::memcpy(&first, &probe, 1);
    return first == 1;
}

struct DtypeInfo {
    NpyDtype type;
    size_t itemSize;
    bool bigEndian;
};

// descr is "<f8", ">i4", "|u1", ...: byte order, kind, item size.
bool parseDescr(const std::string& descr, DtypeInfo& out) {
    if (descr.size() < 3) return false;
    const char order = descr[0];
    if (order != '<' && order != '>' && order != '|' && order != '=') return false;
    const std::string kind = descr.substr(1);
    static const struct {
        const char* kind;
        NpyDtype type;
        size_t size;
    } known[] = {{"f8", NpyDtype::Float64, 8}, {"f4", NpyDtype::Float32, 4}, {"u1", NpyDtype::Uint8, 1},
                 {"b1", NpyDtype::Bool, 1},    {"i4", NpyDtype::Int32, 4},   {"i8", NpyDtype::Int64, 8}};
    for (const auto& k : known) {
        if (kind != k.kind) continue;
        if (order == '|' && k.size != 1) return false;  // '|' means "byte order not applicable"
        const bool big = order == '>' || (order == '=' && !hostIsLittleEndian());
        out = DtypeInfo{k.type, k.size, big};
        return true;
    }
    return false;
}

// A tiny reader for the Python literal numpy writes as the header:
// {'descr': '<f8', 'fortran_order': False, 'shape': (128, 64, 4), }
class HeaderParser {
public:
    HeaderParser(const std::string& text, const std::string& file) : s_(text), file_(file) {}

    void parse(std::string& descr, bool& fortranOrder, std::vector<size_t>& shape) {
        bool haveDescr = false, haveOrder = false, haveShape = false;
        expect('{');
        skipSpace();
        while (peek() != '}') {
            const std::string key = quoted();
            expect(':');
            skipSpace();
            if (key == "descr") {
                if (peek() != '\'' && peek() != '"') fail("unsupported dtype (structured arrays are not supported)");
                descr = quoted();
                haveDescr = true;
            } else if (key == "fortran_order") {
                fortranOrder = boolean();
                haveOrder = true;
            } else if (key == "shape") {
                shape = tuple();
                haveShape = true;
            } else {
                fail("unexpected key '" + key + "' in the header");
            }
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                skipSpace();
            } else if (peek() != '}') {
                fail("expected ',' or '}' in the header");
            }
        }
        ++pos_;
        skipSpace();
        if (pos_ != s_.size()) fail("unexpected text after the header dict");
        if (!haveDescr || !haveOrder || !haveShape) fail("the header must give 'descr', 'fortran_order' and 'shape'");
    }

private:
    [[noreturn]] void fail(const std::string& problem) const {
        throw Error(file_, "malformed .npy header: " + problem);
    }
    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    void skipSpace() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t')) ++pos_;
    }
    void expect(char c) {
        skipSpace();
        if (peek() != c) fail(std::string("expected '") + c + "'");
        ++pos_;
    }
    std::string quoted() {
        skipSpace();
        const char q = peek();
        if (q != '\'' && q != '"') fail("expected a quoted string");
        const size_t end = s_.find(q, pos_ + 1);
        if (end == std::string::npos) fail("unterminated string");
        std::string out = s_.substr(pos_ + 1, end - pos_ - 1);
        pos_ = end + 1;
        return out;
    }
    bool boolean() {
        if (s_.compare(pos_, 4, "True") == 0) {
            pos_ += 4;
            return true;
        }
        if (s_.compare(pos_, 5, "False") == 0) {
            pos_ += 5;
            return false;
        }
        fail("fortran_order must be True or False");
    }
    std::vector<size_t> tuple() {
        std::vector<size_t> out;
        expect('(');
        skipSpace();
        while (peek() != ')') {
            if (!std::isdigit(static_cast<unsigned char>(peek())))
                fail("shape must be a tuple of non-negative integers");
            size_t value = 0;
            while (std::isdigit(static_cast<unsigned char>(peek()))) {
                const size_t digit = size_t(peek() - '0');
                if (value > (std::numeric_limits<size_t>::max() - digit) / 10) fail("shape dimension too large");
                value = value * 10 + digit;
                ++pos_;
            }
            if (peek() == 'L') ++pos_;  // Python 2 long literals
            out.push_back(value);
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                skipSpace();
            } else if (peek() != ')') {
                fail("expected ',' or ')' in the shape");
            }
        }
        ++pos_;
        return out;
    }

    const std::string& s_;
    const std::string& file_;
    size_t pos_ = 0;
};

template <typename T>
T loadValue(const unsigned char* p, bool swap) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, p, sizeof(T));
    if (swap) std::reverse(bytes, bytes + sizeof(T));
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

double loadElement(const unsigned char* p, const DtypeInfo& dtype, bool swap) {
    switch (dtype.type) {
    case NpyDtype::Float64: return loadValue<double>(p, swap);
    case NpyDtype::Float32: return loadValue<float>(p, swap);
    case NpyDtype::Uint8: return *p;
    case NpyDtype::Bool: return *p != 0 ? 1.0 : 0.0;
    case NpyDtype::Int32: return double(loadValue<int32_t>(p, swap));
    case NpyDtype::Int64: return double(loadValue<int64_t>(p, swap));
    }
    return 0;
}

template <typename T>
void storeValue(std::string& out, T value) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    if (!hostIsLittleEndian()) std::reverse(bytes, bytes + sizeof(T));
    out.append(reinterpret_cast<const char*>(bytes), sizeof(T));
}

void storeElement(std::string& out, double value, NpyDtype type) {
    switch (type) {
    case NpyDtype::Float64: storeValue<double>(out, value); break;
    case NpyDtype::Float32: storeValue<float>(out, static_cast<float>(value)); break;
    case NpyDtype::Uint8: out.push_back(static_cast<char>(static_cast<uint8_t>(value))); break;
    case NpyDtype::Bool: out.push_back(value != 0 ? 1 : 0); break;
    case NpyDtype::Int32: storeValue<int32_t>(out, static_cast<int32_t>(value)); break;
    case NpyDtype::Int64: storeValue<int64_t>(out, static_cast<int64_t>(value)); break;
    }
}

size_t itemSize(NpyDtype type) {
    switch (type) {
    case NpyDtype::Float64:
    case NpyDtype::Int64: return 8;
    case NpyDtype::Float32:
    case NpyDtype::Int32: return 4;
    case NpyDtype::Uint8:
    case NpyDtype::Bool: return 1;
    }
    return 1;
}

// Calls f(cOrderIndex, fortranOrderIndex) for every element, walking in C order.
template <typename F>
void forEachIndexPair(const std::vector<size_t>& shape, size_t count, F f) {
    const size_t rank = shape.size();
    std::vector<size_t> fortranStride(rank, 1);
    for (size_t d = 1; d < rank; ++d) fortranStride[d] = fortranStride[d - 1] * shape[d - 1];
    std::vector<size_t> index(rank, 0);
    size_t fortranOffset = 0;
    for (size_t c = 0; c < count; ++c) {
        f(c, fortranOffset);
        for (size_t d = rank; d-- > 0;) {  // advance the last index first (C order)
            ++index[d];
            fortranOffset += fortranStride[d];
            if (index[d] < shape[d]) break;
            fortranOffset -= index[d] * fortranStride[d];
            index[d] = 0;
        }
    }
}

std::string shapeText(const std::vector<size_t>& shape) {
    std::string out = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) out += ", ";
        out += std::to_string(shape[i]);
    }
    if (shape.size() == 1) out += ",";
    return out + ")";
}

}  // namespace

const char* npyDescr(NpyDtype type) {
    switch (type) {
    case NpyDtype::Float64: return "<f8";
    case NpyDtype::Float32: return "<f4";
    case NpyDtype::Uint8: return "|u1";
    case NpyDtype::Bool: return "|b1";
    case NpyDtype::Int32: return "<i4";
    case NpyDtype::Int64: return "<i8";
    }
    return "?";
}

std::vector<float> NpyArray::toFloat() const { return std::vector<float>(data.begin(), data.end()); }

NpyArray parseNpy(const std::string& bytes, const std::string& name) {
    if (bytes.size() < kMagicSize + 2 || bytes.compare(0, kMagicSize, kMagic, kMagicSize) != 0)
        throw Error(name, "not a .npy file (bad magic string)");
    const int major = static_cast<unsigned char>(bytes[6]);
    const int minor = static_cast<unsigned char>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        throw Error(name, "unsupported .npy version " + std::to_string(major) + "." + std::to_string(minor));
    const size_t lengthSize = major == 1 ? 2 : 4;
    const size_t prefix = kMagicSize + 2 + lengthSize;
    if (bytes.size() < prefix) throw Error(name, "truncated .npy header");
    size_t headerLength = 0;
    for (size_t i = 0; i < lengthSize; ++i)
        headerLength |= size_t(static_cast<unsigned char>(bytes[kMagicSize + 2 + i])) << (8 * i);
    if (bytes.size() < prefix + headerLength) throw Error(name, "truncated .npy header");
    const std::string header = bytes.substr(prefix, headerLength);

    std::string descr;
    bool fortranOrder = false;
    NpyArray array;
    HeaderParser(header, name).parse(descr, fortranOrder, array.shape);
    DtypeInfo dtype{};
    if (!parseDescr(descr, dtype)) throw Error(name, "unsupported dtype '" + descr + "'");
    array.dtype = dtype.type;

    size_t count = 1;
    for (size_t d : array.shape) {
        if (d != 0 && count > std::numeric_limits<size_t>::max() / d / dtype.itemSize)
            throw Error(name, "shape " + shapeText(array.shape) + " is too large");
        count *= d;
    }
    const size_t dataBytes = bytes.size() - prefix - headerLength;
    if (dataBytes != count * dtype.itemSize)
        throw Error(name, "data size mismatch: shape " + shapeText(array.shape) + " of '" + descr + "' needs " +
                              std::to_string(count * dtype.itemSize) + " bytes, the file has " +
                              std::to_string(dataBytes) + (dataBytes < count * dtype.itemSize ? " (truncated)" : ""));

    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data()) + prefix + headerLength;
    const bool swap = dtype.bigEndian == hostIsLittleEndian();
    array.data.resize(count);
    if (!fortranOrder || array.shape.size() < 2) {
        for (size_t i = 0; i < count; ++i) array.data[i] = loadElement(data + i * dtype.itemSize, dtype, swap);
    } else {
        forEachIndexPair(array.shape, count, [&](size_t c, size_t f) {
            array.data[c] = loadElement(data + f * dtype.itemSize, dtype, swap);
        });
    }
    return array;
}

NpyArray readNpy(const std::string& path) { return parseNpy(readTextFile(path), path); }

std::string encodeNpy(const std::vector<size_t>& shape, const double* data, const NpyWriteOptions& options) {
    size_t count = 1;
    for (size_t d : shape) count *= d;
    if (count > 0 && !data) throw Error("encodeNpy: no data for shape " + shapeText(shape));
    if (options.version < 0 || options.version > 3)
        throw Error("unsupported .npy version " + std::to_string(options.version));

    std::string dict = std::string("{'descr': '") + npyDescr(options.dtype) +
                       "', 'fortran_order': " + (options.fortranOrder ? "True" : "False") +
                       ", 'shape': " + shapeText(shape) + ", }";
    // Version 1.0 has a 2-byte header length; the whole prefix is padded to a multiple of 64.
    int version = options.version;
    if (version == 0) version = dict.size() + 1 + 10 + 63 > 65535 ? 2 : 1;
    const size_t lengthSize = version == 1 ? 2 : 4;
    const size_t unpadded = kMagicSize + 2 + lengthSize + dict.size() + 1;
    const size_t headerLength = dict.size() + 1 + (64 - unpadded % 64) % 64;
    if (version == 1 && headerLength > 65535) throw Error(".npy header too long for version 1.0");
    dict.resize(headerLength - 1, ' ');
    dict += '\n';

    std::string out(kMagic, kMagicSize);
    out.push_back(static_cast<char>(version));
    out.push_back(0);
    for (size_t i = 0; i < lengthSize; ++i) out.push_back(static_cast<char>((headerLength >> (8 * i)) & 0xff));
    out += dict;
    out.reserve(out.size() + count * itemSize(options.dtype));
    if (!options.fortranOrder || shape.size() < 2) {
        for (size_t i = 0; i < count; ++i) storeElement(out, data[i], options.dtype);
    } else {
        std::vector<double> fortran(count);
        forEachIndexPair(shape, count, [&](size_t c, size_t f) { fortran[f] = data[c]; });
        for (double v : fortran) storeElement(out, v, options.dtype);
    }
    return out;
}

void writeNpy(const std::string& path, const std::vector<size_t>& shape, const double* data,
              const NpyWriteOptions& options) {
    const std::string bytes = encodeNpy(shape, data, options);
    writeAtomically(path, [&](const std::string& tmp) {
        std::ofstream out(tmp, std::ios::binary);
        if (!out) throw Error(path, "cannot write");
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.close();
        if (!out) throw Error(path, "write failed (disk full?)");
    });
}

}  // namespace faultke
