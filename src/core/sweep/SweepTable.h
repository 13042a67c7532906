#pragma once
// A sweep's results by combination: mean and SD over its seeds of the chosen epoch's eval 2SD
// accuracy and loss, and (read once, for the epoch chosen without it) test 2SD accuracy and R^2.
#include <string>
#include <vector>

#include "core/sweep/SweepState.h"

namespace faultke {

struct MeanSd {
    double mean = 0, sd = 0;  // SD over the seeds (n - 1); 0 for one seed
    int n = 0;
};

struct SweepTableRow {
    std::string combination;        // "lr=0.001_bs=32"
    nlohmann::json values;          // its key: value
    std::vector<std::string> runs;  // the run folders of its seeds
    int finished = 0;               // runs with a chosen epoch among them
    MeanSd evalAccuracy, evalLoss, testAccuracy, testR2;
};

// The columns `sort` accepts: "eval_acc2sd", "eval_loss". Test figures are reported beside them,
// never a ranking: test windows choose nothing.
const std::vector<std::string>& sweepTableRankings();

// One row per combination, best first by `sort` (higher first for accuracy, lower for loss). Runs
// without a completed epoch count in no figure. Throws Error on an unknown column or a test one.
std::vector<SweepTableRow> sweepTable(const std::vector<SweepRunStatus>& runs, const std::string& sort = "eval_acc2sd");

// As CSV: combination, the varied keys, runs, then mean and sd of each figure.
std::string sweepTableCsv(const std::vector<SweepTableRow>& rows);

}  // namespace faultke
