// faultke-cli synth -o DIR: writes a series of synthetic clay experiments named like the
// published set (EB_025_1, EB_050_1, ..., PP_150_1, EB_025_2, ...), one .mat file each.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/data/Synthetic.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke::cli {

namespace {

struct SynthOptions {
    std::string directory;
    int experiments = 16;
    int frames = 228;
    uint64_t seed = 1;
    int rows = 135;
    int cols = 313;
    std::string format = "v7";
    std::string drawing = "classic";
};

MatVersion parseFormat(const std::string& text) {
    if (text == "v5") return MatVersion::V5;
    if (text == "v7") return MatVersion::V5Compressed;
    if (text == "v7.3") return MatVersion::V73;
    throw Error("--format must be v5, v7 or v7.3, not '" + text + "'");
}

void makeDirectory(const std::string& directory) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(directory, ec)) return;
    if (fs::exists(directory, ec)) throw Error(directory, "exists and is not a directory");
    if (!fs::create_directories(directory, ec) && ec)
        throw Error(directory, "cannot create directory: " + ec.message());
}

void runSynth(const SynthOptions& options) {
    const MatVersion version = parseFormat(options.format);
    if (options.experiments < 1) throw Error("--experiments must be at least 1");
    if (options.frames < 1) throw Error("--frames must be at least 1");
    if (options.rows < 16 || options.cols < 16) throw Error("--rows and --cols must be at least 16");
    makeDirectory(options.directory);

    if (options.drawing != "classic" && options.drawing != "varied")
        throw Error("--drawing must be classic or varied, not '" + options.drawing + "'");
    std::vector<SyntheticSpec> specs =
        syntheticSeries(options.experiments, options.frames, options.seed, options.drawing == "varied");
    for (SyntheticSpec& spec : specs) {
        spec.rows = options.rows;
        spec.cols = options.cols;
    }

    // Experiments are independent and writing (zlib) dominates: make them on every core, at
    // most one experiment per worker in memory, and print their lines in series order.
    const size_t workers = std::max<size_t>(1, std::min<size_t>(specs.size(), std::thread::hardware_concurrency()));
    std::vector<std::string> paths(specs.size());
    std::vector<std::string> errors(specs.size());
    std::vector<char> done(specs.size(), 0);
    // Each experiment's own progress, so the bar moves while the first ones are still made.
    std::vector<std::atomic<double>> fractions(specs.size());
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    size_t activeWorkers = workers;
    std::mutex mutex;
    std::condition_variable finished;

    auto work = [&] {
        for (size_t i = next++; i < specs.size() && !failed; i = next++) {
            std::string error;
            try {
                Progress progress;
                progress.report = [&fractions, i](double f, const std::string&) { fractions[i] = 0.8 * f; };
                const Experiment experiment = generateExperiment(specs[i], &progress);
                const std::string path = (std::filesystem::path(options.directory) / (specs[i].name + ".mat")).string();
                writeExperiment(experiment, path, version);
                paths[i] = path;
            } catch (const std::exception& e) {
                error = e.what();
                failed = true;
            }
            fractions[i] = 1.0;
            std::lock_guard<std::mutex> lock(mutex);
            errors[i] = error;
            done[i] = 1;
            finished.notify_all();
        }
        std::lock_guard<std::mutex> lock(mutex);
        --activeWorkers;
        finished.notify_all();
    };
    std::vector<std::thread> pool;
    for (size_t w = 0; w < workers; ++w) pool.emplace_back(work);

    TerminalProgress terminal("synth");
    std::string firstError;
    for (size_t i = 0; i < specs.size(); ++i) {
        std::unique_lock<std::mutex> lock(mutex);
        while (
            !finished.wait_for(lock, std::chrono::milliseconds(100), [&] { return done[i] || activeWorkers == 0; })) {
            double sum = 0;
            for (const std::atomic<double>& f : fractions) sum += f;
            terminal.progress().update(sum / double(specs.size()), specs[i].name + ": generating and writing");
        }
        if (!done[i]) break;
        if (!errors[i].empty()) {
            firstError = errors[i];
            break;
        }
        terminal.finish();  // the bar gives way to the experiment's line
        std::printf("%s\t%s\t%d frames\n", specs[i].name.c_str(), paths[i].c_str(), specs[i].frames);
        std::fflush(stdout);
    }
    for (std::thread& t : pool) t.join();
    terminal.finish();
    if (firstError.empty())
        for (const std::string& e : errors)
            if (!e.empty()) firstError = e;
    if (!firstError.empty()) throw Error(firstError);
}

}  // namespace

void addSynthCommand(CLI::App& app) {
    auto options = std::make_shared<SynthOptions>();
    CLI::App* cmd = app.add_subcommand(
        "synth", "Write synthetic clay experiments (EB/PP boundary, loading rates 25-150) as .mat files");
    cmd->add_option("-o,--output", options->directory, "Folder for the .mat files (created if missing)")->required();
    cmd->add_option("--experiments", options->experiments, "Number of experiments")->capture_default_str();
    cmd->add_option("--frames", options->frames, "Frames per experiment")->capture_default_str();
    cmd->add_option("--seed", options->seed, "Seed of the whole series")->capture_default_str();
    cmd->add_option("--rows", options->rows, "Frame height in pixels")->capture_default_str();
    cmd->add_option("--cols", options->cols, "Frame width in pixels")->capture_default_str();
    cmd->add_option("--format", options->format, "MAT format: v5, v7 (compressed v5) or v7.3 (HDF5)")
        ->capture_default_str();
    cmd->add_option("--drawing", options->drawing,
                    "How fault maps are drawn: classic (the published set's look: a trace about 2.6 px wide in "
                    "the middle rows) or varied (each experiment its own trace width 1-5 px, zone near the middle, "
                    "roughness, mapping gaps, spurious bits and secondary strands; the bundled model's)")
        ->capture_default_str();
    cmd->callback([options] { runSynth(*options); });
}

}  // namespace faultke::cli
