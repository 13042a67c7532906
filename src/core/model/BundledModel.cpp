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

constexpr const char* kCardName = "faultke-synthetic.json";

std::string formatFigure(double value, const char* format = "%.3f", double factor = 1) {
    char text[32];
    std::snprintf(text, sizeof text, format, value * factor);
    return text;
}

}  // namespace

std::string bundledModelCardPath() {
    if (const char* chosen = std::getenv("FAULTKE_BUNDLED_MODEL"); chosen && *chosen) {
        std::error_code ec;
        if (!fs::is_regular_file(chosen, ec))
            throw Error(chosen, "FAULTKE_BUNDLED_MODEL names no file (the bundled model's card was expected there)");
        return chosen;
    }
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(program.parent_path() / ".." / "share" / "faultke" / "models" / kCardName);
#ifdef FAULTKE_SOURCE_MODELS_DIR
    candidates.push_back(fs::path(FAULTKE_SOURCE_MODELS_DIR) / kCardName);
#endif
    for (const fs::path& candidate : candidates)
        if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
    throw Error(std::string("the bundled model (") + kCardName +
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
        card.bestEpochRule = j.value("best_epoch_rule", std::string());
        card.evalAccuracy = j.at("eval").at("accuracy_2sd").get<double>();
        card.evalR2 = j.at("eval").at("r2").get<double>();
        card.testAccuracy = j.at("test").at("accuracy_2sd").get<double>();
        card.testR2 = j.at("test").at("r2").get<double>();
        card.reproduce = j.value("reproduce", std::string());
        const fs::path folder = fs::path(path).parent_path();
        for (const auto& member : j.at("members")) {
            card.members.push_back((folder / member.at("checkpoint").get<std::string>()).lexically_normal().string());
            card.memberEpochs.push_back(member.at("best_epoch").get<int>());
        }
        if (auto it = j.find("intervals"); it != j.end()) card.intervals = parseIntervalCalibration(it->dump(), path);
        if (auto it = j.find("checks"); it != j.end()) card.checks = it->get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception& e) {
        throw Error(path, std::string("not a model card: ") + e.what());
    }
    if (card.members.empty()) throw Error(path, "not a model card: it names no member checkpoint");
    card.bestEpoch = card.memberEpochs.front();
    return card;
}

ModelCard readBundledModelCard() { return readModelCard(bundledModelCardPath()); }

std::vector<std::string> bundledModelPaths() {
    const ModelCard card = readBundledModelCard();
    std::error_code ec;
    for (const std::string& member : card.members)
        if (!fs::is_regular_file(member, ec))
            throw Error(member,
                        "a member of the bundled model is missing: reinstall FaultKE or make it with "
                        "scripts/make-bundled-model.sh");
    return card.members;
}

std::string bundledModelPath() { return bundledModelPaths().front(); }

std::string formatModelCard(const ModelCard& card) {
    std::string epochs;
    for (size_t i = 0; i < card.memberEpochs.size(); ++i)
        epochs += (i ? ", " : "") + std::to_string(card.memberEpochs[i]);
    std::string text =
        card.name + "\n" + "Trained on: " + card.trainedOn + "\n" + "Dataset: " + card.dataset + "\n" +
        "Samples: " + std::to_string(card.trainSamples) + " train, " + std::to_string(card.evalSamples) + " eval, " +
        std::to_string(card.testSamples) + " test\n" + "Members: " + std::to_string(card.members.size()) +
        ", trained " + std::to_string(card.epochs) + " epochs each; chosen epochs " + epochs +
        (card.bestEpochRule.empty() ? "" : " (" + card.bestEpochRule + ")") + "\n" + "Eval: 2SD accuracy " +
        formatFigure(card.evalAccuracy) + ", R2 " + formatFigure(card.evalR2) + "\n" + "Test: 2SD accuracy " +
        formatFigure(card.testAccuracy) + ", R2 " + formatFigure(card.testR2) + "\n";
    if (card.intervals.calibrated()) {
        text += "Intervals: " + formatFigure(card.intervals.level, "%.0f", 100) + " %, mean +- " +
                formatFigure(card.intervals.scale) + " x (SD + " + formatFigure(card.intervals.sdFloor) +
                "), calibrated on " + std::to_string(card.intervals.windows) + " eval windows";
        if (card.intervals.testCoverage >= 0)
            text += "; they hold " + formatFigure(card.intervals.testCoverage, "%.1f", 100) +
                    " % of the test windows' true KE";
        text += "\n";
    }
    if (!card.checks.empty()) {
        text += "Checks on real faults and drawn shapes:\n";
        for (const std::string& check : card.checks) text += "  " + check + "\n";
    }
    if (!card.reproduce.empty()) text += "Reproduce: " + card.reproduce + "\n";
    return text;
}

}  // namespace faultke
