// Placeholder: replaced when this command is implemented.
#include <CLI/CLI.hpp>

#include "Commands.h"

namespace faultke::cli {

void addExportCommand(CLI::App& app) { (void)app; }

}  // namespace faultke::cli
