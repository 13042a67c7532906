#include "core/sweep/SlurmBackend.h"

#include <ctime>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/sweep/SweepState.h"
#include "core/util/AtomicFile.h"
#include "core/util/ChildProcess.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string jobsPath(const std::string& sweepDir) { return (fs::path(sweepDir) / "slurm.json").string(); }

json readJobs(const std::string& sweepDir) {
    std::error_code ec;
    if (!fs::exists(jobsPath(sweepDir), ec)) return json::array();
    try {
        json j = json::parse(readTextFile(jobsPath(sweepDir)));
        return j.is_array() ? j : json::array();
    } catch (const json::exception& e) {
        throw Error(jobsPath(sweepDir), std::string("broken JSON: ") + e.what());
    }
}

// Single quotes for the shell.
std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

std::string slurmArraySpec(const std::vector<int>& indices, int maxConcurrent) {
    std::string spec;
    for (size_t i = 0; i < indices.size();) {
        size_t j = i;
        while (j + 1 < indices.size() && indices[j + 1] == indices[j] + 1) ++j;
        spec += (spec.empty() ? "" : ",") + std::to_string(indices[i]);
        if (j > i) spec += "-" + std::to_string(indices[j]);
        i = j + 1;
    }
    if (maxConcurrent > 0) spec += "%" + std::to_string(maxConcurrent);
    return spec;
}

std::string slurmArrayScript(const SweepSpec& spec, const std::string& sweepDir, const std::vector<int>& indices,
                             const std::string& program) {
    const SlurmSettings& s = spec.slurm;
    const std::string dir = fs::absolute(sweepDir).lexically_normal().string();
    std::ostringstream out;
    out << "#!/bin/bash\n"
        << "# FaultKE sweep " << fs::path(dir).filename().string() << ": array task i trains run i of sweep.json.\n"
        << "# Written by `faultke-cli sweep run --backend slurm`; submit again with that command (finished runs\n"
        << "# are skipped, interrupted ones resume from their last epoch).\n"
        << "#SBATCH --job-name=faultke-" << fs::path(dir).filename().string() << "\n"
        << "#SBATCH --array=" << slurmArraySpec(indices, s.maxConcurrent) << "\n"
        << "#SBATCH --ntasks=1\n"
        << "#SBATCH --cpus-per-task=" << s.cpusPerTask << "\n";
    if (!s.memory.empty()) out << "#SBATCH --mem=" << s.memory << "\n";
    if (!s.time.empty()) out << "#SBATCH --time=" << s.time << "\n";
    if (s.gpusPerTask > 0) out << "#SBATCH --gres=gpu:" << s.gpusPerTask << "\n";
    if (!s.partition.empty()) out << "#SBATCH --partition=" << s.partition << "\n";
    if (!s.account.empty()) out << "#SBATCH --account=" << s.account << "\n";
    out << "#SBATCH --output=" << dir << "/logs/slurm-%A_%a.out\n"
        << "# SIGTERM two minutes before the time limit: the training stops at the next batch and keeps its\n"
        << "# epochs, so a re-run loses at most the epoch in progress.\n"
        << "#SBATCH --signal=B:TERM@120\n";
    for (const std::string& line : s.directives)
        out << (line.rfind("#SBATCH", 0) == 0 ? line : "#SBATCH " + line) << "\n";
    out << "\nset -eu\n";
    for (const std::string& line : s.setup) out << line << "\n";
    out << "export FAULTKE_THREADS=\"${SLURM_CPUS_PER_TASK:-1}\"\n"
        << "exec " << quoted(program) << " sweep task " << quoted(dir) << " \"$SLURM_ARRAY_TASK_ID\"\n";
    return out.str();
}

SlurmSubmission submitSweepToSlurm(const std::string& sweepDir, const std::string& program, bool dryRun) {
    const SweepSpec spec = SweepSpec::load(sweepDir);
    SlurmSubmission submission;
    const SlurmQueue queue = dryRun ? SlurmQueue{} : slurmQueue(sweepDir);
    for (const SweepRunStatus& s : sweepStatus(sweepDir, &queue))
        if (s.state != SweepRunState::Finished && s.state != SweepRunState::Running && !queue.queued.count(s.run.index))
            submission.indices.push_back(s.run.index);
    const std::string chosen = spec.slurm.program.empty() ? program : spec.slurm.program;
    submission.script = slurmArrayScript(spec, sweepDir, submission.indices, chosen);
    if (dryRun) return submission;
    if (submission.indices.empty()) throw Error(sweepDir, "nothing to submit: every run has finished or is queued");
    requireSweepDataset(spec, sweepDir);  // before the cluster queues tasks that would all fail
    const std::string scriptPath = (fs::path(sweepDir) / "slurm.sbatch").string();
    writeTextAtomically(scriptPath, submission.script);
    fs::create_directories(fs::path(sweepDir) / "logs");
    const CapturedRun r = captureProcess("sbatch", {"--parsable", scriptPath});
    std::string out = r.output;
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    if (r.exitCode != 0) throw Error(scriptPath, "sbatch refused it: " + out);
    // --parsable prints "jobid" or "jobid;cluster", after any warnings.
    std::string last = out.substr(out.find_last_of('\n') == std::string::npos ? 0 : out.find_last_of('\n') + 1);
    submission.jobId = last.substr(0, last.find(';'));
    if (submission.jobId.empty() || submission.jobId.find_first_not_of("0123456789") != std::string::npos)
        throw Error(scriptPath, "sbatch answered '" + out + "', not a job id");
    json jobs = readJobs(sweepDir);
    char when[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    jobs.push_back({{"job", submission.jobId}, {"indices", submission.indices}, {"submitted", when}});
    writeTextAtomically(jobsPath(sweepDir), jobs.dump(2) + "\n");
    return submission;
}

std::vector<std::string> slurmJobIds(const std::string& sweepDir) {
    std::vector<std::string> ids;
    for (const json& job : readJobs(sweepDir)) ids.push_back(job.value("job", std::string()));
    return ids;
}

namespace {

// "1234_5 RUNNING" or "1234_5|TIMEOUT" -> 5, the state; -1 for anything else (the job's own line).
int arrayIndex(const std::string& line, char separator, std::string& state) {
    const size_t underscore = line.find('_'), split = line.find(separator);
    if (underscore == std::string::npos || split == std::string::npos || split < underscore) return -1;
    const std::string index = line.substr(underscore + 1, split - underscore - 1);
    if (index.empty() || index.size() > 9 || index.find_first_not_of("0123456789") != std::string::npos) return -1;
    state = line.substr(split + 1);
    state = state.substr(0, state.find_first_of("| \r"));
    return std::stoi(index);
}

}  // namespace

SlurmQueue slurmQueue(const std::string& sweepDir) {
    SlurmQueue queue;
    const std::vector<std::string> ids = slurmJobIds(sweepDir);
    if (ids.empty()) return queue;
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ",") + id;
    try {
        const CapturedRun r = captureProcess("squeue", {"-h", "-r", "-j", list, "-o", "%i %T"});
        // A job that has left the queue entirely makes squeue say "Invalid job id" and fail.
        queue.answered = r.exitCode == 0 || r.output.find("Invalid job id") != std::string::npos;
        std::istringstream lines(r.output);
        std::string state;
        for (std::string line; std::getline(lines, line);)
            if (const int index = arrayIndex(line, ' ', state); index >= 0) queue.queued[index] = state;
        const CapturedRun a = captureProcess("sacct", {"-n", "-P", "-X", "-j", list, "-o", "JobID,State"});
        if (a.exitCode == 0) {
            std::istringstream accounted(a.output);
            for (std::string line; std::getline(accounted, line);)
                if (const int index = arrayIndex(line, '|', state); index >= 0 && !queue.queued.count(index))
                    queue.ended[index] = state;
        }
    } catch (const Error&) {
        // squeue or sacct not installed here: the run folders and task records tell
    }
    return queue;
}

}  // namespace faultke
