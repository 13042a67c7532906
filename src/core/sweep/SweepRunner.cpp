#include "core/sweep/SweepRunner.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>
#include <vector>

#include "core/model/Device.h"
#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepState.h"
#include "core/sweep/TaskLock.h"
#include "core/util/AtomicFile.h"
#include "core/util/ChildProcess.h"
#include "core/util/Error.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

// The process a stop request is passed on to (a task's training, or -1), and whether one came.
volatile std::sig_atomic_t forwardTo = -1;
volatile std::sig_atomic_t stopRequested = 0;

extern "C" void passOnStop(int signal) {
    stopRequested = 1;
    if (forwardTo > 0) ::kill(pid_t(forwardTo), signal);
}

// Installs passOnStop for SIGINT and SIGTERM while it lives.
class StopSignals {
public:
    StopSignals() {
        stopRequested = 0;
        struct sigaction action {};
        action.sa_handler = passOnStop;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &int_);
        sigaction(SIGTERM, &action, &term_);
    }
    ~StopSignals() {
        forwardTo = -1;
        sigaction(SIGINT, &int_, nullptr);
        sigaction(SIGTERM, &term_, nullptr);
    }

private:
    struct sigaction int_ {
    }, term_{};
};

// The last non-empty line of a log: what a failed training said.
std::string lastLine(const std::string& path) {
    std::ifstream in(path);
    std::string line, last;
    while (std::getline(in, line))
        if (!line.empty() && line.find_first_not_of(" \r\t") != std::string::npos) last = line;
    return last;
}

SweepRun runAt(const std::string& sweepDir, int index) {
    const std::vector<SweepRun> runs = expandSweep(SweepSpec::load(sweepDir), sweepFilePath(sweepDir));
    if (index < 0 || size_t(index) >= runs.size())
        throw Error(sweepDir,
                    "the sweep has runs 0 to " + std::to_string(runs.size() - 1) + ", not " + std::to_string(index));
    return runs[size_t(index)];
}

}  // namespace

int runSweepTask(const std::string& sweepDir, int index, const std::string& program) {
    const SweepSpec spec = SweepSpec::load(sweepDir);
    const SweepRun run = runAt(sweepDir, index);
    // Another task trains it (a second `sweep run` of this sweep): it is left to that one.
    const TaskLock lock(sweepDir, run.name);
    if (!lock.held()) return kTaskRunLocked;
    const fs::path runDir = fs::path(sweepDir) / run.name;
    const RunSummary before = fs::exists(runDir / "params.json") ? readRunSummary(runDir.string()) : RunSummary{};
    if (before.status == RunStatus::Finished) return 0;

    std::vector<std::string> args{"train",    "--data",   sweepDatasetPath(spec, sweepDir), "-o", runDir.string(),
                                  "--device", spec.device};
    if (before.epochs() > 0) {
        args.push_back("--resume");  // the run folder's own params.json
    } else {
        // A folder without a completed epoch holds nothing to keep: a task killed before epoch 1.
        std::error_code ec;
        fs::remove_all(runDir, ec);
        const std::string params = (fs::path(sweepDir) / "params" / (run.name + ".json")).string();
        writeTextAtomically(params, run.params.dump(2) + "\n");
        args.insert(args.end(), {"--params", params});
    }
    const std::string log = (fs::path(sweepDir) / "logs" / (run.name + ".log")).string();
    fs::create_directories(fs::path(log).parent_path());

    TaskRecord record{"running", thisHostName(), long(::getpid()), 0, "", ""};
    writeTaskRecord(sweepDir, run.name, record);
    int exitCode = 1;
    {
        const StopSignals signals;
        SpawnOptions options;
        options.outputPath = log;
        const pid_t child = spawnProcess(program, args, options);
        forwardTo = child;
        if (stopRequested) ::kill(child, SIGTERM);  // a stop that came while it was starting
        exitCode = waitForProcess(child);
    }
    const RunSummary after = readRunSummary(runDir.string());
    record.exitCode = exitCode;
    if (exitCode == 0 && after.status == RunStatus::Finished) {
        record.state = "finished";
    } else if (stopRequested || exitCode == 130) {
        record.state = "stopped";
    } else {
        record.state = "failed";
        record.message = lastLine(log);
        if (record.message.empty()) record.message = "the training ended with exit code " + std::to_string(exitCode);
    }
    writeTaskRecord(sweepDir, run.name, record);
    return exitCode;
}

int defaultConcurrency(int gpus) {
    if (gpus > 0) return gpus;
    return std::max(1, int(std::thread::hardware_concurrency()) / 4);
}

int runSweepLocally(const std::string& sweepDir, const LocalPoolOptions& options) {
    const SweepSpec spec = SweepSpec::load(sweepDir);
    requireSweepDataset(spec, sweepDir);
    const auto report = [&](const std::string& line) {
        if (options.report) options.report(line);
    };
    std::vector<SweepRunStatus> todo;
    for (SweepRunStatus& s : sweepStatus(sweepDir))
        if (s.state != SweepRunState::Finished) todo.push_back(std::move(s));
    const int gpus = spec.device == "cpu" ? 0 : cudaDeviceCount();
    int concurrent = options.concurrent > 0
                         ? options.concurrent
                         : (spec.local.concurrent > 0 ? spec.local.concurrent : defaultConcurrency(gpus));
    concurrent = std::max(1, std::min<int>(concurrent, int(todo.size())));
    const int hardware = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = std::max(1, hardware / concurrent);
    if (todo.empty()) {
        report("every run has finished");
        return 0;
    }
    report(std::to_string(todo.size()) + " runs to train, " + std::to_string(concurrent) + " at a time, " +
           std::to_string(threads) + " CPU threads each" + (gpus > 0 ? ", one GPU each" : ""));

    struct Slot {
        pid_t pid = -1;
        std::string run;
    };
    std::vector<Slot> slots(static_cast<size_t>(concurrent));
    const StopSignals signals;  // tasks run in their own process groups: Ctrl-C reaches them through here
    size_t next = 0;
    int failed = 0, running = 0;
    bool stopping = false;
    while ((next < todo.size() && !stopping) || running > 0) {
        if (stopRequested && !stopping) {
            stopping = true;
            report("stopping: the running trainings keep their completed epochs");
            for (const Slot& slot : slots)
                if (slot.pid > 0) ::kill(slot.pid, SIGINT);
        }
        for (size_t i = 0; i < slots.size(); ++i) {
            Slot& slot = slots[i];
            int code = 0;
            if (slot.pid > 0 && processEnded(slot.pid, code)) {
                --running;
                const RunSummary summary = readRunSummary((fs::path(sweepDir) / slot.run).string());
                if (code == kTaskRunLocked) {
                    const std::optional<TaskLockHolder> holder = taskLockHolder(sweepDir, slot.run);
                    report("skipped " + slot.run + ": another task trains it" +
                           (holder ? " (" + holder->describe() + ")" : std::string()));
                } else if (code == 0) {
                    std::string line = "finished " + slot.run;
                    if (summary.best.epoch > 0)
                        line += ": best epoch " + std::to_string(summary.best.epoch) + ", eval 2SD accuracy " +
                                std::to_string(summary.history[size_t(summary.best.epoch - 1)].eval().accuracy2sd);
                    report(line);
                } else if (stopping || code == 130) {
                    report("stopped " + slot.run + " after " + std::to_string(summary.epochs()) + " epochs");
                } else {
                    ++failed;
                    report("failed " + slot.run + ": " + readTaskRecord(sweepDir, slot.run).message);
                }
                slot.pid = -1;
            }
            if (slot.pid < 0 && !stopping && next < todo.size()) {
                const SweepRunStatus& s = todo[next++];
                SpawnOptions spawn;
                spawn.newProcessGroup = true;
                spawn.environment.emplace_back("FAULTKE_THREADS", std::to_string(threads));
                if (gpus > 0) spawn.environment.emplace_back("CUDA_VISIBLE_DEVICES", std::to_string(i % size_t(gpus)));
                slot.pid =
                    spawnProcess(options.program, {"sweep", "task", sweepDir, std::to_string(s.run.index)}, spawn);
                slot.run = s.run.name;
                ++running;
                report("started " + s.run.name + " (" + std::to_string(next) + "/" + std::to_string(todo.size()) + ")" +
                       (s.summary.epochs() > 0 ? ", resuming after epoch " + std::to_string(s.summary.epochs())
                                               : std::string()));
            }
        }
        if (running > 0) ::usleep(100000);
    }
    if (stopping) throw Cancelled();
    return failed;
}

}  // namespace faultke
