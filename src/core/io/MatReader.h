#pragma once
// Reading MAT files through matio: any numeric variable as a typed vector, text and cell arrays of
// text, in MAT v5 (plain or compressed) and v7.3 (HDF5). Data are in MATLAB's column-major order:
// element (i0, i1, i2) of dims (d0, d1, d2) is at i0 + d0 * (i1 + d1 * i2). Every failure is an
// Error naming the file and the variable.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/io/MatFileHandle.h"

namespace faultke {

// True when `path` starts as a MAT file does ("MATLAB 5.0 MAT-file" text header, also in front
// of v7.3's HDF5): a quick check of 128 bytes, not a validation.
bool looksLikeMatFile(const std::string& path);

struct MatVariableInfo {
    std::string name;
    std::string className;  // "double", "single", "logical", "uint8", "int32", "char", "cell", "struct", ...
    std::vector<size_t> dims;
    bool numeric = false;  // double, single, integer or logical, and not complex
    bool complex = false;
    // "complex double", "double", "cell": what a message about the variable calls its class.
    std::string description() const { return complex ? "complex " + className : className; }
    size_t elements() const;
};

class MatReader {
public:
    // Throws Error(path, "not a MAT file" / "cannot open: ...").
    explicit MatReader(const std::string& path);
    ~MatReader();
    MatReader(const MatReader&) = delete;
    MatReader& operator=(const MatReader&) = delete;

    const std::string& path() const { return path_; }
    std::string formatName() const;  // "MAT v5", "MAT v7.3", ...
    std::vector<MatVariableInfo> variables() const;
    bool has(const std::string& name) const;
    MatVariableInfo info(const std::string& name) const;  // throws Error when missing

    // Whole numeric variable converted to the requested type (column-major). Throws Error when
    // missing, not numeric, or its data cannot be read (truncated / corrupt file).
    std::vector<double> readDouble(const std::string& name) const;
    std::vector<float> readSingle(const std::string& name) const;
    std::vector<uint8_t> readUint8(
        const std::string& name) const;  // values cast (non-zero stays non-zero only if <= 255)
    std::vector<int32_t> readInt32(const std::string& name) const;
    double readScalar(const std::string& name) const;
    // A char row vector as text.
    std::string readText(const std::string& name) const;
    // A cell array of char row vectors.
    std::vector<std::string> readStrings(const std::string& name) const;

private:
    std::string path_;
    std::unique_ptr<_mat_t, MatFileCloser> mat_;
};

}  // namespace faultke
