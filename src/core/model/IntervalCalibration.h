#pragma once
// Calibrated intervals for an ensemble's predictions (split-conformal, locally scaled): a window's
// interval is mean +- scale * (SD + sdFloor), where SD is the members' spread and `scale` the
// smallest number that puts the true KE inside the intervals of a `level` share of calibration
// windows ((n + 1) * level-th smallest of |true - mean| / (SD + sdFloor)). Calibrated on a
// dataset's eval windows, the intervals then cover about `level` of new windows like them (a
// finite-sample guarantee for exchangeable windows; not for maps unlike the training data). The
// floor keeps a single model (SD 0) usable: its intervals are then of constant width.
#include <string>
#include <vector>

namespace faultke {

struct IntervalCalibration {
    double level = 0.9;        // the share of windows an interval should cover
    double scale = 0;          // 0: uncalibrated
    double sdFloor = 0.01;     // KE units added to every SD
    int windows = 0;           // calibration windows
    std::string source;        // what it was calibrated on ("eval windows of DATASET")
    double testCoverage = -1;  // measured on held-out windows when known, else -1

    bool calibrated() const { return scale > 0; }
    double halfWidth(double sd) const { return scale * (sd + sdFloor); }
};

// Calibrates on windows of known KE: truth, the ensemble's mean and its SD per window (equal
// sizes, at least one window). Throws Error when the sizes differ, a value is not finite, or
// there are too few windows for the level (fewer than 1 / (1 - level) - 1).
IntervalCalibration calibrateIntervals(const std::vector<double>& truth, const std::vector<double>& mean,
                                       const std::vector<double>& sd, double level = 0.9, double sdFloor = 0.01);

// The share of windows whose interval holds the truth.
double intervalCoverage(const IntervalCalibration& calibration, const std::vector<double>& truth,
                        const std::vector<double>& mean, const std::vector<double>& sd);

// As JSON text (level, scale, sd_floor, windows, source, test_coverage), and back. Reading
// throws Error naming `file` when the text is not such an object.
std::string intervalCalibrationJson(const IntervalCalibration& calibration);
IntervalCalibration parseIntervalCalibration(const std::string& text, const std::string& file);

}  // namespace faultke
