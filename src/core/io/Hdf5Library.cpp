#include "core/io/Hdf5Library.h"

#include <mutex>

#include <hdf5.h>

namespace faultke {

void prepareHdf5() {
    static std::once_flag once;
    // Only takes effect before HDF5 starts, so it comes first.
    std::call_once(once, [] { H5dont_atexit(); });
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

}  // namespace faultke
