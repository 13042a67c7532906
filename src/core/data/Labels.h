#pragma once
// Kinematic efficiency (KE) and its spread (SD) of a (window, frame) sample, computed exactly as
// the original pipeline does (section 3), numpy's summation order included.
#include <string>
#include <vector>

#include "core/data/CropSpec.h"

namespace faultke {

class Experiment;
struct Progress;

enum class SampleStatus {
    Kept,           // a labelled sample
    EmptyFaultMap,  // the fault map sums to zero over the window: the original skips it
    NonFinite,      // NaN/Inf in the window's curl or fault map
    ZeroVelocity,   // vel_tot of the frame is zero or not finite
};
const char* sampleStatusName(SampleStatus s);

struct Label {
    double ke = 0;  // full precision
    double sd = 0;
    double keLabel = 0;  // the two-decimal values the original kept ('%.2f' parsed back)
    double sdLabel = 0;
    std::string keText;  // '%.2f' text, e.g. "0.32" or "-0.00"
    std::string sdText;
};

struct WindowLabel {
    int window = 0;
    int frame = 0;
    SampleStatus status = SampleStatus::Kept;
    Label label;  // meaningful only when status == Kept
};

// Labels one (window, frame) of an experiment.
WindowLabel labelWindow(const Experiment& exp, const CropSpec& crop, int window, int frame, double dx = kDefaultDx);

struct LabelTable {
    std::vector<WindowLabel> kept;  // ordered by window, then frame
    int emptySkipped = 0;
    int nonFiniteSkipped = 0;
    int zeroVelocityFramesSkipped = 0;  // frames, not samples
    // Sentences for the skipped NaN samples and zero-velocity frames (counted, not listed one by one).
    std::vector<std::string> warnings;
};

// Labels every (window, frame) of an experiment. Throws Error if the crop does not fit.
LabelTable labelExperiment(const Experiment& exp, const CropSpec& crop, double dx = kDefaultDx,
                           const Progress* progress = nullptr);

// Python's '%.2f' % x.
std::string formatTwoDecimals(double x);

}  // namespace faultke
