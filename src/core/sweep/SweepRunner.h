#pragma once
// Running a sweep's trainings: one task per run (what a SLURM array task or a local worker
// executes), and the local pool that runs several tasks at once on this machine.
#include <functional>
#include <string>

namespace faultke {

// Trains run `index` of the sweep as `program train ...` in a child process, resuming its run
// folder when it holds epochs, and records how it went (state/<run>.json, logs/<run>.log).
// SIGINT and SIGTERM are passed on to the training, which stops at the next batch and keeps its
// epochs. Returns the training's exit code (0 also when the run had finished already), or
// kTaskRunLocked, touching nothing, when another task holds the run's lock (core/sweep/TaskLock.h).
constexpr int kTaskRunLocked = 75;  // EX_TEMPFAIL: someone else trains it now
int runSweepTask(const std::string& sweepDir, int index, const std::string& program);

struct LocalPoolOptions {
    int concurrent = 0;                                   // 0: the sweep's setting, else its default
    std::string program;                                  // faultke-cli
    std::function<void(const std::string& line)> report;  // one line per start and end
};

// Runs every unfinished run of the sweep, `concurrent` at a time, the CPU threads divided between
// them (one GPU each where there are several). Returns how many failed. A stop request (SIGINT
// or SIGTERM to this process) passes on to the running tasks, which keep their completed epochs;
// the rest stay pending, and running the sweep again continues it.
int runSweepLocally(const std::string& sweepDir, const LocalPoolOptions& options);

// How many trainings run at once locally when nothing says: one per GPU when there are any, else
// one per 4 hardware threads.
int defaultConcurrency(int gpus);

}  // namespace faultke
