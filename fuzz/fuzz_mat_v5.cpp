// MAT v5 through FaultKE's own reading path: the element scan, each variable's header and data
// (inflated, checksum checked, declared sizes checked against the file).
#include "FuzzInput.h"
#include "core/io/MatV5Layout.h"
#include "core/io/MatV5Variable.h"

using namespace faultke;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::InputFile file(data, size, ".mat");
    const MatV5Layout layout = scanMatV5(file.path());
    for (const MatV5Element& element : layout.elements) {
        fuzz::expectReadOrError([&] {
            MatV5Variable variable(file.path(), layout, element);
            std::vector<double> chunk(4096);
            while (variable.remaining() > 0) variable.read(chunk.data(), std::min(chunk.size(), variable.remaining()));
            variable.finish();
        });
    }
    return 0;
}
