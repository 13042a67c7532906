#include "core/model/torch/Checkpoint.h"

#include <filesystem>
#include <sstream>

#include "core/model/torch/TorchErrorText.h"
#include "core/model/torch/WeightAverage.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

const char* const kConfigKey = "faultke_network_config";
const char* const kOptimizerKey = "faultke_optimizer";
const char* const kTrainerKey = "faultke_trainer_state";
const char* const kTrainedKey = "faultke_trained_weights";  // beside a weight average

void writeNetwork(torch::serialize::OutputArchive& archive, Network& net, const NetworkConfig& cfg) {
    net->save(archive);
    archive.write(kConfigKey, c10::IValue(networkConfigToJson(cfg)));
}

void saveArchive(const std::string& path, torch::serialize::OutputArchive& archive) {
    try {
        // Serialised in memory, then written by FaultKE: libtorch's file writer aborts the
        // process when the disk fills (its destructor throws while the first error unwinds).
        std::ostringstream bytes;
        archive.save_to(bytes);
        writeTextAtomically(path, bytes.str());
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(path, "cannot write checkpoint: " + torchErrorText(e));
    }
}

void openArchive(const std::string& path, torch::serialize::InputArchive& archive) {
    if (!std::filesystem::exists(path)) throw Error(path, "checkpoint not found");
    try {
        archive.load_from(path);
    } catch (const std::exception& e) {
        throw Error(path, "not a readable checkpoint: " + torchErrorText(e));
    }
}

NetworkConfig readConfig(const std::string& path, torch::serialize::InputArchive& archive) {
    c10::IValue value;
    if (!archive.try_read(kConfigKey, value) || !value.isString())
        throw Error(path, "not a FaultKE network checkpoint (no network configuration)");
    try {
        return networkConfigFromJson(value.toStringRef());
    } catch (const Error& e) {
        throw Error(path, e.what());
    }
}

void readWeights(const std::string& path, torch::serialize::InputArchive& archive, Network& net) {
    try {
        torch::NoGradGuard noGrad;
        net->load(archive);
    } catch (const std::exception& e) {
        throw Error(path, "weights do not match the network configuration: " + torchErrorText(e));
    }
}

}  // namespace

void saveNetwork(const std::string& path, Network& net, const NetworkConfig& cfg) {
    torch::serialize::OutputArchive archive;
    writeNetwork(archive, net, cfg);
    saveArchive(path, archive);
}

NetworkConfig loadNetworkConfig(const std::string& path) {
    torch::serialize::InputArchive archive;
    openArchive(path, archive);
    return readConfig(path, archive);
}

Network loadNetwork(const std::string& path, const torch::Device& device) {
    torch::serialize::InputArchive archive;
    openArchive(path, archive);
    const NetworkConfig cfg = readConfig(path, archive);
    Network net(cfg);
    readWeights(path, archive, net);
    net->to(device);
    net->eval();
    return net;
}

void saveTrainingCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                            const std::string& trainerStateJson, Network* averaged) {
    torch::serialize::OutputArchive archive;
    writeNetwork(archive, averaged ? *averaged : net, net->config());
    if (averaged) {
        torch::serialize::OutputArchive trained;
        net->save(trained);
        archive.write(kTrainedKey, trained);
    }
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write(kOptimizerKey, optimizerArchive);
    archive.write(kTrainerKey, c10::IValue(trainerStateJson));
    saveArchive(path, archive);
}

std::string loadTrainingCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                                   Network* averaged) {
    torch::serialize::InputArchive archive;
    openArchive(path, archive);
    torch::serialize::InputArchive trained;
    if (archive.try_read(kTrainedKey, trained)) {
        readWeights(path, trained, net);
        if (averaged) readWeights(path, archive, *averaged);
    } else {
        readWeights(path, archive, net);
        if (averaged) copyWeights(net, *averaged);  // a run that starts averaging here
    }
    c10::IValue state;
    torch::serialize::InputArchive optimizerArchive;
    if (!archive.try_read(kOptimizerKey, optimizerArchive) || !archive.try_read(kTrainerKey, state) ||
        !state.isString())
        throw Error(path, "not a training checkpoint (no optimizer or trainer state)");
    try {
        optimizer.load(optimizerArchive);
    } catch (const std::exception& e) {
        throw Error(path, "optimizer state does not match the network: " + torchErrorText(e));
    }
    return state.toStringRef();
}

}  // namespace faultke
