#include "core/data/Experiment.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "core/data/ExperimentFrames.h"
#include "core/data/NumpyReductions.h"
#include "core/data/WindowSize.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke {

namespace {

// The published crop needs whole windows: anything smaller cannot be labelled.
constexpr int kMinRows = kWindowRows;
constexpr int kMinCols = kWindowColumns;

std::string shapeText(const std::vector<size_t>& dims) {
    std::string s;
    for (size_t i = 0; i < dims.size(); ++i) s += (i ? " x " : "") + std::to_string(dims[i]);
    return s;
}

// rows, cols, frames of a 2-D (one frame) or 3-D variable; MATLAB drops trailing singleton
// dimensions, so 135 x 313 and 135 x 313 x 1 are the same shape.
std::vector<size_t> normalizedShape(std::vector<size_t> dims) {
    while (dims.size() > 3 && dims.back() == 1) dims.pop_back();
    if (dims.size() == 2) dims.push_back(1);
    return dims;
}

std::string fileStem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

}  // namespace

const char* channelName(Channel c) {
    switch (c) {
    case Channel::Curl: return "curl";
    case Channel::Fault: return "fault";
    case Channel::U: return "u";
    case Channel::V: return "v";
    }
    return "?";
}

double plateVelocityFromEdges(const double* uFirst, const double* uLast, const double* vFirst, const double* vLast,
                              size_t cols) {
    const double du = numpyMedian(uFirst, cols) - numpyMedian(uLast, cols);
    const double dv = numpyMedian(vFirst, cols) - numpyMedian(vLast, cols);
    const double vel = std::sqrt(du * du + dv * dv);
    return std::isfinite(vel) ? vel : std::numeric_limits<double>::quiet_NaN();
}

double plateVelocity(const double* u, const double* v, int rows, int cols) {
    const size_t last = static_cast<size_t>(rows - 1) * cols;
    return plateVelocityFromEdges(u, u + last, v, v + last, static_cast<size_t>(cols));
}

ExperimentInfo Experiment::inspect(const std::string& path, const VariableNames& names) {
    MatReader reader(path);
    ExperimentInfo info;
    info.path = path;
    info.name = fileStem(path);
    info.format = reader.formatName();

    const std::string wanted[] = {names.curl, names.fault, names.u, names.v};
    std::vector<size_t> reference;  // normalized shape of the first variable
    for (const std::string& name : wanted) {
        // A listed dataset would otherwise be named by the long list of its variables.
        if (!reader.has(name) && reader.has("format_version") && reader.has("fault_windows"))
            throw Error(path,
                        "a FaultKE dataset (a file Prepare writes), not an experiment: remove it from the experiments");
        if (!reader.has(name)) {
            std::string present;
            for (const auto& v : reader.variables()) present += (present.empty() ? "" : ", ") + v.name;
            throw Error(path, "variable '" + name + "' is missing (the file has: " +
                                  (present.empty() ? std::string("no variables") : present) + ")");
        }
        const MatVariableInfo var = reader.info(name);
        if (!var.numeric)
            throw Error(path, "variable '" + name + "' is " + var.description() + ", not a real numeric array");
        const std::vector<size_t> shape = normalizedShape(var.dims);
        if (shape.size() != 3)
            throw Error(path, "variable '" + name + "' is " + shapeText(var.dims) +
                                  "; expected rows x columns or rows x columns x frames");
        if (reference.empty()) {
            reference = shape;
        } else if (shape != reference) {
            throw Error(path, "variables '" + wanted[0] + "' (" + shapeText(info.variables[0].dims) + ") and '" + name +
                                  "' (" + shapeText(var.dims) + ") differ in shape");
        }
        info.variables.push_back(VariableInfo{var.name, var.className, var.dims});
    }
    info.rows = static_cast<int>(reference[0]);
    info.cols = static_cast<int>(reference[1]);
    info.frames = static_cast<int>(reference[2]);
    if (info.rows < kMinRows || info.cols < kMinCols)
        throw Error(path, "frames are " + std::to_string(info.rows) + " rows x " + std::to_string(info.cols) +
                              " columns; at least " + std::to_string(kMinRows) + " rows and " +
                              std::to_string(kMinCols) + " columns are needed");
    if (info.frames < 1) throw Error(path, "the variables hold no frames");
    return info;
}

Experiment Experiment::load(const std::string& path, const VariableNames& names, Content content,
                            const Progress* progress) {
    const bool all = content == Content::AllChannels;
    ExperimentFrames frames(path, names, all);
    const ExperimentInfo& info = frames.info();
    Experiment exp;
    exp.path_ = path;
    exp.name_ = info.name;
    exp.rows_ = info.rows;
    exp.cols_ = info.cols;
    exp.frames_ = info.frames;
    const size_t frameSize = size_t(info.rows) * size_t(info.cols);
    const size_t total = frameSize * size_t(info.frames);
    exp.curl_.resize(total);
    exp.fault_.resize(total);
    if (all) {
        exp.u_.resize(total);
        exp.v_.resize(total);
    }
    exp.velTot_.resize(size_t(info.frames));
    ExperimentFrame frame;
    while (frames.next(frame)) {
        if (progress && frame.index % 8 == 0) {
            progress->checkCancel();
            progress->update(double(frame.index) / info.frames, exp.name_ + ": reading frame " +
                                                                    std::to_string(frame.index + 1) + " of " +
                                                                    std::to_string(info.frames));
        }
        const size_t at = exp.offset(frame.index);
        std::copy(frame.curl.begin(), frame.curl.end(), exp.curl_.begin() + std::ptrdiff_t(at));
        std::copy(frame.fault.begin(), frame.fault.end(), exp.fault_.begin() + std::ptrdiff_t(at));
        if (all) {
            std::copy(frame.u.begin(), frame.u.end(), exp.u_.begin() + std::ptrdiff_t(at));
            std::copy(frame.v.begin(), frame.v.end(), exp.v_.begin() + std::ptrdiff_t(at));
        }
        exp.velTot_[size_t(frame.index)] = frame.velTot;
    }
    exp.warnings_ = frames.warnings();
    if (progress) progress->update(1.0, exp.name_ + ": loaded");
    return exp;
}

Experiment Experiment::fromArrays(std::string name, int rows, int cols, int frames, std::vector<double> curl,
                                  std::vector<uint8_t> fault, std::vector<double> u, std::vector<double> v) {
    if (rows <= 0 || cols <= 0 || frames <= 0)
        throw Error(name, "invalid experiment size " + std::to_string(rows) + " x " + std::to_string(cols) + " x " +
                              std::to_string(frames));
    const size_t n = static_cast<size_t>(rows) * cols * frames;
    auto check = [&](size_t size, const char* what) {
        if (size != n)
            throw Error(name,
                        std::string(what) + " has " + std::to_string(size) + " values, expected " + std::to_string(n));
    };
    check(curl.size(), "curl");
    check(fault.size(), "fault map");
    if (!u.empty() || !v.empty()) {
        check(u.size(), "u");
        check(v.size(), "v");
    }
    Experiment exp;
    exp.name_ = std::move(name);
    exp.rows_ = rows;
    exp.cols_ = cols;
    exp.frames_ = frames;
    exp.curl_ = std::move(curl);
    exp.fault_ = std::move(fault);
    exp.u_ = std::move(u);
    exp.v_ = std::move(v);
    // Without u and v the plate velocity is unknown: NaN, and the labels skip those frames.
    exp.velTot_.assign(frames, std::numeric_limits<double>::quiet_NaN());
    if (!exp.u_.empty())
        for (int t = 0; t < frames; ++t) exp.velTot_[t] = plateVelocity(exp.uFrame(t), exp.vFrame(t), rows, cols);
    return exp;
}

bool Experiment::hasChannel(Channel c) const {
    switch (c) {
    case Channel::Curl: return !curl_.empty();
    case Channel::Fault: return !fault_.empty();
    case Channel::U: return !u_.empty();
    case Channel::V: return !v_.empty();
    }
    return false;
}

double Experiment::value(Channel c, int t, int r, int col) const {
    const size_t i = offset(t) + static_cast<size_t>(r) * cols_ + col;
    switch (c) {
    case Channel::Curl: return curl_[i];
    case Channel::Fault:
        return fault_[i] == kFaultInvalid ? std::numeric_limits<double>::quiet_NaN() : double(fault_[i]);
    case Channel::U: return u_.empty() ? std::numeric_limits<double>::quiet_NaN() : u_[i];
    case Channel::V: return v_.empty() ? std::numeric_limits<double>::quiet_NaN() : v_[i];
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::optional<std::pair<double, double>> Experiment::velTotRange() const {
    std::optional<std::pair<double, double>> range;
    for (double v : velTot_)
        if (std::isfinite(v))
            range = range ? std::pair{std::min(range->first, v), std::max(range->second, v)} : std::pair{v, v};
    return range;
}

}  // namespace faultke
