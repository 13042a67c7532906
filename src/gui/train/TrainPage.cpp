#include "gui/train/TrainPage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "core/data/Dataset.h"
#include "core/data/Project.h"
#include "core/model/RunCatalog.h"
#include "core/util/AtomicFile.h"
#include "gui/app/ProjectRuns.h"
#include "gui/app/ProjectWatcher.h"
#include "gui/jobs/LatestJob.h"
#include "gui/train/CurvesPanel.h"
#include "gui/train/EpochTableModel.h"
#include "gui/train/ParamsForm.h"
#include "gui/train/RunListModel.h"
#include "gui/train/RunsPanel.h"
#include "gui/train/SweepPanel.h"
#include "gui/train/TrainControlPanel.h"
#include "gui/train/TrainingSession.h"
#include "gui/widgets/PlotExport.h"

namespace faultke::gui {

namespace {

// Matplotlib's tab10: the colours fig. 2's readers know.
const QColor kRunColors[] = {QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
                             QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
                             QColor(188, 189, 34),  QColor(23, 190, 207)};

QString runNameOf(const QString& runDir) { return QFileInfo(runDir).fileName(); }

}  // namespace

TrainPage::TrainPage(ProjectRuns* runs, QWidget* parent)
    : PageWidget(parent), projectRuns_(runs ? runs : new ProjectRuns(this)) {
    setObjectName("trainPage");
    session_ = new TrainingSession(this);
    datasetJob_ = new LatestJob(this);
    params_ = new ParamsForm;
    control_ = new TrainControlPanel;
    curves_ = new CurvesPanel;
    epochs_ = new EpochTableModel(this);
    runs_ = new RunListModel(this);
    // A training can start from any run with an epoch: "Start from" follows the list.
    const auto offerRuns = [this] { params_->setRuns(runs_->runs()); };
    connect(runs_, &RunListModel::modelReset, this, offerRuns);
    connect(runs_, &RunListModel::rowsInserted, this, offerRuns);
    connect(runs_, &RunListModel::rowsRemoved, this, offerRuns);
    connect(runs_, &RunListModel::dataChanged, this, offerRuns);
    runsPanel_ = new RunsPanel(runs_);
    // The list follows the project's runs as they are listed and as trainings elsewhere (the
    // command line, a sweep) change them.
    connect(projectRuns_, &ProjectRuns::reset, this, &TrainPage::refreshRuns);
    connect(projectRuns_, &ProjectRuns::changed, this, &TrainPage::updateRuns);
    sweeps_ = new SweepPanel;
    sweeps_->setBaseParams([this] { return nlohmann::json::parse(params_->params().toJson()); });
    connect(sweeps_, &SweepPanel::overlayRequested, this, [this](const QStringList& names) {
        for (const QString& name : names)
            if (runs_->run(name)) runs_->setChecked(name, true);
    });

    dataset_ = new QLabel;
    dataset_->setObjectName("trainDatasetLabel");
    dataset_->setWordWrap(true);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(dataset_);
    leftLayout->addWidget(params_, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the form in any language: fields are never cut off at the right.
    scroll->setMinimumWidth(left->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 8);

    epochTable_ = new QTableView;
    epochTable_->setObjectName("epochTable");
    epochTable_->setModel(epochs_);
    epochTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    epochTable_->verticalHeader()->hide();
    epochTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    epochTable_->setToolTip(tr("Click an epoch to make it the run's best: Evaluate and Predict use the best epoch"));
    auto* automatic = new QPushButton(tr("Automatic best epoch"));
    automatic->setToolTip(
        tr("Let the preset's rule choose the best epoch again (steady: the last epoch; original: the "
           "highest eval 2SD accuracy)"));
    connect(automatic, &QPushButton::clicked, this, [this] {
        const RunSummary* run = runs_->run(runsPanel_->currentRun());
        if (!run || runs_->running() == runsPanel_->currentRun()) return;
        try {
            clearSelectedBestEpoch(run->dir);
        } catch (const std::exception& e) {
            control_->showMessage(QString::fromStdString(e.what()), true);
        }
        runs_->updateRun(readRunSummary(run->dir));
        showRun(runsPanel_->currentRun());
        refreshCurves();
    });
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(epochTable_, 1);
    tableLayout->addWidget(automatic, 0, Qt::AlignRight);

    auto* center = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(control_);
    topLayout->addWidget(sweeps_);
    topLayout->addWidget(curves_, 1);
    center->addWidget(top);
    center->addWidget(tableBox);
    center->setStretchFactor(0, 3);
    center->setStretchFactor(1, 1);
    center->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("trainSplitter");
    splitter->addWidget(scroll);
    splitter->addWidget(center);
    splitter->addWidget(runsPanel_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 900, 370});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    askToStop_ = [this](const QString& run) {
        return QMessageBox::question(this, tr("Training Is Running"),
                                     tr("%1 is still training. Stop it? Every completed epoch is kept, and the run "
                                        "can be resumed later.")
                                         .arg(run)) == QMessageBox::Yes;
    };

    connect(params_, &ParamsForm::changed, this, &TrainPage::updateBlocker);
    connect(control_, &TrainControlPanel::startRequested, this, &TrainPage::startTraining);
    connect(control_, &TrainControlPanel::pauseRequested, session_, &TrainingSession::pause);
    connect(control_, &TrainControlPanel::resumeRequested, session_, &TrainingSession::resume);
    connect(control_, &TrainControlPanel::stopRequested, session_, &TrainingSession::stop);
    connect(session_, &TrainingSession::pausedChanged, control_, &TrainControlPanel::setPaused);
    connect(session_, &TrainingSession::pausedChanged, runs_, &RunListModel::setPaused);
    connect(session_, &TrainingSession::deviceKnown, control_, &TrainControlPanel::showDevice);
    connect(session_, &TrainingSession::runStarted, this, [this](const QString& runDir) {
        const QString name = runNameOf(runDir);
        batchLoss_[name].clear();
        runs_->setRunning(name);
        control_->showStarted(name);
        if (!runs_->run(name)) {
            RunSummary placeholder;
            placeholder.name = name.toStdString();
            placeholder.dir = runDir.toStdString();
            placeholder.params = params_->params();
            placeholder.changedParams =
                differingParams(placeholder.params, TrainParams::forPreset(placeholder.params.preset));
            runs_->updateRun(placeholder);
        }
        runsPanel_->selectRun(name);
        refreshCurves();
    });
    connect(session_, &TrainingSession::batchDone, this, [this](const QString& runDir, const BatchProgress& b) {
        const QString name = runNameOf(runDir);
        const double x = double(b.epoch - 1) + double(b.batch) / b.batches;
        batchLoss_[name].emplace_back(x, b.loss);
        curves_->appendBatch(name, x, b.loss);
        control_->showBatch(b);
    });
    connect(session_, &TrainingSession::runRead, this,
            [this](const QString&, const RunSummary& summary) { runs_->updateRun(summary); });
    connect(session_, &TrainingSession::epochDone, this, [this](const QString& runDir, const HistoryRow& row) {
        const QString name = runNameOf(runDir);
        if (runsPanel_->currentRun() == name) showRun(name);
        curves_->appendEpoch(name, row);
        refreshCurves();
    });
    connect(session_, &TrainingSession::logLine, this, [this](const QString& line) { emit statusMessage(line, 4000); });
    connect(session_, &TrainingSession::runEnded, this,
            [this](const QString& runDir, bool stopped, const QString& message) {
                const QString name = runNameOf(runDir);
                if (!message.isEmpty())
                    control_->showMessage(tr("%1 failed: %2").arg(name, message), true);
                else
                    control_->showMessage(stopped ? tr("%1 stopped; its completed epochs are kept.").arg(name)
                                                  : tr("%1 finished.").arg(name));
                if (runsPanel_->currentRun() == name) showRun(name);
                refreshCurves();
            });
    connect(session_, &TrainingSession::allDone, this, [this] {
        runs_->setRunning({});
        control_->setRunning(false);
        if (project_)
            control_->setRunName(QString::fromStdString(uniqueRunName(experimentsDir().toStdString(), "run")));
        refreshCurves();
    });
    connect(runsPanel_, &RunsPanel::currentRunChanged, this, [this](const QString& run) {
        showRun(run);
        refreshCurves();
    });
    connect(runs_, &RunListModel::checkedChanged, this, &TrainPage::refreshCurves);
    connect(runsPanel_, &RunsPanel::resumeRequested, this, [this](const QString& name) {
        const RunSummary* run = runs_->run(name);
        if (!run || !project_ || isTraining()) return;
        TrainingRequest request;
        request.datasetPath = QString::fromStdString(project_->datasetPath());
        request.runDir = QString::fromStdString(run->dir);
        request.params = run->params;
        request.device = params_->device();
        request.resume = true;
        control_->setRunning(true);
        session_->start(request);
    });
    connect(runsPanel_, &RunsPanel::referenceChosen, this, &TrainPage::addReference);
    connect(runsPanel_, &RunsPanel::exportRequested, this, &TrainPage::exportTo);
    connect(curves_, &CurvesPanel::runClicked, runsPanel_, &RunsPanel::selectRun);
    connect(curves_, &CurvesPanel::epochClicked, this, &TrainPage::selectBestEpoch);
    connect(epochTable_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        selectBestEpoch(runsPanel_->currentRun(), epochs_->epochAt(index.row()));
    });
    setProject(nullptr);
}

TrainPage::~TrainPage() {
    // The session stops its run and waits; its last reports must not reach this half-destroyed page.
    session_->disconnect(this);
    delete session_;
}

QString TrainPage::experimentsDir() const {
    return project_ ? QString::fromStdString(project_->experimentsDir()) : QString();
}

void TrainPage::setProject(faultke::Project* project) {
    if (staleQuestion_) staleQuestion_->close();  // it was about the previous project
    project_ = project;
    references_.clear();
    batchLoss_.clear();
    setEnabled(project_ != nullptr);
    params_->setFolder(experimentsDir());
    runsPanel_->setStartFolder(experimentsDir());
    if (project_) control_->setRunName(QString::fromStdString(uniqueRunName(experimentsDir().toStdString(), "run")));
    sweeps_->setProject(experimentsDir(), project_ ? QString::fromStdString(project_->datasetPath()) : QString());
    if (projectRuns_->parent() == this) projectRuns_->setProject(project);
    refreshRuns();
    loadDatasetInfo();
}

namespace {

// What the Train page shows of the dataset file, read off the GUI thread.
struct DatasetInfo {
    SplitCounts counts;
    std::shared_ptr<const Dataset> preparedWith;  // settings only, no samples
};

}  // namespace

void TrainPage::loadDatasetInfo() {
    datasetReady_ = false;
    datasetCounts_.reset();
    preparedWith_.reset();
    staleReason_.clear();
    dataset_->setStyleSheet(QString());
    updateBlocker();
    if (!project_) {
        dataset_->setText(tr("No project open"));
        datasetJob_->cancel();
        return;
    }
    const std::string path = project_->datasetPath();
    if (!QFileInfo::exists(QString::fromStdString(path))) {
        dataset_->setText(tr("No dataset yet: prepare one on the Data page."));
        datasetJob_->cancel();
        return;
    }
    dataset_->setText(tr("Reading the dataset…"));
    datasetJob_->request(
        [path](const LatestJob::Context&) {
            DatasetInfo info;
            info.counts = Dataset::readCounts(path);
            info.preparedWith = std::make_shared<const Dataset>(Dataset::loadSettings(path));
            return info;
        },
        [this](DatasetInfo info) {
            datasetReady_ = info.counts.samples[0] > 1;
            datasetCounts_ = info.counts;
            preparedWith_ = std::move(info.preparedWith);
            showDatasetState();
            updateBlocker();
        },
        [this](const QString& message) {
            dataset_->setText(tr("The dataset cannot be read: %1").arg(message));
            updateBlocker();
        });
}

// The file's counts, and whether the project's settings have moved on since it was prepared.
void TrainPage::showDatasetState() {
    if (!project_ || !datasetCounts_ || !preparedWith_) return;
    const SplitCounts& c = *datasetCounts_;
    staleReason_ = QString::fromStdString(describeDatasetChanges(datasetChanges(*project_, *preparedWith_)));
    if (staleReason_.isEmpty()) {
        dataset_->setStyleSheet(QString());
        dataset_->setText(
            tr("Dataset: %L1 train, %L2 eval, %L3 test samples").arg(c.samples[0]).arg(c.samples[1]).arg(c.samples[2]));
    } else {
        dataset_->setStyleSheet(QStringLiteral("color: #b41414;"));
        dataset_->setText(tr("Dataset out of date: %1; prepare it again on the Data page. The file still holds %L2 "
                             "train, %L3 eval, %L4 test samples.")
                              .arg(staleReason_)
                              .arg(c.samples[0])
                              .arg(c.samples[1])
                              .arg(c.samples[2]));
    }
}

void TrainPage::updateBlocker() {
    QString why;
    if (!project_)
        why = tr("Open a project");
    else if (!datasetReady_)
        why = tr("Prepare the dataset on the Data page first");
    else if (!params_->isValid())
        why = params_->error();
    control_->setBlocker(why);
    sweeps_->setBlocker(why);
}

bool TrainPage::isTraining() const { return session_->isRunning(); }

bool TrainPage::stopTrainingAfterAsking() {
    if (!isTraining()) return true;
    if (!askToStop_(runNameOf(session_->runDir()))) return false;
    session_->stop();
    session_->wait();
    return true;
}

void TrainPage::stopTraining() {
    if (!isTraining()) return;
    session_->stop();
    session_->wait();
}

void TrainPage::updateRuns(const std::vector<ChangedRun>& changed) {
    if (!project_) return;
    bool touched = false;
    for (const ChangedRun& run : changed) {
        if (run.name == runs_->running()) continue;
        if (run.summary)
            runs_->updateRun(*run.summary);
        else
            runs_->removeRun(run.name);
        touched = true;
    }
    if (!touched) return;
    showRun(runsPanel_->currentRun());
    refreshCurves();
}

bool TrainPage::startTraining() {
    if (!canStartNewRun()) return false;
    if (!staleReason_.isEmpty()) {
        askAboutStaleDataset();
        return false;
    }
    return startNewRun();
}

bool TrainPage::canStartNewRun() {
    if (!project_ || isTraining()) return false;
    updateBlocker();
    if (!control_->startButton()->isEnabled()) {
        control_->showMessage(control_->startButton()->toolTip(), true);
        return false;
    }
    const QString runDir = QDir(experimentsDir()).filePath(control_->runName());
    for (int i = 0; i < control_->repeats(); ++i)
        if (QFileInfo::exists(repeatRunDir(runDir, i, control_->repeats()))) {
            control_->showMessage(tr("A run named %1 exists already: choose another name.")
                                      .arg(runNameOf(repeatRunDir(runDir, i, control_->repeats()))),
                                  true);
            return false;
        }
    return true;
}

bool TrainPage::startNewRun() {
    TrainingRequest request;
    request.datasetPath = QString::fromStdString(project_->datasetPath());
    request.runDir = QDir(experimentsDir()).filePath(control_->runName());
    request.params = params_->params();
    request.device = params_->device();
    request.repeats = control_->repeats();
    control_->setRunning(true);
    return session_->start(request);
}

// Never blocks: training elsewhere, preparing and the file watcher go on while it is open.
void TrainPage::askAboutStaleDataset() {
    if (staleQuestion_ && staleQuestion_->isVisible()) {
        staleQuestion_->raise();
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Dataset Out of Date"),
        tr("The dataset file no longer matches the project's settings: %1.\n\nPrepare it again, or train on the "
           "old file as it is?")
            .arg(staleReason_),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("staleDatasetBox"));
    QPushButton* prepare = box->addButton(tr("Prepare Now"), QMessageBox::AcceptRole);
    prepare->setObjectName(QStringLiteral("prepareNowButton"));
    QPushButton* trainOnOld = box->addButton(tr("Train on the Old File"), QMessageBox::DestructiveRole);
    trainOnOld->setObjectName(QStringLiteral("trainOnOldFileButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(prepare);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, prepare, trainOnOld] {
        if (box->clickedButton() == prepare) {
            emit prepareRequested();
        } else if (box->clickedButton() == trainOnOld) {
            // Things may have changed while the question was open.
            if (canStartNewRun()) startNewRun();
        }
    });
    staleQuestion_ = box;
    box->open();
}

bool TrainPage::selectBestEpoch(const QString& run, int epoch) {
    const RunSummary* summary = runs_->run(run);
    if (!summary || epoch < 1) return false;
    if (runs_->running() == run) {
        control_->showMessage(tr("%1 is training: choose its best epoch once it has ended.").arg(run), true);
        return false;
    }
    try {
        faultke::selectBestEpoch(summary->dir, epoch);
    } catch (const std::exception& e) {
        control_->showMessage(QString::fromStdString(e.what()), true);
        return false;
    }
    runs_->updateRun(readRunSummary(summary->dir));
    runsPanel_->selectRun(run);
    showRun(run);
    refreshCurves();
    emit statusMessage(tr("Epoch %1 is now the best epoch of %2").arg(epoch).arg(run), 5000);
    return true;
}

bool TrainPage::addReference(const QString& path) {
    CurveSeries ref;
    ref.reference = true;
    try {
        const QFileInfo info(path);
        if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            ref.history = readKerasHistory(path.toStdString());
            ref.name = tr("%1 (Keras)").arg(info.dir().dirName());
        } else {
            ref.history = RunFolder(info.absolutePath().toStdString()).readHistory();
            ref.name = tr("%1 (reference)").arg(info.dir().dirName());
        }
    } catch (const std::exception& e) {
        control_->showMessage(QString::fromStdString(e.what()), true);
        return false;
    }
    if (ref.history.empty()) {
        control_->showMessage(tr("%1 holds no epochs").arg(path), true);
        return false;
    }
    ref.color = QColor(90, 90, 90);
    references_.push_back(ref);
    refreshCurves();
    return true;
}

bool TrainPage::exportTo(const QString& folder) {
    const QDir dir(folder);
    bool ok = true;
    curves_->redrawNow();
    for (const QString& ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        ok = exportPlot(curves_->lossPlot(), dir.filePath("loss." + ext)) && ok;
        ok = exportPlot(curves_->accuracyPlot(), dir.filePath("accuracy." + ext)) && ok;
    }
    try {
        writeTextAtomically(dir.filePath("epochs.csv").toStdString(), epochs_->toCsv().toStdString());
    } catch (const std::exception&) {
        ok = false;
    }
    control_->showMessage(ok ? tr("Exported the plots and the epoch table to %1").arg(folder)
                             : tr("Could not write every file into %1").arg(folder),
                          !ok);
    return ok;
}

void TrainPage::refreshRuns() {
    runs_->setRuns(project_ ? projectRuns_->runs() : std::vector<RunSummary>{});
    if (!runs_->runs().empty()) runsPanel_->selectRun(QString::fromStdString(runs_->runs().back().name));
    showRun(runsPanel_->currentRun());
    refreshCurves();
}

void TrainPage::showRun(const QString& run) {
    const RunSummary* summary = runs_->run(run);
    if (!summary) {
        epochs_->setHistory({}, 0, {});
        return;
    }
    epochs_->setHistory(summary->history, summary->best.epoch,
                        QString::fromLatin1(bestEpochRuleName(summary->best.rule)));
}

QColor TrainPage::colorOf(const QString& run) const {
    // Repeats share their group's colour; other runs take the next one.
    const RunSummary* summary = runs_->run(run);
    const std::string key = summary ? summary->group() : run.toStdString();
    std::vector<std::string> keys;
    for (const RunSummary& r : runs_->runs())
        if (std::find(keys.begin(), keys.end(), r.group()) == keys.end()) keys.push_back(r.group());
    const auto it = std::find(keys.begin(), keys.end(), key);
    const size_t i = it == keys.end() ? keys.size() : size_t(it - keys.begin());
    return kRunColors[i % (sizeof kRunColors / sizeof kRunColors[0])];
}

// The curves show the ticked runs, the selected one with the other repeats of its group, the
// one training, and the references.
void TrainPage::refreshCurves() {
    const QString selected = runsPanel_->currentRun();
    const RunSummary* selectedRun = runs_->run(selected);
    // Only a repeat (NAME-rK) brings its group along.
    const std::string selectedGroup =
        selectedRun && selectedRun->group() != selectedRun->name ? selectedRun->group() : std::string();
    std::vector<CurveSeries> series;
    std::map<std::string, int> groupSizes;
    auto shown = [&](const RunSummary& r) {
        const QString name = QString::fromStdString(r.name);
        return runs_->checked().contains(name) || name == selected || name == runs_->running() ||
               (!selectedGroup.empty() && r.group() == selectedGroup && r.name != selectedGroup);
    };
    for (const RunSummary& r : runs_->runs())
        if (shown(r)) ++groupSizes[r.group()];
    for (const RunSummary& r : runs_->runs()) {
        if (!shown(r)) continue;
        CurveSeries s;
        s.name = QString::fromStdString(r.name);
        s.group = groupSizes[r.group()] > 1 ? QString::fromStdString(r.group()) : QString();
        s.history = r.history;
        if (r.start) s.start = r.start->figures;
        s.bestEpoch = r.best.epoch;
        s.selected = s.name == selected;
        s.color = colorOf(s.name);
        const auto batches = batchLoss_.find(s.name);
        if (batches != batchLoss_.end()) s.batchLoss = batches->second;
        series.push_back(std::move(s));
    }
    series.insert(series.end(), references_.begin(), references_.end());
    curves_->setSeries(std::move(series));
}

}  // namespace faultke::gui
