// faultke-cli sweep: many trainings of one dataset, a grid of parameter values x seeds, run on this
// machine (a pool of trainings) or on a SLURM cluster (an array job), each run an ordinary run
// folder. create writes sweep.json; run trains what has not finished; status and table read.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/CommandFailure.h"
#include "cli/model/ModelCommands.h"
#include "core/sweep/SlurmBackend.h"
#include "core/sweep/SweepRunner.h"
#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepState.h"
#include "core/sweep/SweepTable.h"
#include "core/sweep/TaskLock.h"
#include "core/util/AtomicFile.h"
#include "core/util/ChildProcess.h"
#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// "1e-3" -> 0.001, "true" -> true, "original" -> "original": JSON when it parses, else text.
json parseValue(const std::string& text) {
    json v = json::parse(text, nullptr, false);
    return v.is_discarded() ? json(text) : v;
}

// "learning_rate=1e-3,5e-3" -> the key and its values.
SweepAxis parseAxis(const std::string& text) {
    const size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
        throw Error("--grid " + text + ": expected KEY=V1,V2,...");
    SweepAxis axis{text.substr(0, eq), {}};
    std::string rest = text.substr(eq + 1);
    for (size_t start = 0; start <= rest.size();) {
        const size_t comma = std::min(rest.find(',', start), rest.size());
        axis.values.push_back(parseValue(rest.substr(start, comma - start)));
        start = comma + 1;
    }
    return axis;
}

// "learning_rate=1e-3,batch_size=32" -> an object.
json parseCombination(const std::string& text) {
    json c = json::object();
    for (size_t start = 0; start < text.size();) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string pair = text.substr(start, comma - start);
        const size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0) throw Error("--combination " + text + ": expected KEY=V,KEY=V");
        c[pair.substr(0, eq)] = parseValue(pair.substr(eq + 1));
        start = comma + 1;
    }
    return c;
}

struct CreateOptions {
    std::string sweep, data, params, backend = "local", device = "auto";
    std::vector<std::string> grid, combinations, directives, setup;
    int repeats = 1, concurrent = 0;
    uint64_t seed = 1;
    SlurmSettings slurm;
};

void create(const CreateOptions& o) {
    if (isSweepFolder(o.sweep)) throw Error(o.sweep, "holds a sweep already (sweep.json); choose another folder");
    SweepSpec spec;
    // Kept as given: relative to where the command runs, made relative to the sweep folder.
    spec.dataset = fs::absolute(o.data).lexically_normal().string();
    if (!fs::exists(spec.dataset)) throw Error(o.data, "no such dataset file");
    if (!o.params.empty()) {
        try {
            spec.base = json::parse(readTextFile(o.params));
        } catch (const json::exception& e) {
            throw Error(o.params, std::string("broken JSON: ") + e.what());
        }
    }
    for (const std::string& g : o.grid) spec.grid.push_back(parseAxis(g));
    for (const std::string& c : o.combinations) spec.combinations.push_back(parseCombination(c));
    spec.repeats = o.repeats;
    spec.firstSeed = o.seed;
    spec.device = o.device == "gpu" ? "cuda" : o.device;
    spec.backend = parseSweepBackend(o.backend);
    spec.local.concurrent = o.concurrent;
    spec.slurm = o.slurm;
    spec.slurm.directives = o.directives;
    spec.slurm.setup = o.setup;
    // Checked as it will be read: every combination's parameters too.
    const SweepSpec checked = SweepSpec::fromJson(spec.toJson(), sweepFilePath(o.sweep));
    const std::vector<SweepRun> runs = expandSweep(checked, sweepFilePath(o.sweep));
    checked.save(o.sweep);
    std::printf("sweep %s: %zu runs (%zu combinations x %d repeats), backend %s\n", o.sweep.c_str(), runs.size(),
                runs.size() / size_t(spec.repeats), spec.repeats, sweepBackendName(spec.backend));
    std::printf("run it with: faultke-cli sweep run %s\n", o.sweep.c_str());
}

void run(const std::string& sweep, const std::string& backendText, int concurrent, bool dryRun) {
    const SweepSpec spec = SweepSpec::load(sweep);
    const SweepBackend backend = backendText.empty() ? spec.backend : parseSweepBackend(backendText);
    const std::string program = currentProgramPath();
    if (backend == SweepBackend::Slurm) {
        const SlurmSubmission s = submitSweepToSlurm(sweep, program, dryRun);
        if (dryRun) {
            std::fputs(s.script.c_str(), stdout);
            return;
        }
        std::printf("submitted job %s: %zu array tasks (%s)\n", s.jobId.c_str(), s.indices.size(),
                    slurmArraySpec(s.indices, spec.slurm.maxConcurrent).c_str());
        std::printf("follow it with: faultke-cli sweep status %s\n", sweep.c_str());
        return;
    }
    if (dryRun) {
        for (const SweepRunStatus& s : sweepStatus(sweep))
            if (s.state != SweepRunState::Finished)
                std::printf("would train %s%s\n", s.run.name.c_str(), s.summary.epochs() > 0 ? " (resuming)" : "");
        return;
    }
    LocalPoolOptions options;
    options.concurrent = concurrent;
    options.program = program;
    options.report = [](const std::string& line) {
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    };
    const int failed = runSweepLocally(sweep, options);
    if (failed > 0) throw Error(sweep, std::to_string(failed) + " run(s) failed: see `faultke-cli sweep status`");
}

std::string figure(double value, int epochs) { return epochs > 0 ? std::to_string(value).substr(0, 6) : "-"; }

void status(const std::string& sweep) {
    const SlurmQueue queue = slurmQueue(sweep);
    const std::vector<SweepRunStatus> runs = sweepStatus(sweep, &queue);
    int counts[5] = {};
    std::printf("%-40s %-12s %7s %5s %9s  %s\n", "run", "state", "epochs", "best", "eval_acc", "note");
    for (const SweepRunStatus& s : runs) {
        ++counts[int(s.state)];
        const int best = s.summary.best.epoch;
        const double accuracy =
            best > 0 && best <= s.summary.epochs() ? s.summary.history[size_t(best - 1)].eval().accuracy2sd : 0.0;
        std::printf("%-40s %-12s %3d/%-3d %5s %9s  %s\n", s.run.name.c_str(), sweepRunStateName(s.state),
                    s.summary.epochs(), s.run.params.value("num_epochs", 0),
                    best > 0 ? std::to_string(best).c_str() : "-", figure(accuracy, best).c_str(), s.message.c_str());
    }
    std::printf("%zu runs: %d finished, %d running, %d pending, %d interrupted, %d failed\n", runs.size(),
                counts[int(SweepRunState::Finished)], counts[int(SweepRunState::Running)],
                counts[int(SweepRunState::Pending)], counts[int(SweepRunState::Interrupted)],
                counts[int(SweepRunState::Failed)]);
}

void table(const std::string& sweep, const std::string& sort, const std::string& output) {
    const std::vector<SweepTableRow> rows = sweepTable(sweepStatus(sweep), sort);
    if (!output.empty()) {
        writeTextAtomically(output, sweepTableCsv(rows));
        std::printf("table: %s (%zu combinations)\n", output.c_str(), rows.size());
        return;
    }
    const auto cell = [](const MeanSd& m) {
        char text[40];
        if (m.n == 0) return std::string("-");
        std::snprintf(text, sizeof text, "%.4f ± %.4f", m.mean, m.sd);
        return std::string(text);
    };
    std::printf("%-36s %5s  %-17s %-17s %-17s %-17s\n", "combination", "seeds", "eval_acc2sd", "eval_loss",
                "test_acc2sd", "test_r2");
    for (const SweepTableRow& r : rows)
        std::printf("%-36s %2d/%-2zu  %-17s %-17s %-17s %-17s\n", r.combination.c_str(), r.finished, r.runs.size(),
                    cell(r.evalAccuracy).c_str(), cell(r.evalLoss).c_str(), cell(r.testAccuracy).c_str(),
                    cell(r.testR2).c_str());
}

}  // namespace

void addSweepCommand(CLI::App& app) {
    CLI::App* sweep = app.add_subcommand(
        "sweep", "Many trainings: a grid of parameter values x seeds, on this machine or as a SLURM array job");
    sweep->require_subcommand(1);

    auto c = std::make_shared<CreateOptions>();
    CLI::App* createCmd = sweep->add_subcommand("create", "Write a sweep folder's sweep.json");
    createCmd->add_option("sweep", c->sweep, "Sweep folder (experiments/<name> in a project)")->required();
    createCmd->add_option("--data", c->data, "Dataset file made by `prepare`")->required();
    createCmd->add_option(
        "--params", c->params,
        "Base params.json the grid changes (default: the original's); `faultke-cli params` lists its keys");
    createCmd->add_option("--grid", c->grid, "KEY=V1,V2,... values of one parameter (repeat for more keys)");
    createCmd->add_option("--combination", c->combinations, "KEY=V,KEY=V: one combination (instead of --grid)");
    createCmd->add_option("--repeats", c->repeats, "Seeds per combination")->check(CLI::Range(1, 1000));
    createCmd->add_option("--seed", c->seed, "Seed of the first repeat (the others count up)");
    createCmd->add_option("--device", c->device, "auto, cpu or cuda")
        ->check(CLI::IsMember({"auto", "cpu", "cuda", "gpu"}));
    createCmd->add_option("--backend", c->backend, "local or slurm")->check(CLI::IsMember({"local", "slurm"}));
    createCmd->add_option("--concurrent", c->concurrent,
                          "Local: trainings at once (default: one per 4 threads or per GPU)");
    createCmd->add_option("--cpus", c->slurm.cpusPerTask, "SLURM: CPUs per task")->capture_default_str();
    createCmd->add_option("--mem", c->slurm.memory, "SLURM: memory per task")->capture_default_str();
    createCmd->add_option("--gpus", c->slurm.gpusPerTask, "SLURM: GPUs per task")->capture_default_str();
    createCmd->add_option("--time", c->slurm.time, "SLURM: time limit per task")->capture_default_str();
    createCmd->add_option("--partition", c->slurm.partition, "SLURM: partition");
    createCmd->add_option("--account", c->slurm.account, "SLURM: account");
    createCmd->add_option("--max-concurrent", c->slurm.maxConcurrent, "SLURM: array tasks at once (%M; 0: no limit)");
    createCmd->add_option("--sbatch-line", c->directives, "SLURM: an extra #SBATCH line (repeatable)");
    createCmd->add_option("--setup", c->setup, "SLURM: a shell line before training, e.g. 'module load faultke'");
    createCmd->add_option("--program", c->slurm.program, "SLURM: faultke-cli on the cluster (default: this one)");
    createCmd->callback([c] { create(*c); });

    auto sweepDir = std::make_shared<std::string>();
    auto backend = std::make_shared<std::string>();
    auto concurrent = std::make_shared<int>(0);
    auto dryRun = std::make_shared<bool>(false);
    CLI::App* runCmd = sweep->add_subcommand(
        "run", "Train every run not yet finished (interrupted ones resume); Ctrl-C stops them cleanly");
    runCmd->add_option("sweep", *sweepDir, "Sweep folder")->required();
    runCmd->add_option("--backend", *backend, "local or slurm (default: the sweep's)")
        ->check(CLI::IsMember({"local", "slurm"}));
    runCmd->add_option("--concurrent", *concurrent, "Local: trainings at once");
    runCmd->add_flag("--dry-run", *dryRun, "Print what would run (SLURM: the sbatch script) and submit nothing");
    runCmd->callback([=] { run(*sweepDir, *backend, *concurrent, *dryRun); });

    CLI::App* statusCmd =
        sweep->add_subcommand("status", "Each run: pending, running, finished, interrupted or failed");
    statusCmd->add_option("sweep", *sweepDir, "Sweep folder")->required();
    statusCmd->callback([=] { status(*sweepDir); });

    auto sort = std::make_shared<std::string>("eval_acc2sd");
    auto output = std::make_shared<std::string>();
    CLI::App* tableCmd = sweep->add_subcommand(
        "table", "One row per combination: mean ± SD over its seeds of the chosen epoch's figures, best first");
    tableCmd->add_option("sweep", *sweepDir, "Sweep folder")->required();
    tableCmd
        ->add_option("--sort", *sort, "the ranking: eval_acc2sd or eval_loss (test figures are shown, never ranked on)")
        ->capture_default_str();
    tableCmd->add_option("-o,--output", *output, "Write CSV to this file");
    tableCmd->callback([=] { table(*sweepDir, *sort, *output); });

    auto index = std::make_shared<int>(0);
    CLI::App* taskCmd =
        sweep->add_subcommand("task", "Train one run of the sweep (what each array task and local worker runs)");
    taskCmd->add_option("sweep", *sweepDir, "Sweep folder")->required();
    taskCmd->add_option("index", *index, "The run's index (SLURM_ARRAY_TASK_ID)")->required();
    taskCmd->callback([=] {
        const int code = runSweepTask(*sweepDir, *index, currentProgramPath());
        if (code == 130) throw Cancelled();
        if (code == kTaskRunLocked) {
            const SweepRun run = expandSweep(SweepSpec::load(*sweepDir), *sweepDir).at(size_t(*index));
            const std::optional<TaskLockHolder> holder = taskLockHolder(*sweepDir, run.name);
            throw ExitStatus(code, *sweepDir + ": run " + run.name + " is trained by another task" +
                                       (holder ? " (" + holder->describe() + ")" : std::string()) + "; left to it");
        }
        if (code != 0) throw Error(*sweepDir, "run " + std::to_string(*index) + " failed: see its log in logs/");
    });
}

}  // namespace faultke::cli
