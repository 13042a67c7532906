#pragma once
// One real numeric variable of a MAT v5 file, read front to back in pieces of any size and
// converted to double as it goes, without matio and without ever holding the whole variable.
// Compressed variables are inflated once, their checksum checked in the same pass. The sizes
// the file declares are checked against what the file can hold before anything is allocated.
#include <cstdint>
#include <memory>
#include <string>

#include "core/io/MatFile.h"
#include "core/io/MatV5Layout.h"
#include "core/util/Error.h"

namespace faultke {

class MatV5Variable {
public:
    // Opens the variable held by `element` of the file `path` (whose layout is `layout`).
    // Throws Error(path, ...) when the variable is not a real numeric array or its header is damaged.
    MatV5Variable(const std::string& path, const MatV5Layout& layout, const MatV5Element& element);
    ~MatV5Variable();
    MatV5Variable(const MatV5Variable&) = delete;
    MatV5Variable& operator=(const MatV5Variable&) = delete;

    const MatVariableInfo& info() const { return info_; }
    size_t elements() const { return elements_; }
    size_t remaining() const { return elements_ - consumed_; }

    // The next n values, converted to double (column-major order, as stored). Throws Error when
    // fewer than n remain or the data are damaged.
    void read(double* out, size_t n);
    // Reads what is left and checks the end of the data (and the checksum of compressed data).
    void finish();

private:
    class Source;
    void readValues(double* out, size_t n);
    Error dataError(const Error& e) const;

    std::string path_;
    int fd_ = -1;
    std::unique_ptr<Source> source_;
    MatVariableInfo info_;
    uint32_t dataType_ = 0;
    size_t elementBytes_ = 0;
    size_t elements_ = 0, consumed_ = 0;
    bool swap_ = false;
    bool smallData_ = false;  // the values sit in the tag (at most 4 bytes)
    std::unique_ptr<unsigned char[]> scratch_;
};

// The largest factor by which deflate can shrink data (a run of one byte): no compressed
// variable can hold more than this many bytes per byte of the file.
constexpr uint64_t kMaxDeflateRatio = 1032;

}  // namespace faultke
