#include "core/util/TextFile.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/util/Error.h"

namespace faultke {

std::string readTextFile(const std::string& path) {
    // A folder opens as a stream on Linux and fails only when read (a fuzz finding: libstdc++
    // threw std::ios_failure from a listed path that named a folder).
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot open");
    try {
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) throw Error(path, "read error");
        return bytes;
    } catch (const std::ios_base::failure& e) {
        throw Error(path, std::string("read error: ") + e.what());
    }
}

}  // namespace faultke
