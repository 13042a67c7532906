#pragma once
// Reading HDF5 files directly (the published Keras model): identifiers closed by RAII, the error
// stack silenced while reading (callers get one Error naming the file), and string attributes of
// either kind h5py writes. Only code that links HDF5 includes this header.
#include <hdf5.h>

#include <string>
#include <vector>

namespace faultke {

// HDF5's automatic error printing off for the reader's lifetime (prepareHdf5 once too).
class Hdf5ErrorsSilenced {
public:
    Hdf5ErrorsSilenced();
    ~Hdf5ErrorsSilenced();
    Hdf5ErrorsSilenced(const Hdf5ErrorsSilenced&) = delete;
    Hdf5ErrorsSilenced& operator=(const Hdf5ErrorsSilenced&) = delete;

private:
    H5E_auto2_t function_ = nullptr;
    void* data_ = nullptr;
};

// Any HDF5 identifier, closed with the matching close function (H5Dclose, H5Tclose, ...).
class Hdf5Handle {
public:
    using Closer = herr_t (*)(hid_t);
    Hdf5Handle(hid_t id, Closer closer) : id_(id), closer_(closer) {}
    ~Hdf5Handle() {
        if (id_ >= 0) closer_(id_);
    }
    Hdf5Handle(const Hdf5Handle&) = delete;
    Hdf5Handle& operator=(const Hdf5Handle&) = delete;
    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

private:
    hid_t id_;
    Closer closer_;
};

// A string attribute stored as a variable- or fixed-length string. Throws Error naming `file`.
std::string readStringAttribute(const std::string& file, hid_t object, const char* name);
// A 1-D attribute of strings, fixed or variable length; an empty attribute (Keras stores a float
// array of size 0 for layers without weights) gives no names. Throws Error naming `file`.
std::vector<std::string> readStringListAttribute(const std::string& file, hid_t object, const char* name);

}  // namespace faultke
