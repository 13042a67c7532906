#pragma once
// How long work reports progress and learns that it should stop, without knowing who listens
// (a terminal bar in the CLI, a QProgressBar in the GUI, nothing in tests).
#include <atomic>
#include <functional>
#include <string>

#include "core/util/Error.h"

namespace faultke {

struct Progress {
    // fraction in [0, 1]; message says what is being done ("EB_025_1: frame 12 of 228").
    std::function<void(double fraction, const std::string& message)> report;
    // Set from any thread; the work checks it between units and throws Cancelled.
    const std::atomic<bool>* cancel = nullptr;
    // Non-fatal problems (skipped samples, odd values) go here as whole sentences.
    std::function<void(const std::string& warning)> warn;

    void update(double fraction, const std::string& message) const {
        if (report) report(fraction, message);
    }
    void warning(const std::string& text) const {
        if (warn) warn(text);
    }
    void checkCancel() const {
        if (cancel && cancel->load(std::memory_order_relaxed)) throw Cancelled();
    }
};

// A sub-range [begin, end) of a parent's progress, for work made of steps.
inline Progress subProgress(const Progress& parent, double begin, double end) {
    Progress child = parent;
    if (parent.report) {
        auto report = parent.report;
        child.report = [report, begin, end](double f, const std::string& m) { report(begin + (end - begin) * f, m); };
    }
    return child;
}

}  // namespace faultke
