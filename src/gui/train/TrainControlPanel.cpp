#include "gui/train/TrainControlPanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace faultke::gui {

namespace {

QString duration(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    if (s >= 3600) return QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TrainControlPanel::TrainControlPanel(QWidget* parent) : QWidget(parent) {
    name_ = new QLineEdit;
    name_->setObjectName("runNameEdit");
    name_->setToolTip(tr("The run's folder under experiments/ in the project"));
    name_->setValidator(new QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9_.+-]{1,80}"), name_));
    repeats_ = new QSpinBox;
    repeats_->setObjectName("repeatBox");
    repeats_->setRange(1, 50);
    repeats_->setPrefix(tr("× "));
    repeats_->setToolTip(
        tr("Train this many runs with the same parameters and consecutive seeds, one after "
           "another (NAME-r1, NAME-r2, ...): the curves show their mean and spread"));
    start_ = new QPushButton(tr("Start"));
    start_->setObjectName("startTrainingButton");
    pause_ = new QPushButton(tr("Pause"));
    pause_->setObjectName("pauseTrainingButton");
    stop_ = new QPushButton(tr("Stop"));
    stop_->setObjectName("stopTrainingButton");
    stop_->setToolTip(tr("Stop after the current batch; every completed epoch is kept and the run can be resumed"));
    bar_ = new QProgressBar;
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    progressText_ = new QLabel;
    progressText_->setObjectName("trainingProgress");
    // The progress line is long (epoch, batch, speed, ETA, device): it is elided to the width it
    // gets instead of widening the page while training.
    progressText_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    progressText_->installEventFilter(this);
    message_ = new QLabel;
    message_->setObjectName("trainingMessage");
    message_->setWordWrap(true);

    // One width for the buttons, that of their longest text: Pause/Resume do not shift the row.
    int buttonWidth = 0;
    for (QPushButton* button : {start_, pause_, stop_}) {
        const QString text = button->text();
        for (const QString& t : {tr("Start"), tr("Pause"), tr("Resume"), tr("Stop")}) {
            button->setText(t);
            buttonWidth = std::max(buttonWidth, button->sizeHint().width());
        }
        button->setText(text);
    }
    for (QPushButton* button : {start_, pause_, stop_}) button->setFixedWidth(buttonWidth);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Run")));
    row->addWidget(name_, 1);
    row->addWidget(repeats_);
    row->addWidget(start_);
    row->addWidget(pause_);
    row->addWidget(stop_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(bar_);
    layout->addWidget(progressText_);
    layout->addWidget(message_);

    connect(start_, &QPushButton::clicked, this, &TrainControlPanel::startRequested);
    connect(stop_, &QPushButton::clicked, this, &TrainControlPanel::stopRequested);
    connect(pause_, &QPushButton::clicked, this, [this] { emit paused_ ? resumeRequested() : pauseRequested(); });
    connect(name_, &QLineEdit::textChanged, this, &TrainControlPanel::updateButtons);
    setRunning(false);
}

QString TrainControlPanel::runName() const { return name_->text().trimmed(); }
void TrainControlPanel::setRunName(const QString& name) { name_->setText(name); }
int TrainControlPanel::repeats() const { return repeats_->value(); }

void TrainControlPanel::setBlocker(const QString& reason) {
    blocker_ = reason;
    updateButtons();
}

void TrainControlPanel::updateButtons() {
    const QString why = !blocker_.isEmpty() ? blocker_ : (runName().isEmpty() ? tr("Name the run") : QString());
    start_->setEnabled(!running_ && why.isEmpty());
    start_->setToolTip(why.isEmpty() ? tr("Train a new run with these parameters") : why);
    pause_->setEnabled(running_);
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
    stop_->setEnabled(running_);
    name_->setEnabled(!running_);
    repeats_->setEnabled(!running_);
}

void TrainControlPanel::setRunning(bool running) {
    running_ = running;
    if (!running) paused_ = false;
    bar_->setVisible(running);
    if (running) {
        elapsed_.start();
        bar_->setValue(0);
        message_->clear();
    }
    updateButtons();
}

void TrainControlPanel::setPaused(bool paused) {
    paused_ = paused;
    updateButtons();
}

void TrainControlPanel::showStarted(const QString& run) {
    run_ = run;
    elapsed_.start();
    setProgressText(tr("%1: loading the dataset…").arg(run));
}

void TrainControlPanel::showBatch(const BatchProgress& b) {
    bar_->setValue(qRound(1000.0 * (double(b.epoch - 1) + double(b.batch) / b.batches) / b.epochs));
    setProgressText(tr("%1: epoch %2 of %3 · batch %4 of %5 · %6 samples/s · elapsed %7 · ETA %8%9")
                        .arg(run_)
                        .arg(b.epoch)
                        .arg(b.epochs)
                        .arg(b.batch)
                        .arg(b.batches)
                        .arg(b.samplesPerSecond, 0, 'f', 0)
                        .arg(duration(elapsed_.elapsed() / 1000.0))
                        .arg(duration(b.etaSeconds))
                        .arg(device_.isEmpty() ? QString() : QStringLiteral(" · ") + device_));
}

void TrainControlPanel::setProgressText(const QString& text) {
    progress_ = text;
    progressText_->setToolTip(text);
    elideProgress();
}

void TrainControlPanel::elideProgress() {
    progressText_->setText(
        progressText_->fontMetrics().elidedText(progress_, Qt::ElideRight, progressText_->contentsRect().width()));
}

bool TrainControlPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == progressText_ && event->type() == QEvent::Resize) elideProgress();
    return QWidget::eventFilter(watched, event);
}

void TrainControlPanel::showDevice(const QString& device) { device_ = device; }

void TrainControlPanel::showMessage(const QString& text, bool error) {
    message_->setStyleSheet(error ? "color: #b41414;" : QString());
    message_->setText(text);
}

}  // namespace faultke::gui
