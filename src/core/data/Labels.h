#pragma once
// Kinematic efficiency (KE) and its spread (SD) of a (window, frame) sample, computed exactly as
// the original pipeline does (section 3), numpy's summation order included.
#include <cstdint>
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

// Labels an experiment frame by frame, as the frames arrive (while they are read from the file),
// into the same table labelExperiment gives: kept samples ordered by window, then frame.
class FrameLabeller {
public:
    // Throws Error(file, ...) when the crop does not fit rows x cols.
    FrameLabeller(const CropSpec& crop, int rows, int cols, double dx, std::string file, std::string experiment);
    int windows() const { return windows_; }
    // Labels every window of one frame (row-major curl and fault map); returns one label per
    // window, valid until the next call.
    const std::vector<WindowLabel>& add(int frame, const double* curl, const uint8_t* fault, double velTot);
    // The table of every frame added, with its warnings.
    LabelTable finish();

private:
    CropSpec crop_;
    int cols_ = 0, windows_ = 0;
    double dx_ = kDefaultDx;
    std::string experiment_;
    std::vector<std::vector<WindowLabel>> keptByWindow_;
    std::vector<int> stillFrames_;
    std::vector<WindowLabel> last_;
    LabelTable table_;
};

// Python's '%.2f' % x.
std::string formatTwoDecimals(double x);

}  // namespace faultke
