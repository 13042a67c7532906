#include "core/data/Labels.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/data/Experiment.h"
#include "core/data/NumpyReductions.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke {

namespace {

// curl_slip[x] = 2 * np.trapz(c * f, dx=dx, axis=0) over the whole window, as the original
// computes it: trapz builds the 2-D array of terms dx * (y[i+1] + y[i]) / 2.0 and sums it along
// axis 0; numpy adds the rows of a C-ordered array one after the other (no pairwise summation),
// starting from 0. This order reproduces the original's labels bit for bit.
std::vector<double> curlSlip(const double* curl, const uint8_t* fault, int cols, const WindowRect& rect, double dx) {
    auto product = [&](int row, int x) {
        const size_t i = static_cast<size_t>(rect.row + row) * cols + rect.col + x;
        return curl[i] * static_cast<double>(fault[i]);
    };
    std::vector<double> sum(static_cast<size_t>(rect.width), 0.0);
    for (int r = 0; r + 1 < rect.height; ++r)
        for (int x = 0; x < rect.width; ++x) sum[x] += dx * (product(r + 1, x) + product(r, x)) / 2.0;
    for (double& s : sum) s = 2 * s;
    return sum;
}

// Empty is judged on the fault map alone (the original sums it); NaN/Inf anywhere in the
// window's curl or fault map would make the original's label NaN.
SampleStatus screenWindow(const double* curl, const uint8_t* fault, int cols, const WindowRect& rect) {
    bool anyFault = false, nonFinite = false;
    for (int r = 0; r < rect.height; ++r) {
        const size_t row = static_cast<size_t>(rect.row + r) * cols + rect.col;
        for (int x = 0; x < rect.width; ++x) {
            const uint8_t f = fault[row + x];
            anyFault |= f != kFaultEmpty;
            nonFinite |= f == kFaultInvalid || !std::isfinite(curl[row + x]);
        }
    }
    if (!anyFault) return SampleStatus::EmptyFaultMap;
    if (nonFinite) return SampleStatus::NonFinite;
    return SampleStatus::Kept;
}

bool usableVelocity(double v) { return std::isfinite(v) && v != 0; }

std::string frameList(const std::vector<int>& frames) {
    constexpr size_t kShown = 10;
    std::string s;
    for (size_t i = 0; i < frames.size() && i < kShown; ++i) s += (i ? ", " : "") + std::to_string(frames[i]);
    if (frames.size() > kShown) s += ", ...";
    return s;
}

// One window of one frame, from the frame's row-major curl and fault map.
WindowLabel labelWindowOfFrame(const double* curl, const uint8_t* fault, int cols, double velTot,
                               const WindowRect& rect, int window, int frame, double dx) {
    WindowLabel out;
    out.window = window;
    out.frame = frame;
    if (!usableVelocity(velTot)) {
        out.status = SampleStatus::ZeroVelocity;
        return out;
    }
    out.status = screenWindow(curl, fault, cols, rect);
    if (out.status != SampleStatus::Kept) return out;

    const std::vector<double> slip = curlSlip(curl, fault, cols, rect, dx);
    Label& label = out.label;
    label.ke = numpyMedian(slip.data(), slip.size()) / velTot;
    label.sd = numpyStd(slip.data(), slip.size()) / velTot;
    label.keText = formatTwoDecimals(label.ke);
    label.sdText = formatTwoDecimals(label.sd);
    // The original kept only the text; its labels are that text read back.
    label.keLabel = std::strtod(label.keText.c_str(), nullptr);
    label.sdLabel = std::strtod(label.sdText.c_str(), nullptr);
    return out;
}

}  // namespace

const char* sampleStatusName(SampleStatus s) {
    switch (s) {
    case SampleStatus::Kept: return "kept";
    case SampleStatus::EmptyFaultMap: return "empty fault map";
    case SampleStatus::NonFinite: return "NaN or Inf in the window";
    case SampleStatus::ZeroVelocity: return "zero or non-finite plate velocity";
    }
    return "?";
}

std::string formatTwoDecimals(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    return buf;
}

WindowLabel labelWindow(const Experiment& exp, const CropSpec& crop, int window, int frame, double dx) {
    const std::string& file = exp.path().empty() ? exp.name() : exp.path();
    crop.validate(exp.rows(), exp.cols(), file);
    if (window < 0 || window >= crop.windowCount(exp.cols()))
        throw Error(file, "window " + std::to_string(window) + " is out of range (the crop gives " +
                              std::to_string(crop.windowCount(exp.cols())) + " windows)");
    if (frame < 0 || frame >= exp.frames())
        throw Error(
            file, "frame " + std::to_string(frame) + " is out of range (" + std::to_string(exp.frames()) + " frames)");

    return labelWindowOfFrame(exp.curlFrame(frame), exp.faultFrame(frame), exp.cols(), exp.velTot(frame),
                              crop.window(window), window, frame, dx);
}

FrameLabeller::FrameLabeller(const CropSpec& crop, int rows, int cols, double dx, std::string file,
                             std::string experiment)
    : crop_(crop), cols_(cols), dx_(dx), experiment_(std::move(experiment)) {
    crop.validate(rows, cols, file);
    windows_ = crop.windowCount(cols);
    keptByWindow_.resize(static_cast<size_t>(windows_));
}

const std::vector<WindowLabel>& FrameLabeller::add(int frame, const double* curl, const uint8_t* fault, double velTot) {
    last_.clear();
    if (!usableVelocity(velTot)) stillFrames_.push_back(frame);
    for (int w = 0; w < windows_; ++w) {
        WindowLabel label = labelWindowOfFrame(curl, fault, cols_, velTot, crop_.window(w), w, frame, dx_);
        switch (label.status) {
        case SampleStatus::Kept: keptByWindow_[static_cast<size_t>(w)].push_back(label); break;
        case SampleStatus::EmptyFaultMap: ++table_.emptySkipped; break;
        case SampleStatus::NonFinite: ++table_.nonFiniteSkipped; break;
        case SampleStatus::ZeroVelocity: break;  // counted once per frame
        }
        last_.push_back(std::move(label));
    }
    return last_;
}

LabelTable FrameLabeller::finish() {
    for (auto& kept : keptByWindow_) {
        table_.kept.insert(table_.kept.end(), std::make_move_iterator(kept.begin()),
                           std::make_move_iterator(kept.end()));
        kept.clear();
    }
    table_.zeroVelocityFramesSkipped = static_cast<int>(stillFrames_.size());
    if (table_.nonFiniteSkipped > 0)
        table_.warnings.push_back(experiment_ + ": " + std::to_string(table_.nonFiniteSkipped) +
                                  (table_.nonFiniteSkipped == 1 ? " sample was" : " samples were") +
                                  " skipped because the window has NaN or Inf values in the curl or fault map.");
    if (!stillFrames_.empty())
        table_.warnings.push_back(experiment_ + ": " + std::to_string(stillFrames_.size()) +
                                  (stillFrames_.size() == 1 ? " frame was" : " frames were") +
                                  " skipped because the plate velocity (vel_tot) is zero or not finite (frame " +
                                  frameList(stillFrames_) + ").");
    return std::move(table_);
}

LabelTable labelExperiment(const Experiment& exp, const CropSpec& crop, double dx, const Progress* progress) {
    const std::string& file = exp.path().empty() ? exp.name() : exp.path();
    FrameLabeller labeller(crop, exp.rows(), exp.cols(), dx, file, exp.name());
    for (int t = 0; t < exp.frames(); ++t) {
        if (progress && t % 16 == 0) {
            progress->checkCancel();
            progress->update(
                static_cast<double>(t) / exp.frames(),
                exp.name() + ": labelling frame " + std::to_string(t + 1) + " of " + std::to_string(exp.frames()));
        }
        labeller.add(t, exp.curlFrame(t), exp.faultFrame(t), exp.velTot(t));
    }
    LabelTable table = labeller.finish();
    if (progress) {
        for (const auto& w : table.warnings) progress->warning(w);
        progress->update(1.0, exp.name() + ": labelled");
    }
    return table;
}

}  // namespace faultke
