#pragma once
// Where faultke-cli is, for work the window hands to a process of its own (a sweep keeps training
// after the window closes, as a cluster job would).
#include <QString>

namespace faultke::gui {

// Beside this program (installed), in the build tree's src/cli, or on PATH; empty when nowhere.
QString cliProgramPath();

}  // namespace faultke::gui
