#pragma once
// From raw experiment files to a labelled, split Dataset: what `faultke-cli prepare` and the
// Data page's Prepare button run.
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Dataset.h"
#include "core/data/Experiment.h"
#include "core/data/Split.h"
#include "core/data/SplitSummary.h"

namespace faultke {

struct Progress;

struct PrepareOptions {
    CropSpec crop;
    double dx = kDefaultDx;
    SplitSpec split;
    VariableNames names;
    // An experiment that cannot be read or labelled is left out (named in a warning and in the
    // report) instead of failing the whole dataset. Off: the first bad file fails it.
    bool skipUnreadable = false;
    // FaultKE's own, not the original's: when >= 0, each kept window's fault map is moved across
    // strike until the middle of its trace rows is at most this many rows from the middle row
    // (0: on it, as prediction's `window` centring puts it, the same rule); rows moved past an edge
    // are dropped and the vacated rows left empty. Labels are those of the window as cut: a
    // column's slip does not depend on where along the rows its trace lies.
    int centreTracesWithin = -1;
};

// What prepare did with each input, for summaries (the CLI's table, the Data page).
struct PreparedExperiment {
    std::string name;
    std::string path;
    ExperimentRole role = ExperimentRole::Split;
    int windows = 0;  // per frame
    int frames = 0;
    int samples = 0;  // kept (window, frame) pairs
    int emptySkipped = 0;
    int nonFiniteSkipped = 0;
    int zeroVelocityFramesSkipped = 0;  // frames, not samples
    std::string error;                  // why it was left out (skipUnreadable), else empty
};

struct PrepareReport {
    std::vector<PreparedExperiment> experiments;  // in input order; excluded ones are not loaded
    int unreadable() const;                       // left out with an error
};

// Expands folders to the .mat files they hold (sorted by name), keeps files as given.
std::vector<std::string> expandExperimentInputs(const std::vector<std::string>& inputs);

// Reads each experiment frame by frame and labels it as it reads (ExperimentFrames; several
// experiments at a time, each in a few megabytes), cuts the windows, assigns splits. The result does not
// depend on the thread count: samples are ordered by input, window, frame. Warnings (skipped samples, ...) go to
// progress->warn. Throws Error naming the file that failed; Cancelled when progress->cancel is set. Progress callbacks
// are made on the calling thread only. `report`, when given, receives per-experiment counts.
Dataset prepareDataset(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                       const Progress* progress = nullptr, PrepareReport* report = nullptr);

// prepareDataset, then Dataset::save to `output` (atomic: an earlier file stays intact until
// the new one is complete). Returns what the written dataset holds per split.
SplitSummary prepareDatasetFile(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                                const std::string& output, const Progress* progress = nullptr,
                                PrepareReport* report = nullptr);

}  // namespace faultke
