#pragma once
// The original pipeline's on-disk layout, for people who keep using its scripts:
//   DIR/slice_npy/<experiment>/<KE>_<SD>_win_<w>_t_<ttt>_<experiment>_cfuv.npy
//   DIR/split_master/{train,eval,test}_master.txt   one "slice_npy/<experiment>/<file>" per line
//   DIR/data_stat.txt                               sample counts
// Each .npy is a height x width x 4 float64 array (curl, fault, u, v). docs/formats.md has the
// details, including what is lost in each direction.
#include <string>

#include "core/data/Dataset.h"
#include "core/data/Experiment.h"

namespace faultke {

struct Progress;

// The fields of a slice file name. KE and SD keep the text of the name ("-0.00", "12.30").
struct LegacySliceName {
    std::string keText, sdText;
    double ke = 0, sd = 0;
    int window = 0;
    int frame = 0;  // 0-based, as the original's t
    std::string experiment;
};

// "<KE>_<SD>_win_<w>_t_<ttt>_<experiment>_cfuv.npy" with KE and SD formatted as '%.2f'.
std::string legacySliceFileName(double keLabel, double sdLabel, int window, int frame, const std::string& experiment);
// Parses by fields, so negative values, values of 10 and more and experiment names with
// underscores work. Throws Error(fileName, problem) when the name does not follow the pattern.
LegacySliceName parseLegacySliceName(const std::string& fileName);

struct LegacyExportOptions {
    // Folder holding the raw <experiment>.mat files. When given, each file gets the four channels
    // at full precision; without it only the fault channel is filled and curl, u, v are zero.
    std::string rawDir;
    VariableNames names;
};

struct LegacyExportSummary {
    size_t files = 0;
    SplitCounts counts;
    bool allChannels = false;  // false: curl, u and v were written as zeros
};

// Writes the layout into dir (created if needed). Refuses a folder that already holds
// slice_npy or split_master, so that stale files never mix in. Throws Error naming the file.
LegacyExportSummary exportLegacy(const Dataset& dataset, const std::string& dir,
                                 const LegacyExportOptions& options = {}, const Progress* progress = nullptr);

// Reads such a folder back: the samples listed in split_master/*_master.txt, or, without
// masters, every .npy under slice_npy/ as training data. Labels come from the file names (two
// decimals, so ke == keLabel and sd == sdLabel); the fault channel is thresholded (non-zero ->
// 1). The crop keeps its defaults except height and width, taken from the files.
Dataset importLegacy(const std::string& dir, const Progress* progress = nullptr);

}  // namespace faultke
