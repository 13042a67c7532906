#pragma once
// The faultke-cli commands that run the network. They are built into a module of their own
// (faultke-cli-model), which the program loads only when one of them is asked for.
namespace CLI {
class App;
}

namespace faultke::cli {

void addTrainCommand(CLI::App& app);
void addEvaluateCommand(CLI::App& app);
void addCalibrateCommand(CLI::App& app);
void addPredictCommand(CLI::App& app);
void addExportCommand(CLI::App& app);
void addBenchCommand(CLI::App& app);
void addSweepCommand(CLI::App& app);
void addParamsCommand(CLI::App& app);

}  // namespace faultke::cli

// The module's one entry point, found by name after loading it: adds the commands above.
extern "C" void faultke_add_model_commands(CLI::App* app);
