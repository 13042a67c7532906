#pragma once
// What a project's files look like on disk at one moment, cheaply: whether the folder is there,
// the dataset file's size and time, and one stamp per run folder. Two snapshots compared tell what
// another program changed meanwhile (a `faultke-cli prepare`, a training or a sweep writing runs,
// the folder removed or unmounted). Only stat calls: taken every second for hundreds of runs.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace faultke {

struct FileStamp {
    bool exists = false;
    uint64_t size = 0;
    int64_t modified = 0;  // nanoseconds since the epoch
    bool operator==(const FileStamp& o) const { return exists == o.exists && size == o.size && modified == o.modified; }
    bool operator!=(const FileStamp& o) const { return !(*this == o); }
};
FileStamp stampOf(const std::string& path);

struct ProjectSnapshot {
    bool folderExists = false;
    FileStamp dataset;
    // Per run folder (one holding params.json) under experiments/, a sweep's as "<sweep>/<run>": a digest of the names,
    // sizes and times of its files, so a new epoch, checkpoint or best.json changes it.
    std::map<std::string, uint64_t> runs;
};

ProjectSnapshot takeProjectSnapshot(const std::string& folder, const std::string& datasetPath,
                                    const std::string& experimentsDir);

// Runs added, changed or removed between two snapshots, by name.
std::vector<std::string> changedRuns(const ProjectSnapshot& before, const ProjectSnapshot& after);

}  // namespace faultke
