#include "support/HandMadeMat.h"

#include <hdf5.h>

#include <cstdio>
#include <cstring>
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

void writeHollowMat73(const std::string& path, const std::vector<std::string>& names, uint64_t rows, uint64_t cols,
                      uint64_t frames) {
    const hid_t create = H5Pcreate(H5P_FILE_CREATE);
    H5Pset_userblock(create, 512);
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, create, H5P_DEFAULT);
    // HDF5 lists dimensions slowest first: MATLAB's column-major rows x cols x frames reversed.
    const hsize_t dims[3] = {frames, cols, rows};
    const hsize_t chunk[3] = {1, 16, 16};
    const hid_t space = H5Screate_simple(3, dims, nullptr);
    const hid_t props = H5Pcreate(H5P_DATASET_CREATE);
    H5Pset_chunk(props, 3, chunk);
    for (const std::string& name : names) {
        const hid_t dataset = H5Dcreate2(file, name.c_str(), H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, props, H5P_DEFAULT);
        const hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, 6);
        const hid_t scalar = H5Screate(H5S_SCALAR);
        const hid_t attribute = H5Acreate2(dataset, "MATLAB_class", type, scalar, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(attribute, type, "double");
        H5Aclose(attribute);
        H5Sclose(scalar);
        H5Tclose(type);
        H5Dclose(dataset);
    }
    H5Pclose(props);
    H5Sclose(space);
    H5Fclose(file);
    H5Pclose(create);
    // MATLAB's 128-byte header in the user block: text, version 0x0200, "IM" (little-endian).
    char header[128];
    std::memset(header, ' ', 116);
    std::snprintf(header, 116, "MATLAB 7.3 MAT-file, written by hand");
    header[std::strlen(header)] = ' ';
    std::memset(header + 116, 0, 8);
    header[124] = 0;
    header[125] = 2;
    header[126] = 'I';
    header[127] = 'M';
    std::fstream out(path, std::ios::in | std::ios::out | std::ios::binary);
    out.write(header, 128);
}

}  // namespace faultke::test
