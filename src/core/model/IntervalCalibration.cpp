#include "core/model/IntervalCalibration.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/util/Error.h"

namespace faultke {

namespace {

void checkSizes(const std::vector<double>& truth, const std::vector<double>& mean, const std::vector<double>& sd) {
    if (truth.size() != mean.size() || truth.size() != sd.size())
        throw Error("interval calibration: " + std::to_string(truth.size()) + " true values, " +
                    std::to_string(mean.size()) + " predictions and " + std::to_string(sd.size()) + " SDs");
}

}  // namespace

IntervalCalibration calibrateIntervals(const std::vector<double>& truth, const std::vector<double>& mean,
                                       const std::vector<double>& sd, double level, double sdFloor) {
    checkSizes(truth, mean, sd);
    if (!(level > 0 && level < 1)) throw Error("interval calibration: the level must be between 0 and 1");
    if (!(sdFloor > 0)) throw Error("interval calibration: the SD floor must be positive");
    const size_t n = truth.size();
    // The (n + 1) * level-th smallest score exists only with enough windows.
    const double rank = std::ceil((static_cast<double>(n) + 1) * level);
    if (n == 0 || rank > static_cast<double>(n))
        throw Error("interval calibration: " + std::to_string(n) + " windows are too few for a " +
                    std::to_string(static_cast<int>(std::lround(level * 100))) + " % interval");
    std::vector<double> scores(n);
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(truth[i]) || !std::isfinite(mean[i]) || !std::isfinite(sd[i]) || sd[i] < 0)
            throw Error("interval calibration: window " + std::to_string(i) + " has a value that is not finite");
        scores[i] = std::abs(truth[i] - mean[i]) / (sd[i] + sdFloor);
    }
    const size_t k = static_cast<size_t>(rank) - 1;
    std::nth_element(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(k), scores.end());
    IntervalCalibration c;
    c.level = level;
    c.sdFloor = sdFloor;
    c.scale = std::max(scores[k], 1e-9);
    c.windows = static_cast<int>(n);
    return c;
}

double intervalCoverage(const IntervalCalibration& calibration, const std::vector<double>& truth,
                        const std::vector<double>& mean, const std::vector<double>& sd) {
    checkSizes(truth, mean, sd);
    if (truth.empty()) return 0;
    size_t inside = 0;
    for (size_t i = 0; i < truth.size(); ++i) inside += std::abs(truth[i] - mean[i]) <= calibration.halfWidth(sd[i]);
    return static_cast<double>(inside) / static_cast<double>(truth.size());
}

std::string intervalCalibrationJson(const IntervalCalibration& c) {
    nlohmann::ordered_json j;
    j["level"] = c.level;
    j["scale"] = c.scale;
    j["sd_floor"] = c.sdFloor;
    j["windows"] = c.windows;
    j["source"] = c.source;
    if (c.testCoverage >= 0) j["test_coverage"] = c.testCoverage;
    return j.dump(4) + "\n";
}

IntervalCalibration parseIntervalCalibration(const std::string& text, const std::string& file) {
    IntervalCalibration c;
    try {
        const nlohmann::json j = nlohmann::json::parse(text);
        c.level = j.at("level").get<double>();
        c.scale = j.at("scale").get<double>();
        c.sdFloor = j.at("sd_floor").get<double>();
        c.windows = j.value("windows", 0);
        c.source = j.value("source", std::string());
        c.testCoverage = j.value("test_coverage", -1.0);
    } catch (const nlohmann::json::exception& e) {
        throw Error(file, std::string("not an interval calibration: ") + e.what());
    }
    if (!(c.level > 0 && c.level < 1) || !(c.scale > 0) || !std::isfinite(c.scale) || !(c.sdFloor > 0))
        throw Error(file,
                    "not an interval calibration: the level must be in (0, 1), the scale and the SD floor "
                    "positive");
    return c;
}

}  // namespace faultke
