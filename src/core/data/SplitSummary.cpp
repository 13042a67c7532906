#include "core/data/SplitSummary.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "core/data/Dataset.h"

namespace faultke {

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

SplitSummary summarizeSplit(const Dataset& dataset) {
    SplitSummary summary;
    summary.experimentsCounted = static_cast<int>(dataset.experiments.size());
    for (const Sample& s : dataset.samples) {
        ++summary.samples[int(s.split)];
        summary.ke[int(s.split)].push_back(s.keLabel);
    }
    return summary;
}

std::string formatSplitSummary(const SplitSummary& summary) {
    std::string out;
    char line[128];
    std::snprintf(line, sizeof line, "%-8s %8s %7s %8s %8s %8s\n", "split", "samples", "ratio", "KE mean", "KE min",
                  "KE max");
    out += line;
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        const std::vector<double>& ke = summary.ke[size_t(s)];
        if (ke.empty()) {
            std::snprintf(line, sizeof line, "%-8s %8d %7.3f %8s %8s %8s\n", splitName(s), 0, 0.0, "-", "-", "-");
        } else {
            const double mean = std::accumulate(ke.begin(), ke.end(), 0.0) / double(ke.size());
            const auto [lo, hi] = std::minmax_element(ke.begin(), ke.end());
            std::snprintf(line, sizeof line, "%-8s %8d %7.3f %8.3f %8.2f %8.2f\n", splitName(s),
                          summary.samples[size_t(s)], summary.ratio(s), mean, *lo, *hi);
        }
        out += line;
    }
    std::snprintf(line, sizeof line, "%-8s %8d %7.3f\n", "total", summary.total(), summary.total() ? 1.0 : 0.0);
    out += line;
    return out;
}

}  // namespace faultke
