#pragma once
// Assigning samples to train / eval / test by true window index (section 4 of the original,
// without its chunking quirk), reproducibly from a seed.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace faultke {

enum class Split : uint8_t { Train = 0, Eval = 1, Test = 2 };
const char* splitName(Split s);  // "train", "eval", "test"
bool parseSplit(const std::string& text, Split& out);

enum class ExperimentRole { Split, TrainOnly, Excluded };
const char* roleName(ExperimentRole r);  // "split", "train-only", "excluded"

struct SplitSpec {
    std::vector<std::string> trainOnly;  // every sample of these goes to training
    std::vector<std::string> excluded;   // left out entirely
    int evalWindows = 2;                 // per other experiment
    int testWindows = 1;
    uint64_t seed = 42;

    ExperimentRole roleOf(const std::string& experiment) const;
};

// For one experiment with `windowCount` windows: the split of each window index. Deterministic
// in (seed, experiment name, windowCount); independent of the other experiments.
std::vector<Split> assignWindows(const SplitSpec& spec, const std::string& experiment, int windowCount);

// The original's published grouping (group 1 train-only, PP_150_1 excluded).
SplitSpec originalSplitSpec();

}  // namespace faultke
