#include "core/util/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "core/util/Error.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

std::string temporaryNameFor(const fs::path& path) {
    std::random_device rd;
    const auto tag = std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    // Keep the extension last so libraries that look at it (matio, OpenCV) still work.
    return (path.parent_path() / ("." + path.stem().string() + ".tmp-" + tag + path.extension().string())).string();
}

// The data must be on the disk before the new file takes the old one's place: a failed flush
// (EIO, a full or vanished network share) leaves the old file as it was.
void syncFile(const std::string& target, const std::string& temporary) {
    const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(target, std::string("cannot open what was written to flush it: ") + std::strerror(errno));
    const int synced = ::fsync(fd);
    const int syncError = errno;
    const int closed = ::close(fd);
    if (synced != 0) throw Error(target, std::string("cannot flush to disk: ") + std::strerror(syncError));
    if (closed != 0) throw Error(target, std::string("cannot flush to disk: ") + std::strerror(errno));
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    const fs::path target(path_);
    // Said before any work is done, rather than when the finished file cannot take its place.
    if (fs::is_directory(target)) throw Error(path_, "is a folder; name a file to write");
    if (target.has_parent_path() && !fs::is_directory(target.parent_path())) {
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec || !fs::is_directory(target.parent_path()))
            throw Error(path_, "cannot create folder: " + (ec ? ec.message() : std::string("a file is in the way")));
    }
    temporaryPath_ = temporaryNameFor(target);
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    std::error_code ec;
    fs::remove(temporaryPath_, ec);
}

void AtomicFile::commit() {
    if (committed_) throw Error(path_, "already written");
    std::error_code ec;
    if (!fs::exists(temporaryPath_, ec)) throw Error(path_, "nothing was written");
    syncFile(path_, temporaryPath_);  // throws: the destructor removes the temporary
    fs::rename(temporaryPath_, path_, ec);
    if (ec || !fs::exists(path_))
        throw Error(
            path_, "cannot replace file: " +
                       (ec ? ec.message() : "it is not there after renaming"));  // the destructor removes the temporary
    committed_ = true;
}

int removeStaleTemporaries(const std::string& folder) {
    int removed = 0;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const size_t tag = name.find(".tmp-");
        if (name.empty() || name[0] != '.' || tag == std::string::npos || !entry.is_regular_file(ec)) continue;
        const long pid = std::strtol(name.c_str() + tag + 5, nullptr, 10);
        if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)) {
            std::error_code removeError;
            if (fs::remove(entry.path(), removeError)) ++removed;
        }
    }
    return removed;
}

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write) {
    AtomicFile file(path);
    write(file.temporaryPath());
    file.commit();
}

void writeTextAtomically(const std::string& path, const std::string& content) {
    writeAtomically(path, [&](const std::string& tmp) {
        errno = 0;
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        // errno holds the system's reason (read-only folder, no permission, disk full).
        if (!out)
            throw Error(
                path, std::string("cannot open for writing") + (errno ? ": " + std::string(std::strerror(errno)) : ""));
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        if (!out)
            throw Error(path, std::string("write failed") +
                                  (errno ? ": " + std::string(std::strerror(errno)) : std::string(" (disk full?)")));
    });
}

}  // namespace faultke
