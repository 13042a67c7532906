#include "core/io/MatWriter.h"

#include <cstring>
#include <filesystem>

#include "core/io/MatV5Layout.h"
#include "core/io/Matio.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

std::vector<size_t> matlabDims(const std::vector<size_t>& dims) {
    if (dims.empty()) return {0, 0};
    if (dims.size() == 1) return {dims[0], 1};  // MATLAB has no 1-D arrays: a column
    return dims;
}

}  // namespace

MatWriter::MatWriter(const std::string& path, MatVersion version)
    : path_(path), file_(std::make_unique<AtomicFile>(path)) {
    quietMatio();
    compress_ = version != MatVersion::V5;
    v73_ = version == MatVersion::V73;
    const mat_ft ft = version == MatVersion::V73 ? MAT_FT_MAT73 : MAT_FT_MAT5;
    mat_.reset(Mat_CreateVer(file_->temporaryPath().c_str(), nullptr, ft));
    if (!mat_) throw Error(path, "cannot create MAT file (folder not writable?)");
}

// Closing an uncommitted file (mat_); the AtomicFile then removes it.
MatWriter::~MatWriter() {
    if (mat_) quietMatio();
}

namespace {

void writeVariable(mat_t* mat, const std::string& path, matvar_t* raw, const std::string& name, bool compress) {
    quietMatio();
    if (!mat) throw Error(path, "the MAT file was already committed");
    MatVariablePtr v(raw);
    if (!v) throw Error(path, "cannot create variable '" + name + "'");
    const auto c = compress ? MAT_COMPRESSION_ZLIB : MAT_COMPRESSION_NONE;
    if (Mat_VarWrite(mat, v.get(), c) != 0) throw Error(path, "cannot write variable '" + name + "' (disk full?)");
}

matvar_t* createNumeric(const std::string& name, matio_classes cls, matio_types type, const void* data,
                        const std::vector<size_t>& dims, int flags = 0) {
    std::vector<size_t> d = matlabDims(dims);
    // The writer only reads the data; matio's API is not const-correct.
    return Mat_VarCreate(name.c_str(), cls, type, static_cast<int>(d.size()), d.data(), const_cast<void*>(data),
                         flags | MAT_F_DONT_COPY_DATA);
}

// UTF-8 -> UTF-16 code units; malformed bytes are taken as Latin-1 rather than dropped.
std::vector<uint16_t> utf16(const std::string& text) {
    std::vector<uint16_t> out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        uint32_t cp = s[i];
        size_t extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        bool valid = i + extra < n;
        for (size_t k = 1; valid && k <= extra; ++k) valid = (s[i + k] & 0xC0) == 0x80;
        if (extra == 0 || !valid) {
            out.push_back(static_cast<uint16_t>(s[i++]));
            continue;
        }
        cp &= 0x3F >> extra;
        for (size_t k = 1; k <= extra; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
        i += extra + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<uint16_t>(cp));
        }
    }
    return out;
}

// Text is stored as MATLAB stores char arrays, UTF-16 code units: matio's v7.3 writer keeps
// UTF-8 bytes as separate characters, which would garble anything beyond ASCII.
matvar_t* createText(const char* name, const std::string& text) {
    std::vector<uint16_t> units = utf16(text);
    size_t dims[2] = {1, units.size()};
    // Copied (no MAT_F_DONT_COPY_DATA) so that a cell owns its elements.
    return Mat_VarCreate(name, MAT_C_CHAR, MAT_T_UINT16, 2, dims, units.data(), 0);
}

}  // namespace

void MatWriter::writeDouble(const std::string& name, const double* data, const std::vector<size_t>& dims) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createNumeric(name, MAT_C_DOUBLE, MAT_T_DOUBLE, data, dims), name, compress_);
}
void MatWriter::writeSingle(const std::string& name, const float* data, const std::vector<size_t>& dims) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createNumeric(name, MAT_C_SINGLE, MAT_T_SINGLE, data, dims), name, compress_);
}
void MatWriter::writeUint8(const std::string& name, const uint8_t* data, const std::vector<size_t>& dims) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createNumeric(name, MAT_C_UINT8, MAT_T_UINT8, data, dims), name, compress_);
}
void MatWriter::writeLogical(const std::string& name, const uint8_t* data, const std::vector<size_t>& dims) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createNumeric(name, MAT_C_UINT8, MAT_T_UINT8, data, dims, MAT_F_LOGICAL), name,
                  compress_);
}
void MatWriter::writeInt32(const std::string& name, const int32_t* data, const std::vector<size_t>& dims) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createNumeric(name, MAT_C_INT32, MAT_T_INT32, data, dims), name, compress_);
}
void MatWriter::writeScalar(const std::string& name, double value) { writeDouble(name, &value, {1, 1}); }

void MatWriter::writeText(const std::string& name, const std::string& text) {
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, createText(name.c_str(), text), name, compress_);
}

void MatWriter::writeStrings(const std::string& name, const std::vector<std::string>& strings) {
    size_t dims[2] = {strings.size(), 1};
    matvar_t* cell = Mat_VarCreate(name.c_str(), MAT_C_CELL, MAT_T_CELL, 2, dims, nullptr, 0);
    if (!cell) throw Error(path_, "cannot create variable '" + name + "'");
    for (size_t i = 0; i < strings.size(); ++i) {
        matvar_t* element = createText(nullptr, strings[i]);
        if (!element) {
            Mat_VarFree(cell);
            throw Error(path_, "cannot create variable '" + name + "'");
        }
        Mat_VarSetCell(cell, static_cast<int>(i), element);
    }
    ++variablesWritten_;
    writeVariable(mat_.get(), path_, cell, name, compress_);
}

void MatWriter::commit() {
    if (!mat_) throw Error(path_, "the MAT file was already committed");
    quietMatio();
    const int closed = Mat_Close(mat_.release());
    if (closed != 0) throw Error(path_, "cannot finish writing the MAT file (disk full?)");
    // matio does not check its v5 writes: a full disk leaves a cut file behind a success. The
    // file is read back (its element headers) before it may replace anything.
    if (!v73_) {
        const MatV5Layout written = scanMatV5(file_->temporaryPath());
        if (!written.complete || written.elements.size() != variablesWritten_)
            throw Error(path_, "cannot write the MAT file: it came out cut short (disk full?)");
    }
    file_->commit();
}

}  // namespace faultke
