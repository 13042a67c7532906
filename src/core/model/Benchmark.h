#pragma once
// Speed of the network on this machine, measured on synthetic in-memory windows (no files):
// training with and without augmentation, and inference. What `faultke-cli bench` prints;
// speed figures live here, never in tests.
#include <cstdint>

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
};

BenchmarkResult runBenchmark(const BenchmarkOptions& options);

}  // namespace faultke
