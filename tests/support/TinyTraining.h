#pragma once
// Training settings small enough for tests: batches of 16 on the CPU.
#include <cstdint>
#include <string>

#include "core/model/Trainer.h"

namespace faultke::test {

inline TrainParams tinyTrainParams(int epochs, uint64_t seed = TrainParams{}.seed) {
    TrainParams p;
    p.batchSize = 16;
    p.numEpochs = epochs;
    p.seed = seed;
    return p;
}

// Trains a run into runDir on the CPU.
inline TrainResult trainTinyRun(const Dataset& data, const std::string& runDir, int epochs,
                                uint64_t seed = TrainParams{}.seed) {
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = runDir;
    return Trainer(data, tinyTrainParams(epochs, seed), options).run();
}

}  // namespace faultke::test
