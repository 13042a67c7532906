#include "core/data/Dataset.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <limits>

#include "core/io/MatFile.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

// The dataset file's layout; docs/formats.md describes every variable. Bump on any change a
// reader of version 1 could misread.
constexpr int kFormatVersion = 1;

const char* const kRequiredVariables[] = {
    "format_version",   "fault_windows", "ke",         "sd",      "ke_label", "sd_label", "experiment_index",
    "experiment_names", "window",        "frame",      "split",   "crop",     "dx",       "seed",
    "eval_windows",     "test_windows",  "train_only", "excluded"};

template <typename T, typename F>
std::vector<T> perSample(const std::vector<Sample>& samples, F field) {
    std::vector<T> out;
    out.reserve(samples.size());
    for (const Sample& s : samples) out.push_back(static_cast<T>(field(s)));
    return out;
}

// Reads an N x 1 (or 1 x N) variable and checks its length.
std::vector<double> readColumn(const MatReader& r, const std::string& name, size_t n) {
    std::vector<double> v = r.readDouble(name);
    if (v.size() != n)
        throw Error(r.path(), "variable '" + name + "' has " + std::to_string(v.size()) + " elements, expected " +
                                  std::to_string(n) + " (one per sample)");
    return v;
}

// A label column: NaN or Inf would train to NaN losses without a word, so it is refused here.
std::vector<double> readFiniteColumn(const MatReader& r, const std::string& name, size_t n) {
    std::vector<double> v = readColumn(r, name, n);
    for (size_t i = 0; i < v.size(); ++i)
        if (!std::isfinite(v[i]))
            throw Error(r.path(), "variable '" + name + "', sample " + std::to_string(i + 1) + ": " +
                                      (std::isnan(v[i]) ? "NaN" : "Inf") + " is not a label");
    return v;
}

// Integers stored as any numeric class: checks that each value is a whole number in [lo, hi].
std::vector<int> readIntegers(const MatReader& r, const std::string& name, size_t n, double lo, double hi,
                              const std::string& range) {
    const std::vector<double> v = readColumn(r, name, n);
    std::vector<int> out(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        if (!(v[i] >= lo && v[i] <= hi) || v[i] != std::floor(v[i]))
            throw Error(r.path(), "variable '" + name + "', sample " + std::to_string(i + 1) + ": value " +
                                      std::to_string(v[i]) + " is not " + range);
        out[i] = static_cast<int>(v[i]);
    }
    return out;
}

int readCount(const MatReader& r, const std::string& name) {
    const double v = r.readScalar(name);
    if (!(v >= 0 && v <= 1e6) || v != std::floor(v))
        throw Error(r.path(), "variable '" + name + "' must be a whole number >= 0");
    return static_cast<int>(v);
}

void checkConsistent(const Dataset& d) {
    const size_t perWindow = size_t(d.height) * size_t(d.width);
    if (d.height <= 0 || d.width <= 0) throw Error("dataset: window size must be positive");
    if (d.windows.size() != d.samples.size() * perWindow)
        throw Error("dataset: " + std::to_string(d.windows.size()) + " window bytes for " +
                    std::to_string(d.samples.size()) + " samples of " + std::to_string(d.height) + " x " +
                    std::to_string(d.width));
    if (d.crop.height != d.height || d.crop.width != d.width)
        throw Error("dataset: crop " + d.crop.toString() + " does not match the " + std::to_string(d.height) + " x " +
                    std::to_string(d.width) + " windows");
    for (const Sample& s : d.samples)
        if (s.experiment < 0 || size_t(s.experiment) >= d.experiments.size())
            throw Error("dataset: sample refers to experiment " + std::to_string(s.experiment) + " of " +
                        std::to_string(d.experiments.size()));
}

}  // namespace

SplitCounts Dataset::counts() const {
    SplitCounts c;
    for (const Sample& s : samples) ++c.samples[static_cast<size_t>(s.split)];
    return c;
}

std::vector<size_t> Dataset::indicesOf(Split s) const {
    std::vector<size_t> out;
    for (size_t i = 0; i < samples.size(); ++i)
        if (samples[i].split == s) out.push_back(i);
    return out;
}

void Dataset::save(const std::string& path) const {
    try {
        checkConsistent(*this);
    } catch (const Error& e) {
        throw Error(path, std::string("cannot save: ") + e.what());
    }
    const size_t n = samples.size();
    const std::vector<size_t> column{n, 1};

    MatWriter w(path, MatVersion::V73);
    w.writeScalar("format_version", kFormatVersion);
    // MATLAB order: height x width x N, so fault_windows(:, :, k) is sample k's window as shown.
    const std::vector<uint8_t> columnMajor = toColumnMajor(windows.data(), size_t(height), size_t(width), n);
    w.writeUint8("fault_windows", columnMajor.data(), {size_t(height), size_t(width), n});

    w.writeDouble("ke", perSample<double>(samples, [](const Sample& s) { return s.ke; }).data(), column);
    w.writeDouble("sd", perSample<double>(samples, [](const Sample& s) { return s.sd; }).data(), column);
    w.writeDouble("ke_label", perSample<double>(samples, [](const Sample& s) { return s.keLabel; }).data(), column);
    w.writeDouble("sd_label", perSample<double>(samples, [](const Sample& s) { return s.sdLabel; }).data(), column);
    // 1-based, so that experiment_names{experiment_index(k)} works in MATLAB.
    w.writeInt32("experiment_index",
                 perSample<int32_t>(samples, [](const Sample& s) { return s.experiment + 1; }).data(), column);
    w.writeStrings("experiment_names", experiments);
    w.writeInt32("window", perSample<int32_t>(samples, [](const Sample& s) { return s.window; }).data(), column);
    w.writeInt32("frame", perSample<int32_t>(samples, [](const Sample& s) { return s.frame; }).data(), column);
    w.writeUint8("split", perSample<uint8_t>(samples, [](const Sample& s) { return uint8_t(s.split); }).data(), column);
    w.writeStrings("split_names", {splitName(Split::Train), splitName(Split::Eval), splitName(Split::Test)});

    const double cropValues[4] = {double(crop.firstRow), double(crop.stride), double(crop.height), double(crop.width)};
    w.writeDouble("crop", cropValues, {1, 4});
    w.writeScalar("dx", dx);
    // Seeds above 2^53 do not survive a double: seed_text keeps the exact value.
    w.writeScalar("seed", double(split.seed));
    w.writeText("seed_text", std::to_string(split.seed));
    w.writeScalar("eval_windows", split.evalWindows);
    w.writeScalar("test_windows", split.testWindows);
    w.writeStrings("train_only", split.trainOnly);
    w.writeStrings("excluded", split.excluded);
    if (!inputs.empty()) w.writeStrings("input_names", inputs);
    if (variables) w.writeStrings("variable_names", {variables->curl, variables->fault, variables->u, variables->v});
    if (centreTracesWithin >= 0) w.writeScalar("centre_traces_within", centreTracesWithin);
    w.commit();
}

SplitCounts Dataset::readCounts(const std::string& path) {
    const MatReader r(path);
    if (!r.has("split") || !r.has("format_version"))
        throw Error(path, "missing variable 'split' (not a FaultKE dataset?)");
    const std::vector<double> split = r.readDouble("split");
    SplitCounts counts;
    for (double s : split) {
        if (!(s == 0 || s == 1 || s == 2)) throw Error(path, "'split' holds values other than 0, 1 and 2");
        ++counts.samples[static_cast<size_t>(s)];
    }
    return counts;
}

std::string Dataset::fingerprint() const {
    // FNV-1a over 8-byte words: fast enough for 100 MB of windows, and any changed byte shows.
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](uint64_t word) { h = (h ^ word) * 1099511628211ull; };
    auto mixBytes = [&](const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t word;
            std::memcpy(&word, p + i, 8);
            mix(word);
        }
        for (; i < n; ++i) mix(p[i]);
        mix(n);
    };
    mixBytes(windows.data(), windows.size());
    for (const Sample& s : samples) {
        const int64_t ints[] = {s.experiment, s.window, s.frame, int64_t(s.split)};
        const double reals[] = {s.ke, s.sd, s.keLabel, s.sdLabel};
        mixBytes(ints, sizeof ints);
        mixBytes(reals, sizeof reals);
    }
    for (const std::string& name : experiments) mixBytes(name.data(), name.size());
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

namespace {

// The variables of load() that are not per sample, checked as load() checks them; also sets the
// window size from fault_windows' dimensions. Returns the number of samples.
size_t readSettings(const MatReader& r, Dataset& d) {
    const std::string& path = r.path();
    for (const char* name : kRequiredVariables)
        if (!r.has(name)) throw Error(path, std::string("missing variable '") + name + "' (not a FaultKE dataset?)");

    const double version = r.readScalar("format_version");
    if (version != kFormatVersion)
        throw Error(path, "dataset format_version " + std::to_string(version) + " is not supported (expected " +
                              std::to_string(kFormatVersion) + ")");

    d.experiments = r.readStrings("experiment_names");
    for (const std::string& name : d.experiments)
        if (name.empty()) throw Error(path, "experiment_names holds an empty name");

    const size_t n = r.info("ke").elements();
    const std::vector<size_t> dims = r.info("fault_windows").dims;
    // MATLAB drops trailing singleton dimensions: one window is stored as height x width.
    const size_t storedCount = dims.size() >= 3 ? dims[2] : (dims.size() == 2 ? 1 : 0);
    if (dims.size() < 2 || dims.size() > 3 || dims[0] == 0 || dims[1] == 0 || dims[0] > 100000 || dims[1] > 100000 ||
        (storedCount != n && !(n == 0 && dims.size() == 2)))
        throw Error(path, "fault_windows must be height x width x " + std::to_string(n) + " (one window per sample)");
    d.height = static_cast<int>(dims[0]);
    d.width = static_cast<int>(dims[1]);
    // Declared sizes must fit in the file (compressed at most 1032:1) before anything is allocated.
    std::error_code sizeError;
    const double fileBytes = double(std::filesystem::file_size(path, sizeError));
    const double declared = double(n) * (double(dims[0]) * double(dims[1]) + 40.0);
    if (!sizeError && declared > (fileBytes + 4096.0) * 1032.0)
        throw Error(path, "declares " + std::to_string(n) + " samples of " + std::to_string(dims[0]) + " x " +
                              std::to_string(dims[1]) + ", more than a file of " +
                              std::to_string(static_cast<long long>(fileBytes)) +
                              " bytes can hold (truncated or corrupt file)");

    const std::vector<double> cropValues = r.readDouble("crop");
    if (cropValues.size() != 4) throw Error(path, "crop must hold 4 values [row stride height width]");
    for (double v : cropValues)
        if (!(v >= 0 && v <= 1e6) || v != std::floor(v)) throw Error(path, "crop values must be whole numbers >= 0");
    d.crop = CropSpec{int(cropValues[0]), int(cropValues[1]), int(cropValues[2]), int(cropValues[3])};
    if (d.crop.stride <= 0 || d.crop.height != d.height || d.crop.width != d.width)
        throw Error(path, "crop " + d.crop.toString() + " does not match the " + std::to_string(d.height) + " x " +
                              std::to_string(d.width) + " fault_windows");
    d.dx = r.readScalar("dx");
    if (!(d.dx > 0) || !std::isfinite(d.dx)) throw Error(path, "dx must be a positive number");

    d.split.evalWindows = readCount(r, "eval_windows");
    d.split.testWindows = readCount(r, "test_windows");
    d.split.trainOnly = r.readStrings("train_only");
    d.split.excluded = r.readStrings("excluded");
    const double seed = r.readScalar("seed");
    if (!(seed >= 0 && seed < 18446744073709551616.0) || seed != std::floor(seed))
        throw Error(path, "seed must be a whole number in [0, 2^64)");
    d.split.seed = uint64_t(seed);
    if (r.has("seed_text")) {
        const std::string text = r.readText("seed_text");
        try {
            size_t used = 0;
            d.split.seed = std::stoull(text, &used);
            if (used != text.size()) throw std::invalid_argument(text);
        } catch (const std::exception&) {
            throw Error(path, "seed_text '" + text + "' is not a whole number");
        }
    }

    // Recorded since FaultKE compares a dataset with its project's settings; older files lack them.
    if (r.has("input_names")) d.inputs = r.readStrings("input_names");
    if (r.has("variable_names")) {
        const std::vector<std::string> names = r.readStrings("variable_names");
        if (names.size() != 4)
            throw Error(path,
                        "variable_names must hold 4 names (curl, fault, u, v), not " + std::to_string(names.size()));
        d.variables = VariableNames{names[0], names[1], names[2], names[3]};
    }
    if (r.has("centre_traces_within")) {
        const double within = r.readScalar("centre_traces_within");
        if (!(within >= 0 && within <= 1e6) || within != std::floor(within))
            throw Error(path, "centre_traces_within must be a whole number of rows >= 0");
        d.centreTracesWithin = static_cast<int>(within);
    }
    return n;
}

}  // namespace

Dataset Dataset::loadSettings(const std::string& path) {
    const MatReader r(path);
    Dataset d;
    readSettings(r, d);
    return d;
}

bool Dataset::isDatasetFile(const std::string& path) {
    try {
        if (!looksLikeMatFile(path)) return false;
        const MatReader r(path);
        return r.has("format_version") && r.has("fault_windows");
    } catch (const std::exception&) {
        return false;
    }
}

Dataset Dataset::load(const std::string& path) {
    const MatReader r(path);
    Dataset d;
    const size_t n = readSettings(r, d);

    const std::vector<double> ke = readFiniteColumn(r, "ke", n), sd = readFiniteColumn(r, "sd", n);
    const std::vector<double> keLabel = readFiniteColumn(r, "ke_label", n),
                              sdLabel = readFiniteColumn(r, "sd_label", n);
    const double experimentCount = double(d.experiments.size());
    const std::vector<int> experiment =
        readIntegers(r, "experiment_index", n, 1, experimentCount, "an index into experiment_names (1-based)");
    const double intMax = std::numeric_limits<int32_t>::max();
    const std::vector<int> window = readIntegers(r, "window", n, 0, intMax, "a window index >= 0");
    const std::vector<int> frame = readIntegers(r, "frame", n, 0, intMax, "a frame index >= 0");
    const std::vector<int> split = readIntegers(r, "split", n, 0, 2, "0 (train), 1 (eval) or 2 (test)");

    d.samples.resize(n);
    for (size_t i = 0; i < n; ++i) {
        Sample& s = d.samples[i];
        s.experiment = experiment[i] - 1;
        s.window = window[i];
        s.frame = frame[i];
        s.ke = ke[i];
        s.sd = sd[i];
        s.keLabel = keLabel[i];
        s.sdLabel = sdLabel[i];
        s.split = static_cast<Split>(split[i]);
    }

    if (n > 0) {
        std::vector<uint8_t> stored = r.readUint8("fault_windows");
        if (stored.size() != n * size_t(d.height) * size_t(d.width))
            throw Error(path, "fault_windows holds " + std::to_string(stored.size()) + " values, expected " +
                                  std::to_string(n * size_t(d.height) * size_t(d.width)));
        // Any numeric class is accepted (a user may resave the windows as double): non-zero is fault.
        for (uint8_t& v : stored) v = v != 0;
        d.windows = fromColumnMajor(stored.data(), size_t(d.height), size_t(d.width), n);
    }
#ifdef __GLIBC__
    // Reading left HDF5's and matio's buffers freed inside the heap; hand them back to the system
    // rather than keep them resident beside the dataset for the whole session.
    malloc_trim(0);
#endif
    return d;
}

}  // namespace faultke
