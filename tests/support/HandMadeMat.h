#pragma once
// A MAT v5 file written byte by byte, for what MATLAB and matio would never write: one
// uncompressed uint8 matrix "x" whose header declares rows x cols values while `stored` bytes of
// data follow, complex when asked.
#include <QString>

#include <cstdint>
#include <string>

namespace faultke::test {

std::string handMadeMatFile(const QString& dir, int32_t rows, int32_t cols, uint32_t declaredBytes, uint32_t stored,
                            bool complex = false);

}  // namespace faultke::test
