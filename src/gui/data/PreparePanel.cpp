#include "gui/data/PreparePanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/data/Dataset.h"
#include "core/data/Prepare.h"
#include "core/data/Project.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

namespace {

// What one run made: its summary and which experiments it left out.
struct PrepareOutcome {
    SplitSummary summary;
    PrepareReport report;
};

}  // namespace

PreparePanel::PreparePanel(QWidget* parent) : QWidget(parent), job_(new BackgroundJob(this)) {
    output_ = new QLabel;
    output_->setObjectName("datasetPath");
    output_->setWordWrap(true);
    output_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prepare_ = new QPushButton(tr("Prepare Dataset"));
    prepare_->setObjectName("prepareButton");
    prepare_->setToolTip(
        tr("Label every kept sample of the non-excluded experiments, split them and write the "
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
    state_ = new QLabel;
    state_->setObjectName("datasetState");
    state_->setWordWrap(true);
    state_->setStyleSheet("color: #b41414;");

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(prepare_, 1);
    buttons->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(output_);
    layout->addWidget(state_);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(message_);
    layout->addWidget(outcome_);

    connect(prepare_, &QPushButton::clicked, this, &PreparePanel::prepare);
    connect(cancel_, &QPushButton::clicked, job_, &BackgroundJob::cancel);
    connect(job_, &BackgroundJob::progress, this, &PreparePanel::setProgress);
    connect(job_, &BackgroundJob::warning, this, [this](const QString& w) { emit statusMessage(w, 5000); });
    connect(job_, &BackgroundJob::failed, this, [this](const QString& message) {
        setOutcome(tr("Failed: %1").arg(message), true);
        emit statusMessage(tr("Preparing the dataset failed: %1").arg(message), 8000);
    });
    connect(job_, &BackgroundJob::cancelled, this, [this] {
        setOutcome(tr("Cancelled; the dataset file was not changed."), true);
        emit statusMessage(tr("Preparing the dataset was cancelled"), 5000);
    });
    connect(job_, &BackgroundJob::ended, this, [this] { setRunning(false); });
    setProject(nullptr);
    setRunning(false);
}

void PreparePanel::setProject(const faultke::Project* project) {
    project_ = project;
    const QString path = project ? QString::fromStdString(project->datasetPath()) : QString();
    output_->setText(path.isEmpty()
                         ? tr("No project open")
                         : tr("Writes <b>%1</b>").arg(breakable(QDir::toNativeSeparators(path)).toHtmlEscaped()));
    prepare_->setEnabled(project_ && !isRunning());
    outcome_->clear();
    datasetFileChanged();
}

void PreparePanel::datasetFileChanged() {
    preparedWith_.reset();
    // A few small variables: quick enough for the GUI thread. An unreadable file is the Train
    // page's to report; here it has nothing to compare.
    if (project_ && QFileInfo::exists(QString::fromStdString(project_->datasetPath()))) {
        try {
            preparedWith_ = std::make_shared<const Dataset>(Dataset::loadSettings(project_->datasetPath()));
        } catch (const std::exception&) {
        }
    }
    showDatasetState();
}

void PreparePanel::projectSettingsChanged() {
    showDatasetState();
    // "Wrote 66 samples" beside "out of date" would read as a contradiction: the new settings
    // have not been prepared.
    if (!state_->isHidden() && !isRunning()) outcome_->clear();
}

void PreparePanel::showDatasetState() {
    const std::string changes =
        project_ && preparedWith_ ? describeDatasetChanges(datasetChanges(*project_, *preparedWith_)) : std::string();
    state_->setText(
        changes.empty()
            ? QString()
            : tr("Dataset out of date: %1; prepare it again.").arg(breakable(QString::fromStdString(changes))));
    state_->setVisible(!changes.empty());
}

bool PreparePanel::isRunning() const { return job_->isRunning(); }

void PreparePanel::prepare() {
    if (!project_) {
        emit statusMessage(tr("Open a project first"), 4000);
        return;
    }
    if (isRunning()) return;
    const std::vector<std::string> files = project_->experimentFiles();
    if (files.empty()) {
        setOutcome(tr("Add experiments (not all excluded) before preparing a dataset."), true);
        return;
    }
    // Said here in the page's terms: the job's own check speaks of an output to choose.
    try {
        project_->checkDatasetIsNoExperiment();
    } catch (const std::exception& e) {
        setOutcome(QString::fromStdString(e.what()), true);
        return;
    }
    PrepareOptions options = project_->prepareOptions();
    options.skipUnreadable = true;  // one broken file must not block the others; it is named
    const std::string output = project_->datasetPath();
    setRunning(true);
    job_->start(
        tr("Preparing dataset"),
        [files, options, output](const Progress& progress) {
            PrepareOutcome outcome;
            outcome.summary = prepareDatasetFile(files, options, output, &progress, &outcome.report);
            return outcome;
        },
        [this, output](PrepareOutcome outcome) {
            const QString file = QString::fromStdString(output);
            const SplitSummary& s = outcome.summary;
            QString text = tr("Wrote %1 samples (train %2, eval %3, test %4) to %5")
                               .arg(s.total())
                               .arg(s.samples[0])
                               .arg(s.samples[1])
                               .arg(s.samples[2])
                               .arg(QFileInfo(file).fileName());
            QStringList leftOut;
            for (const PreparedExperiment& e : outcome.report.experiments)
                if (!e.error.empty()) leftOut << QString::fromStdString(e.name);
            if (!leftOut.isEmpty())
                text += "\n" + tr("Left out, unreadable: %1").arg(leftOut.join(QStringLiteral(", ")));
            setOutcome(text, !leftOut.isEmpty());
            datasetFileChanged();
            emit statusMessage(tr("Dataset written to %1").arg(file), 6000);
        });
}

void PreparePanel::setRunning(bool running) {
    prepare_->setEnabled(!running && project_);
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
    outcome_->setText(breakable(text));
}

}  // namespace faultke::gui
