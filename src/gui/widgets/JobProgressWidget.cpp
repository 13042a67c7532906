#include "gui/widgets/JobProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include "gui/jobs/BackgroundJob.h"

namespace faultke::gui {

JobProgressWidget::JobProgressWidget(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(true);
    bar_->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the running work"));
    connect(cancel_, &QToolButton::clicked, this, [this] {
        if (!job_) return;
        job_->cancel();
        cancel_->setEnabled(false);
        title_->setText(tr("Cancelling…"));
    });
    hide();
}

void JobProgressWidget::follow(BackgroundJob* job) {
    if (job_) disconnect(job_, nullptr, this, nullptr);
    job_ = job;
    if (!job_) {
        hide();
        return;
    }
    connect(job_, &BackgroundJob::started, this, [this](const QString& title) {
        title_->setText(title);
        bar_->setValue(0);
        bar_->setFormat(QStringLiteral("%p%"));
        cancel_->setEnabled(true);
        show();
    });
    connect(job_, &BackgroundJob::progress, this, &JobProgressWidget::showProgress);
    connect(job_, &BackgroundJob::ended, this, &QWidget::hide);
    connect(job_, &QObject::destroyed, this, [this] {
        job_ = nullptr;
        hide();
    });
    setVisible(job_->isRunning());
    if (job_->isRunning()) title_->setText(job_->title());
}

void JobProgressWidget::showProgress(double fraction, const QString& message) {
    bar_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    setToolTip(message);
    bar_->setToolTip(message);
}

}  // namespace faultke::gui
