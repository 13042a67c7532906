#pragma once
// MAT files: MatReader and MatWriter, and the change between FaultKE's frame-major arrays and
// MATLAB's column-major ones.
#include <cstddef>
#include <vector>

#include "core/io/MatReader.h"
#include "core/io/MatWriter.h"

namespace faultke {

// Frame-major row-major (t, r, c) <-> MATLAB column-major (r, c, t), for rows x cols x frames.
template <typename T>
std::vector<T> toColumnMajor(const T* frameMajor, size_t rows, size_t cols, size_t frames) {
    std::vector<T> out(rows * cols * frames);
    for (size_t t = 0; t < frames; ++t)
        for (size_t r = 0; r < rows; ++r)
            for (size_t c = 0; c < cols; ++c) out[r + rows * (c + cols * t)] = frameMajor[(t * rows + r) * cols + c];
    return out;
}

template <typename T>
std::vector<T> fromColumnMajor(const T* columnMajor, size_t rows, size_t cols, size_t frames) {
    std::vector<T> out(rows * cols * frames);
    for (size_t t = 0; t < frames; ++t)
        for (size_t r = 0; r < rows; ++r)
            for (size_t c = 0; c < cols; ++c) out[(t * rows + r) * cols + c] = columnMajor[r + rows * (c + cols * t)];
    return out;
}

}  // namespace faultke
