// faultke-cli labels FILE.mat: the KE/SD label of every kept (window, frame) sample, as CSV.
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
#include "core/data/Labels.h"
#include "core/util/AtomicFile.h"
#include "core/util/Csv.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke::cli {

namespace {

struct LabelsOptions {
    std::string file;
    std::string crop = CropSpec{}.toString();
    double dx = kDefaultDx;
    std::string output;
    VariableNames names;
};

std::string labelsCsv(const std::string& experiment, const LabelTable& table) {
    std::string csv = "experiment,window,frame,ke,sd,ke_label,sd_label\n";
    char ke[32], sd[32];
    for (const WindowLabel& s : table.kept) {
        std::snprintf(ke, sizeof ke, "%.17g", s.label.ke);
        std::snprintf(sd, sizeof sd, "%.17g", s.label.sd);
        csv += csvRecord(
            {experiment, std::to_string(s.window), std::to_string(s.frame), ke, sd, s.label.keText, s.label.sdText});
    }
    return csv;
}

void runLabels(const LabelsOptions& options) {
    refuseOutputOverInput(options.output, {options.file});
    const CropSpec crop = CropSpec::parse(options.crop);
    if (!std::isfinite(options.dx) || options.dx <= 0)
        throw Error("--dx must be a positive number, got " + std::to_string(options.dx));

    TerminalProgress terminal("labels");
    const Experiment exp =
        Experiment::load(options.file, options.names, Experiment::Content::LabelsOnly, &terminal.progress());
    for (const std::string& w : exp.warnings()) terminal.progress().warning(w);
    const LabelTable table = labelExperiment(exp, crop, options.dx, &terminal.progress());
    terminal.finish();

    const std::string csv = labelsCsv(exp.name(), table);
    if (options.output.empty()) {
        std::fwrite(csv.data(), 1, csv.size(), stdout);
        std::fflush(stdout);
    } else {
        writeTextAtomically(options.output, csv);
    }
}

}  // namespace

void addLabelsCommand(CLI::App& app) {
    auto options = std::make_shared<LabelsOptions>();
    CLI::App* cmd = app.add_subcommand("labels", "Compute the KE/SD label of every (window, frame) sample as CSV");
    cmd->add_option("file", options->file, "Experiment .mat file")->required();
    cmd->add_option("--crop", options->crop, "Windows as ROW,STRIDE,HEIGHT,WIDTH")->capture_default_str();
    cmd->add_option("--dx", options->dx, "Grid step in mm")->capture_default_str();
    cmd->add_option("-o,--output", options->output, "Write the CSV to this file instead of stdout");
    cmd->add_option("--curl-var", options->names.curl, "Name of the curl variable")->capture_default_str();
    cmd->add_option("--fault-var", options->names.fault, "Name of the fault-map variable")->capture_default_str();
    cmd->add_option("--u-var", options->names.u, "Name of the x-displacement variable")->capture_default_str();
    cmd->add_option("--v-var", options->names.v, "Name of the y-displacement variable")->capture_default_str();
    cmd->callback([options] { onFile(options->file, [&] { runLabels(*options); }); });
}

}  // namespace faultke::cli
