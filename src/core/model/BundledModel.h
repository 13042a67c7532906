#pragma once
// The model FaultKE ships, trained by FaultKE itself on its synthetic experiments
// (scripts/make-bundled-model.sh reproduces it), and its card: what it was trained on and how
// well it did. Predictor::load(kBundledModel) loads it.
#include <string>

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
};

// Where the bundled model's checkpoint is: $FAULTKE_BUNDLED_MODEL when set, else the installed
// share/faultke/models next to the program, else the source tree's resources/models. Throws
// Error when none exists.
std::string bundledModelPath();

// The card beside the checkpoint (same name, .json). Throws Error naming the file when it is
// missing or broken.
ModelCard readBundledModelCard();
ModelCard readModelCard(const std::string& path);

// The card as a few lines of text for a dialog or a terminal.
std::string formatModelCard(const ModelCard& card);

}  // namespace faultke
