#include "core/gis/DatabasePrediction.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "core/util/Error.h"

namespace faultke {

namespace {

// A fault on its way from the reading thread to the model: its windows drawn, or its reason.
struct PendingFault {
    FaultKe result;
    std::optional<PreparedTraces> prepared;
    size_t windows() const { return prepared ? prepared->geometry.windows.size() : 0; }
};

// The windows [begin, begin + count) of values predicted for many faults.
EnsembleValues slice(const EnsembleValues& all, size_t begin, size_t count) {
    auto part = [&](const std::vector<double>& v) {
        return v.empty() ? std::vector<double>()
                         : std::vector<double>(v.begin() + static_cast<long>(begin),
                                               v.begin() + static_cast<long>(begin + count));
    };
    EnsembleValues out;
    out.mean = part(all.mean);
    out.sd = part(all.sd);
    for (const auto& member : all.member) out.member.push_back(part(member));
    out.low = part(all.low);
    out.high = part(all.high);
    return out;
}

// Reads, windows and draws faults on its own thread into a queue holding at most about
// `capacity` windows.
class FaultReader {
public:
    FaultReader(const Ensemble& model, const std::string& path, const DatabasePredictionOptions& options,
                const Progress& progress, size_t capacity)
        : capacity_(capacity) {
        Progress reading = progress;
        reading.cancel = &stop_;
        thread_ = std::thread([this, &model, path, options, reading] {
            try {
                info_ = readFaults(
                    path, options.query, options.grouping,
                    [&](const FaultLayerInfo& info) {
                        std::lock_guard lock(mutex_);
                        layer_ = info;
                        ready_.notify_all();
                    },
                    [&](FaultRecord&& record, const ToSourceCoordinates& toSource) {
                        push(prepare(model, options, std::move(record), toSource));
                    },
                    reading);
            } catch (...) {
                std::lock_guard lock(mutex_);
                error_ = std::current_exception();
            }
            std::lock_guard lock(mutex_);
            done_ = true;
            ready_.notify_all();
        });
    }

    ~FaultReader() {
        stop_ = true;
        {
            std::lock_guard lock(mutex_);
            space_.notify_all();
        }
        if (thread_.joinable()) thread_.join();
    }

    // The next fault, or nothing when every fault has been read. Rethrows the reader's error.
    std::optional<PendingFault> next(const Progress& progress) {
        std::unique_lock lock(mutex_);
        for (;;) {
            if (!queue_.empty()) {
                PendingFault fault = std::move(queue_.front());
                queue_.pop_front();
                queued_ -= fault.windows();
                space_.notify_all();
                return fault;
            }
            if (done_) {
                if (error_) std::rethrow_exception(error_);
                return std::nullopt;
            }
            // Wakes to notice a cancel asked for meanwhile.
            ready_.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            progress.checkCancel();
            lock.lock();
        }
    }

    bool waiting() {
        std::lock_guard lock(mutex_);
        return queue_.empty() && !done_;
    }

    const FaultLayerInfo& info() const { return info_; }
    // The layer, once open (before its first fault is queued).
    std::optional<FaultLayerInfo> takeLayer() {
        std::lock_guard lock(mutex_);
        std::optional<FaultLayerInfo> layer = std::move(layer_);
        layer_.reset();
        return layer;
    }

private:
    static PendingFault prepare(const Ensemble& model, const DatabasePredictionOptions& options, FaultRecord&& record,
                                const ToSourceCoordinates& toSource) {
        PendingFault pending;
        FaultKe& result = pending.result;
        result.reason = record.reason;
        if (record.traces) {
            result.lengthKm = record.traces->lengthKm();
            for (const FaultTrace& trace : record.traces->traces)
                for (const TracePart& part : trace.parts) result.sourceParts.push_back(toSource(part));
            try {
                pending.prepared = prepareTraces(record.traces, options.windows, options.thicknesses,
                                                 model.windowHeight(), model.windowWidth());
                std::vector<MapPoint> centres, corners;
                for (const TraceWindow& w : pending.prepared->geometry.windows) {
                    centres.push_back(w.centre);
                    corners.insert(corners.end(), w.corners.begin(), w.corners.end());
                }
                result.windowCentres = toSource(centres);
                const std::vector<SourcePoint> ring = toSource(corners);
                for (size_t i = 0; i + 3 < ring.size(); i += 4)
                    result.windowCorners.push_back({ring[i], ring[i + 1], ring[i + 2], ring[i + 3]});
                if (pending.prepared->geometry.windows.empty())
                    result.reason = "no window holds enough trace (coverage below the minimum in every window)";
            } catch (const Error& e) {
                result.reason = e.problem();
                pending.prepared.reset();
            }
        }
        result.fault = std::move(record);
        result.fault.traces.reset();  // the prediction keeps them; the record need not
        return pending;
    }

    void push(PendingFault&& fault) {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return stop_ || queued_ < capacity_; });
        if (stop_) throw Cancelled();
        queued_ += fault.windows();
        queue_.push_back(std::move(fault));
        ready_.notify_all();
    }

    size_t capacity_;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::deque<PendingFault> queue_;
    size_t queued_ = 0;
    bool done_ = false;
    std::exception_ptr error_;
    FaultLayerInfo info_;
    std::optional<FaultLayerInfo> layer_;
    std::thread thread_;
};

}  // namespace

FaultKe faultKeOf(const TracePrediction& prediction, const std::string& faultId) {
    FaultKe fault;
    fault.fault.faultId = faultId;
    fault.fault.features = static_cast<long long>(prediction.traces.traces.size());
    fault.fault.label = prediction.traces.traces.size() == 1
                            ? prediction.traces.traces.front().label
                            : std::to_string(prediction.traces.traces.size()) + " features";
    fault.prediction = std::make_shared<const TracePrediction>(prediction);
    fault.lengthKm = prediction.traces.lengthKm();
    for (const FaultTrace& trace : prediction.traces.traces)
        for (const TracePart& part : trace.parts)
            fault.sourceParts.push_back(toSourceCoordinates(prediction.traces.frame, part));
    std::vector<MapPoint> centres, corners;
    for (const TraceWindowKe& w : prediction.windows) {
        centres.push_back(w.window.centre);
        corners.insert(corners.end(), w.window.corners.begin(), w.window.corners.end());
    }
    fault.windowCentres = toSourceCoordinates(prediction.traces.frame, centres);
    const std::vector<SourcePoint> ring = toSourceCoordinates(prediction.traces.frame, corners);
    for (size_t i = 0; i + 3 < ring.size(); i += 4)
        fault.windowCorners.push_back({ring[i], ring[i + 1], ring[i + 2], ring[i + 3]});
    if (prediction.windows.empty()) fault.reason = "no window holds enough trace";
    return fault;
}

DatabasePredictionRun predictFaultDatabase(const Ensemble& model, const std::string& path,
                                           const DatabasePredictionOptions& options,
                                           const std::function<void(const FaultLayerInfo&)>& onLayer,
                                           const std::function<void(const FaultKe&)>& onFault,
                                           const Progress& progress) {
    if (options.thicknesses.empty()) throw Error(path, "no trace thickness to draw");
    for (size_t i = 0; i < options.thicknesses.size(); ++i) {
        if (options.thicknesses[i] < 1) throw Error(path, "a trace thickness must be at least 1 pixel");
        for (size_t j = 0; j < i; ++j)
            if (options.thicknesses[j] == options.thicknesses[i])
                throw Error(path,
                            "the trace thickness " + std::to_string(options.thicknesses[i]) + " px is asked for twice");
    }
    DatabasePredictionRun run;
    std::vector<PendingFault> group;
    size_t groupWindows = 0;

    auto predictGroup = [&] {
        const size_t height = static_cast<size_t>(model.windowHeight()),
                     width = static_cast<size_t>(model.windowWidth());
        std::vector<EnsembleValues> values;  // per thickness, for the group's windows
        if (groupWindows > 0) {
            std::vector<float> pixels;
            for (size_t t = 0; t < options.thicknesses.size(); ++t) {
                pixels.clear();
                pixels.reserve(groupWindows * height * width);
                for (const PendingFault& f : group)
                    if (f.prepared)
                        pixels.insert(pixels.end(), f.prepared->pixels[t].begin(), f.prepared->pixels[t].end());
                const auto start = std::chrono::steady_clock::now();
                values.push_back(model.predictWindows(pixels.data(), groupWindows, options.batchSize));
                run.predictSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            }
        }
        size_t offset = 0;
        for (PendingFault& f : group) {
            if (f.prepared && f.windows() > 0) {
                std::vector<EnsembleValues> mine;
                for (const EnsembleValues& v : values) mine.push_back(slice(v, offset, f.windows()));
                f.result.prediction =
                    std::make_shared<const TracePrediction>(assembleTracePrediction(*f.prepared, mine, model));
                offset += f.windows();
                ++run.predicted;
                run.windows += static_cast<long long>(f.windows());
            }
            ++run.faults;
            f.prepared.reset();
            onFault(f.result);
        }
        group.clear();
        groupWindows = 0;
    };

    FaultReader reader(model, path, options, progress, 2 * options.windowsPerBatch);
    auto waited = std::chrono::steady_clock::now();
    while (std::optional<PendingFault> fault = reader.next(progress)) {
        run.waitSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - waited).count();
        progress.checkCancel();
        if (std::optional<FaultLayerInfo> layer = reader.takeLayer()) onLayer(*layer);
        groupWindows += fault->windows();
        group.push_back(std::move(*fault));
        // Predict once enough windows have gathered, or when the reader has nothing more yet.
        if (groupWindows >= options.windowsPerBatch || (reader.waiting() && groupWindows > 0)) predictGroup();
        waited = std::chrono::steady_clock::now();
    }
    if (std::optional<FaultLayerInfo> layer = reader.takeLayer()) onLayer(*layer);
    predictGroup();
    run.layer = reader.info();
    return run;
}

}  // namespace faultke
