// faultke-cli bench: training and inference speed on synthetic in-memory windows.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "core/model/Benchmark.h"

namespace faultke::cli {

void addBenchCommand(CLI::App& app) {
    auto options = std::make_shared<BenchmarkOptions>();
    auto device = std::make_shared<std::string>("auto");
    CLI::App* cmd = app.add_subcommand("bench", "Measure training and inference speed on synthetic windows (no files)");
    cmd->add_option("--samples", options->samples, "Synthetic 128 x 64 windows")->check(CLI::Range(2, 10000000));
    cmd->add_option("--epochs", options->epochs, "Epochs of each measurement")->check(CLI::PositiveNumber);
    cmd->add_option("--batch", options->batchSize, "Batch size")->check(CLI::PositiveNumber);
    cmd->add_option("--threads", options->threads, "CPU threads (default: every hardware thread)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--device", *device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->callback([options, device] {
        options->device = parseDeviceChoice(*device);
        const BenchmarkResult r = runBenchmark(*options);
        std::printf("device:                       %s\n", r.device.name.c_str());
        std::printf("samples x epochs:             %d x %d, batch %d\n", options->samples, options->epochs,
                    options->batchSize);
        std::printf("training, no augmentation:    %.1f samples/s\n", r.trainSamplesPerSecond);
        std::printf("training, with augmentation:  %.1f samples/s\n", r.trainAugmentedSamplesPerSecond);
        std::printf("inference:                    %.1f samples/s\n", r.inferenceSamplesPerSecond);
        if (!r.mapSkipped.empty()) {
            std::printf("fault map 600 x 6000 px:      n/a (%s)\n", r.mapSkipped.c_str());
            return;
        }
        std::printf("fault map 600 x 6000 px:      %.1f ms (%d windows, bundled model, 3 px)\n", r.mapMilliseconds,
                    r.mapWindows);
        std::printf("  at 2, 3 and 4 px:           %.1f ms\n", r.mapThreeThicknessesMilliseconds);
    });
}

}  // namespace faultke::cli
