#include "core/io/Hdf5Reading.h"

#include <cstring>

#include "core/io/Hdf5Library.h"
#include "core/util/Error.h"

namespace faultke {

Hdf5ErrorsSilenced::Hdf5ErrorsSilenced() {
    prepareHdf5();
    H5Eget_auto2(H5E_DEFAULT, &function_, &data_);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

Hdf5ErrorsSilenced::~Hdf5ErrorsSilenced() { H5Eset_auto2(H5E_DEFAULT, function_, data_); }

namespace {

// Attributes live in an object's header: far smaller than this in any real model file.
constexpr size_t kMaxAttributeBytes = size_t(64) << 20;

}  // namespace

// Reads a string attribute stored either as a variable-length or a fixed-length string.
std::string readStringAttribute(const std::string& file, hid_t object, const char* name) {
    Hdf5Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) throw Error(file, std::string("cannot read attribute '") + name + "'");
    Hdf5Handle type(H5Aget_type(attribute.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING)
        throw Error(file, std::string("attribute '") + name + "' is not a string");
    if (H5Tis_variable_str(type.get()) > 0) {
        // In the file's character set: HDF5 converts no ASCII to UTF-8 (h5py 3 writes UTF-8).
        Hdf5Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memType.get(), H5T_VARIABLE);
        H5Tset_cset(memType.get(), H5Tget_cset(type.get()));
        char* text = nullptr;
        if (H5Aread(attribute.get(), memType.get(), &text) < 0 || !text)
            throw Error(file, std::string("cannot read attribute '") + name + "'");
        std::string result(text);
        H5free_memory(text);
        return result;
    }
    const size_t size = H5Tget_size(type.get());
    if (size > kMaxAttributeBytes) throw Error(file, std::string("attribute '") + name + "' is too large");
    std::string buffer(size, '\0');
    if (H5Aread(attribute.get(), type.get(), buffer.data()) < 0)
        throw Error(file, std::string("cannot read attribute '") + name + "'");
    buffer.resize(std::strlen(buffer.c_str()));
    return buffer;
}

// Reads a 1-D attribute of strings, fixed or variable length (Keras' layer_names, weight_names). An empty
// attribute (Keras stores a float array of size 0 for layers without weights) gives no names.
std::vector<std::string> readStringListAttribute(const std::string& file, hid_t object, const char* name) {
    Hdf5Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) throw Error(file, std::string("cannot read attribute '") + name + "'");
    Hdf5Handle type(H5Aget_type(attribute.get()), H5Tclose);
    Hdf5Handle space(H5Aget_space(attribute.get()), H5Sclose);
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count <= 0) return {};
    if (H5Tget_class(type.get()) != H5T_STRING)
        throw Error(file, std::string("attribute '") + name + "' is not a list of strings");
    if (H5Tis_variable_str(type.get()) > 0) {
        if (static_cast<size_t>(count) > kMaxAttributeBytes / sizeof(char*))
            throw Error(file, std::string("attribute '") + name + "' is too large");
        Hdf5Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memType.get(), H5T_VARIABLE);
        H5Tset_cset(memType.get(), H5Tget_cset(type.get()));
        std::vector<char*> texts(static_cast<size_t>(count), nullptr);
        if (H5Aread(attribute.get(), memType.get(), texts.data()) < 0)
            throw Error(file, std::string("cannot read attribute '") + name + "'");
        std::vector<std::string> names;
        for (char* text : texts) {
            names.emplace_back(text ? text : "");
            if (text) H5free_memory(text);
        }
        return names;
    }
    const size_t size = H5Tget_size(type.get());
    if (size == 0 || static_cast<size_t>(count) > kMaxAttributeBytes / size)
        throw Error(file, std::string("attribute '") + name + "' is too large");
    std::vector<char> buffer(size * static_cast<size_t>(count));
    if (H5Aread(attribute.get(), type.get(), buffer.data()) < 0)
        throw Error(file, std::string("cannot read attribute '") + name + "'");
    std::vector<std::string> names;
    for (hssize_t i = 0; i < count; ++i) {
        const char* begin = buffer.data() + static_cast<size_t>(i) * size;
        names.emplace_back(begin, strnlen(begin, size));
    }
    return names;
}

}  // namespace faultke
