// faultke-cli prepare: raw experiment files -> one labelled, split dataset file.
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/data/Prepare.h"
#include "core/data/SplitSummary.h"

namespace faultke::cli {

namespace {

struct PrepareCommandOptions {
    std::string output;
    std::vector<std::string> inputs;
    std::vector<std::string> trainOnly;
    std::vector<std::string> excluded;
    int evalWindows = SplitSpec{}.evalWindows;
    int testWindows = SplitSpec{}.testWindows;
    uint64_t seed = SplitSpec{}.seed;
    std::string crop = CropSpec{}.toString();
    double dx = kDefaultDx;
    bool originalSplit = false;
    bool dryRun = false;
    bool skipUnreadable = false;
    int centreTracesWithin = -1;
    VariableNames names;
};

void printReport(const std::string& output, const PrepareOptions& options, const PrepareReport& report) {
    int trainOnly = 0, excluded = 0, split = 0, windows = 0, empty = 0, nonFinite = 0, stillFrames = 0;
    for (const PreparedExperiment& e : report.experiments) {
        trainOnly += e.role == ExperimentRole::TrainOnly;
        excluded += e.role == ExperimentRole::Excluded;
        split += e.role == ExperimentRole::Split;
        windows += e.windows;
        empty += e.emptySkipped;
        nonFinite += e.nonFiniteSkipped;
        stillFrames += e.zeroVelocityFramesSkipped;
    }
    std::printf("dataset:      %s\n", output.c_str());
    std::printf("experiments:  %zu (%d split, %d train-only, %d excluded", report.experiments.size(), split, trainOnly,
                excluded);
    if (report.unreadable()) std::printf(", %d unreadable and left out", report.unreadable());
    std::printf(")\n");
    std::printf("windows:      %d in all, %d x %d pixels (crop %s)\n", windows, options.crop.height, options.crop.width,
                options.crop.toString().c_str());
    std::printf("skipped:      %d empty samples, %d non-finite samples, %d zero-velocity frames\n", empty, nonFinite,
                stillFrames);
    std::printf("\n%-22s %-10s %7s %8s %8s %8s\n", "experiment", "role", "windows", "frames", "samples", "skipped");
    for (const PreparedExperiment& e : report.experiments) {
        if (!e.error.empty()) {
            std::printf("%-22s %-10s left out: %s\n", e.name.c_str(), roleName(e.role), e.error.c_str());
            continue;
        }
        std::printf("%-22s %-10s %7d %8d %8d %8d\n", e.name.c_str(), roleName(e.role), e.windows, e.frames, e.samples,
                    e.emptySkipped + e.nonFiniteSkipped);
    }
}

void runPrepare(const PrepareCommandOptions& o) {
    PrepareOptions options;
    options.crop = CropSpec::parse(o.crop);
    options.dx = o.dx;
    options.names = o.names;
    options.skipUnreadable = o.skipUnreadable;
    options.centreTracesWithin = o.centreTracesWithin;
    if (o.originalSplit) options.split = originalSplitSpec();
    // Explicit lists add to (or, without --original-split, make) the grouping.
    options.split.trainOnly.insert(options.split.trainOnly.end(), o.trainOnly.begin(), o.trainOnly.end());
    options.split.excluded.insert(options.split.excluded.end(), o.excluded.begin(), o.excluded.end());
    options.split.evalWindows = o.evalWindows;
    options.split.testWindows = o.testWindows;
    options.split.seed = o.seed;

    const std::vector<std::string> files = expandExperimentInputs(o.inputs);
    TerminalProgress terminal("prepare");
    PrepareReport report;
    SplitSummary summary;
    if (o.dryRun)
        summary = summarizeSplit(prepareDataset(files, options, &terminal.progress(), &report));
    else
        summary = prepareDatasetFile(files, options, o.output, &terminal.progress(), &report);
    terminal.finish();
    printReport(o.dryRun ? "(dry run: nothing written)" : o.output, options, report);
    std::printf("\n%s", formatSplitSummary(summary).c_str());
}

}  // namespace

void addPrepareCommand(CLI::App& app) {
    auto o = std::make_shared<PrepareCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "prepare", "Label raw experiments, cut their windows and split them into one dataset file (MAT v7.3)");
    cmd->add_option("inputs", o->inputs, "Experiment .mat files or folders holding them")->required();
    auto* output = cmd->add_option("-o,--output", o->output, "Dataset file to write (.mat)");
    auto* dryRun = cmd->add_flag("--dry-run", o->dryRun,
                                 "Read, label and split the experiments and print the summary; write nothing");
    output->excludes(dryRun);
    cmd->add_flag("--skip-unreadable", o->skipUnreadable,
                  "Leave out experiments that cannot be read (named in the summary) instead of failing");
    // One comma-separated value per occurrence: without allow_extra_args(false) a list option
    // would swallow the input files that follow it.
    cmd->add_option("--train-only", o->trainOnly, "Experiments whose samples all go to training (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd->add_option("--exclude", o->excluded, "Experiments to leave out (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd->add_option("--eval-windows", o->evalWindows, "Eval windows per split experiment")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--test-windows", o->testWindows, "Test windows per split experiment")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--seed", o->seed, "Seed of the window shuffle")->capture_default_str();
    cmd->add_option("--crop", o->crop, "Windows as ROW,STRIDE,HEIGHT,WIDTH")->capture_default_str();
    cmd->add_option("--dx", o->dx, "Grid step (mm)")->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_flag("--original-split", o->originalSplit,
                  "The published grouping: EB_025_1, EB_050_1, EB_150_1, PP_025_1, PP_050_1, PP_100_1 train-only, "
                  "PP_150_1 excluded");
    cmd->add_option("--centre-traces", o->centreTracesWithin,
                    "Move each window's traces across strike until their middle is at most ROWS from the middle row "
                    "(0: on it, as prediction's window centring puts them; not in the original; labels unchanged)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--curl-var", o->names.curl, "Name of the curl variable")->capture_default_str();
    cmd->add_option("--fault-var", o->names.fault, "Name of the fault-map variable")->capture_default_str();
    cmd->add_option("--u-var", o->names.u, "Name of the x-displacement variable")->capture_default_str();
    cmd->add_option("--v-var", o->names.v, "Name of the y-displacement variable")->capture_default_str();
    cmd->callback([o, output] {
        if (!o->dryRun && output->count() == 0) throw CLI::RequiredError("--output (or --dry-run)");
        runPrepare(*o);
    });
}

}  // namespace faultke::cli
