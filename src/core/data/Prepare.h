#pragma once
// From raw experiment files to a labelled, split Dataset: what `faultke-cli prepare` and the
// Data page's Prepare button run.
#include <string>
#include <vector>

#include "data/CropSpec.h"
#include "data/Dataset.h"
#include "data/Experiment.h"
#include "data/Split.h"

namespace faultke {

struct Progress;

struct PrepareOptions {
    CropSpec crop;
    double dx = kDefaultDx;
    SplitSpec split;
    VariableNames names;
};

// Expands folders to the .mat files they hold (sorted by name), keeps files as given.
std::vector<std::string> expandExperimentInputs(const std::vector<std::string>& inputs);

// Loads each experiment (one at a time, LabelsOnly), labels it, cuts the windows, assigns
// splits. Warnings (skipped samples, ...) go to progress->warn. Throws Error naming the file
// that failed; Cancelled when progress->cancel is set.
Dataset prepareDataset(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                       const Progress* progress = nullptr);

}  // namespace faultke
