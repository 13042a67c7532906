// Placeholder: replaced when this command is implemented.
#include <CLI/CLI.hpp>

#include "Commands.h"

namespace faultke::cli {

void addLabelsCommand(CLI::App& app) { (void)app; }

}  // namespace faultke::cli
