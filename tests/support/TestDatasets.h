#pragma once
// Tiny in-memory datasets for training tests: each window holds one vertical fault trace whose
// thickness (1..4) sets the label, KE = 0.2 * thickness with SD 0.05, so a network can learn it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/Dataset.h"

namespace faultke::test {

enum class LineSplits {
    FourthEvalFifthTest,  // of every five samples the fourth is eval and the fifth test
    FourthEval,           // every fourth sample is eval, the rest train
};

struct LineDatasetShape {
    int height = 32;
    int width = 16;
    // Traces start at firstColumn + rng() % columnSpan; a span of 0 lets them start anywhere
    // they fit.
    int firstColumn = 0;
    int columnSpan = 0;
    // Sample i belongs to experiment i % experiments.size().
    std::vector<std::string> experiments = {"tiny_a", "tiny_b"};
    LineSplits splits = LineSplits::FourthEvalFifthTest;
};

// Full-size 128 x 64 windows of one experiment "tiny", traces starting in columns 10..49.
LineDatasetShape fullSizeLines(LineSplits splits);

// `count` samples (window i % 5, frame i / 5) drawn from std::mt19937(seed): per sample first
// the thickness, then the column. The crop's window size is the shape's.
Dataset lineDataset(int count, uint64_t seed, const LineDatasetShape& shape = {});

}  // namespace faultke::test
