#pragma once
// A silent job: background work that serves what the GUI shows now (read the selected
// experiment, label the experiments for the current crop). Each request replaces the one before:
// the replaced request is cancelled and finishes on its own, and nothing of it (results, errors,
// posts) is delivered after it was replaced. Requests run on a thread pool shared by every
// LatestJob, so a burst of requests makes no burst of threads. Results and errors of the latest request arrive on
// the GUI thread; an error without an onError handler is emitted as `failed`, never dropped.
//
//   loader->request([path](const LatestJob::Context& c) { return Experiment::load(path, ..., &c.progress); },
//                   [this](Experiment e) { show(e); },
//                   [this](const QString& message) { showError(message); });
//
// Work that delivers parts as it goes (one experiment's labels at a time) calls c.post(f): f
// runs on the GUI thread if the request is still the latest when it arrives.
#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

#include "core/util/Progress.h"

namespace faultke::gui {

class JobRun;
struct JobOutcome;

class LatestJob : public QObject {
    Q_OBJECT
public:
    // What the work of one request gets.
    class Context {
    public:
        Context(LatestJob* job, std::uint64_t id, const faultke::Progress& progress)
            : progress(progress), job_(job), id_(id) {}
        const faultke::Progress& progress;  // carries this request's cancel flag
        void post(std::function<void()> call) const;

    private:
        LatestJob* job_;
        std::uint64_t id_;
    };
    using OnError = std::function<void(const QString& message)>;

    explicit LatestJob(QObject* parent = nullptr);
    // Cancels every request and waits for all of them to end.
    ~LatestJob() override;

    // Replaces the running request (if any) with `work`. onResult gets the work's return value
    // (when it has one) on the GUI thread once it succeeded.
    template <class RequestWork, class OnResult>
    void request(RequestWork work, OnResult onResult, OnError onError = {}) {
        using Result = std::invoke_result_t<RequestWork, const Context&>;
        if constexpr (std::is_void_v<Result>) {
            startRequest([work = std::move(work)](const Context& c) { work(c); }, std::move(onResult),
                         std::move(onError));
        } else {
            auto slot = std::make_shared<std::optional<Result>>();
            startRequest([slot, work = std::move(work)](const Context& c) { slot->emplace(work(c)); },
                         [slot, onResult = std::move(onResult)]() mutable {
                             if (*slot) onResult(std::move(**slot));
                         },
                         std::move(onError));
        }
    }

    // Drops the running request: it is cancelled and nothing more of it is delivered.
    void cancel();
    // True while the latest request has not ended.
    bool isRunning() const { return current_ != nullptr; }
    // What became of the requests so far, the replaced ones included: work replaced by a newer
    // request should stop at its next cancel check, not run to its end.
    struct Tally {
        int requested = 0, completed = 0, cancelled = 0, failed = 0;
    };
    const Tally& tally() const { return tally_; }
    // Blocks until every request (replaced ones too) has ended and delivers what the latest one
    // left. For tests and shutdown.
    void waitForAll();

signals:
    void failed(const QString& message);
    // The latest request ended (succeeded, failed or cancelled by its own work).
    void idle();

private:
    void startRequest(std::function<void(const Context&)> work, std::function<void()> onSucceeded, OnError onError);
    void onRunEnded(std::uint64_t id, const JobOutcome& outcome);
    void retireCurrent();
    void dropFinished();

    std::uint64_t latestId_ = 0;
    std::unique_ptr<JobRun> current_;
    std::vector<std::unique_ptr<JobRun>> replaced_;  // cancelled, still ending
    std::function<void()> onSucceeded_;
    OnError onError_;
    Tally tally_;
};

}  // namespace faultke::gui
