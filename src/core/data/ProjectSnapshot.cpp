#include "core/data/ProjectSnapshot.h"

#include <sys/stat.h>

#include <filesystem>

namespace faultke {
namespace fs = std::filesystem;

FileStamp stampOf(const std::string& path) {
    struct stat s {};
    if (::stat(path.c_str(), &s) != 0) return {};
    return {true, uint64_t(s.st_size), int64_t(s.st_mtim.tv_sec) * 1000000000 + s.st_mtim.tv_nsec};
}

namespace {

// FNV-1a over the files' names, sizes and times.
uint64_t runDigest(const fs::path& dir) {
    uint64_t h = 1469598103934665603ull;
    const auto mix = [&h](const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    std::error_code ec;
    std::map<std::string, FileStamp> files;  // sorted: the digest does not depend on listing order
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec))
        files[entry.path().filename().string()] = stampOf(entry.path().string());
    for (const auto& [name, stamp] : files) {
        mix(name.data(), name.size());
        mix(&stamp.size, sizeof stamp.size);
        mix(&stamp.modified, sizeof stamp.modified);
    }
    return h;
}

}  // namespace

ProjectSnapshot takeProjectSnapshot(const std::string& folder, const std::string& datasetPath,
                                    const std::string& experimentsDir) {
    ProjectSnapshot snapshot;
    std::error_code ec;
    snapshot.folderExists = fs::is_directory(folder, ec);
    if (!snapshot.folderExists) return snapshot;
    snapshot.dataset = stampOf(datasetPath);
    for (const fs::directory_entry& entry : fs::directory_iterator(experimentsDir, ec)) {
        std::error_code entryError;
        if (!entry.is_directory(entryError)) continue;
        if (fs::exists(entry.path() / "params.json", entryError)) {
            snapshot.runs[entry.path().filename().string()] = runDigest(entry.path());
        } else if (fs::exists(entry.path() / "sweep.json", entryError)) {
            for (const fs::directory_entry& run : fs::directory_iterator(entry.path(), entryError))
                if (run.is_directory(entryError) && fs::exists(run.path() / "params.json", entryError))
                    snapshot.runs[entry.path().filename().string() + "/" + run.path().filename().string()] =
                        runDigest(run.path());
        }
    }
    return snapshot;
}

std::vector<std::string> changedRuns(const ProjectSnapshot& before, const ProjectSnapshot& after) {
    std::vector<std::string> changed;
    for (const auto& [name, digest] : after.runs) {
        const auto it = before.runs.find(name);
        if (it == before.runs.end() || it->second != digest) changed.push_back(name);
    }
    for (const auto& [name, digest] : before.runs)
        if (after.runs.find(name) == after.runs.end()) changed.push_back(name);
    return changed;
}

}  // namespace faultke
