// faultke-cli train: trains the network on a dataset file into a run folder, one line per
// epoch; Ctrl-C stops after the current batch and leaves a run that --resume continues.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/Terminal.h"
#include "cli/model/ModelCommands.h"
#include "core/data/Dataset.h"
#include "core/model/TrainParamTable.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "core/util/Plural.h"

namespace faultke::cli {
namespace fs = std::filesystem;

namespace {

struct TrainCommandOptions {
    std::string data;
    std::string params;
    std::string output;
    std::string device = "auto";
    int epochs = 0;
    int64_t seed = -1;
    bool resume = false;
    std::string startFrom;
    std::string freeze;
};

volatile std::sig_atomic_t interruptRequested = 0;

extern "C" void onInterrupt(int) { interruptRequested = 1; }

std::string duration(double seconds) {
    char text[32];
    const int s = int(seconds + 0.5);
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%dh%02dm", s / 3600, s / 60 % 60);
    else
        std::snprintf(text, sizeof text, "%dm%02ds", s / 60, s % 60);
    return text;
}

void runTrain(const TrainCommandOptions& o) {
    // New runs use FaultKE's steady recipe unless a params.json says otherwise (the original's
    // params.json, without a "preset", is the original recipe).
    TrainParams params = TrainParams::defaults();
    if (!o.params.empty() && !o.resume) params = TrainParams::load(o.params);
    if (o.seed >= 0) {
        if (o.resume) throw Error("--seed cannot change a run being resumed");
        params.seed = uint64_t(o.seed);
    }
    if (!o.startFrom.empty() || !o.freeze.empty()) {
        if (o.resume) throw Error("--start-from and --freeze cannot change a run being resumed");
        // From a trained model without a recipe of one's own: the fine-tune preset's.
        if (!o.startFrom.empty() && o.params.empty()) {
            const uint64_t seed = params.seed;
            params = TrainParams::forPreset(Preset::FineTune);
            params.seed = seed;
        }
        if (!o.startFrom.empty()) params.startFrom = o.startFrom;
        if (!o.freeze.empty()) {
            checkTrainParamValue(*findTrainParam("freeze"), o.freeze);
            findTrainParam("freeze")->set(params, o.freeze);
        }
    }
    TrainOptions options;
    options.device = parseDeviceChoice(o.device);
    options.runDir = o.output;
    options.resume = o.resume;
    options.epochs = o.epochs;

    const Dataset data = Dataset::load(o.data);
    // The core's refusals of a recipe or a dataset name no file (it trains from memory): named here.
    const std::string recipeFile = o.resume           ? (fs::path(o.output) / "params.json").string()
                                   : o.params.empty() ? std::string("the default recipe")
                                                      : o.params;
    std::optional<Trainer> made;
    try {
        params.validate();
        made.emplace(data, params, options);
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(recipeFile, e.what());
    }
    Trainer& trainer = *made;
    const TrainParams& used = trainer.params();
    const SplitCounts counts = data.counts();
    std::printf("dataset %s: %d train, %d eval, %d test samples\n", o.data.c_str(), counts.samples[0],
                counts.samples[1], counts.samples[2]);
    std::printf("run %s: %s recipe%s, %s, batch %d, learning rate %g, loss %s, augmentation %s\n", o.output.c_str(),
                presetName(used.preset), used.recipeIs(used.preset) ? "" : " (changed)",
                countOf(used.numEpochs, "epoch").c_str(), used.batchSize, used.learningRate, lossKindName(used.loss),
                used.augmentation.active() ? "on" : "off");
    std::fflush(stdout);

    TerminalProgress bar("train");
    trainer.onLog = [](const std::string& line) {
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    };
    trainer.onBatch = [&](const BatchProgress& b) {
        if (interruptRequested) trainer.requestStop();
        char message[160];
        std::snprintf(message, sizeof message, "epoch %d/%d batch %d/%d loss %.4g acc %.3f %.0f samples/s ETA %s",
                      b.epoch, b.epochs, b.batch, b.batches, b.loss, b.accuracy2sd, b.samplesPerSecond,
                      duration(b.etaSeconds).c_str());
        const double fraction = (double(b.epoch - 1) + double(b.batch) / b.batches) / b.epochs;
        bar.progress().update(fraction, message);
    };
    trainer.onEpoch = [&](const EpochStats& e) {
        bar.finish();
        std::printf("epoch %3d/%d  train loss %9.4f acc %.4f  eval loss %9.4f acc %.4f  %6.1f s  %7.1f samples/s\n",
                    e.epoch, used.numEpochs, e.train().loss, e.train().accuracy2sd, e.eval().loss, e.eval().accuracy2sd,
                    e.seconds, e.samplesPerSecond);
        std::fflush(stdout);
    };

    // Ctrl-C, and SIGTERM (how SLURM ends a task at its time limit or on preemption), stop at
    // the next batch: every completed epoch is kept and `--resume` continues.
    interruptRequested = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    TrainResult result;
    try {
        result = trainer.run();
    } catch (const Error& e) {
        std::signal(SIGINT, previous);
        std::signal(SIGTERM, previousTerm);
        if (!e.file().empty()) throw;
        throw Error(o.data, e.what());  // what the dataset cannot give (samples, eval windows)
    } catch (...) {
        std::signal(SIGINT, previous);
        std::signal(SIGTERM, previousTerm);
        throw;
    }
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    bar.finish();

    std::printf("device: %s\n", result.device.name.c_str());
    if (result.best.epoch > 0) {
        const HistoryRow& best = result.history[size_t(result.best.epoch - 1)];
        std::printf("best epoch %d (%s): eval 2SD accuracy %.4f, eval loss %.4f\n", result.best.epoch,
                    bestEpochRuleName(result.best.rule), best.eval().accuracy2sd, best.eval().loss);
        // The test set is read once, for the epoch chosen without it.
        std::printf("test 2SD accuracy of epoch %d: %.4f\n", result.best.epoch, best.test().accuracy2sd);
    }
    if (result.stopped) {
        std::printf("stopped; continue with: faultke-cli train --data %s -o %s --resume\n", o.data.c_str(),
                    o.output.c_str());
        throw Cancelled();
    }
}

}  // namespace

void addTrainCommand(CLI::App& app) {
    auto o = std::make_shared<TrainCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "train",
        "Train the KE network on a dataset into a run folder. Accuracy is the 2SD accuracy: the share of "
        "windows whose predicted KE lies within two standard deviations (the label's SD) of the true KE");
    cmd->add_option("--data", o->data, "Dataset file made by `prepare`")->required();
    cmd->add_option("--params", o->params,
                    "Optional params.json (the original's file or one saved by FaultKE); without it the steady "
                    "preset's values. `faultke-cli params` lists its keys");
    cmd->add_option("-o,--output", o->output, "Run folder")->required();
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda", "gpu"}));
    cmd->add_option("--epochs", o->epochs, "Number of epochs (overrides num_epochs; extends a resumed run)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--seed", o->seed, "Seed of shuffling, augmentation, dropout and initial weights")
        ->check(CLI::NonNegativeNumber);
    cmd->add_flag("--resume", o->resume, "Continue the run in the output folder from its last complete epoch");
    cmd->add_option("--start-from", o->startFrom,
                    "Start from a trained model instead of random weights (start_from): bundled[:MEMBER], a run "
                    "folder[:EPOCH], a checkpoint, a TorchScript export or a Keras .hdf5 of the same network shape. "
                    "Without --params, the fine-tune preset's recipe");
    cmd->add_option("--freeze", o->freeze, "Starting weights kept as they are (freeze)")
        ->check(CLI::IsMember({"none", "convs", "all-but-head"}));
    cmd->callback([o] { runTrain(*o); });
}

}  // namespace faultke::cli
