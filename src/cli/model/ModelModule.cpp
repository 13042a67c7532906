// The entry point of the faultke-cli-model module.
#include <CLI/CLI.hpp>

#include "cli/model/ModelCommands.h"

extern "C" __attribute__((visibility("default"))) void faultke_add_model_commands(CLI::App* app) {
    using namespace faultke::cli;
    addTrainCommand(*app);
    addEvaluateCommand(*app);
    addCalibrateCommand(*app);
    addPredictCommand(*app);
    addExportCommand(*app);
    addBenchCommand(*app);
    addSweepCommand(*app);
}
