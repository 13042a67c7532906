// The original's split_master lists read by importLegacy: the input is the three files' text
// (train, eval, test, separated by the byte 0x1E). Every listed name that parses gets a small
// slice file beside the masters, so reading goes on past the names into the slices themselves.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "FuzzInput.h"
#include "core/data/LegacyLayout.h"
#include "core/io/Npy.h"

using namespace faultke;
namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const fs::path dir = fs::temp_directory_path() / ("faultke-fuzz-legacy-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "split_master");
    const char* const masters[] = {"train_master.txt", "eval_master.txt", "test_master.txt"};
    size_t begin = 0;
    for (const char* master : masters) {
        const size_t end = std::min(text.find('\x1e', begin), text.size());
        const std::string part = begin < text.size() ? text.substr(begin, end - begin) : std::string();
        std::ofstream(dir / "split_master" / master, std::ios::binary) << part;
        std::istringstream lines(part);
        for (std::string line; std::getline(lines, line);) {
            try {
                const std::string fileName = fs::path(line).filename().string();
                const LegacySliceName name = parseLegacySliceName(fileName);
                if (name.experiment.find('/') != std::string::npos || name.experiment == "..") continue;
                const fs::path slice = dir / "slice_npy" / name.experiment / fileName;
                fs::create_directories(slice.parent_path());
                const double values[4 * 2 * 4] = {0, 1, 0, 0, 0, 0, 1, 0};
                writeNpy(slice.string(), {4, 2, 4}, values);
            } catch (const std::exception&) {
                // names that do not parse, or that no file can have, stay listed without a slice
            }
        }
        begin = end + 1;
    }
    fuzz::expectReadOrError([&] { importLegacy(dir.string()); });
    fs::remove_all(dir);
    return 0;
}
