#pragma once
// Where each run of a sweep stands, from what the sweep folder holds: the run folder (its epochs
// and whether it finished), the record its last task left in state/<run>.json (running on which
// host and process, or how it ended), and, for SLURM, what squeue says of the array's tasks.
#include <map>
#include <string>
#include <vector>

#include "core/model/RunCatalog.h"
#include "core/sweep/SweepSpec.h"

namespace faultke {

enum class SweepRunState {
    Pending,      // not started (or queued)
    Running,      // its task runs now
    Finished,     // every epoch trained
    Failed,       // its task ended with an error (the message says which)
    Interrupted,  // stopped or killed before the end; a re-run resumes it
};
const char* sweepRunStateName(SweepRunState state);  // "pending", "running", ...

// What a task writes about its run (state/<run>.json), atomically.
struct TaskRecord {
    std::string state;  // "running", "finished", "failed", "stopped"
    std::string host;
    long pid = 0;
    int exitCode = 0;
    std::string message;  // the last line the training printed, when it failed
    std::string updated;  // ISO 8601, UTC
};
std::string taskRecordPath(const std::string& sweepDir, const std::string& run);
void writeTaskRecord(const std::string& sweepDir, const std::string& run, const TaskRecord& record);
// An empty state when there is none; a broken record reads as such.
TaskRecord readTaskRecord(const std::string& sweepDir, const std::string& run);

struct SweepRunStatus {
    SweepRun run;
    SweepRunState state = SweepRunState::Pending;
    RunSummary summary;  // its folder, read (no epochs when it has none)
    std::string message;
};

// What SLURM says of a sweep's array tasks (sweep/SlurmBackend.h fills it).
struct SlurmQueue {
    bool answered = false;              // squeue answered: a task it does not list has left the queue
    std::map<int, std::string> queued;  // index -> "PENDING", "RUNNING", ... (squeue)
    std::map<int, std::string> ended;   // index -> "TIMEOUT", "OUT_OF_MEMORY", ... (sacct, when it keeps accounts)
};

// `slurm`: for a sweep submitted to SLURM; nullptr otherwise.
std::vector<SweepRunStatus> sweepStatus(const std::string& sweepDir, const SlurmQueue* slurm = nullptr);

std::string thisHostName();

}  // namespace faultke
