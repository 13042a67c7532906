#pragma once
// A MAT v5 file written byte by byte, for what MATLAB and matio would never write: one
// uncompressed uint8 matrix "x" whose header declares rows x cols values while `stored` bytes of
// data follow, complex when asked.
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace faultke::test {

std::string handMadeMatFile(const QString& dir, int32_t rows, int32_t cols, uint32_t declaredBytes, uint32_t stored,
                            bool complex = false);

// A MAT v7.3 file (HDF5 behind a 512-byte MATLAB header) whose double variables `names` each declare
// rows x cols x frames values but stores none (chunked, never written): a few kB that claim
// terabytes, as a damaged or crafted file may.
void writeHollowMat73(const std::string& path, const std::vector<std::string>& names, uint64_t rows, uint64_t cols,
                      uint64_t frames);

}  // namespace faultke::test
