// Images of fault maps, decoded by OpenCV and preprocessed as the Predict page does.
#include "FuzzInput.h"
#include "core/data/FaultMapSource.h"

using namespace faultke;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The first byte picks the format the file claims to be.
    static const char* const kExtensions[] = {".png", ".jpg", ".tif", ".bmp"};
    if (size == 0) return 0;
    fuzz::InputFile file(data + 1, size - 1, kExtensions[data[0] % 4]);
    fuzz::expectReadOrError([&] {
        CropSpec crop;
        const FaultMapSource source = readFaultMapSource(file.path(), kLastMatFrame, crop);
        (void)source;
    });
    return 0;
}
