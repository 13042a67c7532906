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

// What prepare did with each input, for summaries (the CLI's table, the Data page).
struct PreparedExperiment {
    std::string name;
    std::string path;
    ExperimentRole role = ExperimentRole::Split;
    int windows = 0;   // per frame
    int frames = 0;
    int samples = 0;   // kept (window, frame) pairs
    int emptySkipped = 0;
    int nonFiniteSkipped = 0;
    int zeroVelocityFramesSkipped = 0;  // frames, not samples
};

struct PrepareReport {
    std::vector<PreparedExperiment> experiments;  // in input order; excluded ones are not loaded
};

// Expands folders to the .mat files they hold (sorted by name), keeps files as given.
std::vector<std::string> expandExperimentInputs(const std::vector<std::string>& inputs);

// Loads each experiment (LabelsOnly; at most two at a time, on two threads, so memory holds at
// most two experiments), labels it, cuts the windows, assigns splits. The result does not
// depend on the thread count: samples are ordered by input, window, frame. Warnings (skipped samples, ...) go to progress->warn. Throws Error naming the file
// that failed; Cancelled when progress->cancel is set. Progress callbacks are made on the
// calling thread only. `report`, when given, receives per-experiment counts.
Dataset prepareDataset(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                       const Progress* progress = nullptr, PrepareReport* report = nullptr);

}  // namespace faultke
