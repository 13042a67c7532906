#pragma once
// KE predictions from a trained model, for every kind of input a user has: a 128 x 64 window
// in memory, a .npy (one window, or a larger fault map), a frame of a .mat experiment, or an
// image of a real fault map. Plain C++ types only: the CLI and the GUI use this header.
//
// The model is a run folder (its best epoch, or epoch N), a checkpoint file (.pt), a TorchScript
// file FaultKE exported, the original's Keras .hdf5/.h5, or "bundled": the model FaultKE ships
// (BundledModel.h). Inference runs in batches, in eval mode, without gradients.
#include <memory>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/FaultMapImage.h"
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

enum class InputKind { Window, Npy, MatFrame, Image };
const char* inputKindName(InputKind kind);  // "window", "npy", "mat", "image"

struct PredictOptions {
    // Images, and .npy fault maps that are not a single window.
    FaultMapOptions faultMap;
    // Whether faultMap.traceThickness applies to .npy fault maps too; by default their traces
    // are taken as they are (they are usually experiment fault maps, already at window scale).
    bool npyThickness = false;
    // .mat experiments: the frame (0-based, or kLastFrame, or kAllFrames), one window (-1: every
    // window holding a trace), the crop and the variable names. The last frame is the default:
    // the first frames of an experiment hold no fault yet.
    static constexpr int kLastFrame = -1;
    static constexpr int kAllFrames = -2;
    int frame = kLastFrame;
    int window = -1;
    CropSpec crop;
    VariableNames variables;
    int batchSize = 256;
};

struct WindowPrediction {
    int window = 0;   // 0-based window number along strike (0 for a single window)
    WindowRect rect;  // where the window lies in its frame, or in the processed map (pixels)
    double ke = 0;
    int frame = -1;  // .mat experiments: the 0-based frame; -1 for other inputs
};

struct InputPrediction {
    std::string input;  // the path exactly as given
    InputKind kind = InputKind::Window;
    std::vector<WindowPrediction> windows;
    PredictionSummary summary;
    // The preprocessed map and its windows, for images and .npy fault maps (empty otherwise).
    FaultMapWindows map;
    // Windows left out and why (a .mat window touching invalid fault values, ...).
    std::vector<std::string> warnings;
};

// The name that stands for the bundled model wherever a model path is asked for.
constexpr const char* kBundledModel = "bundled";

class Predictor {
public:
    // path: a run folder, a checkpoint (.pt), a TorchScript export, a Keras model (.hdf5/.h5)
    // or kBundledModel. epoch: "best" or a number, for runs only. Throws Error naming the path
    // when it cannot be loaded.
    static Predictor load(const std::string& path, const std::string& epoch = "best",
                          DeviceChoice device = DeviceChoice::Auto);

    Predictor(Predictor&&) noexcept;
    Predictor& operator=(Predictor&&) noexcept;
    ~Predictor();

    const ModelInfo& info() const;
    int windowHeight() const { return info().config.inputHeight; }
    int windowWidth() const { return info().config.inputWidth; }

    // `count` windows of windowHeight() x windowWidth() floats, one after another.
    std::vector<double> predictWindows(const float* windows, size_t count, int batchSize = 256) const;
    double predictWindow(const std::vector<float>& window) const;

    // Any supported file, recognised by its extension (.npy, .mat, images). Throws Error
    // naming the file.
    InputPrediction predictFile(const std::string& path, const PredictOptions& options = {}) const;
    InputPrediction predictNpy(const std::string& path, const PredictOptions& options = {}) const;
    InputPrediction predictMatFrame(const std::string& path, const PredictOptions& options = {}) const;
    InputPrediction predictImage(const std::string& path, const PredictOptions& options = {}) const;
    // Windows already cut from a map (preprocessFaultMap); `input` names it in the result.
    InputPrediction predictFaultMap(const FaultMapWindows& map, const std::string& input, InputKind kind,
                                    int batchSize = 256) const;

private:
    struct Impl;
    explicit Predictor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace faultke
