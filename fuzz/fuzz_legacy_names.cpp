// The original's slice file names (<KE>_<SD>_win_<w>_t_<ttt>_<exp>_cfuv.npy) and the
// split_master lines that list them.
#include "FuzzInput.h"
#include "core/data/LegacyLayout.h"

using namespace faultke;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (text.find('\0') != std::string::npos) return 0;  // no file name holds a NUL
    fuzz::expectReadOrError([&] { parseLegacySliceName(text); });
    return 0;
}
