// faultke-cli inspect FILE.mat: what an experiment file holds and whether FaultKE can use it.
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/CommandFailure.h"
#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"

namespace faultke::cli {

namespace {

struct InspectOptions {
    std::string file;
    std::string crop = CropSpec{}.toString();
    VariableNames names;
};

std::string dimsText(const std::vector<size_t>& dims) {
    std::string s;
    for (size_t i = 0; i < dims.size(); ++i) s += (i ? " x " : "") + std::to_string(dims[i]);
    return s;
}

void runInspect(const InspectOptions& options) {
    const CropSpec crop = CropSpec::parse(options.crop);
    const ExperimentInfo info = Experiment::inspect(options.file, options.names);

    std::printf("file:       %s\n", info.path.c_str());
    std::printf("experiment: %s\n", info.name.c_str());
    std::printf("format:     %s\n", info.format.c_str());
    std::printf("variables:\n");
    for (const VariableInfo& v : info.variables)
        std::printf("  %-14s %-8s %s\n", v.name.c_str(), v.className.c_str(), dimsText(v.dims).c_str());
    std::printf("frames:     %d\n", info.frames);
    std::printf("frame size: %d rows x %d columns\n", info.rows, info.cols);
    std::printf("windows:    %d per frame (crop %s)\n", crop.windowCount(info.cols), crop.toString().c_str());
    std::fflush(stdout);

    // vel_tot needs the data; LabelsOnly keeps memory to curl and fault map.
    TerminalProgress terminal("inspect");
    const Experiment exp =
        Experiment::load(options.file, options.names, Experiment::Content::LabelsOnly, &terminal.progress());
    terminal.finish();
    double lo = INFINITY, hi = -INFINITY;
    int unusable = 0;
    for (double v : exp.velTots()) {
        if (!std::isfinite(v) || v == 0) {
            ++unusable;
            continue;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (unusable == exp.frames())
        std::printf("vel_tot:    no frame has a usable plate velocity\n");
    else
        std::printf("vel_tot:    min %.6g, max %.6g\n", lo, hi);
    std::printf("vel_tot zero or non-finite: %d frame%s\n", unusable, unusable == 1 ? "" : "s");
    if (crop.firstRow + crop.height > info.rows || crop.width > info.cols)
        std::printf("note:       the crop %s does not fit these frames\n", crop.toString().c_str());
    for (const std::string& w : exp.warnings()) terminal.progress().warning(w);
}

}  // namespace

void addInspectCommand(CLI::App& app) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* cmd =
        app.add_subcommand("inspect", "Show the variables, shapes and plate velocities of an experiment .mat file");
    cmd->add_option("file", options->file, "Experiment .mat file")->required();
    cmd->add_option("--crop", options->crop, "Windows as ROW,STRIDE,HEIGHT,WIDTH")->capture_default_str();
    cmd->add_option("--curl-var", options->names.curl, "Name of the curl variable")->capture_default_str();
    cmd->add_option("--fault-var", options->names.fault, "Name of the fault-map variable")->capture_default_str();
    cmd->add_option("--u-var", options->names.u, "Name of the x-displacement variable")->capture_default_str();
    cmd->add_option("--v-var", options->names.v, "Name of the y-displacement variable")->capture_default_str();
    cmd->callback([options] { onFile(options->file, [&] { runInspect(*options); }); });
}

}  // namespace faultke::cli
