#include "data/PreparePanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultke::gui {

PreparePanel::PreparePanel(QWidget* parent) : QWidget(parent) {
    output_ = new QLabel;
    output_->setObjectName("datasetPath");
    output_->setWordWrap(true);
    output_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prepare_ = new QPushButton(tr("Prepare Dataset"));
    prepare_->setObjectName("prepareButton");
    prepare_->setToolTip(tr("Label every kept sample of the non-excluded experiments, split them and write the "
                            "dataset file (the same file as 'faultke-cli prepare' writes)"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setObjectName("cancelPrepareButton");
    progress_ = new QProgressBar;
    progress_->setObjectName("prepareProgress");
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    message_ = new QLabel;
    message_->setObjectName("prepareMessage");
    message_->setStyleSheet("color: #555;");
    outcome_ = new QLabel;
    outcome_->setObjectName("prepareOutcome");
    outcome_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(prepare_, 1);
    buttons->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(output_);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(message_);
    layout->addWidget(outcome_);

    connect(prepare_, &QPushButton::clicked, this, &PreparePanel::prepareRequested);
    connect(cancel_, &QPushButton::clicked, this, &PreparePanel::cancelRequested);
    setOutputPath({});
    setRunning(false);
}

void PreparePanel::setOutputPath(const QString& path) {
    output_->setText(path.isEmpty() ? tr("No project open")
                                    : tr("Writes <b>%1</b>").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    prepare_->setEnabled(!path.isEmpty() && !running_);
}

void PreparePanel::setRunning(bool running) {
    running_ = running;
    prepare_->setEnabled(!running);
    cancel_->setEnabled(running);
    progress_->setVisible(running);
    message_->setVisible(running);
    if (running) {
        progress_->setValue(0);
        message_->clear();
        outcome_->clear();
    }
}

void PreparePanel::setProgress(double fraction, const QString& message) {
    progress_->setValue(qBound(0, qRound(fraction * 1000), 1000));
    message_->setText(message);
}

void PreparePanel::setOutcome(const QString& text, bool error) {
    outcome_->setStyleSheet(error ? "color: #b41414;" : "color: #1f6f2f;");
    outcome_->setText(text);
}

}  // namespace faultke::gui
