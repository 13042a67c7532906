#pragma once
// What the split settings make of the experiments: samples per split and the KE (two-decimal
// labels, as training uses them) of every sample per split. The Data page computes it from
// cached label tables with the same assignWindows() that prepareDataset() uses, so it shows the
// numbers the prepared dataset will have; `faultke-cli prepare --dry-run` computes it from the
// prepared dataset and prints it without writing.
#include <array>
#include <string>
#include <vector>

#include "core/data/Labels.h"
#include "core/data/Split.h"

namespace faultke {

class Dataset;

struct LabelledExperiment {
    std::string name;
    int windowCount = 0;
    const LabelTable* labels = nullptr;  // nullptr while labels are not known yet
};

struct SplitSummary {
    std::array<int, 3> samples{};           // indexed by Split
    std::array<std::vector<double>, 3> ke;  // indexed by Split
    int experimentsCounted = 0;
    int experimentsPending = 0;  // without labels yet (not counted)

    int total() const { return samples[0] + samples[1] + samples[2]; }
    double ratio(Split s) const { return total() ? double(samples[int(s)]) / total() : 0.0; }
};

SplitSummary summarizeSplit(const std::vector<LabelledExperiment>& experiments, const SplitSpec& spec);
SplitSummary summarizeSplit(const Dataset& dataset);

// A plain-text table: per split its samples, share and KE mean, min and max.
std::string formatSplitSummary(const SplitSummary& summary);

}  // namespace faultke
