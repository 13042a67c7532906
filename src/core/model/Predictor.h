#pragma once
// KE predictions from a trained model for 128 x 64 windows in memory. Files of every kind are
// read, preprocessed and predicted by core/gis/FaultPrediction.h (with an Ensemble of Predictors).
// Plain C++ types only: the CLI and the GUI use this header.
//
// The model is a run folder (its best epoch, or epoch N), a checkpoint file (.pt), a TorchScript
// file FaultKE exported, the original's Keras .hdf5/.h5, or "bundled": the model FaultKE ships
// (BundledModel.h). Inference runs in batches, in eval mode, without gradients; on the CPU
// through BandedForward.h, which gives the network's numbers computing only where windows have ink.
#include <memory>
#include <string>
#include <vector>

#include "core/model/Device.h"
#include "core/model/NetworkConfig.h"

namespace faultke {

enum class ModelKind { Run, Checkpoint, TorchScript, Keras, Bundled };

struct ModelInfo {
    ModelKind kind = ModelKind::Checkpoint;
    std::string path;         // as given
    std::string weightsPath;  // the file the weights came from (a run's epoch checkpoint)
    int epoch = -1;           // for runs
    NetworkConfig config;
    std::string device;       // DeviceInfo::name
    std::string description;  // one line: "Keras model FILE", "run DIR, epoch 41 (best)", ...
};

// Mean, median, population SD, min and max of a set of predictions (median of an even count:
// the mean of the two middle values). All zero when empty.
struct PredictionSummary {
    int count = 0;
    double mean = 0, median = 0, sd = 0, min = 0, max = 0;
};
PredictionSummary summarise(const std::vector<double>& values);

// The name that stands for the bundled model wherever a model path is asked for.
constexpr const char* kBundledModel = "bundled";

// How the CPU computes the network: BandedForward.h (the default), or libtorch's forward, which
// gives the same numbers to float rounding, for comparisons and benchmarks.
enum class CpuForward { Banded, Libtorch };

class Predictor {
public:
    // path: a run folder, a checkpoint (.pt), a TorchScript export, a Keras model (.hdf5/.h5)
    // or kBundledModel. epoch: "best" or a number, for runs only. Throws Error naming the path
    // when it cannot be loaded.
    static Predictor load(const std::string& path, const std::string& epoch = "best",
                          DeviceChoice device = DeviceChoice::Auto, CpuForward forward = CpuForward::Banded);

    Predictor(Predictor&&) noexcept;
    Predictor& operator=(Predictor&&) noexcept;
    ~Predictor();

    const ModelInfo& info() const;
    int windowHeight() const { return info().config.inputHeight; }
    int windowWidth() const { return info().config.inputWidth; }

    // `count` windows of windowHeight() x windowWidth() floats, one after another.
    std::vector<double> predictWindows(const float* windows, size_t count, int batchSize = 256) const;
    double predictWindow(const std::vector<float>& window) const;

private:
    struct Impl;
    explicit Predictor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace faultke
