// Placeholder: replaced when this command is implemented.
#include <CLI/CLI.hpp>

#include "Commands.h"

namespace faultke::cli {

void addLegacyCommands(CLI::App& app) { (void)app; }

}  // namespace faultke::cli
