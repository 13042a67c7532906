#include "gui/jobs/JobRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <exception>

#include "core/util/Error.h"

namespace faultke::gui {

namespace {
// Progress reports closer together than this are dropped (the last one always gets through).
constexpr qint64 kProgressIntervalMs = 40;
}  // namespace

JobRun::JobRun(QObject* receiver, Work work, Reports reports)
    : receiver_(receiver), work_(std::move(work)), reports_(std::move(reports)) {
    setObjectName(QStringLiteral("JobRun"));
}

JobRun::~JobRun() {
    cancel();
    wait();
}

void JobRun::post(std::function<void()> call) const {
    QMetaObject::invokeMethod(receiver_, std::move(call), Qt::QueuedConnection);
}

void JobRun::run() {
    QElapsedTimer sinceReport;
    sinceReport.start();
    faultke::Progress progress;
    progress.cancel = &cancel_;
    if (reports_.progress)
        progress.report = [this, &sinceReport](double fraction, const std::string& message) {
            if (fraction < 1.0 && sinceReport.elapsed() < kProgressIntervalMs) return;
            sinceReport.restart();
            post([report = reports_.progress, fraction, text = QString::fromStdString(message)] {
                report(fraction, text);
            });
        };
    if (reports_.warning)
        progress.warn = [this](const std::string& text) {
            post([warn = reports_.warning, t = QString::fromStdString(text)] { warn(t); });
        };

    JobOutcome outcome;
    try {
        work_(progress);  // work that completes despite a late Cancel has succeeded
    } catch (const faultke::Cancelled&) {
        outcome.kind = JobOutcome::Cancelled;
    } catch (const std::exception& e) {
        outcome = {JobOutcome::Failed, QString::fromStdString(e.what())};
    } catch (...) {
        outcome = {JobOutcome::Failed, QCoreApplication::translate("JobRun", "Unknown error")};
    }
    if (reports_.ended) post([ended = reports_.ended, outcome] { ended(outcome); });
}

}  // namespace faultke::gui
