#pragma once
// Speed and memory of the network on this machine, measured on synthetic in-memory windows (no
// files): training with and without augmentation on each available device, inference (one
// window, one map, bulk), and the memory a prepared dataset takes. What `faultke-cli bench train`
// and `bench predict` print; speed figures live here, never in tests.
#include <cstdint>
#include <vector>

#include "core/model/Device.h"
#include "core/util/Measurement.h"

namespace faultke {

struct BenchmarkOptions {
    int samples = 2048;  // training windows
    int epochs = 2;      // per training measurement
    int batchSize = 256;
    int repeats = 3;                           // of each measurement; the figure is their median
    int threads = 0;                           // 0: keep configureCompute()'s choice
    DeviceChoice device = DeviceChoice::Auto;  // Auto: the CPU, and the GPU too when there is one
    uint64_t seed = 1;
};

// Samples/s and seconds per epoch, augmentation off and on, per device.
std::vector<Figure> benchmarkTraining(const BenchmarkOptions& options);
// One window's latency, a 313 px wide map and a 600 x 6000 px picture predicted whole (the
// bundled model, after warm-up), and windows/s in bulk.
std::vector<Figure> benchmarkPrediction(const BenchmarkOptions& options);
// The memory `samples` prepared windows take, as a dataset and as the tensors training reads.
std::vector<Figure> benchmarkDatasetMemory(int samples);

}  // namespace faultke
