#pragma once
// Several trained models read as one (a deep ensemble): the repeats of a run group, or any set
// of runs. Each window gets the members' mean KE and their spread (population SD), which says
// how much the prediction depends on the training run. A single member is a plain model with
// SD 0. With an interval calibration (IntervalCalibration.h: the bundled model carries its own;
// `faultke-cli calibrate` makes one for any runs) each window also gets its calibrated interval.
// Plain C++; the members are Predictors.
#include <memory>
#include <string>
#include <vector>

#include "core/model/IntervalCalibration.h"
#include "core/model/Predictor.h"
#include "core/util/Progress.h"

namespace faultke {

struct EnsembleValues {
    std::vector<double> mean;                 // per window
    std::vector<double> sd;                   // per window, across members
    std::vector<std::vector<double>> member;  // member[m][window]
    std::vector<double> low, high;            // per window, when the ensemble is calibrated; else empty
};

class Ensemble {
public:
    Ensemble() = default;
    explicit Ensemble(std::vector<std::shared_ptr<const Predictor>> members);
    // Every path as Predictor::load takes it, each at `epoch`; kBundledModel stands for all the
    // bundled model's members and brings its calibration. Throws Error naming the model that
    // failed, or when the members read windows of different sizes.
    static Ensemble load(const std::vector<std::string>& paths, const std::string& epoch = "best",
                         DeviceChoice device = DeviceChoice::Auto);

    bool empty() const { return members_.empty(); }
    size_t size() const { return members_.size(); }
    const Predictor& member(size_t i) const { return *members_.at(i); }
    int windowHeight() const;
    int windowWidth() const;
    // "bundled model (...)", "run DIR, epoch 41 (best)", or "ensemble of 5 runs: a-r1, a-r2, ...".
    std::string description() const;

    // The intervals' calibration (none by default).
    const IntervalCalibration& calibration() const { return calibration_; }
    void setCalibration(const IntervalCalibration& calibration) { calibration_ = calibration; }

    // `count` windows of windowHeight() x windowWidth() floats, one after another. With a
    // progress, its cancel is checked before every batch of every member (throws Cancelled) and
    // the share of windows predicted is reported after each batch.
    EnsembleValues predictWindows(const float* windows, size_t count, int batchSize = 256,
                                  const Progress* progress = nullptr) const;

private:
    std::vector<std::shared_ptr<const Predictor>> members_;
    IntervalCalibration calibration_;
    bool bundled_ = false;
};

}  // namespace faultke
