#pragma once
// NumPy's .npy format (versions 1.0, 2.0 and 3.0): what the original pipeline stored each
// window in. Reading accepts the numeric dtypes the original and numpy users produce, either
// byte order and either memory order; writing produces C-order little-endian files numpy reads.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace faultke {

enum class NpyDtype { Float64, Float32, Uint8, Bool, Int32, Int64 };
const char* npyDescr(NpyDtype type);  // "<f8", "<f4", "|u1", "|b1", "<i4", "<i8"

struct NpyArray {
    std::vector<size_t> shape;           // () for a scalar
    std::vector<double> data;            // every element converted to double, in C (row-major) order
    NpyDtype dtype = NpyDtype::Float64;  // what the file stored

    size_t size() const { return data.size(); }
    std::vector<float> toFloat() const;
};

// Throws Error("FILE: problem") for a missing file, a bad magic string, a header that is not a
// dict of descr / fortran_order / shape, an unsupported dtype, and data that does not match
// the shape (truncated or with trailing bytes).
NpyArray readNpy(const std::string& path);
// The same from bytes already in memory; `name` is used in error messages.
NpyArray parseNpy(const std::string& bytes, const std::string& name);

struct NpyWriteOptions {
    NpyDtype dtype = NpyDtype::Float64;
    bool fortranOrder = false;  // data are still passed in C order; only the file's layout changes
    int version = 0;            // 1, 2 or 3; 0 = 1.0 unless the header needs 2.0
};

// The file's bytes for `data` (C order, product of shape elements). Values are converted to
// the dtype (Bool: non-zero -> 1; integers: truncated). Throws Error on a size mismatch.
std::string encodeNpy(const std::vector<size_t>& shape, const double* data, const NpyWriteOptions& options = {});
// Writes atomically.
void writeNpy(const std::string& path, const std::vector<size_t>& shape, const double* data,
              const NpyWriteOptions& options = {});

}  // namespace faultke
