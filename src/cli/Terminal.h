#pragma once
// Terminal output of faultke-cli: a progress bar on stderr when it is a terminal, nothing
// otherwise (CI, pipes), and warnings always.
#include <string>

#include "core/util/Progress.h"

namespace faultke::cli {

bool stderrIsTerminal();

// A Progress that draws a one-line bar on a terminal and prints warnings to stderr as
// "warning: ...". Call finish() to clear the bar line.
class TerminalProgress {
public:
    explicit TerminalProgress(std::string label);
    ~TerminalProgress();
    const Progress& progress() const { return progress_; }
    void finish();
    // Ctrl-C asks the work to stop (it throws Cancelled, and its output is not written) instead of
    // killing the program mid-write; a second Ctrl-C kills it.
    void cancelOnInterrupt();

private:
    std::string label_;
    Progress progress_;
    bool active_ = false;
    bool drawn_ = false;
    bool interruptible_ = false;
};

}  // namespace faultke::cli
