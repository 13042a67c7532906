#pragma once
// A prepared dataset: every kept (experiment, window, frame) sample with its 128 x 64 fault
// window, its labels and its split, held in memory as compact arrays and saved as one
// MATLAB v7.3 file (see docs/formats.md).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Split.h"

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
    int height = 128, width = 64;
    std::vector<uint8_t> windows;  // samples.size() x height x width, row-major, 0/1
    CropSpec crop;
    double dx = kDefaultDx;
    SplitSpec split;  // the settings the split was made with (seed included)

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
    // The samples per split alone, without reading the windows (cheap, for summaries).
    static SplitCounts readCounts(const std::string& path);
};

}  // namespace faultke
