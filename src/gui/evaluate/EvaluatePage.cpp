#include "gui/evaluate/EvaluatePage.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <set>

#include "core/data/Project.h"
#include "core/model/EvaluationStore.h"
#include "core/model/RunCatalog.h"
#include "gui/evaluate/DiagnosticPlots.h"
#include "gui/evaluate/EvaluateFilterPanel.h"
#include "gui/evaluate/PredictionPlot.h"
#include "gui/evaluate/SampleInset.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/widgets/JobProgressWidget.h"
#include "gui/widgets/PlotExport.h"

namespace faultke::gui {

namespace {

struct EvaluationOutcome {
    std::shared_ptr<const Dataset> dataset;
    EvaluationResult result;
    bool reused = false;
};

}  // namespace

EvaluatePage::EvaluatePage(QWidget* parent) : QWidget(parent), job_(new BackgroundJob(this)) {
    setObjectName("evaluatePage");
    run_ = new QComboBox;
    run_->setObjectName("evaluateRunBox");
    run_->setToolTip(tr("The run to evaluate (the Train page's selection by default)"));
    run_->setMinimumContentsLength(16);
    epoch_ = new QComboBox;
    epoch_->setObjectName("evaluateEpochBox");
    epoch_->setToolTip(tr("The epoch to evaluate: the run's best, or any other"));
    epoch_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    evaluateButton_ = new QPushButton(tr("Evaluate"));
    evaluateButton_->setToolTip(
        tr("Score the epoch on every sample of the project's dataset (stored results are "
           "reused while the dataset is unchanged)"));
    exportButton_ = new QPushButton(tr("Export…"));
    exportButton_->setToolTip(tr("Write every plot as PNG, SVG and PDF and the predictions as CSV into a folder"));
    progress_ = new JobProgressWidget;
    progress_->follow(job_);
    message_ = new QLabel;
    message_->setObjectName("evaluateMessage");
    message_->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Run")));
    bar->addWidget(run_);
    bar->addWidget(new QLabel(tr("Epoch")));
    bar->addWidget(epoch_);
    bar->addWidget(evaluateButton_);
    bar->addWidget(progress_);
    bar->addStretch();
    bar->addWidget(exportButton_);

    auto* plots = new QHBoxLayout;
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        plots_[size_t(s)] = new PredictionPlot(s);
        plots->addWidget(plots_[size_t(s)], 1);
        connect(plots_[size_t(s)], &PredictionPlot::sampleHovered, this, [this](int i) {
            if (i < 0 || !dataset_ || size_t(i) >= result_.samples.size()) return;
            inset_->showSample(*dataset_, size_t(i), result_.samples[size_t(i)]);
        });
        connect(plots_[size_t(s)], &PredictionPlot::sampleClicked, this, [this](int i) {
            if (i < 0 || size_t(i) >= result_.samples.size()) return;
            const SamplePrediction& p = result_.samples[size_t(i)];
            emit showOnDataPage(QString::fromStdString(p.experiment), p.frame, p.window);
        });
    }
    auto* plotsWidget = new QWidget;
    plotsWidget->setLayout(plots);
    diagnostics_ = new DiagnosticPlots;
    auto* center = new QSplitter(Qt::Vertical);
    center->addWidget(plotsWidget);
    center->addWidget(diagnostics_);
    center->setStretchFactor(0, 3);
    center->setStretchFactor(1, 2);
    center->setChildrenCollapsible(false);

    inset_ = new SampleInset;
    filters_ = new EvaluateFilterPanel;
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterBox = new QGroupBox(tr("Show"));
    (new QVBoxLayout(filterBox))->addWidget(filters_);
    auto* insetBox = new QGroupBox(tr("Sample"));
    (new QVBoxLayout(insetBox))->addWidget(inset_);
    sideLayout->addWidget(filterBox);
    sideLayout->addWidget(insetBox, 1);
    side->setMinimumWidth(220);
    side->setMaximumWidth(320);

    auto* body = new QHBoxLayout;
    body->addWidget(center, 1);
    body->addWidget(side);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(message_);
    layout->addLayout(body, 1);

    connect(run_, &QComboBox::currentTextChanged, this, [this] {
        fillEpochs();
        evaluate();
    });
    connect(epoch_, QOverload<int>::of(&QComboBox::activated), this, [this] { evaluate(); });
    connect(evaluateButton_, &QPushButton::clicked, this, &EvaluatePage::evaluate);
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export Plots and Predictions"),
                                              project_ ? QString::fromStdString(project_->folder()) : QString());
        if (!dir.isEmpty()) exportTo(dir);
    });
    connect(filters_, &EvaluateFilterPanel::changed, this, &EvaluatePage::redraw);
    connect(job_, &BackgroundJob::failed, this, [this](const QString& m) { showMessage(m, true); });
    connect(job_, &BackgroundJob::cancelled, this, [this] { showMessage(tr("Evaluation cancelled."), false); });
    connect(job_, &BackgroundJob::ended, this, [this] { evaluateButton_->setEnabled(true); });
    setProject(nullptr);
}

EvaluatePage::~EvaluatePage() = default;

void EvaluatePage::setProject(faultke::Project* project) {
    project_ = project;
    job_->cancel();
    dataset_.reset();
    result_ = {};
    setEnabled(project_ != nullptr);
    refreshRuns();
    redraw();
    showMessage(project_ ? QString() : tr("No project open"), false);
}

void EvaluatePage::refreshRuns(const QString& run) {
    const QString keep = run.isEmpty() ? run_->currentText() : run;
    {
        const QSignalBlocker block(run_);
        run_->clear();
        if (project_)
            for (const RunSummary& r : listRuns(project_->experimentsDir()))
                if (r.epochs() > 0) run_->addItem(QString::fromStdString(r.name), QString::fromStdString(r.dir));
        const int i = run_->findText(keep);
        run_->setCurrentIndex(i >= 0 ? i : run_->count() - 1);
    }
    const bool changed = run_->currentText() != keep || result_.samples.empty();
    fillEpochs();
    if (run_->count() == 0)
        showMessage(project_ ? tr("No trained run yet: train one on the Train page.") : QString(), false);
    else if (changed && isVisible())
        evaluate();
}

void EvaluatePage::fillEpochs() {
    const QSignalBlocker block(epoch_);
    epoch_->clear();
    if (run_->currentIndex() < 0) return;
    const RunSummary run = readRunSummary(run_->currentData().toString().toStdString());
    epoch_->addItem(run.best.epoch > 0 ? tr("best (%1)").arg(run.best.epoch) : tr("best"), QStringLiteral("best"));
    for (const HistoryRow& r : run.history) epoch_->addItem(QString::number(r.epoch), QString::number(r.epoch));
}

bool EvaluatePage::evaluate() {
    if (!project_ || run_->currentIndex() < 0 || job_->isRunning()) return false;
    const std::string datasetPath = project_->datasetPath();
    const std::string runDir = run_->currentData().toString().toStdString();
    const std::string epoch = epoch_->currentData().toString().toStdString();
    evaluateButton_->setEnabled(false);
    showMessage(tr("Evaluating %1…").arg(run_->currentText()), false);
    return job_->start(
        tr("Evaluating %1").arg(run_->currentText()),
        [datasetPath, runDir, epoch](const Progress& progress) {
            progress.update(0.1, "loading " + datasetPath);
            EvaluationOutcome outcome;
            auto data = std::make_shared<Dataset>(Dataset::load(datasetPath));
            progress.checkCancel();
            progress.update(0.4, "evaluating " + runDir);
            outcome.result =
                evaluateRunStored(runDir, *data, epoch.empty() ? "best" : epoch, DeviceChoice::Auto, &outcome.reused);
            outcome.dataset = std::move(data);
            return outcome;
        },
        [this](EvaluationOutcome outcome) {
            dataset_ = std::move(outcome.dataset);
            result_ = std::move(outcome.result);
            reused_ = outcome.reused;
            std::set<std::string> names;
            for (const SamplePrediction& s : result_.samples) names.insert(s.experiment);
            filters_->setExperiments({names.begin(), names.end()});
            inset_->clear();
            redraw();
            showMessage(reused_ ? tr("Epoch %1 of %2, from its stored evaluation (the dataset is unchanged).")
                                      .arg(result_.epoch)
                                      .arg(run_->currentText())
                                : tr("Epoch %1 of %2, evaluated on %L3 samples.")
                                      .arg(result_.epoch)
                                      .arg(run_->currentText())
                                      .arg(result_.samples.size()),
                        false);
        });
}

void EvaluatePage::redraw() {
    const PredictionFilter filter = filters_->filter();
    for (PredictionPlot* p : plots_) p->setSamples(result_.samples.empty() ? nullptr : &result_.samples, filter);
    diagnostics_->setSamples(result_.samples.empty() ? nullptr : &result_.samples, filter);
}

bool EvaluatePage::exportTo(const QString& folder) {
    const QDir dir(folder);
    bool ok = !result_.samples.empty();
    for (const QString& ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        for (PredictionPlot* p : plots_)
            ok = exportPlot(p->plot(), dir.filePath(QStringLiteral("predicted-vs-true-%1.%2")
                                                        .arg(QString::fromLatin1(splitName(p->split())), ext))) &&
                 ok;
        ok = exportPlot(diagnostics_->timelinePlot(), dir.filePath("timeline." + ext)) && ok;
        ok = exportPlot(diagnostics_->residualPlot(), dir.filePath("residuals." + ext)) && ok;
    }
    try {
        writePredictionsCsv(dir.filePath("predictions.csv").toStdString(), result_);
    } catch (const std::exception&) {
        ok = false;
    }
    showMessage(ok ? tr("Exported the plots and the predictions to %1").arg(folder)
                   : tr("Could not write every file into %1").arg(folder),
                !ok);
    return ok;
}

void EvaluatePage::showMessage(const QString& text, bool error) {
    message_->setStyleSheet(error ? "color: #b41414;" : QString());
    message_->setText(text);
}

}  // namespace faultke::gui
