// .npy of any version, dtype and order, from bytes.
#include "FuzzInput.h"
#include "core/io/Npy.h"

using namespace faultke;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::expectReadOrError([&] { parseNpy(std::string(reinterpret_cast<const char*>(data), size), "fuzz.npy"); });
    return 0;
}
