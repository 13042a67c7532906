#include "core/model/BundledModel.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/util/Error.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

constexpr const char* kFileName = "faultke-synthetic.pt";

std::string formatFigure(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

}  // namespace

std::string bundledModelPath() {
    if (const char* chosen = std::getenv("FAULTKE_BUNDLED_MODEL"); chosen && *chosen) {
        std::error_code ec;
        if (!fs::is_regular_file(chosen, ec))
            throw Error(chosen, "FAULTKE_BUNDLED_MODEL names no file (the bundled model was expected there)");
        return chosen;
    }
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(program.parent_path() / ".." / "share" / "faultke" / "models" / kFileName);
#ifdef FAULTKE_SOURCE_MODELS_DIR
    candidates.push_back(fs::path(FAULTKE_SOURCE_MODELS_DIR) / kFileName);
#endif
    for (const fs::path& candidate : candidates)
        if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
    throw Error(std::string("the bundled model (") + kFileName +
                ") is missing: reinstall FaultKE, set FAULTKE_BUNDLED_MODEL, or make it with "
                "scripts/make-bundled-model.sh");
}

ModelCard readModelCard(const std::string& path) {
    const std::string text = readTextFile(path);
    ModelCard card;
    try {
        const nlohmann::json j = nlohmann::json::parse(text);
        card.name = j.at("name").get<std::string>();
        card.trainedOn = j.at("trained_on").get<std::string>();
        card.dataset = j.at("dataset").get<std::string>();
        card.trainSamples = j.at("samples").at("train").get<int>();
        card.evalSamples = j.at("samples").at("eval").get<int>();
        card.testSamples = j.at("samples").at("test").get<int>();
        card.epochs = j.at("epochs").get<int>();
        card.bestEpoch = j.at("best_epoch").get<int>();
        card.bestEpochRule = j.value("best_epoch_rule", std::string());
        card.evalAccuracy = j.at("eval").at("accuracy_2sd").get<double>();
        card.evalR2 = j.at("eval").at("r2").get<double>();
        card.testAccuracy = j.at("test").at("accuracy_2sd").get<double>();
        card.testR2 = j.at("test").at("r2").get<double>();
        card.reproduce = j.value("reproduce", std::string());
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not a model card: ") + e.what());
    }
    return card;
}

ModelCard readBundledModelCard() {
    return readModelCard(fs::path(bundledModelPath()).replace_extension(".json").string());
}

std::string formatModelCard(const ModelCard& card) {
    return card.name + "\n" + "Trained on: " + card.trainedOn + "\n" + "Dataset: " + card.dataset + "\n" +
           "Samples: " + std::to_string(card.trainSamples) + " train, " + std::to_string(card.evalSamples) + " eval, " +
           std::to_string(card.testSamples) + " test\n" + "Epochs: " + std::to_string(card.epochs) + ", best epoch " +
           std::to_string(card.bestEpoch) + (card.bestEpochRule.empty() ? "" : " (" + card.bestEpochRule + ")") + "\n" +
           "Eval: 2SD accuracy " + formatFigure(card.evalAccuracy) + ", R2 " + formatFigure(card.evalR2) + "\n" +
           "Test: 2SD accuracy " + formatFigure(card.testAccuracy) + ", R2 " + formatFigure(card.testR2) + "\n" +
           (card.reproduce.empty() ? "" : "Reproduce: " + card.reproduce + "\n");
}

}  // namespace faultke
