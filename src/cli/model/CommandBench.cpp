// faultke-cli bench [prepare|train|predict|database|all]: FaultKE's speed and memory on this
// machine, on data it makes itself; with --vs-reference, beside the plain-PyTorch peer.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/Terminal.h"
#include "cli/model/ModelCommands.h"
#include "cli/model/PredictFaults.h"
#include "cli/model/ReferencePeer.h"
#include "core/data/PrepareBenchmark.h"
#include "core/gis/SyntheticFaultDatabase.h"
#include "core/model/Benchmark.h"
#include "core/util/Error.h"

namespace faultke::cli {

namespace {

struct BenchSettings {
    std::string what = "all";
    bool shortRun = false;
    bool vsReference = false;
    std::string referenceScript = "../shared/bench/ref_train_torch.py";
    std::string device = "auto";
    PrepareBenchmarkOptions prepare;
    BenchmarkOptions model;
    int datasetSamples = 12600;
    SyntheticFaultDatabaseSpec database;
    std::string databaseModel = "bundled";
    int databaseBatch = 0;  // predict's own default when 0
};

void printSection(const char* title) { std::printf("\n%s\n", title); }

void printFigures(const std::vector<Figure>& figures) {
    for (const Figure& f : figures) {
        if (f.values.empty()) {
            std::printf("  %-46s %s\n", f.name.c_str(), f.note.c_str());
            continue;
        }
        std::printf("  %-46s %-34s %s\n", f.name.c_str(), f.summary().c_str(), f.note.c_str());
    }
    std::fflush(stdout);
}

// Whole faultke-cli runs, as a user times them: starting the program (its libraries, libtorch
// among them), and prepare of one experiment and of the batch, writing the dataset file.
std::vector<Figure> commandFigures(const BenchSettings& s) {
    namespace fs = std::filesystem;
    const std::vector<std::string> files = benchmarkExperiments(s.prepare);
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    const fs::path out = fs::temp_directory_path() / ("faultke-bench-out-" + std::to_string(::getpid()));
    fs::create_directories(out);
    struct Case {
        std::string name;
        std::vector<std::string> args;
    };
    std::vector<Case> cases{
        {"faultke-cli --version (starting the program)", {"--version"}},
        {"faultke-cli prepare one experiment", {"prepare", files.front(), "-o", (out / "one.mat").string()}}};
    if (files.size() > 1) {
        std::vector<std::string> args{"prepare"};
        args.insert(args.end(), files.begin(), files.end());
        args.insert(args.end(), {"-o", (out / "all.mat").string()});
        cases.push_back({"faultke-cli prepare " + std::to_string(files.size()) + " experiments", args});
    }
    std::vector<Figure> figures;
    for (const Case& c : cases) {
        Figure time{c.name, "s", {}, "the whole command, as `time` shows it"};
        Figure memory{c.name + ", peak", "MB", {}, "the process's peak resident memory"};
        const int repeats = c.args.size() > 4 ? std::max(1, s.prepare.repeats / 3) : s.prepare.repeats;
        runChild(self, c.args);  // warm-up: files and libraries in the page cache
        for (int i = 0; i < repeats; ++i) {
            const ChildRun run = runChild(self, c.args);
            if (run.exitCode != 0) throw Error(c.name + " failed (exit code " + std::to_string(run.exitCode) + ")");
            time.values.push_back(run.seconds);
            memory.values.push_back(run.peakMegabytes);
        }
        figures.push_back(time);
        figures.push_back(memory);
    }
    std::error_code ec;
    fs::remove_all(out, ec);
    return figures;
}

// KE along every fault of a database the size of the largest public ones, made up here and
// written with OGR, predicted by `faultke-cli predict` as a user runs it (fig4's 2, 3 and 4 px,
// the windows and faults written as a GeoPackage), once: it takes minutes.
std::vector<Figure> databaseFigures(const BenchSettings& s) {
    namespace fs = std::filesystem;
    const fs::path folder = fs::temp_directory_path() / ("faultke-bench-database-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    struct Cleanup {
        fs::path folder;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(folder, ec);
        }
    } cleanup{folder};
    const std::string database = (folder / "faults.gpkg").string(), output = (folder / "ke.gpkg").string();
    const std::string timing = (folder / "timing.txt").string();

    Stopwatch writing;
    const SyntheticFaultDatabase made = writeSyntheticFaultDatabase(database, s.database);
    std::vector<Figure> figures;
    char what[160];
    std::snprintf(what, sizeof what, "%d traces, %.0f km (longest %.0f km), %lld vertices, WGS 84", made.faults,
                  made.km, made.longestKm, made.vertices);
    figures.push_back({"database made up and written (GeoPackage)", "s", {writing.seconds()}, what});

    const std::string self = fs::read_symlink("/proc/self/exe").string();
    ::setenv(kPredictTimingFileVariable, timing.c_str(), 1);
    std::vector<std::string> arguments{"predict", "--model", s.databaseModel, "--format", "gpkg", "-o", output};
    if (s.databaseBatch > 0) arguments.insert(arguments.end(), {"--batch-size", std::to_string(s.databaseBatch)});
    arguments.push_back(database);
    const ChildRun run = runChild(self, arguments);
    ::unsetenv(kPredictTimingFileVariable);
    if (run.exitCode != 0)
        throw Error("faultke-cli predict on the database failed (exit code " + std::to_string(run.exitCode) + ")");
    double predictSeconds = 0, waitSeconds = 0, faults = 0, predicted = 0, windows = 0;
    if (std::FILE* f = std::fopen(timing.c_str(), "r")) {
        if (std::fscanf(f, "%lf %lf %lf %lf %lf", &predictSeconds, &waitSeconds, &faults, &predicted, &windows) != 5)
            predictSeconds = waitSeconds = 0;
        std::fclose(f);
    }
    const std::string model = "model " + s.databaseModel;
    figures.push_back({"predict the whole database",
                       "s",
                       {run.seconds},
                       "2, 3 and 4 px, " + model + ", GeoPackage written; the whole command"});
    figures.push_back(
        {"predict the whole database, peak", "MB", {run.peakMegabytes}, "the process's peak resident memory"});
    char counts[160];
    std::snprintf(counts, sizeof counts, "%.0f faults read, %.0f with windows, %.0f windows x 3 thicknesses", faults,
                  predicted, windows);
    figures.push_back({"windows per second", "windows/s", {windows / std::max(run.seconds, 1e-9)}, counts});
    figures.push_back({"in the model", "s", {predictSeconds}, "forward passes of every member, every thickness"});
    figures.push_back({"waiting for faults to be read and drawn",
                       "s",
                       {waitSeconds},
                       "the model idle while the reader thread reads, windows and draws"});
    return figures;
}

double medianOf(const std::vector<Figure>& figures, const std::string& name) {
    for (const Figure& f : figures)
        if (f.name == name) return f.median();
    return 0;
}

void compareWithReference(const BenchSettings& s, const std::vector<Figure>& training) {
    printSection("training beside the plain-PyTorch peer (one run each, same machine)");
    const int threads = s.model.threads > 0 ? s.model.threads : computeThreads();
    const double plain = medianOf(training, "train on CPU, no augmentation");
    const double augmented = medianOf(training, "train on CPU, augmented");
    for (const char* mode : {"memory", "seedlike"}) {
        const ReferenceRun peer =
            runReferencePeer(s.referenceScript, mode, s.model.samples, s.model.epochs, s.model.batchSize, threads);
        if (!peer.ran) {
            std::printf("  %-46s not run: %s\n", (std::string("peer --mode ") + mode).c_str(), peer.why.c_str());
            continue;
        }
        std::printf("  %-46s %.1f samples/s, %.3f s per epoch\n", (std::string("peer --mode ") + mode).c_str(),
                    peer.samplesPerSecond, peer.secondsPerEpoch);
        std::printf("  %-46s %.2fx (no augmentation), %.2fx (augmented)\n",
                    (std::string("FaultKE / peer ") + mode).c_str(), plain / peer.samplesPerSecond,
                    augmented / peer.samplesPerSecond);
    }
}

}  // namespace

void addBenchCommand(CLI::App& app) {
    auto s = std::make_shared<BenchSettings>();
    CLI::App* cmd = app.add_subcommand(
        "bench", "Measure prepare, training and prediction speed and memory on data FaultKE makes itself");
    cmd->add_option("what", s->what,
                    "prepare, train, predict, database (KE along every fault of a made-up fault database, minutes) "
                    "or all (everything but database)")
        ->check(CLI::IsMember({"prepare", "train", "predict", "database", "all"}));
    cmd->add_option("--database-faults", s->database.faults, "Traces in the made-up fault database")
        ->check(CLI::Range(1, 10000000))
        ->capture_default_str();
    cmd->add_option("--database-km", s->database.totalKm, "Their total length in km")
        ->check(CLI::Range(1.0, 1e9))
        ->capture_default_str();
    cmd->add_option("--database-model", s->databaseModel, "The model that predicts the database (as predict --model)")
        ->capture_default_str();
    cmd->add_option("--database-batch", s->databaseBatch,
                    "Windows per forward pass for the database (as predict --batch-size)")
        ->check(CLI::Range(1, 65536));
    cmd->add_flag("--short", s->shortRun, "A quick run with small data and one repeat (for CI): figures, not targets");
    cmd->add_option("--repeats", s->model.repeats, "Repeats of each measurement (the median is shown)")
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--samples", s->model.samples, "Synthetic 128 x 64 training windows")
        ->check(CLI::Range(2, 200000));  // 1.6 GB of windows
    cmd->add_option("--epochs", s->model.epochs, "Epochs of each training measurement")->check(CLI::Range(1, 1000));
    cmd->add_option("--batch", s->model.batchSize, "Batch size")->check(CLI::Range(1, 65536));
    cmd->add_option("--threads", s->model.threads, "CPU threads (default: every hardware thread)")
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--device", s->device, "auto (the CPU, and the GPU when there is one), cpu or cuda")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->add_option("--frames", s->prepare.frames, "Frames per benchmark experiment")->check(CLI::Range(1, 100000));
    cmd->add_option("--experiments", s->prepare.experiments, "Experiments in the batch prepare figure")
        ->check(CLI::Range(1, 1000));
    cmd->add_option(
        "--data-dir", s->prepare.folder,
        "Where the benchmark experiments are kept between runs (default: faultke-bench-experiments-FRAMES in the "
        "temporary folder)");
    cmd->add_flag("--vs-reference", s->vsReference,
                  "Also run the plain-PyTorch peer (ref_train_torch.py, when python3 has torch) and print the ratios");
    cmd->add_option("--reference-script", s->referenceScript, "The peer script")->capture_default_str();
    cmd->callback([s, cmd] {
        BenchSettings settings = *s;
        auto given = [&](const char* option) { return cmd->count(option) > 0; };
        if (settings.shortRun) {
            if (!given("--frames")) settings.prepare.frames = 40;
            if (!given("--experiments")) settings.prepare.experiments = 3;
            if (!given("--samples")) settings.model.samples = 256;
            if (!given("--epochs")) settings.model.epochs = 1;
            if (!given("--repeats")) settings.model.repeats = 1;
            settings.datasetSamples = 1260;
            if (!given("--database-faults")) settings.database.faults = 300;
            if (!given("--database-km")) settings.database.totalKm = 14000;
        }
        settings.prepare.repeats = settings.model.repeats + (given("--repeats") || settings.shortRun ? 0 : 2);
        settings.model.device = parseDeviceChoice(settings.device);
        if (settings.model.threads > 0) setComputeThreads(settings.model.threads);
        const bool all = settings.what == "all";

        std::printf("FaultKE bench on %s; %s%s\n", machineSummary().c_str(),
                    resolveDevice(DeviceChoice::Cpu).name.c_str(),
                    cudaAvailable() ? " and a CUDA GPU" : ", no CUDA GPU");
        std::printf("Each line: the median, (the smallest - the largest, runs), what was measured.\n");
        if (all || settings.what == "prepare") {
            printSection("prepare");
            printFigures(benchmarkPrepare(settings.prepare));
            printFigures(commandFigures(settings));
        }
        if (all || settings.what == "train") {
            printSection("training");
            const std::vector<Figure> training = benchmarkTraining(settings.model);
            printFigures(training);
            if (settings.vsReference) compareWithReference(settings, training);
            printSection("memory");
            printFigures(benchmarkDatasetMemory(settings.datasetSamples));
        }
        if (all || settings.what == "predict") {
            printSection("prediction");
            printFigures(benchmarkPrediction(settings.model));
        }
        if (settings.what == "database") {
            printSection("fault database");
            printFigures(databaseFigures(settings));
        }
    });
}

}  // namespace faultke::cli
