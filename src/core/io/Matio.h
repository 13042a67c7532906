#pragma once
// matio as MatReader and MatWriter use it (private to the io layer): its log and HDF5's error
// stack silenced before each use, and its variables freed by RAII (files: MatFileCloser).
#include <matio.h>

#include <memory>

namespace faultke {

// matio prints to stderr (and HDF5 prints error stacks) on every bad file; FaultKE reports its
// own one-line errors instead, so both are silenced (HDF5 before each use: see Hdf5Library.h).
void quietMatio();

struct MatVariableDeleter {
    void operator()(matvar_t* v) const {
        if (v) Mat_VarFree(v);
    }
};
using MatVariablePtr = std::unique_ptr<matvar_t, MatVariableDeleter>;

}  // namespace faultke
