#include "core/data/PrepareBenchmark.h"

#include <algorithm>
#include <filesystem>

#include "core/data/ExperimentFrames.h"
#include "core/data/Prepare.h"
#include "core/data/Synthetic.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke {

namespace fs = std::filesystem;

std::vector<std::string> benchmarkExperiments(const PrepareBenchmarkOptions& options, const Progress* reporter) {
    const Progress silent;
    const Progress& progress = reporter ? *reporter : silent;
    const fs::path folder = options.folder.empty() ? fs::temp_directory_path() /
                                                         ("faultke-bench-experiments-" + std::to_string(options.frames))
                                                   : fs::path(options.folder);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw Error(folder.string(), "cannot create the benchmark folder: " + ec.message());
    const std::vector<SyntheticSpec> specs = syntheticSeries(std::max(1, options.experiments), options.frames, 1);
    std::vector<std::string> paths;
    // Each its own experiment (another velocity and fault), as a real batch is: copies of one file
    // would share one shape of work.
    for (size_t i = 0; i < specs.size(); ++i) {
        const fs::path path = folder / (specs[i].name + ".mat");
        paths.push_back(path.string());
        if (fs::exists(path)) continue;  // kept from an earlier run (written whole, atomically)
        progress.checkCancel();
        progress.update(double(i) / double(specs.size()), "writing synthetic experiment " + std::to_string(i + 1) +
                                                              " of " + std::to_string(specs.size()) + ", " +
                                                              std::to_string(options.frames) + " frames");
        writeExperiment(generateExperiment(specs[i]), path.string(), MatVersion::V5Compressed);
    }
    return paths;
}

namespace {

template <typename F>
double seconds(F&& work) {
    const Stopwatch watch;
    work();
    return watch.seconds();
}

}  // namespace

std::vector<Figure> benchmarkPrepare(const PrepareBenchmarkOptions& options, const Progress* progress) {
    if (options.frames < 1 || options.experiments < 1 || options.repeats < 1)
        throw Error("prepare benchmark: frames, experiments and repeats must be at least 1");
    const Progress silent;
    const Progress& p = progress ? *progress : silent;
    const std::vector<std::string> files = benchmarkExperiments(options, &p);
    const std::string& one = files.front();
    const double fileMegabytes = double(fs::file_size(one)) / 1e6;
    const std::string what = std::to_string(options.frames) + " frames of 135 x 313, compressed MAT v5 of " +
                             std::to_string(int(fileMegabytes + 0.5)) + " MB";

    PrepareOptions prepare;
    prepare.split.evalWindows = 2;
    // Warm-up: the file in the page cache, the threads and allocator primed.
    prepareDataset({one}, prepare);

    Figure read{"read one experiment (frames only)", "s", {}, what + ": inflating and transposing, no labels"};
    Figure single{"prepare one experiment", "s", {}, what + ": read, label, cut and split"};
    for (int i = 0; i < options.repeats; ++i) {
        p.checkCancel();
        p.update(double(i) / options.repeats, "prepare: one experiment, run " + std::to_string(i + 1));
        read.values.push_back(seconds([&] {
            ExperimentFrames frames(one, {}, false);
            ExperimentFrame frame;
            while (frames.next(frame)) {
            }
        }));
        single.values.push_back(seconds([&] { prepareDataset({one}, prepare); }));
    }
    std::vector<Figure> figures{read, single};
    if (files.size() > 1) {
        const std::string n = std::to_string(files.size());
        Figure batch{"prepare " + n + " experiments", "s", {}, n + " different experiments, after a warm-up run"};
        Figure perExperiment{"prepare " + n + " experiments, per experiment", "s", {}, ""};
        const int repeats = std::max(1, options.repeats / 3);
        p.update(0, "prepare: " + n + " experiments, warm-up run");
        prepareDataset(files, prepare);  // warm-up, as for one experiment: the files in the page cache
        for (int i = 0; i < repeats; ++i) {
            p.checkCancel();
            p.update(double(i) / repeats, "prepare: " + n + " experiments, run " + std::to_string(i + 1));
            const double s = seconds([&] { prepareDataset(files, prepare); });
            batch.values.push_back(s);
            perExperiment.values.push_back(s / double(files.size()));
        }
        figures.insert(figures.end(), {batch, perExperiment});
    }
    return figures;
}

}  // namespace faultke
