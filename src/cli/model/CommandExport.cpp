// faultke-cli export --model RUN|MODEL.hdf5 -o MODEL.pt: a trained model as a TorchScript file
// that runs with torch.jit.load, without FaultKE.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/model/ModelCommands.h"
#include "core/model/TorchScriptExport.h"

namespace faultke::cli {

namespace {

struct ExportOptions {
    std::string model;
    std::string epoch = "best";
    std::string output;
};

void runExport(const ExportOptions& options) {
    const ModelInfo info = exportTorchScript(options.model, options.epoch, options.output);
    std::printf("exported %s to %s\n", info.description.c_str(), options.output.c_str());
}

}  // namespace

void addExportCommand(CLI::App& app) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Export a trained model as TorchScript (torch.jit.load)");
    cmd->add_option("--model", options->model, "Run folder, checkpoint (.pt) or Keras model (.hdf5/.h5)")->required();
    cmd->add_option("--epoch", options->epoch, "For a run folder: best or an epoch number")->capture_default_str();
    cmd->add_option("-o,--output", options->output, "TorchScript file to write")->required();
    cmd->callback([options] { runExport(*options); });
}

}  // namespace faultke::cli
