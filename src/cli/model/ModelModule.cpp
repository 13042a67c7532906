// The entry point of the faultke-cli-model module.
#include <CLI/CLI.hpp>

#include <iterator>
#include <stdexcept>
#include <string>

#include "cli/ModelCommandNames.h"
#include "cli/model/ModelCommands.h"

extern "C" __attribute__((visibility("default"))) void faultke_add_model_commands(CLI::App* app) {
    using namespace faultke::cli;
    // In kModelCommandNames' order: the launcher loads this module for exactly those names.
    void (*const adders[])(CLI::App&) = {addTrainCommand,  addEvaluateCommand, addCalibrateCommand, addPredictCommand,
                                         addExportCommand, addBenchCommand,    addSweepCommand,     addParamsCommand};
    static_assert(std::size(adders) == std::size(kModelCommandNames),
                  "a model command without its name, or a name "
                  "without its command");
    for (size_t i = 0; i < std::size(adders); ++i) {
        adders[i](*app);
        const auto commands = app->get_subcommands([](const CLI::App*) { return true; });
        if (commands.empty() || commands.back()->get_name() != kModelCommandNames[i])
            throw std::logic_error(std::string("the model module added a command other than '") +
                                   kModelCommandNames[i] + "': cli/ModelCommandNames.h is out of step");
    }
}
