#pragma once
// How fast `prepare` turns experiment files into a dataset on this machine: one experiment and a
// batch of them, in seconds and in peak memory, on synthetic experiments written for the purpose
// (and kept between runs, as writing them takes longer than preparing them). What
// `faultke-cli bench prepare` prints.
#include <string>
#include <vector>

#include "core/util/Measurement.h"

namespace faultke {

struct Progress;

struct PrepareBenchmarkOptions {
    int frames = 228;      // per experiment, 135 x 313 as the published experiments
    int experiments = 16;  // in the batch figure
    int repeats = 5;       // of the one-experiment figures (the batch runs a third as often)
    std::string folder;    // where the experiments are kept; empty: faultke-bench under the temp folder
};

// The benchmark's experiment files (written when missing): the first made by the generator, the
// others copies of it under the series' names.
std::vector<std::string> benchmarkExperiments(const PrepareBenchmarkOptions& options,
                                              const Progress* progress = nullptr);

// In-process figures: reading alone, and prepare of one experiment and of the batch (seconds).
std::vector<Figure> benchmarkPrepare(const PrepareBenchmarkOptions& options, const Progress* progress = nullptr);

}  // namespace faultke
