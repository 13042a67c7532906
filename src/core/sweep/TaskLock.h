#pragma once
// The lock a sweep task holds on its run while it trains it (locks/<run>.lock: host and process),
// so that two `sweep run`s of one sweep, or a second array task, never train one run twice. A
// lock left by a process that is gone from this host is stale and taken over; one from another
// host is held until that host's task ends (or the file is removed).
#include <optional>
#include <string>

namespace faultke {

struct TaskLockHolder {
    std::string host;
    long pid = 0;
    std::string since;  // ISO 8601, UTC
    // "node7, process 4242, since 2026-12-03T08:00:00Z"
    std::string describe() const;
};

std::string taskLockPath(const std::string& sweepDir, const std::string& run);

// Who holds the run's lock now; nothing when it is free or its holder is gone from this host.
std::optional<TaskLockHolder> taskLockHolder(const std::string& sweepDir, const std::string& run);

class TaskLock {
public:
    // Takes the run's lock for this process, or leaves held() false with the holder in holder().
    TaskLock(const std::string& sweepDir, const std::string& run);
    ~TaskLock();  // lets it go, when held
    TaskLock(const TaskLock&) = delete;
    TaskLock& operator=(const TaskLock&) = delete;

    bool held() const { return held_; }
    const TaskLockHolder& holder() const { return holder_; }

private:
    std::string path_;
    bool held_ = false;
    TaskLockHolder holder_;
};

}  // namespace faultke
