#pragma once
// Writes that never leave a half-written file behind: the content goes to a temporary file in
// the destination's folder, which is renamed over the destination only when complete.
//
//   AtomicFile file(path);              // creates the destination's folder if needed
//   write everything to file.temporaryPath();
//   file.commit();                      // fsync, then rename over `path`
//
// An AtomicFile destroyed without commit() (an exception, a cancel) removes its temporary file:
// the destination keeps its previous content.
#include <functional>
#include <string>

namespace faultke {

class AtomicFile {
public:
    // Throws Error naming `path` when its folder cannot be created.
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& path() const { return path_; }
    // Hidden, in the destination's folder (so the rename is atomic), with its extension last
    // (libraries that look at it, matio and OpenCV, still work).
    const std::string& temporaryPath() const { return temporaryPath_; }
    bool isCommitted() const { return committed_; }

    // Flushes the temporary file to disk and renames it over path(). Throws Error naming path()
    // on failure (the temporary file is then removed).
    void commit();

private:
    std::string path_;
    std::string temporaryPath_;
    bool committed_ = false;
};

// Calls write(temporaryPath), then commits. If write throws, the temporary file is removed,
// the destination is untouched and the exception propagates.
// Removes the temporary files that writers killed mid-write left in `folder` (those whose
// process is gone); a live writer's are kept. Returns how many were removed.
int removeStaleTemporaries(const std::string& folder);

void writeAtomically(const std::string& path, const std::function<void(const std::string& temporaryPath)>& write);

// Convenience: atomically replaces path with the given bytes.
void writeTextAtomically(const std::string& path, const std::string& content);

}  // namespace faultke
