#pragma once
// Scores a trained network on a Dataset (section 7 of the original): one prediction per sample
// and the per-split figures. Plain types, for the CLI's `evaluate` and the GUI's Evaluate page.
#include <array>
#include <string>
#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Device.h"
#include "core/model/Metrics.h"
#include "core/model/TrainParams.h"

namespace faultke {

struct SamplePrediction {
    Split split = Split::Train;
    std::string experiment;
    int window = 0, frame = 0;
    double ke = 0, sd = 0;  // the targets compared against (label precision of the run)
    double prediction = 0;
    bool correct = false;  // |prediction - ke| <= 2 sd
};

struct EvaluationResult {
    int epoch = 0;  // 0 when a bare checkpoint was evaluated
    std::string checkpoint;
    std::vector<SamplePrediction> samples;  // in dataset order
    std::array<SplitMetrics, 3> splits;     // indexed by Split
};

struct EvaluateOptions {
    DeviceChoice device = DeviceChoice::Auto;
    LossKind loss = LossKind::Original;
    LabelPrecision labelPrecision = LabelPrecision::TwoDecimals;
    int batchSize = 256;
};

// A checkpoint file on every sample of the dataset. Throws Error naming the file when it is
// broken or its input size differs from the dataset's windows.
EvaluationResult evaluateCheckpoint(const std::string& checkpoint, const Dataset& data,
                                    const EvaluateOptions& options = EvaluateOptions());

// A run's epoch ("best" or a number) with the run's own loss, label precision and batch size.
EvaluationResult evaluateRun(const std::string& runDir, const Dataset& data, const std::string& epoch = "best",
                             DeviceChoice device = DeviceChoice::Auto);

// A model that has not learnt yet (a run of a few epochs) predicts nearly the same KE for every
// window: the SD of its predictions against that of the true KE. Empty when it varies enough (its
// predictions spread at least a fifth as much as the labels), else a sentence to show the user.
std::string notLearntNotice(const EvaluationResult& result);

// split,experiment,window,frame,ke,sd,prediction,correct (atomic).
void writePredictionsCsv(const std::string& path, const EvaluationResult& result);

}  // namespace faultke
