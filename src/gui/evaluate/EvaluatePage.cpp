#include "gui/evaluate/EvaluatePage.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

#include "core/data/Project.h"
#include "core/model/EvaluationStore.h"
#include "core/model/RunCatalog.h"
#include "gui/app/ProjectRuns.h"
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

EvaluatePage::EvaluatePage(ProjectRuns* runs, QWidget* parent)
    : PageWidget(parent),
      projectRuns_(runs ? runs : new ProjectRuns(this)),
      job_(new BackgroundJob(this)),
      compareJob_(new BackgroundJob(this)) {
    setObjectName("evaluatePage");
    // The run boxes follow the runs as they are listed and as a training elsewhere changes them;
    // hidden, the page catches up when it is shown (MainWindow::showPage).
    connect(projectRuns_, &ProjectRuns::reset, this, [this] { refreshRuns(); });
    connect(projectRuns_, &ProjectRuns::changed, this, [this] {
        if (isVisible()) refreshRuns();
    });
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
    datasetState_ = new QLabel;
    datasetState_->setObjectName("evaluateDatasetState");
    datasetState_->setWordWrap(true);
    datasetState_->setStyleSheet("color: #b41414;");

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Run")));
    bar->addWidget(run_);
    bar->addWidget(new QLabel(tr("Epoch")));
    bar->addWidget(epoch_);
    bar->addWidget(evaluateButton_);
    bar->addWidget(progress_);
    bar->addStretch();
    compare_ = new QComboBox;
    compare_->setObjectName("compareBox");
    compare_->setToolTip(
        tr("Show another run's figures, or every repeat of a group, beside this run's "
           "(each at its best epoch)"));
    compare_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(new QLabel(tr("Compare with")));
    bar->addWidget(compare_);
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
    comparison_ = new QTableWidget;
    comparison_->setObjectName("comparisonTable");
    comparison_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    comparison_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    comparison_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    comparison_->setMaximumHeight(130);
    comparison_->hide();
    auto* plotsWidget = new QWidget;
    auto* plotsColumn = new QVBoxLayout(plotsWidget);
    plotsColumn->setContentsMargins(0, 0, 0, 0);
    plotsColumn->addLayout(plots, 1);
    plotsColumn->addWidget(comparison_);
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

    auto* bodyWidget = new QWidget;
    auto* body = new QHBoxLayout(bodyWidget);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(center, 1);
    body->addWidget(side);
    // Empty axes say nothing to a new user: until there is a result, say what to do instead.
    emptyState_ = new QLabel;
    emptyState_->setObjectName("evaluateEmptyState");
    emptyState_->setAlignment(Qt::AlignCenter);
    emptyState_->setWordWrap(true);
    emptyState_->setMargin(24);
    QFont emptyFont = emptyState_->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyState_->setFont(emptyFont);
    emptyState_->setForegroundRole(QPalette::PlaceholderText);
    views_ = new QStackedWidget;
    views_->addWidget(bodyWidget);
    views_->addWidget(emptyState_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(message_);
    layout->addWidget(datasetState_);
    layout->addWidget(views_, 1);

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
    connect(compare_, QOverload<int>::of(&QComboBox::activated), this,
            [this] { compareWith(compare_->currentData().toString()); });
    connect(compareJob_, &BackgroundJob::failed, this, [this](const QString& m) { showMessage(m, true); });
    connect(job_, &BackgroundJob::failed, this, [this](const QString& m) { showMessage(m, true); });
    connect(job_, &BackgroundJob::cancelled, this, [this] { showMessage(tr("Evaluation cancelled."), false); });
    connect(job_, &BackgroundJob::ended, this, [this] {
        evaluateButton_->setEnabled(true);
        showEmptyState();
    });
    setProject(nullptr);
}

EvaluatePage::~EvaluatePage() = default;

void EvaluatePage::setProject(faultke::Project* project) {
    project_ = project;
    job_->cancel();
    compareJob_->cancel();
    dataset_.reset();
    result_ = {};
    compared_.clear();
    setEnabled(project_ != nullptr);
    if (projectRuns_->parent() == this) projectRuns_->setProject(project);
    refreshRuns();
    redraw();
    showMessage(project_ ? QString() : tr("No project open"), false);
    showDatasetState();
}

// The figures are of the dataset as it was read; the project's settings may have moved on since.
void EvaluatePage::showDatasetState() {
    const std::string changes =
        project_ && dataset_ ? describeDatasetChanges(datasetChanges(*project_, *dataset_)) : std::string();
    datasetState_->setText(changes.empty() ? QString()
                                           : tr("Dataset out of date: %1; prepare it again on the Data page. These "
                                                "figures are of the old file.")
                                                 .arg(QString::fromStdString(changes)));
    datasetState_->setVisible(!changes.empty());
}

void EvaluatePage::refreshRuns(const QString& run) {
    const QString keep = run.isEmpty() ? run_->currentText() : run;
    {
        const QSignalBlocker block(run_);
        run_->clear();
        if (project_)
            for (const RunSummary& r : projectRuns_->runs())
                if (r.epochs() > 0) run_->addItem(QString::fromStdString(r.name), QString::fromStdString(r.dir));
        const int i = run_->findText(keep);
        run_->setCurrentIndex(i >= 0 ? i : run_->count() - 1);
    }
    const bool changed = run_->currentText() != keep || result_.samples.empty();
    {
        // Other runs, and groups of repeats (NAME-r1, NAME-r2, ...).
        const QSignalBlocker block(compare_);
        const QString current = compare_->currentData().toString();
        compare_->clear();
        compare_->addItem(tr("—"), QString());
        std::map<std::string, int> groups;
        if (project_)
            for (const RunSummary& r : projectRuns_->runs())
                if (r.epochs() > 0) {
                    compare_->addItem(QString::fromStdString(r.name), QString::fromStdString(r.name));
                    if (r.group() != r.name) ++groups[r.group()];
                }
        for (const auto& [group, count] : groups)
            compare_->addItem(tr("%1 (all %2 repeats)").arg(QString::fromStdString(group)).arg(count),
                              QStringLiteral("group:") + QString::fromStdString(group));
        compare_->setCurrentIndex(std::max(0, compare_->findData(current)));
    }
    fillEpochs();
    showEmptyState();
    if (run_->count() == 0)
        showMessage(QString(), false);  // the empty state says it, in the middle of the page
    else if (changed && isVisible())
        evaluate();
}

void EvaluatePage::datasetChangedOnDisk() {
    if (result_.samples.empty()) return;
    showMessage(tr("The dataset file changed on disk: these figures are of the earlier dataset. Evaluate "
                   "again to score the new one."),
                true);
}

void EvaluatePage::fillEpochs() {
    const QSignalBlocker block(epoch_);
    epoch_->clear();
    if (run_->currentIndex() < 0) return;
    // The run as the project's list holds it (read off the GUI thread).
    const RunSummary* run = projectRuns_->run(run_->currentText());
    if (!run) return;
    epoch_->addItem(run->best.epoch > 0 ? tr("best (%1)").arg(run->best.epoch) : tr("best"), QStringLiteral("best"));
    for (const HistoryRow& r : run->history) epoch_->addItem(QString::number(r.epoch), QString::number(r.epoch));
}

bool EvaluatePage::evaluate() {
    if (!project_ || run_->currentIndex() < 0 || job_->isRunning()) return false;
    const std::string datasetPath = project_->datasetPath();
    const std::string runDir = run_->currentData().toString().toStdString();
    const std::string epoch = epoch_->currentData().toString().toStdString();
    evaluateButton_->setEnabled(false);
    showMessage(tr("Evaluating %1…").arg(run_->currentText()), false);
    const auto showEvaluating = qScopeGuard([this] { showEmptyState(); });
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
            compared_.clear();
            redraw();
            showDatasetState();
            if (!compare_->currentData().toString().isEmpty()) compareWith(compare_->currentData().toString());
            const QString done = reused_ ? tr("Epoch %1 of %2, from its stored evaluation (the dataset is unchanged).")
                                               .arg(result_.epoch)
                                               .arg(run_->currentText())
                                         : tr("Epoch %1 of %2, evaluated on %L3 samples.")
                                               .arg(result_.epoch)
                                               .arg(run_->currentText())
                                               .arg(result_.samples.size());
            // A model that has not learnt yet says so, rather than leaving a column of dots.
            const std::string notice = notLearntNotice(result_);
            showMessage(notice.empty()
                            ? done
                            : done + QStringLiteral(" ") + tr("Note: %1.").arg(QString::fromStdString(notice)),
                        !notice.empty());
        });
}

bool EvaluatePage::compareWith(const QString& runOrGroup) {
    compared_.clear();
    fillComparison();
    if (runOrGroup.isEmpty() || !project_) return true;
    if (!dataset_) {
        showMessage(tr("Evaluate a run first, then compare."), true);
        return false;
    }
    std::vector<std::pair<QString, std::string>> runs;  // name, folder
    for (const RunSummary& r : projectRuns_->runs()) {
        const QString name = QString::fromStdString(r.name);
        const bool inGroup = runOrGroup.startsWith(QLatin1String("group:")) &&
                             QString::fromStdString(r.group()) == runOrGroup.mid(6) && r.group() != r.name;
        if (r.epochs() > 0 && (name == runOrGroup || inGroup)) runs.emplace_back(name, r.dir);
    }
    if (runs.empty()) return false;
    const std::shared_ptr<const Dataset> data = dataset_;
    return compareJob_->start(
        tr("Evaluating for comparison"),
        [runs, data](const Progress& progress) {
            std::vector<std::pair<QString, EvaluationResult>> results;
            for (size_t i = 0; i < runs.size(); ++i) {
                progress.checkCancel();
                progress.update(double(i) / runs.size(), "evaluating " + runs[i].second);
                results.emplace_back(runs[i].first,
                                     evaluateRunStored(runs[i].second, *data, "best", DeviceChoice::Auto));
            }
            return results;
        },
        [this](std::vector<std::pair<QString, EvaluationResult>> results) {
            compared_ = std::move(results);
            fillComparison();
        });
}

// Each run's figures side by side per split, for the samples the filters let through.
void EvaluatePage::fillComparison() {
    comparison_->setVisible(!compared_.empty());
    if (compared_.empty()) return;
    const PredictionFilter filter = filters_->filter();
    const QStringList figures = {tr("2SD acc."), tr("R²"), tr("RMSE")};
    QStringList headers;
    for (Split s : {Split::Train, Split::Eval, Split::Test})
        for (const QString& f : figures) headers << QStringLiteral("%1 %2").arg(QString::fromLatin1(splitName(s)), f);
    comparison_->setColumnCount(headers.size());
    comparison_->setHorizontalHeaderLabels(headers);
    std::vector<std::pair<QString, const EvaluationResult*>> rows;
    rows.emplace_back(tr("%1 (epoch %2)").arg(run_->currentText()).arg(result_.epoch), &result_);
    for (const auto& [name, result] : compared_)
        rows.emplace_back(tr("%1 (epoch %2)").arg(name).arg(result.epoch), &result);
    comparison_->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        comparison_->setVerticalHeaderItem(r, new QTableWidgetItem(rows[size_t(r)].first));
        const auto split = summarizePredictions(rows[size_t(r)].second->samples, filter);
        int c = 0;
        for (const SplitFigures& f : split)
            for (double v : {f.accuracy2sd, f.r2, f.rmse}) {
                auto* item = new QTableWidgetItem(f.count ? QString::number(v, 'f', 3) : QStringLiteral("–"));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                comparison_->setItem(r, c++, item);
            }
    }
}

void EvaluatePage::redraw() {
    const PredictionFilter filter = filters_->filter();
    for (PredictionPlot* p : plots_) p->setSamples(result_.samples.empty() ? nullptr : &result_.samples, filter);
    diagnostics_->setSamples(result_.samples.empty() ? nullptr : &result_.samples, filter);
    fillComparison();
    showEmptyState();
}

void EvaluatePage::showEmptyState() {
    const bool empty = result_.samples.empty();
    QString text;
    if (!project_)
        text = tr("No project open: open one with File ▸ Open Project…, or the sample project.");
    else if (run_->count() == 0)
        text = tr("No trained run yet: train one on the Train page, then choose it here.");
    else if (job_->isRunning())
        text = tr("Evaluating %1…").arg(run_->currentText());
    else
        text = tr("Choose a run and an epoch above, then press Evaluate to see its figures.");
    emptyState_->setText(text);
    views_->setCurrentIndex(empty ? 1 : 0);
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
