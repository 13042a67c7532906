#pragma once
// A sweep: many ordinary trainings of one dataset, the combinations of a grid of parameter values
// (or an explicit list of combinations), each repeated over seeds. It lives in a folder:
//   SWEEP/sweep.json          this spec
//   SWEEP/<run>/              one ordinary run folder per combination x seed ("lr=0.001_bs=32-r2")
//   SWEEP/params/<run>.json   the parameters each run starts from
//   SWEEP/state/<run>.json    how its last task ended (sweep/SweepState.h)
//   SWEEP/logs/<run>.log      its output
//   SWEEP/slurm.sbatch, SWEEP/slurm.json   the SLURM array script and the jobs submitted
// Every run folder is what `faultke-cli train` writes, so everything that reads runs reads these.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace faultke {

enum class SweepBackend { Local, Slurm };
const char* sweepBackendName(SweepBackend backend);       // "local", "slurm"
SweepBackend parseSweepBackend(const std::string& text);  // throws Error

// One machine: trainings side by side, the CPU threads divided between them.
struct LocalSettings {
    int concurrent = 0;  // trainings at once; 0: one per 4 hardware threads (at least 1), or one per GPU
};

// A cluster: one array job, one task per run, each task's resources as below.
struct SlurmSettings {
    int cpusPerTask = 4;
    std::string memory = "8G";      // --mem
    int gpusPerTask = 0;            // --gres=gpu:N
    std::string time = "04:00:00";  // --time, per task
    std::string partition, account;
    int maxConcurrent = 0;                // the %M of --array; 0: no limit
    std::vector<std::string> directives;  // more "#SBATCH ..." lines, as written
    std::vector<std::string> setup;       // shell lines before training ("module load ...")
    std::string program;                  // faultke-cli on the cluster; empty: this program's path
};

struct SweepAxis {
    std::string key;  // a params.json key
    std::vector<nlohmann::json> values;
};

struct SweepSpec {
    std::string dataset;                             // absolute, or relative to the sweep folder
    nlohmann::json base = nlohmann::json::object();  // params.json the combinations change
    std::vector<SweepAxis> grid;                     // every combination of these values...
    std::vector<nlohmann::json> combinations;        // ...or these objects of key: value
    int repeats = 1;
    uint64_t firstSeed = 1;  // repeat r trains with seed firstSeed + r - 1
    std::string device = "auto";
    SweepBackend backend = SweepBackend::Local;
    LocalSettings local;
    SlurmSettings slurm;

    nlohmann::json toJson() const;
    // Throws Error(source, ...) on unknown keys, wrong types and values no run could use.
    static SweepSpec fromJson(const nlohmann::json& j, const std::string& source);
    static SweepSpec load(const std::string& sweepDir);  // SWEEP/sweep.json
    void save(const std::string& sweepDir) const;
};

// One training of the sweep.
struct SweepRun {
    int index = 0;            // 0-based; the SLURM array index
    std::string name;         // its folder's name
    std::string combination;  // "lr=0.001_bs=32": the runs of one combination share it
    nlohmann::json values;    // the combination's key: value
    int repeat = 1;           // 1-based
    nlohmann::json params;    // base + values + seed
};

// Every run in order: combinations (grid in the order given, last key fastest) x repeats. Each
// run's parameters are checked as params.json would be; Error names the combination.
std::vector<SweepRun> expandSweep(const SweepSpec& spec, const std::string& source = "sweep.json");

std::string sweepFilePath(const std::string& sweepDir);
std::string sweepDatasetPath(const SweepSpec& spec, const std::string& sweepDir);
// Throws Error naming the dataset when it is not there: said once, before any run starts.
void requireSweepDataset(const SweepSpec& spec, const std::string& sweepDir);
bool isSweepFolder(const std::string& dir);

}  // namespace faultke
