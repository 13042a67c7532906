#pragma once
// Reads a Keras 2.x HDF5 model file of the original pipeline (section 8): the architecture from
// its `model_config` JSON attribute and the trained weights under `model_weights`. Plain C++:
// the weights stay in Keras layout here; model/torch/KerasImport.h copies them into a Network.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model/NetworkConfig.h"

namespace faultke {

// One weight array exactly as stored: Keras layout, C order.
struct KerasTensor {
    std::vector<int64_t> shape;
    std::vector<float> values;
};

// A layer that owns weights, in model order.
struct KerasLayer {
    std::string name;       // "conv2d_1"
    std::string className;  // "Conv2D", "BatchNormalization", "Dense"
    // Keyed by the weight's short name: "kernel", "bias", "gamma", "beta", "moving_mean",
    // "moving_variance".
    std::map<std::string, KerasTensor> weights;
};

struct KerasModel {
    std::string path;
    std::string kerasVersion;  // the file's keras_version attribute, when present
    NetworkConfig config;      // the architecture, recognised from model_config
    // Weighted layers in order: per block two Conv2D and (with batch norm) one
    // BatchNormalization; then Dense, (with batch norm) BatchNormalization, Dense.
    std::vector<KerasLayer> layers;
};

// Reads and validates the file. Throws Error("FILE: problem") when it is not HDF5, not a Keras
// model, of another architecture (the message says what differs), or has weights of the wrong
// shape.
KerasModel readKerasModel(const std::string& path);

// Only the architecture; the same checks on model_config, no weights read.
NetworkConfig readKerasArchitecture(const std::string& path);

// "(3, 3, 1, 32)": a weight shape as messages write it.
std::string shapeText(const std::vector<int64_t>& shape);

// True for the file extensions a Keras HDF5 model uses (.hdf5, .h5), case-insensitive.
bool isKerasModelPath(const std::string& path);

}  // namespace faultke
