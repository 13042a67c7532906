// faultke-cli evaluate: scores a run's chosen epoch on a dataset, per split, and optionally
// writes every sample's prediction.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/model/ModelCommands.h"
#include "core/data/Dataset.h"
#include "core/model/Evaluation.h"
#include "core/util/FileName.h"

namespace faultke::cli {

namespace {

struct EvaluateCommandOptions {
    std::string run;
    std::string data;
    std::string epoch = "best";
    std::string output;
    std::string device = "auto";
};

void runEvaluate(const EvaluateCommandOptions& o) {
    refuseOutputOverInput(o.output, {o.data});
    const Dataset data = Dataset::load(o.data);
    const EvaluationResult result = evaluateRun(o.run, data, o.epoch, parseDeviceChoice(o.device));
    refuseOutputOverInput(o.output, {result.checkpoint});
    std::printf("run %s, epoch %d (%s)\n", o.run.c_str(), result.epoch, result.checkpoint.c_str());
    std::printf("%-6s %8s %9s %9s %10s %10s %9s\n", "split", "samples", "acc(2SD)", "acc(1SD)", "MSE", "MAE", "R2");
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        const SplitMetrics& m = result.splits[size_t(s)];
        if (m.count == 0) {
            std::printf("%-6s %8d %9s\n", splitName(s), 0, "-");
            continue;
        }
        std::printf("%-6s %8lld %9.4f %9.4f %10.5f %10.5f %9.4f\n", splitName(s), (long long)m.count, m.accuracy2sd,
                    m.accuracy1sd, m.mse, m.mae, m.r2);
    }
    if (const std::string notice = notLearntNotice(result); !notice.empty())
        std::fprintf(stderr, "warning: epoch %d of %s: %s\n", result.epoch, o.run.c_str(), notice.c_str());
    if (!o.output.empty()) {
        writePredictionsCsv(o.output, result);
        std::printf("predictions: %s (%zu samples)\n", o.output.c_str(), result.samples.size());
    }
}

}  // namespace

void addEvaluateCommand(CLI::App& app) {
    auto o = std::make_shared<EvaluateCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "evaluate",
        "Score a run's chosen epoch on a dataset. acc(2SD) is the share of windows whose predicted KE lies "
        "within two standard deviations (the label's SD) of the true KE; acc(1SD) within one");
    cmd->add_option("run", o->run, "Run folder made by `train`")->required();
    cmd->add_option("--data", o->data, "Dataset file made by `prepare`")->required();
    cmd->add_option("--epoch", o->epoch, "best (the run's chosen epoch) or an epoch number");
    cmd->add_option("-o,--output", o->output, "Write per-sample predictions to this CSV file");
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda", "gpu"}));
    cmd->callback([o] { runEvaluate(*o); });
}

}  // namespace faultke::cli
