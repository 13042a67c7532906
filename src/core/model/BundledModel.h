#pragma once
// The model FaultKE ships, trained by FaultKE itself on its synthetic experiments
// (scripts/make-bundled-model.sh reproduces it): an ensemble of members trained with different
// seeds, and its card (faultke-synthetic.json): what it was trained on, how well it did, its
// members' checkpoints and the calibration of its intervals. Ensemble::load({kBundledModel})
// loads every member; Predictor::load(kBundledModel) the first.
#include <string>
#include <vector>

#include "core/model/IntervalCalibration.h"

namespace faultke {

struct ModelCard {
    std::string name;
    std::string trainedOn;  // one sentence: what the model has seen (synthetic experiments)
    std::string dataset;    // how the dataset was made
    int trainSamples = 0, evalSamples = 0, testSamples = 0;
    int epochs = 0;
    int bestEpoch = 0;
    std::string bestEpochRule;
    double evalAccuracy = 0, evalR2 = 0;  // 2SD accuracy and R2 of the best epoch
    double testAccuracy = 0, testR2 = 0;
    std::string reproduce;  // the command that makes it again
    // The members' checkpoints, as paths (the card names them relative to itself), and the epoch
    // each one's rule chose. bestEpoch above is the first member's.
    std::vector<std::string> members;
    std::vector<int> memberEpochs;
    // evalAccuracy... above are the ensemble's: the members' mean KE against the labels.
    IntervalCalibration intervals;    // calibrated on the eval windows; testCoverage measured on the test windows
    std::vector<std::string> checks;  // "target: measured" lines (docs/prediction.md)
};

// Where the bundled model's card is: $FAULTKE_BUNDLED_MODEL when set, else the installed
// share/faultke/models next to the program, else the source tree's resources/models. Throws
// Error when none exists.
std::string bundledModelCardPath();
// Its members' checkpoints; the first one's path.
std::vector<std::string> bundledModelPaths();
std::string bundledModelPath();

// The card. Throws Error naming the file when it is missing or broken, or names no member.
ModelCard readBundledModelCard();
ModelCard readModelCard(const std::string& path);

// The card as a few lines of text for a dialog or a terminal.
std::string formatModelCard(const ModelCard& card);

}  // namespace faultke
