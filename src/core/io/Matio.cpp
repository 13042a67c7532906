#include "core/io/Matio.h"

#include <mutex>

#include "core/io/Hdf5Library.h"
#include "core/io/MatFile.h"

namespace faultke {

void quietMatio() {
    prepareHdf5();
    static std::once_flag once;
    std::call_once(once, [] { Mat_LogInitFunc("faultke", [](int, char*) {}); });
}

void MatFileCloser::operator()(_mat_t* mat) const {
    if (mat) Mat_Close(mat);
}

}  // namespace faultke
