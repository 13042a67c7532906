#pragma once
// Speed of the network on this machine, measured on synthetic in-memory windows (no files):
// training with and without augmentation, inference, and a fault map predicted whole. What `faultke-cli bench` prints;
// speed figures live here, never in tests.
#include <cstdint>
#include <string>

#include "core/model/Device.h"

namespace faultke {

struct BenchmarkOptions {
    int samples = 2048;
    int epochs = 2;
    int batchSize = 256;
    int threads = 0;  // 0: keep configureCompute()'s choice
    DeviceChoice device = DeviceChoice::Auto;
    uint64_t seed = 1;
};

struct BenchmarkResult {
    DeviceInfo device;
    double trainSamplesPerSecond = 0;           // without augmentation
    double trainAugmentedSamplesPerSecond = 0;  // with the default augmentation
    double inferenceSamplesPerSecond = 0;
    // A 600 x 6000 px fault-map picture read from memory, preprocessed and predicted by the
    // bundled model (what the Predict page does after a drop), at 3 px, and at 2, 3 and 4 px.
    double mapMilliseconds = 0;
    int mapWindows = 0;
    double mapThreeThicknessesMilliseconds = 0;
    std::string mapSkipped;  // why the map was not timed (no bundled model), else empty
};

BenchmarkResult runBenchmark(const BenchmarkOptions& options);

}  // namespace faultke
