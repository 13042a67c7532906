#pragma once
// What the split settings make of the labelled experiments: samples per split and the KE
// (two-decimal labels, as training uses them) of every sample per split. Computed from cached
// label tables with the same assignWindows() that prepareDataset() uses, so the Data page shows
// the numbers the prepared dataset will have.
#include <array>
#include <string>
#include <vector>

#include "data/CropSpec.h"
#include "data/Labels.h"
#include "data/Split.h"

namespace faultke::gui {

struct LabelledExperiment {
    std::string name;
    int windowCount = 0;
    const LabelTable* labels = nullptr;  // nullptr while labels are not known yet
};

struct SplitSummary {
    std::array<int, 3> samples{};              // indexed by Split
    std::array<std::vector<double>, 3> ke;     // indexed by Split
    int experimentsCounted = 0;
    int experimentsPending = 0;                // without labels yet (not counted)

    int total() const { return samples[0] + samples[1] + samples[2]; }
    double ratio(Split s) const { return total() ? double(samples[int(s)]) / total() : 0.0; }
};

SplitSummary summarizeSplit(const std::vector<LabelledExperiment>& experiments, const SplitSpec& spec);

}  // namespace faultke::gui
