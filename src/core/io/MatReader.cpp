#include "core/io/MatReader.h"

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <system_error>
#include <type_traits>

#include <hdf5.h>

#include "core/io/MatV5Layout.h"
#include "core/io/MatV5Variable.h"
#include "core/io/Matio.h"
#include "core/util/Error.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

const char* className(const matvar_t* v) {
    if (v->isLogical) return "logical";
    switch (v->class_type) {
    case MAT_C_DOUBLE: return "double";
    case MAT_C_SINGLE: return "single";
    case MAT_C_INT8: return "int8";
    case MAT_C_UINT8: return "uint8";
    case MAT_C_INT16: return "int16";
    case MAT_C_UINT16: return "uint16";
    case MAT_C_INT32: return "int32";
    case MAT_C_UINT32: return "uint32";
    case MAT_C_INT64: return "int64";
    case MAT_C_UINT64: return "uint64";
    case MAT_C_CHAR: return "char";
    case MAT_C_CELL: return "cell";
    case MAT_C_STRUCT: return "struct";
    case MAT_C_OBJECT: return "object";
    case MAT_C_SPARSE: return "sparse";
    case MAT_C_FUNCTION: return "function_handle";
    case MAT_C_OPAQUE: return "opaque";
    case MAT_C_EMPTY: return "empty";
    }
    return "unknown";
}

bool isNumericClass(const matvar_t* v) {
    if (v->isComplex) return false;
    switch (v->class_type) {
    case MAT_C_DOUBLE:
    case MAT_C_SINGLE:
    case MAT_C_INT8:
    case MAT_C_UINT8:
    case MAT_C_INT16:
    case MAT_C_UINT16:
    case MAT_C_INT32:
    case MAT_C_UINT32:
    case MAT_C_INT64:
    case MAT_C_UINT64: return true;
    default: return false;
    }
}

MatVariableInfo describe(const matvar_t* v) {
    MatVariableInfo info;
    info.name = v->name ? v->name : "";
    info.className = className(v);
    info.dims.assign(v->dims, v->dims + v->rank);
    info.numeric = isNumericClass(v);
    info.complex = v->isComplex != 0;
    return info;
}

// Converts one value to the output type. Floating point outputs take the value as is; integer
// outputs saturate to their range (NaN becomes 0), so no conversion is undefined behaviour.
template <typename Out, typename In>
Out convertValue(In x) {
    if constexpr (std::is_floating_point_v<Out>) {
        return static_cast<Out>(x);
    } else {
        if constexpr (std::is_floating_point_v<In>) {
            if (std::isnan(x)) return 0;
        }
        constexpr long double lo = static_cast<long double>(std::numeric_limits<Out>::lowest());
        constexpr long double hi = static_cast<long double>(std::numeric_limits<Out>::max());
        const long double v = static_cast<long double>(x);
        if (v <= lo) return std::numeric_limits<Out>::lowest();
        if (v >= hi) return std::numeric_limits<Out>::max();
        return static_cast<Out>(v);
    }
}

template <typename Out, typename In>
void convertAll(const void* data, size_t n, std::vector<Out>& out) {
    const In* in = static_cast<const In*>(data);
    out.resize(n);
    if constexpr (std::is_same_v<In, Out>) {
        std::memcpy(out.data(), in, n * sizeof(Out));
    } else {
        for (size_t i = 0; i < n; ++i) out[i] = convertValue<Out>(in[i]);
    }
}

// The element type of matio's buffer is data_type (what was read), which for numeric classes
// matches the class; it is what decides how the bytes are interpreted.
template <typename Out>
bool convertData(const matvar_t* v, size_t n, std::vector<Out>& out) {
    switch (v->data_type) {
    case MAT_T_DOUBLE: convertAll<Out, double>(v->data, n, out); return true;
    case MAT_T_SINGLE: convertAll<Out, float>(v->data, n, out); return true;
    case MAT_T_INT8: convertAll<Out, int8_t>(v->data, n, out); return true;
    case MAT_T_UINT8: convertAll<Out, uint8_t>(v->data, n, out); return true;
    case MAT_T_INT16: convertAll<Out, int16_t>(v->data, n, out); return true;
    case MAT_T_UINT16: convertAll<Out, uint16_t>(v->data, n, out); return true;
    case MAT_T_INT32: convertAll<Out, int32_t>(v->data, n, out); return true;
    case MAT_T_UINT32: convertAll<Out, uint32_t>(v->data, n, out); return true;
    case MAT_T_INT64: convertAll<Out, int64_t>(v->data, n, out); return true;
    case MAT_T_UINT64: convertAll<Out, uint64_t>(v->data, n, out); return true;
    default: return false;
    }
}

void appendUtf8(std::string& s, uint32_t cp) {
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Text of a char variable, whatever width matio read it with (UTF-8 / 8-bit or UTF-16).
bool charText(const matvar_t* v, std::string& text) {
    text.clear();
    if (v->class_type != MAT_C_CHAR) return false;
    size_t n = 1;
    for (int i = 0; i < v->rank; ++i) n *= v->dims[i];
    if (n == 0) return true;
    if (!v->data) return false;
    switch (v->data_type) {
    case MAT_T_UTF8:
    case MAT_T_UINT8:
    case MAT_T_INT8: text.assign(static_cast<const char*>(v->data), n); return true;
    case MAT_T_UTF16:
    case MAT_T_UINT16:
    case MAT_T_INT16: {
        const auto* in = static_cast<const uint16_t*>(v->data);
        for (size_t i = 0; i < n; ++i) {
            uint32_t cp = in[i];
            if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < n && in[i + 1] >= 0xDC00 && in[i + 1] < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00);
                ++i;
            }
            appendUtf8(text, cp);
        }
        return true;
    }
    default: return false;
    }
}

std::string headerText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char buf[116] = {};
    in.read(buf, sizeof buf);
    return std::string(buf, static_cast<size_t>(in.gcount()));
}

}  // namespace

size_t MatVariableInfo::elements() const {
    if (dims.empty()) return 0;
    size_t n = 1;
    for (size_t d : dims) n *= d;
    return n;
}

// A file refused below is closed by mat_ as the constructor throws.
MatReader::MatReader(const std::string& path) : path_(path) {
    quietMatio();
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path, "is a folder, not a MAT file");
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
    }
    mat_.reset(Mat_Open(path.c_str(), MAT_ACC_RDONLY));
    if (!mat_) {
        // A MATLAB header that matio (or HDF5) cannot follow is a damaged MAT file, not a foreign one.
        if (headerText(path).rfind("MATLAB", 0) == 0)
            throw Error(path,
                        "truncated or corrupt MAT file (the MATLAB header is there but the content cannot be read)");
        throw Error(path, "not a MAT file");
    }
    const mat_ft version = Mat_GetVersion(mat_.get());
    if (version == MAT_FT_MAT4)
        throw Error(path, "not a MAT file (or a MAT v4 file, which is not supported: save it as v7 or v7.3)");
    // matio opens a v7.3 file even when HDF5 refuses it (e.g. cut short); ask HDF5 directly.
    if (version == MAT_FT_MAT73) {
        const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        if (file < 0) throw Error(path, "truncated or corrupt MAT v7.3 file (HDF5 cannot open it)");
        H5Fclose(file);
    }
    if (version == MAT_FT_MAT5 && !scanMatV5(path).complete)
        throw Error(path, "truncated or corrupt MAT file (a variable runs past the end of the file)");
}

MatReader::~MatReader() = default;

std::string MatReader::formatName() const {
    switch (Mat_GetVersion(mat_.get())) {
    case MAT_FT_MAT73: return "MAT v7.3";
    case MAT_FT_MAT5: return scanMatV5(path_).compressed ? "MAT v5 (compressed)" : "MAT v5";
    case MAT_FT_MAT4: return "MAT v4";
    default: return "MAT";
    }
}

std::vector<MatVariableInfo> MatReader::variables() const {
    std::vector<MatVariableInfo> out;
    Mat_Rewind(mat_.get());
    while (matvar_t* v = Mat_VarReadNextInfo(mat_.get())) {
        MatVariablePtr owned(v);
        out.push_back(describe(v));
    }
    return out;
}

bool MatReader::has(const std::string& name) const {
    MatVariablePtr v(Mat_VarReadInfo(mat_.get(), name.c_str()));
    return v != nullptr;
}

MatVariableInfo MatReader::info(const std::string& name) const {
    MatVariablePtr v(Mat_VarReadInfo(mat_.get(), name.c_str()));
    if (!v) throw Error(path_, "variable '" + name + "' is missing");
    return describe(v.get());
}

namespace {

// Reads a whole numeric variable and converts it. Shared by the typed readers.
template <typename Out>
std::vector<Out> readNumeric(mat_t* m, const std::string& path, const std::string& name) {
    {
        MatVariablePtr header(Mat_VarReadInfo(m, name.c_str()));
        if (!header) throw Error(path, "variable '" + name + "' is missing");
        if (!isNumericClass(header.get())) {
            const std::string what = header->isComplex ? std::string("complex ") + className(header.get())
                                                       : std::string(className(header.get()));
            throw Error(path, "variable '" + name + "' is " + what + ", not a real numeric array");
        }
    }
    const std::string corrupt = "truncated or corrupt data in variable '" + name + "'";
    // MAT v5: FaultKE's own reader, one pass that also checks the checksum (matio ignores zlib
    // errors, and would need a second pass to check them).
    if (Mat_GetVersion(m) == MAT_FT_MAT5) {
        const MatV5Layout layout = scanMatV5(path);
        if (const MatV5Element* element = findMatV5Variable(layout, name)) {
            MatV5Variable variable(path, layout, *element);
            std::vector<Out> out(variable.elements());
            if constexpr (std::is_same_v<Out, double>) {
                variable.read(out.data(), out.size());
            } else {
                std::vector<double> chunk(std::min<size_t>(out.size(), 1 << 16));
                for (size_t done = 0; done < out.size(); done += chunk.size()) {
                    const size_t n = std::min(chunk.size(), out.size() - done);
                    variable.read(chunk.data(), n);
                    for (size_t i = 0; i < n; ++i) out[done + i] = convertValue<Out>(chunk[i]);
                }
            }
            variable.finish();
            return out;
        }
    }
    MatVariablePtr v(Mat_VarRead(m, name.c_str()));
    if (!v) throw Error(path, corrupt);
    size_t n = 1;
    for (int i = 0; i < v->rank; ++i) n *= v->dims[i];
    std::vector<Out> out;
    if (n == 0) return out;
    if (!v->data) throw Error(path, corrupt);
    if (!convertData(v.get(), n, out)) throw Error(path, corrupt + " (unexpected element type)");
    return out;
}

}  // namespace

std::vector<double> MatReader::readDouble(const std::string& name) const {
    return readNumeric<double>(mat_.get(), path_, name);
}
std::vector<float> MatReader::readSingle(const std::string& name) const {
    return readNumeric<float>(mat_.get(), path_, name);
}
std::vector<uint8_t> MatReader::readUint8(const std::string& name) const {
    return readNumeric<uint8_t>(mat_.get(), path_, name);
}
std::vector<int32_t> MatReader::readInt32(const std::string& name) const {
    return readNumeric<int32_t>(mat_.get(), path_, name);
}

double MatReader::readScalar(const std::string& name) const {
    const auto values = readDouble(name);
    if (values.size() != 1)
        throw Error(
            path_, "variable '" + name + "' should be a scalar but has " + std::to_string(values.size()) + " elements");
    return values[0];
}

std::string MatReader::readText(const std::string& name) const {
    MatVariablePtr v(Mat_VarRead(mat_.get(), name.c_str()));
    if (!v) {
        if (!has(name)) throw Error(path_, "variable '" + name + "' is missing");
        throw Error(path_, "truncated or corrupt data in variable '" + name + "'");
    }
    std::string text;
    if (v->class_type != MAT_C_CHAR)
        throw Error(path_, "variable '" + name + "' is " + className(v.get()) + ", not text");
    if (!charText(v.get(), text)) throw Error(path_, "truncated or corrupt data in variable '" + name + "'");
    return text;
}

std::vector<std::string> MatReader::readStrings(const std::string& name) const {
    MatVariablePtr v(Mat_VarRead(mat_.get(), name.c_str()));
    if (!v) {
        if (!has(name)) throw Error(path_, "variable '" + name + "' is missing");
        throw Error(path_, "truncated or corrupt data in variable '" + name + "'");
    }
    if (v->class_type != MAT_C_CELL)
        throw Error(path_, "variable '" + name + "' is " + className(v.get()) + ", not a cell array of text");
    size_t n = 1;
    for (int i = 0; i < v->rank; ++i) n *= v->dims[i];
    std::vector<std::string> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const matvar_t* cell = Mat_VarGetCell(v.get(), static_cast<int>(i));
        std::string text;
        if (!cell || !charText(cell, text))
            throw Error(path_, "variable '" + name + "': cell " + std::to_string(i + 1) + " is not text");
        out.push_back(std::move(text));
    }
    return out;
}

bool looksLikeMatFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[6] = {};
    return in.read(header, sizeof header) && std::memcmp(header, "MATLAB", sizeof header) == 0;
}

}  // namespace faultke
