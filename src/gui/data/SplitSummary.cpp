#include "data/SplitSummary.h"

namespace faultke::gui {

SplitSummary summarizeSplit(const std::vector<LabelledExperiment>& experiments, const SplitSpec& spec) {
    SplitSummary summary;
    for (const LabelledExperiment& e : experiments) {
        const ExperimentRole role = spec.roleOf(e.name);
        if (role == ExperimentRole::Excluded) continue;
        if (!e.labels) {
            ++summary.experimentsPending;
            continue;
        }
        ++summary.experimentsCounted;
        const std::vector<Split> windowSplits = assignWindows(spec, e.name, e.windowCount);
        for (const WindowLabel& sample : e.labels->kept) {
            Split split = Split::Train;
            if (role != ExperimentRole::TrainOnly && sample.window >= 0 &&
                sample.window < static_cast<int>(windowSplits.size()))
                split = windowSplits[static_cast<size_t>(sample.window)];
            ++summary.samples[int(split)];
            summary.ke[int(split)].push_back(sample.label.keLabel);
        }
    }
    return summary;
}

}  // namespace faultke::gui
