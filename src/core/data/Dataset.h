#pragma once
// A prepared dataset: every kept (experiment, window, frame) sample with its 128 x 64 fault
// window, its labels and its split, held in memory as compact arrays and saved as one
// MATLAB v7.3 file (see docs/formats.md).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/Split.h"
#include "core/data/WindowSize.h"

namespace faultke {

// Which labels training uses: the original's two-decimal values (default) or full precision.
enum class LabelPrecision { TwoDecimals, Full };

struct Sample {
    int experiment = 0;  // index into Dataset::experiments
    int window = 0;
    int frame = 0;                    // 0-based
    double ke = 0, sd = 0;            // full precision
    double keLabel = 0, sdLabel = 0;  // two decimals, as the original
    Split split = Split::Train;

    double targetKe(LabelPrecision p) const { return p == LabelPrecision::Full ? ke : keLabel; }
    double targetSd(LabelPrecision p) const { return p == LabelPrecision::Full ? sd : sdLabel; }
};

struct SplitCounts {
    std::array<int, 3> samples{};  // indexed by Split
    int total() const { return samples[0] + samples[1] + samples[2]; }
    double ratio(Split s) const { return total() ? double(samples[int(s)]) / total() : 0.0; }
};

class Dataset {
public:
    std::vector<std::string> experiments;  // names (file stems)
    std::vector<Sample> samples;
    int height = kWindowRows, width = kWindowColumns;
    std::vector<uint8_t> windows;  // samples.size() x height x width, row-major, 0/1
    CropSpec crop;
    double dx = kDefaultDx;
    SplitSpec split;  // the settings the split was made with (seed included)
    // What prepare was given, so that a project can tell whether the file still matches its
    // settings. Files written before FaultKE recorded them hold neither.
    std::vector<std::string> inputs;         // every experiment given by name, unreadable ones too
    std::optional<VariableNames> variables;  // the names the experiments were read with
    // Prepare's PrepareOptions::centreTracesWithin: rows from the middle row each window's traces
    // were moved to within; -1 (and files that do not record it): the windows as cut.
    int centreTracesWithin = -1;

    size_t size() const { return samples.size(); }
    const uint8_t* window(size_t i) const { return windows.data() + i * size_t(height) * width; }
    SplitCounts counts() const;
    std::vector<size_t> indicesOf(Split s) const;
    // A digest of everything training reads (windows, labels, splits, experiment names), as 16
    // hex digits: a run records it, so that resuming on another dataset is refused.
    std::string fingerprint() const;

    // MAT v7.3 (HDF5, compressed) through matio; atomic. Throws Error naming the file.
    void save(const std::string& path) const;
    static Dataset load(const std::string& path);
    // Everything but the samples: experiment names, crop, dx, split and what prepare was given
    // (samples and windows stay empty). Cheap; throws Error as load() does.
    static Dataset loadSettings(const std::string& path);
    // True when `path` is a MAT file bearing a dataset's markers (format_version and
    // fault_windows): a file Prepare writes, not an experiment. False when it cannot be read.
    static bool isDatasetFile(const std::string& path);
    // The samples per split alone, without reading the windows (cheap, for summaries).
    static SplitCounts readCounts(const std::string& path);
};

}  // namespace faultke
