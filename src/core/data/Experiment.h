#pragma once
// One clay experiment: the four DIC variables of a `.mat` file, read through ExperimentFrames.
//
// Storage is frame-major and row-major: frame t, row r, column c is what MATLAB calls
// A(r+1, c+1, t+1). Curl, u and v are kept as doubles (labels must match the original to the
// last bit); the fault map is kept as one byte per pixel.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace faultke {

// Variable names are settings: labs name them differently.
struct VariableNames {
    std::string curl = "curl_map";
    std::string fault = "altBW_filt";
    std::string u = "store_u";
    std::string v = "store_v";
};

enum class Channel { Curl = 0, Fault = 1, U = 2, V = 3 };
const char* channelName(Channel c);  // "curl", "fault", "u", "v"

// Fault-map byte values.
constexpr uint8_t kFaultEmpty = 0;
constexpr uint8_t kFaultTrace = 1;      // any finite non-zero value of the file
constexpr uint8_t kFaultInvalid = 255;  // NaN or Inf in the file: samples touching it are skipped

struct VariableInfo {
    std::string name;
    std::string className;     // "double", "single", "logical", "uint8", ...
    std::vector<size_t> dims;  // as MATLAB reports them (rows, cols[, frames])
};

// What can be learnt from a file's headers alone (cheap; no data read).
struct ExperimentInfo {
    std::string path;
    std::string name;    // file stem, e.g. "EB_025_1"
    std::string format;  // "MAT v5", "MAT v7.3", ...
    int rows = 0, cols = 0, frames = 0;
    std::vector<VariableInfo> variables;  // the four, in curl, fault, u, v order
};

struct Progress;

class Experiment {
public:
    // Which channels to hold after loading. LabelsOnly keeps curl and the fault map (and the
    // per-frame plate velocity, computed while u and v pass through) and is what `prepare` uses.
    enum class Content { AllChannels, LabelsOnly };

    // Reads headers only and validates them: all four variables present, numeric, same shape,
    // 2-D or 3-D, at least 128 rows and 64 columns. Throws Error("FILE: problem").
    static ExperimentInfo inspect(const std::string& path, const VariableNames& names = {});

    // Reads the data (frame by frame, through ExperimentFrames). Throws Error("FILE: problem") for
    // anything inspect() rejects and for truncated/corrupt data.
    static Experiment load(const std::string& path, const VariableNames& names = {},
                           Content content = Content::AllChannels, const Progress* progress = nullptr);

    // Builds an experiment from in-memory arrays (frame-major, row-major), for the synthetic
    // generator and tests. With empty u and v, vel_tot is NaN and every frame is skipped.
    static Experiment fromArrays(std::string name, int rows, int cols, int frames, std::vector<double> curl,
                                 std::vector<uint8_t> fault, std::vector<double> u, std::vector<double> v);

    const std::string& path() const { return path_; }
    const std::string& name() const { return name_; }
    int rows() const { return rows_; }
    int cols() const { return cols_; }
    int frames() const { return frames_; }
    bool hasChannel(Channel c) const;

    // Pointers to frame t, rows x cols, row-major.
    const double* curlFrame(int t) const { return curl_.data() + offset(t); }
    const uint8_t* faultFrame(int t) const { return fault_.data() + offset(t); }
    const double* uFrame(int t) const { return u_.data() + offset(t); }  // only with AllChannels
    const double* vFrame(int t) const { return v_.data() + offset(t); }
    // Any channel as double (fault: 0/1, NaN for invalid), for viewers and exports.
    double value(Channel c, int t, int r, int col) const;

    // The plate-velocity difference of frame t (section 3 of the original: medians of u and v
    // over the first and last rows). NaN when it is not finite.
    double velTot(int t) const { return velTot_[static_cast<size_t>(t)]; }
    const std::vector<double>& velTots() const { return velTot_; }
    // The smallest and largest finite plate velocity over the frames; nullopt when none is finite.
    std::optional<std::pair<double, double>> velTotRange() const;

    // Problems found while loading that did not stop it (non-binary fault values, ...).
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    size_t offset(int t) const { return static_cast<size_t>(t) * static_cast<size_t>(rows_) * cols_; }

    std::string path_, name_;
    int rows_ = 0, cols_ = 0, frames_ = 0;
    std::vector<double> curl_, u_, v_;
    std::vector<uint8_t> fault_;
    std::vector<double> velTot_;
    std::vector<std::string> warnings_;
};

// vel_tot of one frame from full u and v frames (rows x cols, row-major), exactly as the
// original computes it (numpy medians).
double plateVelocity(const double* u, const double* v, int rows, int cols);
// The same from the first and last rows of u and v alone (cols values each).
double plateVelocityFromEdges(const double* uFirst, const double* uLast, const double* vFirst, const double* vLast,
                              size_t cols);

}  // namespace faultke
