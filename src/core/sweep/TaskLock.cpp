#include "core/sweep/TaskLock.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/sweep/SweepState.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

bool aliveHere(long pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

std::optional<TaskLockHolder> readHolder(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    TaskLockHolder holder;
    try {
        const nlohmann::json j = nlohmann::json::parse(readTextFile(path));
        holder.host = j.value("host", std::string());
        holder.pid = j.value("pid", 0L);
        holder.since = j.value("since", std::string());
    } catch (const std::exception&) {
        // Being written this very moment (it is small, but not atomic): held by someone.
        holder.host = "?";
    }
    return holder;
}

bool stale(const TaskLockHolder& holder) { return holder.host == thisHostName() && !aliveHere(holder.pid); }

}  // namespace

std::string TaskLockHolder::describe() const {
    return (host.empty() ? std::string("an unknown host") : host) + ", process " + std::to_string(pid) +
           (since.empty() ? std::string() : ", since " + since);
}

std::string taskLockPath(const std::string& sweepDir, const std::string& run) {
    return (fs::path(sweepDir) / "locks" / (run + ".lock")).string();
}

std::optional<TaskLockHolder> taskLockHolder(const std::string& sweepDir, const std::string& run) {
    const std::optional<TaskLockHolder> holder = readHolder(taskLockPath(sweepDir, run));
    if (holder && stale(*holder)) return std::nullopt;
    return holder;
}

TaskLock::TaskLock(const std::string& sweepDir, const std::string& run) : path_(taskLockPath(sweepDir, run)) {
    std::error_code ec;
    fs::create_directories(fs::path(path_).parent_path(), ec);
    for (int attempt = 0; attempt < 2 && !held_; ++attempt) {
        // O_EXCL: of two tasks creating it at once, exactly one succeeds (also over NFS v3 and later).
        const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            char since[32];
            const std::time_t now = std::time(nullptr);
            std::strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
            holder_ = {thisHostName(), long(::getpid()), since};
            const std::string text =
                nlohmann::json{{"host", holder_.host}, {"pid", holder_.pid}, {"since", holder_.since}}.dump() + "\n";
            const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
            ::close(fd);
            if (!written) {
                fs::remove(path_, ec);
                throw Error(path_, std::string("cannot write the run's lock: ") + std::strerror(errno));
            }
            held_ = true;
            return;
        }
        if (errno != EEXIST) throw Error(path_, std::string("cannot create the run's lock: ") + std::strerror(errno));
        const std::optional<TaskLockHolder> holder = readHolder(path_);
        if (!holder) continue;  // let go meanwhile: try again
        holder_ = *holder;
        if (!stale(holder_)) return;
        fs::remove(path_, ec);  // its process is gone from this host: taken over
    }
}

TaskLock::~TaskLock() {
    if (!held_) return;
    // Only our own: a lock that was taken over (it should not be) stays with its new holder.
    const std::optional<TaskLockHolder> now = readHolder(path_);
    std::error_code ec;
    if (now && now->host == holder_.host && now->pid == holder_.pid) fs::remove(path_, ec);
}

}  // namespace faultke
