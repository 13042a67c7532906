#include "core/model/KerasImport.h"

#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/io/Hdf5Reading.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
namespace {

using nlohmann::json;

// Reads a weight whose shape must be `expected`: checked before anything is allocated, since an
// HDF5 file can declare a dataset of any size in a few bytes.
KerasTensor readDataset(const std::string& file, hid_t location, const std::string& path, const std::string& layerName,
                        const std::string& weightName, const std::vector<int64_t>& expected) {
    Hdf5Handle dataset(H5Dopen2(location, path.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid()) throw Error(file, "missing weight '" + path + "'");
    Hdf5Handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_FLOAT && H5Tget_class(type.get()) != H5T_INTEGER)
        throw Error(file, "weight '" + path + "' is not numeric");
    Hdf5Handle space(H5Dget_space(dataset.get()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0 || rank > 8) throw Error(file, "weight '" + path + "' has an unreadable shape");
    std::vector<hsize_t> dims(static_cast<size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    KerasTensor tensor;
    for (hsize_t d : dims) tensor.shape.push_back(static_cast<int64_t>(d));
    if (tensor.shape != expected)
        throw Error(file, "layer '" + layerName + "' weight '" + weightName + "' has shape " + shapeText(tensor.shape) +
                              ", expected " + shapeText(expected));
    size_t count = 1;
    for (int64_t d : expected) count *= static_cast<size_t>(d);
    tensor.values.resize(count);
    if (count > 0 && H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, tensor.values.data()) < 0)
        throw Error(file, "cannot read weight '" + path + "' (truncated or corrupt file?)");
    for (float v : tensor.values)
        if (!std::isfinite(v)) throw Error(file, "weight '" + path + "' holds a non-finite value");
    return tensor;
}

// ---- Architecture recognition -------------------------------------------------------------

// The expected layer sequence (section 5), walked with a cursor; every mismatch is an Error
// that names the layer and what differs.
class ArchitectureReader {
public:
    ArchitectureReader(std::string file, const json& layers) : file_(std::move(file)), layers_(layers) {}

    NetworkConfig read(std::vector<KerasLayer>& weighted) {
        NetworkConfig config;
        readInput(config);
        int blocks = 0;
        while (peekClass() == "Conv2D") {
            readBlock(config, blocks, weighted);
            ++blocks;
        }
        if (blocks == 0) fail("no convolution block (Conv2D) found");
        config.blocks = blocks;

        expectClass("Flatten");
        checkChannelsLast(current());
        next();

        const json& dense = expectClass("Dense");
        checkDense(dense, "linear");
        const int units = checkedCount(dense.at("units"), "layer '" + name(dense) + "' units", 1, 1 << 20);
        config.denseWidth = units == 2 * config.baseChannels ? 0 : units;
        weighted.push_back({name(dense), "Dense", {}});
        next();

        config.dropout = 0.0;
        if (peekClass() == "Dropout") {
            config.dropout = current().at("rate").get<double>();
            if (!(config.dropout >= 0 && config.dropout < 1)) fail("dropout rate " + current().at("rate").dump());
            next();
        }
        if (peekClass() == "BatchNormalization") {
            if (!config.batchNorm) fail("batch normalization after the first Dense but not in the blocks");
            checkBatchNorm(current(), config, "1");
            weighted.push_back({name(current()), "BatchNormalization", {}});
            next();
        } else if (config.batchNorm) {
            fail("batch normalization in the blocks but none after the first Dense");
        }

        const json& output = expectClass("Dense");
        checkDense(output, "relu");
        if (output.at("units") != 1) fail("the output Dense has " + output.at("units").dump() + " units, expected 1");
        weighted.push_back({name(output), "Dense", {}});
        next();
        if (index_ < layers_.size()) fail("unexpected layer after the output: " + describe(layers_[index_]));
        return config;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(file_, "not the KE network architecture: " + what);
    }

    static std::string classOf(const json& layer) { return layer.value("class_name", std::string()); }
    static const json& configOf(const json& layer) {
        static const json empty = json::object();
        auto it = layer.find("config");
        return it != layer.end() && it->is_object() ? *it : empty;
    }
    static std::string name(const json& config) { return config.value("name", std::string("?")); }
    std::string describe(const json& layer) const { return classOf(layer) + " '" + name(configOf(layer)) + "'"; }

    std::string peekClass() const { return index_ < layers_.size() ? classOf(layers_[index_]) : std::string(); }
    const json& current() const { return configOf(layers_[index_]); }
    void next() { ++index_; }

    // Returns the config of the layer at the cursor, which must be of this class.
    const json& expectClass(const std::string& className) const {
        if (index_ >= layers_.size()) fail("the model ends where a " + className + " layer was expected");
        if (classOf(layers_[index_]) != className)
            fail("layer " + std::to_string(index_) + " is " + describe(layers_[index_]) + " where a " + className +
                 " was expected");
        return current();
    }

    void readInput(NetworkConfig& config) {
        if (layers_.empty()) fail("the model has no layers");
        const json* shapeOwner = &configOf(layers_[0]);
        if (classOf(layers_[0]) == "InputLayer") next();
        auto shape = shapeOwner->find("batch_input_shape");
        if (shape == shapeOwner->end() || !shape->is_array() || shape->size() != 4)
            fail("no 4-D input shape (batch, rows, columns, channels) on the first layer");
        const json& s = *shape;
        if (!s[1].is_number_integer() || !s[2].is_number_integer() || !s[3].is_number_integer())
            fail("the input shape is not fully defined");
        config.inputHeight = checkedCount(s[1], "input height", 1, 1 << 16);
        config.inputWidth = checkedCount(s[2], "input width", 1, 1 << 16);
        if (s[3] != 1) fail("the input has " + s[3].dump() + " channels, expected 1 (the fault map)");
    }

    // A whole number in [lo, hi]; what else a file holds would overflow the sizes built from it.
    int checkedCount(const json& value, const std::string& what, int lo, int hi) const {
        if (!value.is_number_integer() || value.get<int64_t>() < lo || value.get<int64_t>() > hi)
            fail(what + " is " + value.dump() + ", expected a whole number from " + std::to_string(lo) + " to " +
                 std::to_string(hi));
        return int(value.get<int64_t>());
    }

    void checkChannelsLast(const json& c) const {
        if (c.value("data_format", std::string("channels_last")) != "channels_last")
            fail("layer '" + name(c) + "' is not channels_last");
    }

    void checkActivation(const json& c, const std::string& expected) const {
        const std::string activation = c.value("activation", std::string("linear"));
        if (activation != expected)
            fail("layer '" + name(c) + "' has activation " + activation + ", expected " + expected);
    }

    void checkPair(const json& c, const char* key, int expected) const {
        auto it = c.find(key);
        if (it == c.end()) return;
        if (!it->is_array() || it->size() != 2 || (*it)[0] != expected || (*it)[1] != expected)
            fail("layer '" + name(c) + "' has " + key + " " + it->dump() + ", expected [" + std::to_string(expected) +
                 ", " + std::to_string(expected) + "]");
    }

    // Returns the filters of a 3x3 "same" convolution with a bias and its dilation.
    std::pair<int, int> checkConv(const json& c) const {
        checkChannelsLast(c);
        checkPair(c, "kernel_size", 3);
        checkPair(c, "strides", 1);
        if (c.value("padding", std::string()) != "same")
            fail("layer '" + name(c) + "' has padding " + c.value("padding", std::string("?")) + ", expected same");
        if (!c.value("use_bias", true)) fail("layer '" + name(c) + "' has no bias");
        if (c.value("groups", json(1)) != 1) fail("layer '" + name(c) + "' is a grouped convolution");
        checkActivation(c, "linear");
        int dilation = 1;
        if (auto it = c.find("dilation_rate"); it != c.end()) {
            const json rates = it->is_array() ? *it : json::array({*it, *it});
            if (rates.size() != 2 || rates[0] != rates[1]) fail("layer '" + name(c) + "' has unequal dilation rates");
            dilation = checkedCount(rates[0], "layer '" + name(c) + "' dilation", 1, 64);
        }
        return {checkedCount(c.at("filters"), "layer '" + name(c) + "' filters", 1, 1 << 16), dilation};
    }

    void checkBatchNorm(const json& c, NetworkConfig& config, const std::string& featureAxis) {
        if (!c.value("center", true) || !c.value("scale", true))
            fail("layer '" + name(c) + "' lacks beta or gamma (center/scale off)");
        if (auto axis = c.find("axis"); axis != c.end()) {
            const std::string text = axis->dump();
            if (text != "[" + featureAxis + "]" && text != featureAxis && text != "-1" && text != "[-1]")
                fail("layer '" + name(c) + "' normalises axis " + text + ", expected the channel axis");
        }
        const double momentum = c.value("momentum", 0.99);
        const double epsilon = c.value("epsilon", 1e-3);
        if (!bnSeen_) {
            config.bnMomentum = momentum;
            config.bnEpsilon = epsilon;
            bnSeen_ = true;
        } else if (std::abs(momentum - config.bnMomentum) > 1e-12 || std::abs(epsilon - config.bnEpsilon) > 1e-12) {
            fail("batch normalization layers differ in momentum or epsilon ('" + name(c) + "')");
        }
    }

    void checkDense(const json& c, const std::string& activation) const {
        if (!c.value("use_bias", true)) fail("layer '" + name(c) + "' has no bias");
        checkActivation(c, activation);
    }

    void readBlock(NetworkConfig& config, int block, std::vector<KerasLayer>& weighted) {
        // Each block halves the map and doubles the channels: beyond 16 neither is meaningful.
        if (block >= 16) fail("more than 16 convolution blocks");
        const json& first = expectClass("Conv2D");
        const auto [filters, firstDilation] = checkConv(first);
        if (block == 0) config.baseChannels = filters;
        const int64_t expectedFilters = int64_t(config.baseChannels) << block;
        if (filters != expectedFilters)
            fail("layer '" + name(first) + "' has " + std::to_string(filters) + " filters, expected " +
                 std::to_string(expectedFilters));
        if (firstDilation != 1) fail("layer '" + name(first) + "' is dilated; the first convolution of a block is not");
        weighted.push_back({name(first), "Conv2D", {}});
        next();

        const json& second = expectClass("Conv2D");
        const auto [secondFilters, dilation] = checkConv(second);
        if (secondFilters != filters)
            fail("layer '" + name(second) + "' has " + std::to_string(secondFilters) + " filters, expected " +
                 std::to_string(filters));
        if (block == 0)
            config.dilation = dilation;
        else if (dilation != config.dilation)
            fail("layer '" + name(second) + "' has dilation " + std::to_string(dilation) + ", block 1 has " +
                 std::to_string(config.dilation));
        weighted.push_back({name(second), "Conv2D", {}});
        next();

        const bool hasBatchNorm = peekClass() == "BatchNormalization";
        if (block == 0)
            config.batchNorm = hasBatchNorm;
        else if (hasBatchNorm != config.batchNorm)
            fail("batch normalization is present in some blocks only");
        if (hasBatchNorm) {
            checkBatchNorm(current(), config, "3");
            weighted.push_back({name(current()), "BatchNormalization", {}});
            next();
        }

        const std::string activationClass = peekClass();
        if (activationClass == "Activation") {
            checkActivation(current(), "relu");
        } else if (activationClass != "ReLU") {
            fail("block " + std::to_string(block + 1) + " has no ReLU activation after its convolutions");
        }
        next();

        const json& pool = expectClass("MaxPooling2D");
        checkChannelsLast(pool);
        checkPair(pool, "pool_size", 2);
        checkPair(pool, "strides", 2);
        if (pool.value("padding", std::string("valid")) != "valid")
            fail("layer '" + name(pool) + "' does not use valid padding");
        next();
    }

    std::string file_;
    const json& layers_;
    size_t index_ = 0;
    bool bnSeen_ = false;
};

// ---- File access --------------------------------------------------------------------------

struct OpenedModel {
    std::unique_ptr<Hdf5Handle> file;
    json modelConfig;
};

OpenedModel openModel(const std::string& path) {
    if (!std::filesystem::exists(path)) throw Error(path, "no such file");
    if (H5Fis_hdf5(path.c_str()) <= 0) throw Error(path, "not an HDF5 file (expected a Keras .hdf5/.h5 model)");
    OpenedModel opened;
    opened.file = std::make_unique<Hdf5Handle>(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!opened.file->valid()) throw Error(path, "cannot open the HDF5 file (truncated or corrupt?)");
    if (H5Aexists(opened.file->get(), "model_config") <= 0)
        throw Error(path, "not a Keras model file: it has no 'model_config' attribute");
    const std::string text = readStringAttribute(path, opened.file->get(), "model_config");
    try {
        opened.modelConfig = json::parse(text);
    } catch (const json::exception& e) {
        throw Error(path, std::string("'model_config' is not valid JSON: ") + e.what());
    }
    return opened;
}

NetworkConfig recognise(const std::string& path, const json& modelConfig, std::vector<KerasLayer>& weighted) {
    try {
        const std::string className = modelConfig.value("class_name", std::string());
        if (className != "Sequential" && className != "Functional" && className != "Model")
            throw Error(path, "not the KE network architecture: the model is a '" + className +
                                  "', expected a Sequential model");
        const json& layers =
            modelConfig.at("config").is_array() ? modelConfig.at("config") : modelConfig.at("config").at("layers");
        if (!layers.is_array()) throw Error(path, "'model_config' has no layer list");
        return ArchitectureReader(path, layers).read(weighted);
    } catch (const json::exception& e) {
        throw Error(path, std::string("unexpected 'model_config' content: ") + e.what());
    }
}

// The shapes each weight must have, from the recognised architecture.
std::vector<std::pair<std::string, std::vector<int64_t>>> expectedShapes(const KerasLayer& layer, int64_t inChannels,
                                                                         int64_t outChannels) {
    if (layer.className == "Conv2D") return {{"kernel", {3, 3, inChannels, outChannels}}, {"bias", {outChannels}}};
    if (layer.className == "Dense") return {{"kernel", {inChannels, outChannels}}, {"bias", {outChannels}}};
    return {{"gamma", {outChannels}},
            {"beta", {outChannels}},
            {"moving_mean", {outChannels}},
            {"moving_variance", {outChannels}}};
}

void readWeights(const std::string& path, hid_t file, const NetworkConfig& config, std::vector<KerasLayer>& layers) {
    // Weights sit under model_weights in a saved model; at the root in a save_weights() file.
    const bool nested = H5Lexists(file, "model_weights", H5P_DEFAULT) > 0;
    Hdf5Handle root(H5Gopen2(file, nested ? "model_weights" : "/", H5P_DEFAULT), H5Gclose);
    if (!root.valid()) throw Error(path, "cannot open the 'model_weights' group");

    const int denseWidth = config.denseWidth > 0 ? config.denseWidth : 2 * config.baseChannels;
    const int shrink = 1 << config.blocks;
    int64_t channels = 1;
    int convIndex = 0;
    bool flattened = false;
    for (KerasLayer& layer : layers) {
        int64_t in = channels, out = channels;
        if (layer.className == "Conv2D") {
            out = static_cast<int64_t>(config.baseChannels) << (convIndex / 2);
            ++convIndex;
        } else if (layer.className == "Dense") {
            if (!flattened) {
                in = static_cast<int64_t>(config.inputHeight / shrink) * (config.inputWidth / shrink) * channels;
                out = denseWidth;
                flattened = true;
            } else {
                out = 1;
            }
        }
        if (H5Lexists(root.get(), layer.name.c_str(), H5P_DEFAULT) <= 0)
            throw Error(path, "no weights for layer '" + layer.name + "'");
        Hdf5Handle group(H5Gopen2(root.get(), layer.name.c_str(), H5P_DEFAULT), H5Gclose);
        if (!group.valid()) throw Error(path, "cannot open the weights of layer '" + layer.name + "'");
        std::vector<std::string> names;
        if (H5Aexists(group.get(), "weight_names") > 0)
            names = readStringListAttribute(path, group.get(), "weight_names");
        const auto expected = expectedShapes(layer, in, out);
        for (const std::string& weightPath : names) {
            std::string shortName = weightPath.substr(weightPath.find_last_of('/') + 1);
            shortName = shortName.substr(0, shortName.find(':'));
            const auto wanted = std::find_if(expected.begin(), expected.end(),
                                             [&](const auto& weight) { return weight.first == shortName; });
            if (wanted == expected.end()) continue;  // not a weight this architecture uses
            layer.weights[shortName] =
                readDataset(path, group.get(), weightPath, layer.name, shortName, wanted->second);
        }
        for (const auto& [weight, shape] : expected)
            if (layer.weights.find(weight) == layer.weights.end())
                throw Error(path, "layer '" + layer.name + "' has no '" + weight + "' weight");
        channels = out;
    }
}

}  // namespace

std::string shapeText(const std::vector<int64_t>& shape) {
    std::ostringstream out;
    out << '(';
    for (size_t i = 0; i < shape.size(); ++i) out << (i ? ", " : "") << shape[i];
    out << ')';
    return out.str();
}

bool isKerasModelPath(const std::string& path) {
    const std::string extension = lowerExtension(path);
    return extension == ".hdf5" || extension == ".h5";
}

NetworkConfig readKerasArchitecture(const std::string& path) {
    Hdf5ErrorsSilenced silence;
    OpenedModel opened = openModel(path);
    std::vector<KerasLayer> layers;
    return recognise(path, opened.modelConfig, layers);
}

KerasModel readKerasModel(const std::string& path) {
    Hdf5ErrorsSilenced silence;
    OpenedModel opened = openModel(path);
    KerasModel model;
    model.path = path;
    model.config = recognise(path, opened.modelConfig, model.layers);
    if (H5Aexists(opened.file->get(), "keras_version") > 0)
        model.kerasVersion = readStringAttribute(path, opened.file->get(), "keras_version");
    const int shrink = 1 << model.config.blocks;
    if (model.config.inputHeight % shrink != 0 || model.config.inputWidth % shrink != 0)
        throw Error(path, "not the KE network architecture: the input " + std::to_string(model.config.inputHeight) +
                              " x " + std::to_string(model.config.inputWidth) + " does not halve evenly " +
                              std::to_string(model.config.blocks) + " times");
    readWeights(path, opened.file->get(), model.config, model.layers);
    return model;
}

}  // namespace faultke
