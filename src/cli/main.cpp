// faultke-cli: batch and headless access to the FaultKE core.
#include <cstdio>
#include <exception>
#include <new>

#include <CLI/CLI.hpp>

#include "cli/CommandFailure.h"
#include "cli/Commands.h"
#include "cli/ModelModule.h"
#include "core/util/Error.h"
#include "core/util/Measurement.h"

int main(int argc, char** argv) {
    faultke::reportPeakMemoryAtExit();  // for `bench`, which runs faultke-cli as a child
    CLI::App app{"FaultKE: kinematic efficiency of strike-slip faults from fault maps"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("faultke-cli ") + FAULTKE_VERSION);

    using namespace faultke::cli;
    addSynthCommand(app);
    addInspectCommand(app);
    addLabelsCommand(app);
    addPrepareCommand(app);
    addLegacyCommands(app);

    try {
        if (wantsModelCommands(argc, argv)) addModelCommands(app);
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const faultke::cli::ExitStatus& e) {
        std::fprintf(stderr, "faultke-cli: %s\n", e.what());
        return e.status();
    } catch (const faultke::Cancelled&) {
        std::fprintf(stderr, "faultke-cli: cancelled\n");
        return 130;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr,
                     "faultke-cli: not enough memory for this (the data are larger than this machine can hold)\n");
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "faultke-cli: %s\n", e.what());
        return 1;
    }
    return 0;
}
