#pragma once
// Each subcommand of faultke-cli lives in its own Command*.cpp and registers itself here.
// A command parses its options, calls the core, and prints; it holds no pipeline logic.
namespace CLI {
class App;
}

namespace faultke::cli {

void addSynthCommand(CLI::App& app);
void addInspectCommand(CLI::App& app);
void addLabelsCommand(CLI::App& app);
void addPrepareCommand(CLI::App& app);
void addLegacyCommands(CLI::App& app);  // export-legacy, import-legacy
void addTrainCommand(CLI::App& app);
void addEvaluateCommand(CLI::App& app);
void addPredictCommand(CLI::App& app);
void addExportCommand(CLI::App& app);
void addBenchCommand(CLI::App& app);

}  // namespace faultke::cli
