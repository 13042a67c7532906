#include "core/model/Ensemble.h"

#include <cmath>
#include <filesystem>

#include "core/model/BundledModel.h"
#include "core/util/Error.h"

namespace faultke {

Ensemble::Ensemble(std::vector<std::shared_ptr<const Predictor>> members) : members_(std::move(members)) {
    for (const auto& m : members_)
        if (m->windowHeight() != windowHeight() || m->windowWidth() != windowWidth())
            throw Error(m->info().path, "reads " + std::to_string(m->windowHeight()) + " x " +
                                            std::to_string(m->windowWidth()) + " windows, unlike " +
                                            members_.front()->info().path + "; an ensemble needs one window size");
}

Ensemble Ensemble::load(const std::vector<std::string>& paths, const std::string& epoch, DeviceChoice device) {
    if (paths.empty()) throw Error("an ensemble needs at least one model");
    std::vector<std::shared_ptr<const Predictor>> members;
    bool bundled = false;
    IntervalCalibration calibration;
    for (const std::string& path : paths) {
        if (path != kBundledModel) {
            members.push_back(std::make_shared<const Predictor>(Predictor::load(path, epoch, device)));
            continue;
        }
        if (epoch != "best" && !epoch.empty())
            throw Error("--epoch applies to run folders only, not the bundled model");
        const ModelCard card = readBundledModelCard();
        for (const std::string& member : bundledModelPaths())
            members.push_back(std::make_shared<const Predictor>(Predictor::load(member, "best", device)));
        bundled = true;
        calibration = card.intervals;
    }
    Ensemble ensemble(std::move(members));
    // The bundled model's calibration holds for its members alone.
    if (bundled && paths.size() == 1) {
        ensemble.calibration_ = calibration;
        ensemble.bundled_ = true;
    }
    return ensemble;
}

int Ensemble::windowHeight() const { return members_.empty() ? 128 : members_.front()->windowHeight(); }
int Ensemble::windowWidth() const { return members_.empty() ? 64 : members_.front()->windowWidth(); }

std::string Ensemble::description() const {
    if (members_.empty()) return "no model";
    if (bundled_)
        return "bundled model (ensemble of " + std::to_string(members_.size()) +
               " trained on FaultKE's synthetic experiments)";
    if (members_.size() == 1) return members_.front()->info().description;
    std::string text = "ensemble of " + std::to_string(members_.size()) + " models:";
    for (size_t i = 0; i < members_.size(); ++i)
        text += (i ? ", " : " ") + std::filesystem::path(members_[i]->info().path).filename().string();
    return text;
}

EnsembleValues Ensemble::predictWindows(const float* windows, size_t count, int batchSize,
                                        const Progress* progress) const {
    if (members_.empty()) throw Error("no model to predict with");
    if (batchSize <= 0) throw Error("batch size must be positive");
    EnsembleValues values;
    values.member.resize(members_.size());
    const size_t pixels = static_cast<size_t>(windowHeight()) * static_cast<size_t>(windowWidth());
    // Batch by batch, so that a cancelled request (a preview replaced by the next) stops within one.
    for (size_t first = 0; first < count; first += static_cast<size_t>(batchSize)) {
        const size_t n = std::min(count - first, static_cast<size_t>(batchSize));
        for (size_t m = 0; m < members_.size(); ++m) {
            if (progress) progress->checkCancel();
            const std::vector<double> part = members_[m]->predictWindows(windows + first * pixels, n, batchSize);
            values.member[m].insert(values.member[m].end(), part.begin(), part.end());
        }
        if (progress) progress->update(double(first + n) / double(count), "predicting windows");
    }
    values.mean.assign(count, 0);
    values.sd.assign(count, 0);
    const double n = static_cast<double>(members_.size());
    for (size_t w = 0; w < count; ++w) {
        double sum = 0;
        for (const auto& m : values.member) sum += m[w];
        const double mean = sum / n;
        double squares = 0;
        for (const auto& m : values.member) squares += (m[w] - mean) * (m[w] - mean);
        values.mean[w] = mean;
        values.sd[w] = std::sqrt(squares / n);
    }
    if (calibration_.calibrated()) {
        values.low.resize(count);
        values.high.resize(count);
        for (size_t w = 0; w < count; ++w) {
            const double half = calibration_.halfWidth(values.sd[w]);
            values.low[w] = values.mean[w] - half;
            values.high[w] = values.mean[w] + half;
        }
    }
    return values;
}

}  // namespace faultke
