#include "core/sweep/SweepState.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/sweep/TaskLock.h"
#include "core/util/AtomicFile.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;
using nlohmann::json;

const char* sweepRunStateName(SweepRunState state) {
    switch (state) {
    case SweepRunState::Pending: return "pending";
    case SweepRunState::Running: return "running";
    case SweepRunState::Finished: return "finished";
    case SweepRunState::Failed: return "failed";
    case SweepRunState::Interrupted: return "interrupted";
    }
    return "?";
}

std::string thisHostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "localhost";
    return name;
}

std::string taskRecordPath(const std::string& sweepDir, const std::string& run) {
    return (fs::path(sweepDir) / "state" / (run + ".json")).string();
}

void writeTaskRecord(const std::string& sweepDir, const std::string& run, const TaskRecord& record) {
    char updated[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(updated, sizeof updated, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    const json j = {{"state", record.state},        {"host", record.host},       {"pid", record.pid},
                    {"exit_code", record.exitCode}, {"message", record.message}, {"updated", updated}};
    writeTextAtomically(taskRecordPath(sweepDir, run), j.dump(2) + "\n");
}

TaskRecord readTaskRecord(const std::string& sweepDir, const std::string& run) {
    TaskRecord record;
    const std::string path = taskRecordPath(sweepDir, run);
    std::error_code ec;
    if (!fs::exists(path, ec)) return record;
    try {
        const json j = json::parse(readTextFile(path));
        record.state = j.value("state", std::string());
        record.host = j.value("host", std::string());
        record.pid = j.value("pid", 0L);
        record.exitCode = j.value("exit_code", 0);
        record.message = j.value("message", std::string());
        record.updated = j.value("updated", std::string());
    } catch (const std::exception& e) {
        record.state = "failed";
        record.message = path + ": unreadable record (" + e.what() + ")";
    }
    return record;
}

namespace {

bool processAlive(long pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

}  // namespace

std::vector<SweepRunStatus> sweepStatus(const std::string& sweepDir, const SlurmQueue* slurm) {
    static const std::map<int, std::string> none;
    const std::map<int, std::string>& queued = slurm ? slurm->queued : none;
    const SweepSpec spec = SweepSpec::load(sweepDir);
    std::vector<SweepRunStatus> out;
    const std::string host = thisHostName();
    for (SweepRun& run : expandSweep(spec, sweepFilePath(sweepDir))) {
        SweepRunStatus s;
        const std::string dir = (fs::path(sweepDir) / run.name).string();
        std::error_code ec;
        if (fs::exists(fs::path(dir) / "params.json", ec)) s.summary = readRunSummary(dir);
        const TaskRecord record = readTaskRecord(sweepDir, run.name);
        const auto inQueue = queued.find(run.index);
        if (s.summary.status == RunStatus::Finished) {
            s.state = SweepRunState::Finished;
        } else if (inQueue != queued.end()) {
            s.state = inQueue->second == "RUNNING" || inQueue->second == "COMPLETING" ? SweepRunState::Running
                                                                                      : SweepRunState::Pending;
        } else if (const std::optional<TaskLockHolder> holder = taskLockHolder(sweepDir, run.name)) {
            // Its lock's holder trains it now (a `sweep run` or a task of another invocation).
            s.state = SweepRunState::Running;
            s.message = "trained by " + holder->describe();
        } else if (record.state == "running") {
            // On this machine the process tells; on a cluster node SLURM's queue does.
            const bool goneHere = record.host == host && !processAlive(record.pid);
            const bool leftQueue = record.host != host && slurm && slurm->answered;
            s.state = goneHere || leftQueue ? SweepRunState::Interrupted : SweepRunState::Running;
            if (goneHere) s.message = "its task (process " + std::to_string(record.pid) + ") ended without a word";
            if (leftQueue) {
                const auto ended = slurm->ended.find(s.run.index);
                s.message = "its SLURM task ended without a word on " + record.host +
                            (ended != slurm->ended.end() ? " (" + ended->second + ")"
                                                         : " (a time limit, memory or a node failure?)");
            }
        } else if (record.state == "failed") {
            s.state = SweepRunState::Failed;
            s.message = record.message;
        } else if (record.state == "stopped" || s.summary.epochs() > 0) {
            s.state = SweepRunState::Interrupted;
        }
        if (s.message.empty() && !s.summary.error.empty()) s.message = s.summary.error;
        s.run = std::move(run);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace faultke
