// faultke-cli calibrate: calibrates the intervals of any models read as one ensemble (runs, a
// repeat group, checkpoints, the bundled model) on a dataset's eval windows, reports the coverage
// on its test windows, and writes the calibration for `predict --intervals`.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/model/ModelCommands.h"
#include "core/data/Dataset.h"
#include "core/model/EnsembleCalibration.h"
#include "core/model/RunCatalog.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke::cli {

namespace {

struct CalibrateOptions {
    std::vector<std::string> models;
    std::string data;
    std::string epoch = "best";
    double level = 0.9;
    std::string output;
    std::string device = "auto";
};

void runCalibrate(const CalibrateOptions& o) {
    if (!(o.level > 0 && o.level < 1)) throw Error("--level must be between 0 and 1, e.g. 0.9");
    std::vector<std::string> models;
    for (const std::string& model : o.models)
        for (const std::string& run : repeatGroupRuns(model)) models.push_back(run);
    std::vector<std::string> read = models;
    read.push_back(o.data);
    refuseOutputOverInput(o.output, read);
    const Dataset data = Dataset::load(o.data);
    const EnsembleCalibration c =
        calibrateEnsemble(models, data, o.data, o.epoch, parseDeviceChoice(o.device), o.level);
    const IntervalCalibration& i = c.intervals;
    std::printf("%d model%s; %.0f %% intervals: mean +- %.4f x (SD + %.3f), calibrated on %d eval windows\n", c.members,
                c.members == 1 ? "" : "s", i.level * 100, i.scale, i.sdFloor, i.windows);
    if (i.testCoverage >= 0)
        std::printf("test windows: %d, %.1f %% of their true KE inside their interval\n", c.testWindows,
                    i.testCoverage * 100);
    std::printf("%-6s %8s %9s %9s\n", "split", "samples", "acc(2SD)", "R2");
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        const SplitMetrics& m = c.splits[size_t(s)];
        if (m.count > 0) std::printf("%-6s %8lld %9.4f %9.4f\n", splitName(s), (long long)m.count, m.accuracy2sd, m.r2);
    }
    if (!o.output.empty()) {
        writeTextAtomically(o.output, intervalCalibrationJson(i));
        std::printf("calibration: %s\n", o.output.c_str());
    }
}

}  // namespace

void addCalibrateCommand(CLI::App& app) {
    auto o = std::make_shared<CalibrateOptions>();
    CLI::App* cmd = app.add_subcommand(
        "calibrate",
        "Calibrate the KE intervals of a model or an ensemble on a dataset's eval windows (split-conformal: "
        "mean +- scale x (members' SD + 0.01)), report how many test windows they hold, and write the "
        "calibration for `predict --intervals`");
    cmd->add_option("models", o->models,
                    "Run folders, repeat groups (NAME for NAME-r1, NAME-r2, ...), checkpoints, or bundled; several "
                    "are one ensemble")
        ->required();
    cmd->add_option("--data", o->data, "Dataset file made by `prepare`, with eval windows")->required();
    cmd->add_option("--epoch", o->epoch, "best (each run's chosen epoch) or an epoch number");
    cmd->add_option("--level", o->level, "Share of windows the intervals should hold")->capture_default_str();
    cmd->add_option("-o,--output", o->output, "Write the calibration (JSON) to this file");
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda", "gpu"}));
    cmd->callback([o] { runCalibrate(*o); });
}

}  // namespace faultke::cli
