// params.json: the original's keys and FaultKE's, every value range-checked.
#include "FuzzInput.h"
#include "core/model/TrainParams.h"

using namespace faultke;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::expectReadOrError(
        [&] { TrainParams::fromJson(std::string(reinterpret_cast<const char*>(data), size), "params.json"); });
    return 0;
}
