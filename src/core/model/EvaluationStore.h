#pragma once
// A run's evaluations kept beside it, so reopening one is instant: for each evaluated epoch
// evaluations/epoch-NNN.csv (the per-sample predictions, as `faultke-cli evaluate -o` writes
// them) and epoch-NNN.json (the per-split figures and the fingerprint of the dataset they were
// computed on). A dataset that changed since is detected by its fingerprint and evaluated
// again, never silently reused. Plus what the Evaluate page shows of a subset of samples.
#include <array>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/model/Evaluation.h"

namespace faultke {

struct Progress;

// A hash of what the predictions depend on: the samples (experiment, window, frame, split,
// labels) and every window's pixels.
std::string datasetFingerprint(const Dataset& data);

// The run's stored evaluation of `epoch` when it was made on a dataset with `fingerprint`;
// false otherwise (none stored, another dataset, unreadable files).
bool readStoredEvaluation(const std::string& runDir, int epoch, const std::string& fingerprint,
                          EvaluationResult& result);
void storeEvaluation(const std::string& runDir, const EvaluationResult& result, const std::string& fingerprint);

// evaluateRun, or the stored result when it is still valid for this dataset; `reused` says
// which. Stores what it computes. Throws Error naming the file (a run without that epoch's
// checkpoint, a dataset whose windows do not fit the network).
EvaluationResult evaluateRunStored(const std::string& runDir, const Dataset& data, const std::string& epoch,
                                   DeviceChoice device, bool* reused = nullptr);

// Reads what writePredictionsCsv wrote; throws Error naming the file and line.
std::vector<SamplePrediction> readPredictionsCsv(const std::string& path);

// Which samples a view shows.
struct PredictionFilter {
    std::set<std::string> experiments;  // empty: all
    bool correct = true, incorrect = true;
    double keMin = -std::numeric_limits<double>::infinity();
    double keMax = std::numeric_limits<double>::infinity();
    bool accepts(const SamplePrediction& s) const;
};

// The figures fig. 3 prints beside each split, for the samples a filter lets through.
struct SplitFigures {
    int count = 0;
    int correct = 0;  // within 2 SD
    double accuracy2sd = 0, accuracy1sd = 0;
    double r2 = 0, mae = 0, rmse = 0;
};
std::array<SplitFigures, 3> summarizePredictions(const std::vector<SamplePrediction>& samples,
                                                 const PredictionFilter& filter = {});

}  // namespace faultke
