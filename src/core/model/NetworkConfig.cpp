#include "core/model/NetworkConfig.h"

#include <nlohmann/json.hpp>

#include "core/util/Error.h"

namespace faultke {

std::string networkConfigToJson(const NetworkConfig& cfg) {
    nlohmann::json j;
    j["input_height"] = cfg.inputHeight;
    j["input_width"] = cfg.inputWidth;
    j["num_channels"] = cfg.baseChannels;
    j["num_blocks"] = cfg.blocks;
    j["dilation"] = cfg.dilation;
    j["use_batch_norm"] = cfg.batchNorm;
    j["bn_momentum"] = cfg.bnMomentum;
    j["bn_epsilon"] = cfg.bnEpsilon;
    j["dropout"] = cfg.dropout;
    j["dense_width"] = cfg.denseWidth;
    j["dense_relu"] = cfg.denseRelu;
    return j.dump();
}

NetworkConfig networkConfigFromJson(const std::string& text) {
    NetworkConfig cfg;
    try {
        const auto j = nlohmann::json::parse(text);
        if (!j.is_object()) throw Error("network configuration is not a JSON object");
        cfg.inputHeight = j.value("input_height", cfg.inputHeight);
        cfg.inputWidth = j.value("input_width", cfg.inputWidth);
        cfg.baseChannels = j.value("num_channels", cfg.baseChannels);
        cfg.blocks = j.value("num_blocks", cfg.blocks);
        cfg.dilation = j.value("dilation", cfg.dilation);
        cfg.batchNorm = j.value("use_batch_norm", cfg.batchNorm);
        cfg.bnMomentum = j.value("bn_momentum", cfg.bnMomentum);
        cfg.bnEpsilon = j.value("bn_epsilon", cfg.bnEpsilon);
        cfg.dropout = j.value("dropout", cfg.dropout);
        cfg.denseWidth = j.value("dense_width", cfg.denseWidth);
        cfg.denseRelu = j.value("dense_relu", cfg.denseRelu);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("malformed network configuration: ") + e.what());
    }
    return cfg;
}

}  // namespace faultke
