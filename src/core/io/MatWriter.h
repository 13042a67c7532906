#pragma once
// Writing MAT files through matio: numeric, text and cell-array-of-text variables, in MAT v5
// (plain or compressed) and v7.3 (HDF5), column-major as MATLAB keeps them, atomically.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/io/MatFileHandle.h"

namespace faultke {

class AtomicFile;

enum class MatVersion { V5, V5Compressed, V73 };

// Writes a new file atomically: everything goes to a temporary file that commit() renames into
// place. Destroying the writer without commit() removes the temporary file.
class MatWriter {
public:
    MatWriter(const std::string& path, MatVersion version);
    ~MatWriter();
    MatWriter(const MatWriter&) = delete;
    MatWriter& operator=(const MatWriter&) = delete;

    void writeDouble(const std::string& name, const double* data, const std::vector<size_t>& dims);
    void writeSingle(const std::string& name, const float* data, const std::vector<size_t>& dims);
    void writeUint8(const std::string& name, const uint8_t* data, const std::vector<size_t>& dims);
    void writeLogical(const std::string& name, const uint8_t* data, const std::vector<size_t>& dims);
    void writeInt32(const std::string& name, const int32_t* data, const std::vector<size_t>& dims);
    void writeScalar(const std::string& name, double value);
    void writeText(const std::string& name, const std::string& text);
    void writeStrings(const std::string& name, const std::vector<std::string>& strings);  // cell array

    void commit();

private:
    std::string path_;
    std::unique_ptr<AtomicFile> file_;
    std::unique_ptr<_mat_t, MatFileCloser> mat_;  // null once committed
    bool compress_ = false;
    bool v73_ = false;
    size_t variablesWritten_ = 0;
};

}  // namespace faultke
