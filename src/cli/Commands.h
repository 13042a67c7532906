#pragma once
// Each subcommand of faultke-cli lives in its own Command*.cpp and registers itself here; those
// that run the network are in model/ (model/ModelCommands.h), a module loaded on demand.
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

}  // namespace faultke::cli
