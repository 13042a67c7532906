#pragma once
// A training run's folder:
//   params.json                the parameters as used
//   history.csv                one row per completed epoch (the source of truth for progress)
//   checkpoints/epoch-NNN.pt   weights, optimizer and trainer state after each epoch
//   best.json                  the chosen epoch, its rule and metric value
//   log.txt                    what happened, in words
//   start.json                 where a run that starts from a trained model started (RunStart)
// Every file is replaced atomically; an epoch's checkpoint is written before its history row,
// so a run killed at any moment is consistent and resumes from its last history row.
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/data/Split.h"
#include "core/model/Metrics.h"
#include "core/model/TrainParams.h"

namespace faultke {

struct HistoryRow {
    int epoch = 0;                       // 1-based
    std::array<SplitMetrics, 3> splits;  // indexed by Split; count 0 when a split is empty
    double seconds = 0;
    double samplesPerSecond = 0;  // training samples per second

    const SplitMetrics& train() const { return splits[0]; }
    const SplitMetrics& eval() const { return splits[1]; }
    const SplitMetrics& test() const { return splits[2]; }
    // A figure by its history column name ("eval_loss", "train_acc2sd", ...); throws Error.
    double value(const std::string& column) const;
};

// The history.csv columns, in order.
std::vector<std::string> historyColumns();
// Whether a larger value of the column is better (accuracies, R^2).
bool higherIsBetter(const std::string& column);

struct BestEpoch {
    int epoch = 0;
    BestEpochRule rule = BestEpochRule::MaxEvalAccuracy;
    std::string metric;  // the column the rule ranks by
    double value = 0;
};

// Throws Error when history is empty or the user's epoch is not in it.
BestEpoch chooseBestEpoch(const std::vector<HistoryRow>& history, BestEpochRule rule, int userEpoch = 0);

// Where a run that starts from a trained model ("start_from") started: the model as params.json
// names it, what it is, a fingerprint of its weights, and its figures on the run's dataset before
// any training (epoch 0 of the curves). A resumed run keeps it.
struct RunStart {
    std::string startFrom;
    std::string description;
    std::string fingerprint;
    HistoryRow figures;  // epoch 0
};

class RunFolder {
public:
    explicit RunFolder(std::string dir);
    const std::string& dir() const { return dir_; }

    std::string paramsPath() const;
    std::string historyPath() const;
    std::string checkpointsDir() const;
    std::string checkpointPath(int epoch) const;  // checkpoints/epoch-007.pt
    std::string bestPath() const;
    std::string logPath() const;

    bool exists() const;  // params.json is present
    void create() const;  // the folder and checkpoints/

    // Empty when history.csv does not exist; throws Error naming the file when malformed.
    std::vector<HistoryRow> readHistory() const;
    void writeHistory(const std::vector<HistoryRow>& rows) const;
    // Epochs in history whose checkpoint exists, counted from 1 without a gap.
    int lastCompleteEpoch() const;

    void writeBest(const BestEpoch& best) const;
    BestEpoch readBest() const;  // throws Error naming the file

    // dataset.json: the dataset the run trains on (samples and fingerprint), written when it
    // starts; empty when absent (runs of earlier versions). Throws Error naming the file when malformed.
    std::string datasetRecordPath() const;
    void writeDatasetRecord(size_t samples, const std::string& fingerprint) const;
    std::optional<std::pair<size_t, std::string>> readDatasetRecord() const;

    std::string startPath() const;
    void writeStart(const RunStart& start) const;
    // Empty when absent (a run from random weights); throws Error naming the file when malformed.
    std::optional<RunStart> readStart() const;
    // Appends a line (atomically rewriting the small log).
    void log(const std::string& line) const;

    // "best" or an epoch number -> the checkpoint file; throws Error when absent.
    int resolveEpoch(const std::string& which) const;

private:
    std::string dir_;
};

}  // namespace faultke
