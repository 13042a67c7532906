#include "core/io/MatV5Layout.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include <zlib.h>

namespace faultke {

namespace {

constexpr uint32_t kMiInt8 = 1;
constexpr uint32_t kMiMatrix = 14;
constexpr uint32_t kMiCompressed = 15;

uint32_t readU32(const unsigned char* p, bool swap) {
    uint32_t x;
    std::memcpy(&x, p, 4);
    return swap ? __builtin_bswap32(x) : x;
}

// Streams a compressed element through zlib, handing each inflated chunk to `sink`, which
// returns false once it has seen enough. Returns true when the stream ended cleanly (or the
// sink stopped it early without a zlib error).
template <typename Sink>
bool inflateElement(std::ifstream& in, const MatV5Element& e, Sink&& sink) {
    z_stream z{};
    if (inflateInit(&z) != Z_OK) return false;
    in.clear();
    in.seekg(static_cast<std::streamoff>(e.offset + 8));
    std::vector<unsigned char> input(1 << 16), output(1 << 18);
    uint64_t left = e.size;
    int status = Z_OK;
    bool ok = false;
    while (status != Z_STREAM_END) {
        if (z.avail_in == 0) {
            if (left == 0) break;  // stream not finished but the element is: damaged
            const size_t chunk = static_cast<size_t>(std::min<uint64_t>(left, input.size()));
            if (!in.read(reinterpret_cast<char*>(input.data()), static_cast<std::streamsize>(chunk))) break;
            left -= chunk;
            z.next_in = input.data();
            z.avail_in = static_cast<uInt>(chunk);
        }
        z.next_out = output.data();
        z.avail_out = static_cast<uInt>(output.size());
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) break;
        if (!sink(output.data(), output.size() - z.avail_out)) {
            ok = true;
            break;
        }
        if (status == Z_STREAM_END) ok = true;
    }
    inflateEnd(&z);
    return ok;
}

// The name of the variable at the start of an inflated miMATRIX element: tag, array flags,
// dimensions, then the name (possibly in the 8-byte "small element" form).
std::string matrixName(const std::vector<unsigned char>& b, bool swap) {
    if (b.size() < 24 || readU32(b.data(), swap) != kMiMatrix) return {};
    size_t pos = 8;
    for (int sub = 0; sub < 2; ++sub) {  // array flags, dimensions
        if (pos + 8 > b.size()) return {};
        const uint32_t type = readU32(b.data() + pos, swap);
        if ((type >> 16) != 0) {
            pos += 8;
        } else {
            const uint32_t size = readU32(b.data() + pos + 4, swap);
            pos += 8 + ((size + 7) & ~7u);
        }
    }
    if (pos + 8 > b.size()) return {};
    const uint32_t type = readU32(b.data() + pos, swap);
    if ((type >> 16) != 0) {
        const size_t size = std::min<size_t>(type >> 16, 4);
        return std::string(reinterpret_cast<const char*>(b.data() + pos + 4), size);
    }
    const uint32_t size = readU32(b.data() + pos + 4, swap);
    if (type != kMiInt8 || pos + 8 + size > b.size()) return {};
    return std::string(reinterpret_cast<const char*>(b.data() + pos + 8), size);
}

}  // namespace

MatV5Layout scanMatV5(const std::string& path) {
    MatV5Layout layout;
    std::ifstream in(path, std::ios::binary);
    unsigned char header[128];
    if (!in.read(reinterpret_cast<char*>(header), sizeof header)) {
        layout.complete = false;
        return layout;
    }
    const bool swap = !(header[126] == 'I' && header[127] == 'M');
    layout.byteSwapped = swap;
    in.seekg(0, std::ios::end);
    const uint64_t fileSize = static_cast<uint64_t>(in.tellg());
    uint64_t offset = 128;
    while (offset < fileSize) {
        unsigned char tag[8];
        in.seekg(static_cast<std::streamoff>(offset));
        if (offset + 8 > fileSize || !in.read(reinterpret_cast<char*>(tag), 8)) {
            layout.complete = false;
            break;
        }
        const uint32_t type = readU32(tag, swap);
        if ((type >> 16) != 0) {  // "small data element": tag and data in 8 bytes
            offset += 8;
            continue;
        }
        MatV5Element e;
        e.offset = offset;
        e.size = readU32(tag + 4, swap);
        e.compressed = type == kMiCompressed;
        if (offset + 8 + e.size > fileSize) {
            layout.complete = false;
            break;
        }
        if (e.compressed) {
            std::vector<unsigned char> head;
            inflateElement(in, e, [&](const unsigned char* p, size_t n) {
                head.insert(head.end(), p, p + n);
                return head.size() < 512;
            });
            e.name = matrixName(head, swap);
            layout.compressed = true;
        } else if (type == kMiMatrix) {
            std::vector<unsigned char> head(static_cast<size_t>(std::min<uint64_t>(e.size + 8, 512)));
            in.seekg(static_cast<std::streamoff>(offset));
            if (in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size())))
                e.name = matrixName(head, swap);
        }
        layout.elements.push_back(e);
        offset += 8 + e.size;
        if (!e.compressed) offset = (offset + 7) & ~uint64_t(7);
    }
    return layout;
}

const MatV5Element* findMatV5Variable(const MatV5Layout& layout, const std::string& name) {
    for (const MatV5Element& e : layout.elements)
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace faultke
