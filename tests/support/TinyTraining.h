#pragma once
// Training settings small enough for tests: batches of 16 on the CPU.
#include <cstdint>
#include <string>

#include "core/model/Trainer.h"
#include "support/TestDatasets.h"

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

// A real run of a network of any shape: `epochs` on 32 full-size windows holding vertical traces
// (every fourth an eval window), batches of 8, into runDir.
inline std::string trainShapeRun(const std::string& runDir, const NetworkConfig& network, int epochs) {
    const Dataset d = lineDataset(32, 5, fullSizeLines(LineSplits::FourthEval));
    TrainParams params;
    params.batchSize = 8;
    params.numEpochs = epochs;
    params.seed = 9;
    params.network = network;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = runDir;
    Trainer(d, params, options).run();
    return runDir;
}

}  // namespace faultke::test
