#include "util/AtomicFile.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "util/Error.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

std::string temporaryNameFor(const fs::path& path) {
    std::random_device rd;
    const auto tag = std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    // Keep the extension last so libraries that look at it (matio, OpenCV) still work.
    return (path.parent_path() / ("." + path.stem().string() + ".tmp-" + tag + path.extension().string())).string();
}

void syncFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write) {
    const fs::path target(path);
    if (target.has_parent_path() && !fs::exists(target.parent_path())) {
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec) throw Error(path, "cannot create folder: " + ec.message());
    }
    const std::string tmp = temporaryNameFor(target);
    try {
        write(tmp);
    } catch (...) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw;
    }
    syncFile(tmp);
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw Error(path, "cannot replace file: " + ec.message());
    }
}

void writeTextAtomically(const std::string& path, const std::string& content) {
    writeAtomically(path, [&](const std::string& tmp) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw Error(path, "cannot open for writing");
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        if (!out) throw Error(path, "write failed (disk full?)");
    });
}

}  // namespace faultke
