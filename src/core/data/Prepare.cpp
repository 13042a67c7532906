#include "core/data/Prepare.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <thread>

#include "core/data/ExperimentFrames.h"
#include "core/data/Labels.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"
#include "core/util/Plural.h"
#include "core/util/Progress.h"

namespace faultke {

namespace fs = std::filesystem;

namespace {

// Each experiment streams through a few megabytes and reads its four variables on threads of
// its own: one experiment in flight per two cores (at least two, so that one labels while the
// other inflates) keeps every core busy at little memory.
unsigned experimentsInFlight() { return std::clamp(std::thread::hardware_concurrency() / 2, 2u, 8u); }

bool hasMatExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".mat";
}

// One experiment's share of the dataset, built on a worker thread.
struct ExperimentResult {
    PreparedExperiment info;
    std::vector<Sample> samples;   // experiment index set when merged
    std::vector<uint8_t> windows;  // samples.size() x height x width
    std::vector<std::string> warnings;
};

// Rows a window's content moves down so that the middle of its trace rows lies at most `within`
// rows from its middle row (PrepareOptions::centreTracesWithin); `rowOf(r)` is its r-th row.
template <typename RowOf>
int centringShift(const RowOf& rowOf, const WindowRect& rect, int within) {
    int first = -1, last = -1;
    for (int r = 0; r < rect.height; ++r) {
        const uint8_t* row = rowOf(r);
        if (std::any_of(row, row + rect.width, [](uint8_t v) { return v != kFaultEmpty; })) {
            if (first < 0) first = r;
            last = r;
        }
    }
    if (first < 0) return 0;
    const int toMiddle = rowsToMiddle(rect, rect.row + (first + last) / 2.0);
    return toMiddle - std::clamp(toMiddle, -within, within);
}

ExperimentResult prepareExperiment(const std::string& path, const std::string& name, const PrepareOptions& options,
                                   const Progress& progress) {
    ExperimentResult result;
    result.info.name = name;
    result.info.path = path;
    result.info.role = options.split.roleOf(name);

    // Labelled while it is read: each frame's windows are labelled as the frame arrives, and only
    // the kept windows' pixels stay.
    ExperimentFrames frames(path, options.names, false);
    const ExperimentInfo& info = frames.info();
    FrameLabeller labeller(options.crop, info.rows, info.cols, options.dx, path, name);
    const int windowCount = labeller.windows();
    const size_t height = size_t(options.crop.height), width = size_t(options.crop.width);
    std::vector<std::vector<uint8_t>> pixelsByWindow(static_cast<size_t>(windowCount));
    ExperimentFrame frame;
    while (frames.next(frame)) {
        if (frame.index % 8 == 0) {
            progress.checkCancel();
            progress.update(double(frame.index) / info.frames,
                            name + ": frame " + std::to_string(frame.index + 1) + " of " + std::to_string(info.frames));
        }
        for (const WindowLabel& label :
             labeller.add(frame.index, frame.curl.data(), frame.fault.data(), frame.velTot)) {
            if (label.status != SampleStatus::Kept) continue;
            const WindowRect rect = options.crop.window(label.window);
            std::vector<uint8_t>& out = pixelsByWindow[size_t(label.window)];
            auto rowOf = [&](int r) {
                return frame.fault.data() + (size_t(rect.row) + r) * size_t(info.cols) + size_t(rect.col);
            };
            const int shift =
                options.centreTracesWithin < 0 ? 0 : centringShift(rowOf, rect, options.centreTracesWithin);
            for (int r = 0; r < rect.height; ++r) {
                const int source = r - shift;
                if (source < 0 || source >= rect.height) {
                    out.insert(out.end(), width, uint8_t{0});
                    continue;
                }
                const uint8_t* row = rowOf(source);
                for (size_t c = 0; c < width; ++c) out.push_back(row[c] != kFaultEmpty);
            }
        }
    }
    const LabelTable table = labeller.finish();
    const std::vector<Split> splits = assignWindows(options.split, name, windowCount);

    result.info.windows = windowCount;
    result.info.frames = info.frames;
    result.info.samples = static_cast<int>(table.kept.size());
    result.info.emptySkipped = table.emptySkipped;
    result.info.nonFiniteSkipped = table.nonFiniteSkipped;
    result.info.zeroVelocityFramesSkipped = table.zeroVelocityFramesSkipped;
    result.warnings = frames.warnings();
    result.warnings.insert(result.warnings.end(), table.warnings.begin(), table.warnings.end());

    // The table is ordered by window, then frame: the windows' pixels, one window after another.
    result.windows.reserve(table.kept.size() * height * width);
    for (std::vector<uint8_t>& pixels : pixelsByWindow) {
        result.windows.insert(result.windows.end(), pixels.begin(), pixels.end());
        pixels = {};
    }
    result.samples.reserve(table.kept.size());
    for (const WindowLabel& kept : table.kept) {
        Sample s;
        s.window = kept.window;
        s.frame = kept.frame;
        s.ke = kept.label.ke;
        s.sd = kept.label.sd;
        s.keLabel = kept.label.keLabel;
        s.sdLabel = kept.label.sdLabel;
        s.split = splits[size_t(kept.window)];
        result.samples.push_back(s);
    }
    return result;
}

struct Job {
    std::string path, name;
    std::atomic<double> fraction{0.0};
    bool done = false;  // guarded by the scheduler's mutex
    std::optional<ExperimentResult> result;
    std::exception_ptr error;
};

// Runs prepareExperiment for every job on up to kMaxLoaderThreads threads, and hands the
// results to the calling thread in input order (so the dataset does not depend on timing).
// Progress callbacks happen on the calling thread only: GUI and terminal listeners need not be
// thread-safe.
class Scheduler {
public:
    Scheduler(std::vector<Job>& jobs, const PrepareOptions& options, const Progress& progress)
        : jobs_(jobs), options_(options), progress_(progress) {
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        const size_t threads = std::min<size_t>({experimentsInFlight(), std::max(2u, cores), jobs.size()});
        for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
    }

    ~Scheduler() { stop(); }

    // Waits for job i, reporting progress and honouring cancellation meanwhile; rethrows its error.
    ExperimentResult take(size_t i) {
        for (;;) {
            try {
                progress_.checkCancel();
            } catch (const Cancelled&) {
                stop();
                throw;
            }
            {
                std::unique_lock<std::mutex> lock(mutex_);
                if (jobs_[i].done) break;
                done_.wait_for(lock, std::chrono::milliseconds(100));
            }
            report(i);
        }
        if (jobs_[i].error) {
            // With skipUnreadable the caller goes on with the next job: keep the workers.
            try {
                std::rethrow_exception(jobs_[i].error);
            } catch (const Error&) {
                throw;
            } catch (...) {
                stop();
                throw;
            }
        }
        ExperimentResult result = std::move(*jobs_[i].result);
        jobs_[i].result.reset();
        return result;
    }

    // The fraction of all work done, from the workers' own progress.
    double fraction() const {
        double sum = 0;
        for (const Job& job : jobs_) sum += job.fraction.load();
        return sum / double(jobs_.size());
    }

private:
    void work() {
        Progress progress;
        progress.cancel = &stopWorkers_;
        for (;;) {
            const size_t i = next_.fetch_add(1);
            if (i >= jobs_.size() || stopWorkers_.load()) return;
            Job& job = jobs_[i];
            progress.report = [&job](double f, const std::string&) { job.fraction.store(f); };
            std::optional<ExperimentResult> result;
            std::exception_ptr error;
            try {
                result = prepareExperiment(job.path, job.name, options_, progress);
            } catch (const std::bad_alloc&) {
                // A file declaring more than memory holds: its own error, not the whole program's.
                error = std::make_exception_ptr(
                    Error(job.path, "holds (or declares) more data than this machine's memory can take"));
            } catch (...) {
                error = std::current_exception();
            }
            {
                const std::lock_guard<std::mutex> lock(mutex_);
                job.result = std::move(result);
                job.error = error;
                job.done = true;
            }
            done_.notify_all();
        }
    }

    void report(size_t waitingFor) const {
        progress_.update(fraction(), "loading " + jobs_[waitingFor].name + " (" + std::to_string(waitingFor + 1) +
                                         " of " + std::to_string(jobs_.size()) + ")");
    }

    void stop() {
        stopWorkers_.store(true);
        for (std::thread& t : workers_)
            if (t.joinable()) t.join();
    }

    std::vector<Job>& jobs_;
    const PrepareOptions& options_;
    const Progress& progress_;
    std::vector<std::thread> workers_;
    std::atomic<size_t> next_{0};
    std::atomic<bool> stopWorkers_{false};
    std::mutex mutex_;
    std::condition_variable done_;
};

void warnAboutUnknownNames(const SplitSpec& split, const std::vector<std::string>& names, const Progress& progress) {
    auto check = [&](const std::vector<std::string>& list, const char* what) {
        for (const std::string& name : list)
            if (std::find(names.begin(), names.end(), name) == names.end())
                progress.warning(std::string(what) + " experiment '" + name + "' is not among the inputs.");
    };
    check(split.trainOnly, "The train-only");
    check(split.excluded, "The excluded");
}

}  // namespace

std::vector<std::string> expandExperimentInputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        const fs::file_status status = fs::status(input, ec);
        if (ec || !fs::exists(status)) throw Error(input, "no such file or folder");
        if (!fs::is_directory(status)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (const fs::directory_entry& entry : fs::directory_iterator(input, ec))
            if (entry.is_regular_file() && hasMatExtension(entry.path())) found.push_back(entry.path().string());
        if (ec) throw Error(input, "cannot list folder: " + ec.message());
        if (found.empty()) throw Error(input, "the folder holds no .mat files");
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

Dataset prepareDataset(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                       const Progress* progress, PrepareReport* report) {
    const Progress silent;
    const Progress& p = progress ? *progress : silent;
    if (experimentFiles.empty()) throw Error("no experiment files given");
    if (options.crop.firstRow < 0 || options.crop.stride <= 0 || options.crop.height <= 0 || options.crop.width <= 0)
        throw Error("invalid crop " + options.crop.toString());
    if (!(options.dx > 0)) throw Error("dx must be positive");
    if (options.split.evalWindows < 0 || options.split.testWindows < 0)
        throw Error("eval and test windows per experiment must be >= 0");

    // Names decide the split, so two inputs may not share one.
    std::map<std::string, std::string> pathByName;
    std::vector<std::string> names;
    for (const std::string& path : experimentFiles) {
        const std::string name = fs::path(path).stem().string();
        const auto [it, added] = pathByName.emplace(name, path);
        if (!added) throw Error(path, "another input has the same experiment name '" + name + "' (" + it->second + ")");
        names.push_back(name);
    }
    warnAboutUnknownNames(options.split, names, p);

    Dataset dataset;
    dataset.height = options.crop.height;
    dataset.width = options.crop.width;
    dataset.crop = options.crop;
    dataset.dx = options.dx;
    dataset.split = options.split;
    dataset.inputs = names;
    dataset.variables = options.names;
    dataset.centreTracesWithin = options.centreTracesWithin;
    PrepareReport localReport;

    // Excluded experiments are not even loaded.
    std::vector<std::optional<size_t>> jobOf(experimentFiles.size());
    size_t jobCount = 0;
    for (size_t i = 0; i < experimentFiles.size(); ++i)
        if (options.split.roleOf(names[i]) != ExperimentRole::Excluded) jobOf[i] = jobCount++;
    if (jobCount == 0)
        throw Error("every experiment given (" + std::to_string(experimentFiles.size()) +
                    ") is excluded: nothing to prepare (see --exclude and the project's excluded experiments)");
    std::vector<Job> jobs(jobCount);
    for (size_t i = 0; i < experimentFiles.size(); ++i) {
        if (!jobOf[i]) continue;
        jobs[*jobOf[i]].path = experimentFiles[i];
        jobs[*jobOf[i]].name = names[i];
    }

    p.update(0.0, "preparing " + countOf(experimentFiles.size(), "experiment"));
    if (jobCount > 0) {
        Scheduler scheduler(jobs, options, p);
        for (size_t i = 0; i < experimentFiles.size(); ++i) {
            if (!jobOf[i]) {
                PreparedExperiment excluded;
                excluded.name = names[i];
                excluded.path = experimentFiles[i];
                excluded.role = ExperimentRole::Excluded;
                localReport.experiments.push_back(excluded);
                continue;
            }
            ExperimentResult result;
            try {
                result = scheduler.take(*jobOf[i]);
            } catch (const Error& e) {
                if (!options.skipUnreadable) throw;
                PreparedExperiment failed;
                failed.name = names[i];
                failed.path = experimentFiles[i];
                failed.role = options.split.roleOf(names[i]);
                failed.error = e.what();
                p.warning("Left out " + names[i] + ": " + failed.error);
                localReport.experiments.push_back(failed);
                continue;
            }
            for (const std::string& w : result.warnings) p.warning(w);
            const int index = static_cast<int>(dataset.experiments.size());
            dataset.experiments.push_back(result.info.name);
            for (Sample& s : result.samples) s.experiment = index;
            dataset.samples.insert(dataset.samples.end(), result.samples.begin(), result.samples.end());
            dataset.windows.insert(dataset.windows.end(), result.windows.begin(), result.windows.end());
            p.update(scheduler.fraction(), result.info.name + ": " + countOf(result.info.samples, "sample"));
            localReport.experiments.push_back(std::move(result.info));
        }
    }
    p.checkCancel();
    if (dataset.experiments.empty() && !localReport.experiments.empty() && localReport.unreadable() > 0)
        throw Error("none of the " + std::to_string(localReport.experiments.size()) + " experiments could be read (" +
                    localReport.experiments.front().error + ")");
    p.update(1.0, "prepared " + countOf(dataset.size(), "sample"));
    if (report) *report = std::move(localReport);
    return dataset;
}

int PrepareReport::unreadable() const {
    return static_cast<int>(std::count_if(experiments.begin(), experiments.end(),
                                          [](const PreparedExperiment& e) { return !e.error.empty(); }));
}

SplitSummary prepareDatasetFile(const std::vector<std::string>& experimentFiles, const PrepareOptions& options,
                                const std::string& output, const Progress* progress, PrepareReport* report) {
    refuseOutputOverInput(output, experimentFiles);
    const Progress silent;
    const Progress& p = progress ? *progress : silent;
    // Reading and labelling is most of the work; writing the compressed file the rest.
    const Progress preparing = subProgress(p, 0.0, 0.9);
    Dataset dataset;
    try {
        dataset = prepareDataset(experimentFiles, options, &preparing, report);
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(output, std::string("not written: ") + e.what());  // a refusal of the whole set of inputs
    }
    p.checkCancel();
    // A dataset nothing can be trained on is not written (an earlier file stays as it was).
    if (dataset.size() == 0)
        throw Error(output, "not written: no sample was kept (every window is empty, NaN or of a still frame)");
    if (dataset.indicesOf(Split::Train).empty())
        throw Error(output, "not written: none of the " + countOf(dataset.size(), "sample") +
                                " is in the training split (see --eval-windows, --test-windows and --train-only)");
    p.update(0.9, "writing " + output);
    dataset.save(output);
    p.update(1.0, "wrote " + countOf(dataset.size(), "sample") + " to " + output);
    return summarizeSplit(dataset);
}

}  // namespace faultke
