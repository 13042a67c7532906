#include "widgets/BackgroundJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <exception>

#include "util/Error.h"

namespace faultke::gui {

namespace {

enum Outcome { Succeeded, Failed, Stopped };

// Progress reports closer together than this are dropped (the last one always gets through).
constexpr qint64 kProgressIntervalMs = 40;

}  // namespace

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    if (thread_) {
        cancel_ = true;
        thread_->wait();
        delete thread_;
    }
}

bool BackgroundJob::start(const QString& title, Work work) {
    if (running_) return false;
    running_ = true;
    title_ = title;
    cancel_ = false;

    // The thread reaches the job only through queued calls: the job lives on the GUI thread.
    thread_ = QThread::create([job = this, work = std::move(work)] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        faultke::Progress progress;
        progress.cancel = &job->cancel_;
        progress.report = [&sinceReport, job](double fraction, const std::string& message) {
            if (fraction < 1.0 && sinceReport.elapsed() < kProgressIntervalMs) return;
            sinceReport.restart();
            QMetaObject::invokeMethod(
                job, [job, fraction, text = QString::fromStdString(message)] { emit job->progress(fraction, text); },
                Qt::QueuedConnection);
        };
        progress.warn = [job](const std::string& text) {
            QMetaObject::invokeMethod(
                job, [job, text = QString::fromStdString(text)] { emit job->warning(text); }, Qt::QueuedConnection);
        };

        Outcome outcome = Succeeded;
        QString message;
        try {
            work(progress);
        } catch (const faultke::Cancelled&) {
            outcome = Stopped;
        } catch (const std::exception& e) {
            outcome = Failed;
            message = QString::fromStdString(e.what());
        } catch (...) {
            outcome = Failed;
            message = BackgroundJob::tr("Unknown error");
        }
        if (outcome == Succeeded && job->cancel_.load()) outcome = Stopped;
        QMetaObject::invokeMethod(
            job, [job, outcome, message] { job->onWorkEnded(outcome, message); }, Qt::QueuedConnection);
    });
    thread_->setObjectName(QStringLiteral("BackgroundJob"));
    emit started(title_);
    thread_->start();
    return true;
}

void BackgroundJob::cancel() {
    if (running_) cancel_ = true;
}

void BackgroundJob::wait() {
    if (!thread_) return;
    thread_->wait();
    // Deliver the queued progress and end notifications now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void BackgroundJob::onWorkEnded(int outcome, const QString& message) {
    if (thread_) {
        thread_->wait();  // the thread has returned from the work; this only joins it
        delete thread_;
        thread_ = nullptr;
    }
    running_ = false;
    switch (outcome) {
        case Succeeded: emit finished(); break;
        case Failed: emit failed(message); break;
        default: emit cancelled(); break;
    }
    emit ended();
}

}  // namespace faultke::gui
