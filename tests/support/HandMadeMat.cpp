#include "support/HandMadeMat.h"

#include <cstdio>
#include <fstream>
#include <vector>

namespace faultke::test {

std::string handMadeMatFile(const QString& dir, int32_t rows, int32_t cols, uint32_t declaredBytes, uint32_t stored,
                            bool complex) {
    const std::string path = (dir + "/handmade.mat").toStdString();
    std::ofstream out(path, std::ios::binary);
    char header[128] = {};
    std::snprintf(header, 116, "MATLAB 5.0 MAT-file, written by hand");
    header[124] = 0;
    header[125] = 1;
    header[126] = 'I';
    header[127] = 'M';
    out.write(header, 128);
    auto u32 = [&](uint32_t x) { out.write(reinterpret_cast<const char*>(&x), 4); };
    const uint32_t body = 16 + 16 + 8 + 8 + ((stored + 7) & ~7u);
    u32(14), u32(body);                                         // miMATRIX
    u32(6), u32(8), u32(9u | (complex ? 0x800u : 0u)), u32(0);  // array flags: uint8 class
    u32(5), u32(8), u32(uint32_t(rows)), u32(uint32_t(cols));   // dimensions
    u32((1u << 16) | 1u), out.write("x\0\0\0", 4);              // name "x" (small element)
    u32(2), u32(declaredBytes);                                 // miUINT8 data
    std::vector<char> data((stored + 7) & ~7u, 3);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    return path;
}

}  // namespace faultke::test
