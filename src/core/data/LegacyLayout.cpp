#include "core/data/LegacyLayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "core/io/Npy.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/Plural.h"
#include "core/util/Progress.h"

namespace faultke {

namespace fs = std::filesystem;

namespace {

constexpr int kChannels = 4;  // curl, fault, u, v
const char* const kSliceFolder = "slice_npy";
const char* const kMasterFolder = "split_master";
const char* const kSuffix = "cfuv.npy";

std::string twoDecimals(double x) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", x);  // Python's '%.2f': both round the exact binary value
    return text;
}

bool isDecimal(const std::string& s) {
    size_t i = s[0] == '-' ? 1 : 0;
    size_t digits = 0, dots = 0;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i])))
            ++digits;
        else if (s[i] == '.' && dots == 0)
            ++dots;
        else
            return false;
    }
    return digits > 0;
}

bool parseIndex(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); }))
        return false;
    out = std::stoi(s);
    return true;
}

std::string masterPath(const fs::path& dir, Split s) {
    return (dir / kMasterFolder / (std::string(splitName(s)) + "_master.txt")).string();
}

bool nonEmptyFolder(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec) && !fs::is_empty(p, ec);
}

// The height x width x 4 array of one sample, C order: element (r, c, channel).
std::vector<double> sliceArray(const Dataset& d, size_t i, const Experiment* raw) {
    const size_t h = size_t(d.height), w = size_t(d.width);
    std::vector<double> out(h * w * kChannels, 0.0);
    const uint8_t* window = d.window(i);
    const Sample& s = d.samples[i];
    const WindowRect rect = d.crop.window(s.window);
    for (size_t r = 0; r < h; ++r)
        for (size_t c = 0; c < w; ++c) {
            double* px = out.data() + (r * w + c) * kChannels;
            px[1] = window[r * w + c];
            if (!raw) continue;
            const int row = rect.row + int(r), col = rect.col + int(c);
            px[0] = raw->value(Channel::Curl, s.frame, row, col);
            px[2] = raw->value(Channel::U, s.frame, row, col);
            px[3] = raw->value(Channel::V, s.frame, row, col);
            if ((raw->value(Channel::Fault, s.frame, row, col) != 0) != (window[r * w + c] != 0))
                throw Error(raw->path(), "the fault map of window " + std::to_string(s.window) + ", frame " +
                                             std::to_string(s.frame) +
                                             " differs from the dataset's: is this the experiment the dataset "
                                             "was prepared from?");
        }
    return out;
}

Experiment loadRaw(const Dataset& d, const std::string& experiment, const LegacyExportOptions& options) {
    const std::string path = (fs::path(options.rawDir) / (experiment + ".mat")).string();
    if (!fs::exists(path)) throw Error(path, "raw experiment file not found (needed by --raw)");
    Experiment exp = Experiment::load(path, options.names, Experiment::Content::AllChannels);
    d.crop.validate(exp.rows(), exp.cols(), path);
    return exp;
}

// One sample found on disk, before its file is read.
struct Entry {
    LegacySliceName name;
    std::string path;
    Split split = Split::Train;
};

fs::path resolveListed(const fs::path& dir, const std::string& line, const LegacySliceName& name) {
    fs::path p(line);
    if (p.is_relative()) p = dir / p;
    if (fs::exists(p)) return p;
    // Masters written elsewhere may use another base folder: look where this layout keeps it.
    const fs::path beside = dir / kSliceFolder / name.experiment / fs::path(line).filename();
    return fs::exists(beside) ? beside : p;
}

std::vector<Entry> listedEntries(const fs::path& dir) {
    std::vector<Entry> entries;
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        const std::string master = masterPath(dir, s);
        if (!fs::exists(master)) continue;
        std::ifstream in(master);
        if (!in) throw Error(master, "cannot open");
        std::string line;
        int lineNumber = 0;
        while (std::getline(in, line)) {
            ++lineNumber;
            line.erase(
                std::find_if(line.rbegin(), line.rend(), [](unsigned char c) { return !std::isspace(c); }).base(),
                line.end());
            line.erase(line.begin(),
                       std::find_if(line.begin(), line.end(), [](unsigned char c) { return !std::isspace(c); }));
            if (line.empty()) continue;
            Entry e;
            try {
                e.name = parseLegacySliceName(fs::path(line).filename().string());
            } catch (const Error& error) {
                // The line as a person can read it: a binary file's NUL bytes would cut the message.
                std::string shown;
                for (unsigned char c : line.substr(0, 80)) shown += std::isprint(c) ? char(c) : '?';
                if (line.size() > 80) shown += "...";
                throw Error(master, "line " + std::to_string(lineNumber) + " (\"" + shown +
                                        "\") is not a slice name <KE>_<SD>_win_<w>_t_<ttt>_<experiment>_cfuv.npy");
            }
            e.path = resolveListed(dir, line, e.name).string();
            e.split = s;
            entries.push_back(std::move(e));
        }
    }
    return entries;
}

std::vector<Entry> folderEntries(const fs::path& dir) {
    std::vector<Entry> entries;
    const fs::path slices = dir / kSliceFolder;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(slices, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file() || it->path().extension() != ".npy") continue;
        Entry e;
        e.name = parseLegacySliceName(it->path().filename().string());
        e.path = it->path().string();
        entries.push_back(std::move(e));
    }
    if (ec) throw Error(slices.string(), "cannot list folder: " + ec.message());
    return entries;
}

// A slice file's window size: height x width x channels, or height x width for fault-only files.
std::pair<size_t, size_t> sliceSize(const NpyArray& a, const std::string& path) {
    const auto& shape = a.shape;
    if (shape.size() < 2 || shape.size() > 3 || (shape.size() == 3 && shape[2] == 0) || shape[0] == 0 ||
        shape[1] == 0 || shape[0] > 100000 || shape[1] > 100000)
        throw Error(path, "expected a height x width x 4 (or height x width) array");
    return {shape[0], shape[1]};
}

// The fault channel as 0/1 bytes (non-zero -> 1): channel 1 of a multi-channel slice, else the only one.
void copyFaultChannel(const NpyArray& a, const std::string& path, int height, int width, uint8_t* out) {
    const auto [h, w] = sliceSize(a, path);
    if (h != size_t(height) || w != size_t(width))
        throw Error(path, "window is " + std::to_string(h) + " x " + std::to_string(w) + ", the files before it are " +
                              std::to_string(height) + " x " + std::to_string(width));
    const size_t channels = a.shape.size() == 3 ? a.shape[2] : 1;
    const size_t channel = channels >= 2 ? size_t(Channel::Fault) : 0;
    for (size_t i = 0; i < h * w; ++i) {
        const double v = a.data[i * channels + channel];
        // NaN != 0: it would read as a fault pixel, and an all-NaN slice as a window all fault.
        if (!std::isfinite(v))
            throw Error(path, "the fault map holds " + std::string(std::isnan(v) ? "NaN" : "Inf") + " (row " +
                                  std::to_string(i / w) + ", column " + std::to_string(i % w) +
                                  "): not a window FaultKE can train on");
        out[i] = v != 0;
    }
}

}  // namespace

std::string legacySliceFileName(double keLabel, double sdLabel, int window, int frame, const std::string& experiment) {
    char t[16];
    std::snprintf(t, sizeof t, "%03d", frame);
    return twoDecimals(keLabel) + "_" + twoDecimals(sdLabel) + "_win_" + std::to_string(window) + "_t_" + t + "_" +
           experiment + "_" + kSuffix;
}

LegacySliceName parseLegacySliceName(const std::string& fileName) {
    const auto fail = [&](const std::string& problem) -> LegacySliceName {
        throw Error(fileName, "not a slice name <KE>_<SD>_win_<w>_t_<ttt>_<experiment>_cfuv.npy: " + problem);
    };
    std::vector<std::string> fields;
    std::stringstream ss(fileName);
    for (std::string field; std::getline(ss, field, '_');) fields.push_back(field);
    if (fields.size() < 8) return fail("too few fields");
    if (fields.back() != kSuffix) return fail("it does not end in _cfuv.npy");
    if (fields[2] != "win" || fields[4] != "t") return fail("expected '_win_' and '_t_' after KE and SD");

    LegacySliceName n;
    n.keText = fields[0];
    n.sdText = fields[1];
    if (!isDecimal(n.keText)) return fail("KE '" + n.keText + "' is not a number");
    if (!isDecimal(n.sdText)) return fail("SD '" + n.sdText + "' is not a number");
    n.ke = std::strtod(n.keText.c_str(), nullptr);
    n.sd = std::strtod(n.sdText.c_str(), nullptr);
    if (!parseIndex(fields[3], n.window)) return fail("window '" + fields[3] + "' is not an index");
    if (!parseIndex(fields[5], n.frame)) return fail("frame '" + fields[5] + "' is not an index");
    for (size_t i = 6; i + 1 < fields.size(); ++i) n.experiment += (i > 6 ? "_" : "") + fields[i];
    if (n.experiment.empty()) return fail("no experiment name");
    return n;
}

namespace {

// Until keep(): removes the layout folders an export created, or empties the (empty) ones it
// found.
class LayoutRollback {
public:
    explicit LayoutRollback(const fs::path& root) : root_(root) {
        for (const char* folder : {kSliceFolder, kMasterFolder}) existed_.push_back(fs::exists(root / folder));
    }
    LayoutRollback(const LayoutRollback&) = delete;
    LayoutRollback& operator=(const LayoutRollback&) = delete;
    ~LayoutRollback() {
        if (kept_) return;
        std::error_code ec;
        size_t i = 0;
        for (const char* folder : {kSliceFolder, kMasterFolder}) {
            const fs::path path = root_ / folder;
            if (!existed_[i++]) {
                fs::remove_all(path, ec);
            } else {
                for (const auto& entry : fs::directory_iterator(path, ec)) fs::remove_all(entry.path(), ec);
            }
        }
        fs::remove(root_ / "data_stat.txt", ec);
    }
    void keep() { kept_ = true; }

private:
    fs::path root_;
    std::vector<bool> existed_;
    bool kept_ = false;
};

}  // namespace

LegacyExportSummary exportLegacy(const Dataset& dataset, const std::string& dir, const LegacyExportOptions& options,
                                 const Progress* progress) {
    const Progress silent;
    const Progress& p = progress ? *progress : silent;
    const fs::path root(dir);
    if (nonEmptyFolder(root / kSliceFolder) || nonEmptyFolder(root / kMasterFolder))
        throw Error(dir, "already holds a legacy layout (slice_npy or split_master); choose an empty folder");
    if (!options.rawDir.empty() && !fs::is_directory(options.rawDir))
        throw Error(options.rawDir, "raw experiment folder not found");
    // A failed export takes back what it wrote, so the folder can be used again.
    LayoutRollback rollback(root);
    std::error_code ec;
    fs::create_directories(root / kMasterFolder, ec);
    if (ec) throw Error(dir, "cannot create folder: " + ec.message());

    LegacyExportSummary summary;
    summary.allChannels = !options.rawDir.empty();
    summary.counts = dataset.counts();
    std::array<std::string, 3> masters;
    const std::vector<size_t> shape{size_t(dataset.height), size_t(dataset.width), size_t(kChannels)};

    // Experiment by experiment, so that at most one raw experiment is in memory.
    for (size_t e = 0; e < dataset.experiments.size(); ++e) {
        const std::string& name = dataset.experiments[e];
        std::optional<Experiment> raw;
        bool any = false;
        for (size_t i = 0; i < dataset.size(); ++i) {
            const Sample& s = dataset.samples[i];
            if (size_t(s.experiment) != e) continue;
            if (!any) {
                any = true;
                fs::create_directories(root / kSliceFolder / name, ec);
                if (ec) throw Error((root / kSliceFolder / name).string(), "cannot create folder: " + ec.message());
                if (summary.allChannels) {
                    p.update(double(summary.files) / double(std::max<size_t>(1, dataset.size())),
                             "reading " + name + ".mat");
                    raw = loadRaw(dataset, name, options);
                }
            }
            p.checkCancel();
            const std::string file = legacySliceFileName(s.keLabel, s.sdLabel, s.window, s.frame, name);
            const std::vector<double> slice = sliceArray(dataset, i, raw ? &*raw : nullptr);
            writeNpy((root / kSliceFolder / name / file).string(), shape, slice.data());
            masters[size_t(s.split)] += std::string(kSliceFolder) + "/" + name + "/" + file + "\n";
            if (++summary.files % 64 == 0)
                p.update(double(summary.files) / double(dataset.size()),
                         name + ": " + std::to_string(summary.files) + " of " + std::to_string(dataset.size()));
        }
    }
    for (Split s : {Split::Train, Split::Eval, Split::Test})
        writeTextAtomically(masterPath(root, s), masters[size_t(s)]);

    std::ostringstream stat;
    const SplitCounts& c = summary.counts;
    stat << "# FaultKE legacy export: " << countOf(dataset.experiments.size(), "experiment") << ", windows "
         << dataset.height << " x " << dataset.width << ", crop " << dataset.crop.toString() << ", seed "
         << dataset.split.seed << "\n"
         << "# channels: " << (summary.allChannels ? "curl, fault, u, v" : "fault only (curl, u, v are zero)") << "\n";
    for (Split s : {Split::Train, Split::Eval, Split::Test})
        stat << splitName(s) << ": " << c.samples[size_t(s)] << "\n";
    stat << "total: " << c.total() << "\n";
    writeTextAtomically((root / "data_stat.txt").string(), stat.str());
    rollback.keep();
    p.update(1.0, "exported " + std::to_string(summary.files) + " slices");
    return summary;
}

Dataset importLegacy(const std::string& dir, const Progress* progress) {
    const Progress silent;
    const Progress& p = progress ? *progress : silent;
    const fs::path root(dir);
    if (!fs::is_directory(root)) throw Error(dir, "no such folder");

    bool haveMasters = false;
    for (Split s : {Split::Train, Split::Eval, Split::Test})
        haveMasters = haveMasters || fs::exists(masterPath(root, s));
    if (!haveMasters && !fs::is_directory(root / kSliceFolder))
        throw Error(dir, "not a legacy layout: neither split_master/*_master.txt nor slice_npy/ found");
    std::vector<Entry> entries = haveMasters ? listedEntries(root) : folderEntries(root);
    if (entries.empty()) throw Error(dir, "the legacy layout lists no samples");

    // The order prepare produces: experiment (by name), window, frame.
    const auto key = [](const Entry& e) { return std::tie(e.name.experiment, e.name.window, e.name.frame); };
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
    for (size_t i = 1; i < entries.size(); ++i)
        if (key(entries[i - 1]) == key(entries[i]))
            throw Error(entries[i].path, "the same sample (experiment " + entries[i].name.experiment + ", window " +
                                             std::to_string(entries[i].name.window) + ", frame " +
                                             std::to_string(entries[i].name.frame) + ") is listed twice");

    Dataset d;
    std::map<std::string, std::set<int>> evalWindows, testWindows;
    std::map<std::string, bool> onlyTrain;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        if (d.experiments.empty() || d.experiments.back() != e.name.experiment)
            d.experiments.push_back(e.name.experiment);
        Sample s;
        s.experiment = int(d.experiments.size()) - 1;
        s.window = e.name.window;
        s.frame = e.name.frame;
        s.ke = s.keLabel = e.name.ke;  // names hold two decimals only
        s.sd = s.sdLabel = e.name.sd;
        s.split = e.split;
        d.samples.push_back(s);
        auto& trainOnly = onlyTrain.try_emplace(e.name.experiment, true).first->second;
        trainOnly = trainOnly && e.split == Split::Train;
        if (e.split == Split::Eval) evalWindows[e.name.experiment].insert(e.name.window);
        if (e.split == Split::Test) testWindows[e.name.experiment].insert(e.name.window);
    }

    for (size_t i = 0; i < entries.size(); ++i) {
        if (i % 64 == 0) {
            p.checkCancel();
            p.update(double(i) / double(entries.size()), "reading " + fs::path(entries[i].path).filename().string());
        }
        const std::string& path = entries[i].path;
        if (!fs::exists(path)) throw Error(path, "listed in split_master but not found");
        const NpyArray slice = readNpy(path);
        if (i == 0) {  // the first file fixes the window size for all others
            const auto [h, w] = sliceSize(slice, path);
            d.height = int(h);
            d.width = int(w);
            d.windows.resize(entries.size() * h * w);
        }
        copyFaultChannel(slice, path, d.height, d.width, d.windows.data() + i * size_t(d.height) * size_t(d.width));
    }

    // What can be inferred of the split settings; the seed is unknown.
    d.crop.height = d.height;
    d.crop.width = d.width;
    d.split.seed = 0;
    d.split.evalWindows = 0;
    d.split.testWindows = 0;
    for (const auto& [name, windows] : evalWindows)
        d.split.evalWindows = std::max(d.split.evalWindows, int(windows.size()));
    for (const auto& [name, windows] : testWindows)
        d.split.testWindows = std::max(d.split.testWindows, int(windows.size()));
    for (const auto& [name, trainOnly] : onlyTrain)
        if (trainOnly && haveMasters) d.split.trainOnly.push_back(name);
    p.update(1.0, "imported " + countOf(d.size(), "sample"));
    return d;
}

}  // namespace faultke
