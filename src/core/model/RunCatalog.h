#pragma once
// The training runs of a project (experiments/<name>/), read from their files alone: what the
// Train page lists and a command line could print. Plain types; no torch.
#include <optional>
#include <string>
#include <vector>

#include "core/model/Run.h"
#include "core/model/TrainParams.h"

namespace faultke {

enum class RunStatus {
    Finished,     // every epoch of num_epochs, or early stopping ended it
    Stopped,      // a user stopped it; its completed epochs are kept and it can be resumed
    Interrupted,  // it ended without saying so (killed, crashed); resumable from its last epoch
    Empty,        // no completed epoch
};
const char* runStatusName(RunStatus status);  // "finished", "stopped", "interrupted", "empty"

struct RunSummary {
    std::string name;  // the folder's name
    std::string dir;
    TrainParams params;
    std::vector<HistoryRow> history;
    std::optional<RunStart> start;  // a run from a trained model: where it started (start.json)
    RunStatus status = RunStatus::Empty;
    BestEpoch best;                          // epoch 0 when none
    std::vector<std::string> changedParams;  // differingParams from its preset's, read once
    std::string error;                       // a file of the run could not be read (the run is listed with it)

    int epochs() const { return static_cast<int>(history.size()); }
    bool resumable() const { return status == RunStatus::Stopped || status == RunStatus::Interrupted; }
    // Runs made by "repeat N times" share a group: the name without its "-rN" suffix.
    std::string group() const;
};

// Reads one run folder; never throws (a broken file goes to RunSummary::error).
RunSummary readRunSummary(const std::string& dir);

// The parameters in which `params` differs from `reference`, as "key: value" with the
// params.json key names (seed included).
std::vector<std::string> differingParams(const TrainParams& params, const TrainParams& reference);
// Every run folder (holding params.json) under experimentsDir, by name; a sweep's runs (in a
// folder holding sweep.json) as "<sweep>/<run>".
std::vector<RunSummary> listRuns(const std::string& experimentsDir);

// The runs a model path names: the path itself when it exists (or is "bundled"); else, when it is
// a repeat group's name (runs <path>-r1, <path>-r2, ... beside it), those runs in repeat order;
// else the path (which then fails to load with its own message).
std::vector<std::string> repeatGroupRuns(const std::string& path);

// A name not yet used in experimentsDir: base, or base-2, base-3, ...
std::string uniqueRunName(const std::string& experimentsDir, const std::string& base);

// Makes `epoch` the run's best epoch with the rule "user" (best.json and params.json), so
// Evaluate and Predict use it. Throws Error when the run has no such epoch.
void selectBestEpoch(const std::string& runDir, int epoch);
// Goes back to the automatic rule of the run's preset (max-eval-accuracy for the original,
// last-epoch for steady).
void clearSelectedBestEpoch(const std::string& runDir);

// The original archive's Keras history (history.json: "loss", "val_loss",
// "custom_accuracy_2SD", "val_custom_accuracy_2SD", ...) as history rows (train and eval).
// Throws Error naming the file.
std::vector<HistoryRow> readKerasHistory(const std::string& path);

// TensorBoard's smoothing: a debiased exponential moving average with weight in [0, 1).
std::vector<double> smoothCurve(const std::vector<double>& values, double weight);

// Repeats of one setting, epoch by epoch: the mean and sample SD of a history column (as
// HistoryRow::value names it, "eval_acc2sd") over the repeats that scored `split` at that epoch.
// Epochs fewer than two repeats reached are left out.
struct RepeatSpread {
    int epoch = 0;
    double mean = 0, sd = 0;
    int repeats = 0;
};
std::vector<RepeatSpread> repeatSpread(const std::vector<const std::vector<HistoryRow>*>& histories,
                                       const std::string& column, Split split);

}  // namespace faultke
