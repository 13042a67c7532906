#pragma once
// Loading the module that holds the commands running the network (cli/model/), only when the
// command line asks for one of them: the data commands then start in milliseconds, without
// libtorch.
#include <string>

namespace CLI {
class App;
}

namespace faultke::cli {

// True when the command line names a model command, or none (so that the help lists them all).
bool wantsModelCommands(int argc, char** argv);

// Loads the module (beside the program, or in ../lib/faultke; FAULTKE_CLI_MODULE overrides) and
// adds its commands to app. Throws Error saying where it looked when it cannot.
void addModelCommands(CLI::App& app);

}  // namespace faultke::cli
