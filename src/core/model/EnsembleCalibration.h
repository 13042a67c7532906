#pragma once
// Calibrates the intervals of any models read as one ensemble (runs, a repeat group, checkpoints,
// the bundled model) on a dataset: every member predicts every sample (a run's stored evaluation
// is reused when it is still valid), the scale comes from the eval windows alone, and the
// coverage and the ensemble's figures on the test windows are measured, never used to choose.
#include <array>
#include <string>
#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Device.h"
#include "core/model/IntervalCalibration.h"
#include "core/model/Metrics.h"

namespace faultke {

struct EnsembleCalibration {
    IntervalCalibration intervals;  // its testCoverage set from the test windows (-1 without any)
    int testWindows = 0;
    int members = 0;                     // the models read as one (the bundled model's five counted)
    std::array<SplitMetrics, 3> splits;  // the ensemble mean's figures, indexed by Split
};

// models: as Ensemble::load takes them (run folders at `epoch`, checkpoint files, kBundledModel).
// Throws Error naming the model or the dataset (no eval windows, too few for the level, a model
// that cannot be evaluated).
EnsembleCalibration calibrateEnsemble(const std::vector<std::string>& models, const Dataset& data,
                                      const std::string& datasetName, const std::string& epoch = "best",
                                      DeviceChoice device = DeviceChoice::Auto, double level = 0.9);

}  // namespace faultke
