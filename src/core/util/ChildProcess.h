#pragma once
// Starting another program and waiting for it: the sweep's tasks and trainings are processes of
// their own, so one failing (or killed) never takes the others down.
#include <sys/types.h>

#include <string>
#include <utility>
#include <vector>

namespace faultke {

struct SpawnOptions {
    std::string outputPath;                                        // stdout and stderr appended here; empty: inherited
    std::vector<std::pair<std::string, std::string>> environment;  // set on top of this process's
    bool newProcessGroup = false;  // so a terminal's Ctrl-C reaches only this process, which passes it on
};

// Throws Error naming the program when it cannot start.
pid_t spawnProcess(const std::string& program, const std::vector<std::string>& arguments,
                   const SpawnOptions& options = {});
// The exit code, or 128 + the signal that ended it. Waits through interruptions by signals.
int waitForProcess(pid_t pid);
// Without blocking: true and the code when it has ended.
bool processEnded(pid_t pid, int& exitCode);

struct CapturedRun {
    int exitCode = 0;
    std::string output;  // stdout and stderr together
};
// Runs a program to its end and returns what it printed (sbatch, squeue). Throws Error naming the
// program when it cannot start (not installed).
CapturedRun captureProcess(const std::string& program, const std::vector<std::string>& arguments);

// The path of the running program (/proc/self/exe).
std::string currentProgramPath();

}  // namespace faultke
