#include "data/DataPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "data/CropEditor.h"
#include "data/Dataset.h"
#include "data/ExperimentListModel.h"
#include "data/FrameViewer.h"
#include "data/KeTimelinePlot.h"
#include "data/Prepare.h"
#include "data/PreparePanel.h"
#include "data/Project.h"
#include "data/RoleDelegate.h"
#include "data/SplitPanel.h"
#include "data/TaskThread.h"
#include "util/Progress.h"
#include "widgets/BackgroundJob.h"

namespace faultke::gui {

namespace {

constexpr int kRelabelDelayMs = 300;  // settle time after a crop edit before relabelling
constexpr int kPlayIntervalMs = 120;

QString text(const std::exception& e) { return QString::fromStdString(e.what()); }

QString unitOf(Channel c) {
    switch (c) {
    case Channel::Curl: return DataPage::tr("1/frame");
    case Channel::U:
    case Channel::V: return DataPage::tr("mm");
    case Channel::Fault: return {};
    }
    return {};
}

// Keeps finished tasks from piling up and lets cancelled ones end without blocking the GUI.
void retire(std::unique_ptr<TaskThread>& task, std::vector<std::unique_ptr<TaskThread>>& retired) {
    retired.erase(std::remove_if(retired.begin(), retired.end(), [](const auto& t) { return t->isFinished(); }),
                  retired.end());
    if (!task) return;
    task->cancel();
    retired.push_back(std::move(task));
}

}  // namespace

DataPage::DataPage(QWidget* parent) : QWidget(parent) {
    setObjectName("dataPage");
    setAcceptDrops(true);

    model_ = new ExperimentListModel(this);
    relabelTimer_ = new QTimer(this);
    relabelTimer_->setSingleShot(true);
    relabelTimer_->setInterval(kRelabelDelayMs);
    playTimer_ = new QTimer(this);
    playTimer_->setInterval(kPlayIntervalMs);
    prepareJob_ = new BackgroundJob(this);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("dataSplitter");
    splitter->addWidget(buildExperimentPanel());
    splitter->addWidget(buildViewerPanel());
    splitter->addWidget(buildSettingsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({480, 790, 330});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(model_, &ExperimentListModel::roleEdited, this, &DataPage::onRoleEdited);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectExperiment(current.isValid() ? current.row() : -1); });
    connect(cropEditor_, &CropEditor::cropChanged, this, &DataPage::applyCrop);
    connect(cropEditor_, &CropEditor::dxChanged, this, &DataPage::applyDx);
    connect(viewer_, &FrameViewer::cropEdited, this, &DataPage::applyCrop);
    connect(viewer_, &FrameViewer::cursorMoved, this, &DataPage::updateCursorInfo);
    connect(viewer_, &FrameViewer::windowHovered, this, [this](int w) {
        hoveredWindow_ = w;
        updateWindowInfo();
    });
    connect(viewer_, &FrameViewer::windowClicked, this, [this](int w) {
        clickedWindow_ = w;
        viewer_->setHighlightedWindow(w);
        updateWindowInfo();
    });
    connect(timeline_, &KeTimelinePlot::frameClicked, this, &DataPage::setCurrentFrame);
    connect(splitPanel_, &SplitPanel::settingsChanged, this, &DataPage::applySplitSettings);
    connect(preparePanel_, &PreparePanel::prepareRequested, this, &DataPage::prepareDataset);
    connect(preparePanel_, &PreparePanel::cancelRequested, prepareJob_, &BackgroundJob::cancel);
    connect(relabelTimer_, &QTimer::timeout, this, &DataPage::startLabelPass);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (!selected_) return;
        setCurrentFrame((frame_ + 1) % selected_->frames());
    });
    connect(prepareJob_, &BackgroundJob::progress, preparePanel_, &PreparePanel::setProgress);
    connect(prepareJob_, &BackgroundJob::warning, this, [this](const QString& w) { emit statusMessage(w, 5000); });
    connect(prepareJob_, &BackgroundJob::failed, this, [this](const QString& message) {
        preparePanel_->setOutcome(tr("Failed: %1").arg(message), true);
        emit statusMessage(tr("Preparing the dataset failed: %1").arg(message), 8000);
    });
    connect(prepareJob_, &BackgroundJob::cancelled, this, [this] {
        preparePanel_->setOutcome(tr("Cancelled; the dataset file was not changed."), true);
        emit statusMessage(tr("Preparing the dataset was cancelled"), 5000);
    });
    connect(prepareJob_, &BackgroundJob::ended, this, [this] { preparePanel_->setRunning(false); });

    setProject(nullptr);
}

DataPage::~DataPage() {
    // Stop background reading before the widgets it reports to go away.
    playTimer_->stop();
    retire(labelTask_, retiredTasks_);
    retire(loadTask_, retiredTasks_);
    retiredTasks_.clear();  // each waits for its thread to end
}

QWidget* DataPage::buildExperimentPanel() {
    auto* panel = new QWidget;
    panel->setMinimumWidth(300);
    table_ = new QTableView;
    table_->setObjectName("experimentTable");
    table_->setModel(model_);
    table_->setItemDelegateForColumn(ExperimentListModel::RoleColumn, new RoleDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ExperimentListModel::NameColumn, QHeaderView::Stretch);
    // Fixed: an error message spanning from here must not widen the column.
    table_->horizontalHeader()->setSectionResizeMode(ExperimentListModel::FramesColumn, QHeaderView::Fixed);
    table_->setColumnWidth(ExperimentListModel::FramesColumn, fontMetrics().horizontalAdvance(tr("Frames")) + 24);
    table_->horizontalHeader()->setMinimumSectionSize(40);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setToolTip(tr("Drop .mat files or folders here to add them"));

    auto* addFiles = new QPushButton(tr("Add Files…"));
    addFiles->setObjectName("addFilesButton");
    addFiles->setToolTip(tr("Add experiment .mat files (you can also drop files or folders onto the page)"));
    auto* addFolder = new QPushButton(tr("Add Folder…"));
    addFolder->setObjectName("addFolderButton");
    removeButton_ = new QPushButton(tr("Remove"));
    removeButton_->setObjectName("removeButton");
    removeButton_->setToolTip(tr("Remove the selected experiment from the project (the file is kept)"));
    connect(addFiles, &QPushButton::clicked, this, &DataPage::addExperimentsDialog);
    connect(addFolder, &QPushButton::clicked, this, &DataPage::addFolderDialog);
    connect(removeButton_, &QPushButton::clicked, this, &DataPage::removeSelectedExperiment);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addStretch();
    buttons->addWidget(removeButton_);
    auto* removeAction = new QAction(tr("Remove Experiment"), table_);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &DataPage::removeSelectedExperiment);
    table_->addAction(removeAction);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);

    details_ = new QLabel;
    details_->setObjectName("experimentDetails");
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setMinimumHeight(90);

    // An unreadable file's message spans the columns it leaves empty.
    auto updateSpans = [this] {
        for (int r = 0; r < model_->rowCount(); ++r) {
            const int span = model_->row(r).fileError.isEmpty() ? 1 : ExperimentListModel::RoleColumn - 1;
            if (table_->columnSpan(r, ExperimentListModel::FramesColumn) != span)
                table_->setSpan(r, ExperimentListModel::FramesColumn, 1, span);
        }
    };
    connect(model_, &QAbstractItemModel::dataChanged, this, [this, updateSpans] {
        updateSpans();
        updateDetails();
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, updateSpans);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, [this] {
        table_->clearSpans();
        for (int r = 0; r < model_->rowCount(); ++r)
            if (!model_->row(r).fileError.isEmpty())
                table_->setSpan(r, ExperimentListModel::FramesColumn, 1, ExperimentListModel::RoleColumn - 1);
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { table_->clearSpans(); });

    auto* title = new QLabel(tr("<b>Experiments</b>"));
    title->setObjectName("experimentsTitle");
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addWidget(details_);
    return panel;
}

QWidget* DataPage::buildViewerPanel() {
    channelBox_ = new QComboBox;
    channelBox_->setObjectName("channelBox");
    channelBox_->addItem(tr("Fault map"), int(Channel::Fault));
    channelBox_->addItem(tr("Curl"), int(Channel::Curl));
    channelBox_->addItem(tr("u displacement"), int(Channel::U));
    channelBox_->addItem(tr("v displacement"), int(Channel::V));
    channelBox_->setToolTip(tr("Which field of the frame to show"));

    auto makeButton = [this](const char* name, QStyle::StandardPixmap icon, const QString& tip) {
        auto* b = new QToolButton;
        b->setObjectName(name);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    prevButton_ = makeButton("prevFrameButton", QStyle::SP_MediaSeekBackward, tr("Previous frame"));
    playButton_ = makeButton("playButton", QStyle::SP_MediaPlay, tr("Play / pause"));
    nextButton_ = makeButton("nextFrameButton", QStyle::SP_MediaSeekForward, tr("Next frame"));
    frameSlider_ = new QSlider(Qt::Horizontal);
    frameSlider_->setObjectName("frameSlider");
    frameLabel_ = new QLabel;
    frameLabel_->setObjectName("frameLabel");
    frameLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Frame 0000 / 0000")));
    frameLabel_->setToolTip(tr("Frames are counted from 1 here; the dataset stores 0-based frame indices"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show")));
    controls->addWidget(channelBox_);
    controls->addSpacing(12);
    controls->addWidget(prevButton_);
    controls->addWidget(playButton_);
    controls->addWidget(nextButton_);
    controls->addWidget(frameSlider_, 1);
    controls->addWidget(frameLabel_);

    viewer_ = new FrameViewer;
    cursorLabel_ = new QLabel;
    cursorLabel_->setObjectName("cursorLabel");
    windowInfo_ = new QLabel;
    windowInfo_->setObjectName("windowInfoLabel");
    windowInfo_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Longer languages must wrap, not overlap, when the viewer column is narrow.
    cursorLabel_->setWordWrap(true);
    windowInfo_->setWordWrap(true);
    auto* info = new QHBoxLayout;
    info->addWidget(cursorLabel_, 1);
    info->addWidget(windowInfo_, 1);

    auto* viewerPanel = new QWidget;
    auto* viewerLayout = new QVBoxLayout(viewerPanel);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addLayout(controls);
    viewerLayout->addWidget(viewer_, 1);
    viewerLayout->addLayout(info);

    timeline_ = new KeTimelinePlot;
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(viewerPanel);
    split->addWidget(timeline_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 380});
    split->setChildrenCollapsible(false);
    split->setMinimumWidth(480);

    connect(channelBox_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        viewer_->setChannel(static_cast<Channel>(channelBox_->currentData().toInt()));
        updateCursorInfo(cursorRow_, cursorCol_);
    });
    connect(frameSlider_, &QSlider::valueChanged, this, &DataPage::setCurrentFrame);
    connect(prevButton_, &QToolButton::clicked, this, [this] { setCurrentFrame(frame_ - 1); });
    connect(nextButton_, &QToolButton::clicked, this, [this] { setCurrentFrame(frame_ + 1); });
    connect(playButton_, &QToolButton::clicked, this, &DataPage::togglePlay);
    return split;
}

QWidget* DataPage::buildSettingsPanel() {
    cropEditor_ = new CropEditor;
    splitPanel_ = new SplitPanel;
    preparePanel_ = new PreparePanel;

    auto group = [](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title);
        auto* l = new QVBoxLayout(box);
        l->addWidget(content);
        return box;
    };
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(group(tr("Crop"), cropEditor_));
    layout->addWidget(group(tr("Split"), splitPanel_), 1);
    layout->addWidget(group(tr("Dataset"), preparePanel_));

    auto* scroll = new QScrollArea;
    scroll->setObjectName("settingsScroll");
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    return scroll;
}

// ---- project ---------------------------------------------------------------------------------

void DataPage::setProject(faultke::Project* project) {
    playTimer_->stop();
    relabelTimer_->stop();
    retire(labelTask_, retiredTasks_);
    retire(loadTask_, retiredTasks_);
    project_ = project;
    selectedRow_ = -1;
    selectedPath_.clear();
    selected_.reset();
    frame_ = -1;
    frameWindows_.clear();
    clickedWindow_ = hoveredWindow_ = -1;

    std::vector<ExperimentRow> rows;
    if (project_) {
        for (const ProjectExperiment& e : project_->settings.experiments) {
            ExperimentRow row;
            row.storedPath = QString::fromStdString(e.path);
            row.absolutePath = QString::fromStdString(project_->absolutePath(e));
            row.role = e.role;
            rows.push_back(std::move(row));
        }
        cropEditor_->setCrop(project_->settings.crop);
        cropEditor_->setDx(project_->settings.dx);
        viewer_->setCrop(project_->settings.crop);
        viewer_->setDx(project_->settings.dx);
        splitPanel_->setSettings(project_->settings.evalWindows, project_->settings.testWindows,
                                 project_->settings.seed);
        preparePanel_->setOutputPath(QString::fromStdString(project_->datasetPath()));
    } else {
        preparePanel_->setOutputPath({});
    }
    model_->setRows(std::move(rows));
    setEnabled(project_ != nullptr);
    updateDetails();
    clearViewer(project_ ? tr("Select an experiment to see its frames") : tr("No project open"));
    timeline_->setLabels(nullptr, 0, project_ ? tr("No experiment selected") : QString());
    updateSplitSummary();
    if (project_) {
        startLabelPass();
        if (model_->rowCount() > 0) table_->selectRow(0);
    }
}

int DataPage::addExperimentFiles(const QStringList& paths) {
    if (!project_) return 0;
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo fi(path);
        if (fi.isDir()) {
            const QDir dir(fi.absoluteFilePath());
            for (const QString& name : dir.entryList({"*.mat", "*.MAT"}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << fi.absoluteFilePath();
        }
    }
    int added = 0;
    for (const QString& file : files) {
        const QString absolute = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        if (model_->rowOf(absolute) >= 0) continue;
        ProjectExperiment e;
        e.path = project_->storedPath(absolute.toStdString());
        e.role = ExperimentRole::Split;
        project_->settings.experiments.push_back(e);
        ExperimentRow row;
        row.storedPath = QString::fromStdString(e.path);
        row.absolutePath = absolute;
        model_->appendRow(std::move(row));
        ++added;
    }
    if (added == 0) {
        emit statusMessage(files.isEmpty() ? tr("No .mat files found") : tr("These experiments are already listed"),
                           4000);
        return 0;
    }
    emit projectModified();
    emit statusMessage(tr("Added %n experiment(s)", nullptr, added), 4000);
    updateSplitSummary();
    startLabelPass();
    if (selectedRow_ < 0) table_->selectRow(model_->rowCount() - added);
    return added;
}

void DataPage::removeExperiment(int row) {
    if (!project_ || row < 0 || row >= model_->rowCount()) return;
    const QString name = model_->row(row).name();
    project_->settings.experiments.erase(project_->settings.experiments.begin() + row);
    const bool wasSelected = row == selectedRow_;
    model_->removeRowAt(row);
    if (wasSelected) {
        selectedRow_ = -1;
        selectedPath_.clear();
        selected_.reset();
        clearViewer(tr("Select an experiment to see its frames"));
        timeline_->setLabels(nullptr, 0, tr("No experiment selected"));
    } else if (row < selectedRow_) {
        --selectedRow_;
    }
    emit projectModified();
    emit statusMessage(tr("Removed %1 from the project").arg(name), 4000);
    updateSplitSummary();
    updateDetails();
}

void DataPage::removeSelectedExperiment() {
    const QModelIndex current = table_->currentIndex();
    if (current.isValid()) removeExperiment(current.row());
}

void DataPage::addExperimentsDialog() {
    if (!project_) return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Experiments"),
                                                            QString::fromStdString(project_->dataDir()),
                                                            tr("MATLAB experiments (*.mat);;All files (*)"));
    if (!files.isEmpty()) addExperimentFiles(files);
}

void DataPage::addFolderDialog() {
    if (!project_) return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add the Experiments of a Folder"),
                                                          QString::fromStdString(project_->dataDir()));
    if (!dir.isEmpty()) addExperimentFiles({dir});
}

void DataPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!project_ || !event->mimeData()->hasUrls()) return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void DataPage::dropEvent(QDropEvent* event) {
    if (dropExperiments(event->mimeData()) >= 0) event->acceptProposedAction();
}

int DataPage::dropExperiments(const QMimeData* mime) {
    QStringList paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return -1;
    return addExperimentFiles(paths);
}

// ---- settings --------------------------------------------------------------------------------

void DataPage::applyCrop(const faultke::CropSpec& crop) {
    if (!project_) return;
    if (crop == project_->settings.crop) return;
    project_->settings.crop = crop;
    cropEditor_->setCrop(crop);
    viewer_->setCrop(crop);
    updateWindowStatuses();
    invalidateLabels();
    emit projectModified();
}

void DataPage::applyDx(double dx) {
    if (!project_ || dx == project_->settings.dx) return;
    project_->settings.dx = dx;
    viewer_->setDx(dx);
    updateWindowStatuses();
    invalidateLabels();
    emit projectModified();
}

void DataPage::applySplitSettings() {
    if (!project_) return;
    project_->settings.evalWindows = splitPanel_->evalWindows();
    project_->settings.testWindows = splitPanel_->testWindows();
    project_->settings.seed = splitPanel_->seed();
    updateSplitSummary();
    emit projectModified();
}

void DataPage::onRoleEdited(int row, faultke::ExperimentRole role) {
    if (!project_ || row < 0 || row >= static_cast<int>(project_->settings.experiments.size())) return;
    project_->settings.experiments[static_cast<size_t>(row)].role = role;
    updateSplitSummary();
    emit projectModified();
}

// ---- background reading and labelling --------------------------------------------------------

void DataPage::invalidateLabels() {
    retire(labelTask_, retiredTasks_);  // its results would be for the old settings
    for (int r = 0; r < model_->rowCount(); ++r)
        model_->updateRow(r, [](ExperimentRow& row) {
            row.labelsPending = row.fileError.isEmpty();
            row.labelError.clear();
        });
    updateTimeline();
    updateSplitSummary();
    relabelTimer_->start();
}

bool DataPage::isLabelling() const {
    if (relabelTimer_->isActive()) return true;
    for (const ExperimentRow& row : model_->rows())
        if (row.fileError.isEmpty() && (row.labelsPending || !row.info)) return true;
    return false;
}

bool DataPage::isPreparing() const { return prepareJob_->isRunning(); }

void DataPage::startLabelPass() {
    retire(labelTask_, retiredTasks_);
    if (!project_) return;
    struct Item {
        QString path;
        bool needInfo;
    };
    std::vector<Item> items;
    for (const ExperimentRow& row : model_->rows())
        if (row.fileError.isEmpty() && (row.labelsPending || !row.info))
            items.push_back({row.absolutePath, !row.info.has_value()});
    if (items.empty()) return;

    const CropSpec crop = project_->settings.crop;
    const double dx = project_->settings.dx;
    const VariableNames names = project_->settings.names;
    const std::shared_ptr<const Experiment> selected = selected_;
    const QString selectedPath = selectedPath_;

    // Results come back tagged with the crop and dx they were computed for; stale ones are dropped.
    auto onInfo = [this](const QString& path, const ExperimentInfo& info) {
        const int r = model_->rowOf(path);
        if (r < 0) return;
        model_->updateRow(r, [&](ExperimentRow& row) { row.info = info; });
        if (r == selectedRow_ && !selected_ && !loadTask_) loadSelected();
    };
    auto onFileError = [this](const QString& path, const QString& message) {
        const int r = model_->rowOf(path);
        if (r < 0) return;
        model_->updateRow(r, [&](ExperimentRow& row) {
            row.fileError = message;
            row.labelsPending = false;
        });
        if (r == selectedRow_) clearViewer(message);
        updateSplitSummary();
    };
    auto onLabels = [this](const QString& path, const CropSpec& crop, double dx, std::shared_ptr<const LabelTable> table,
                           const QString& labelError, std::pair<double, double> velRange, bool hasVel) {
        const int r = model_->rowOf(path);
        if (r < 0 || !project_ || crop != project_->settings.crop || dx != project_->settings.dx) return;
        model_->updateRow(r, [&](ExperimentRow& row) {
            row.labels = std::move(table);
            row.labelError = labelError;
            row.labelsPending = false;
            row.hasVelRange = hasVel;
            row.velMin = velRange.first;
            row.velMax = velRange.second;
        });
        if (r == selectedRow_) updateTimeline();
        updateSplitSummary();
    };

    labelTask_ = std::make_unique<TaskThread>([=](const std::atomic<bool>& cancel) {
        Progress progress;
        progress.cancel = &cancel;
        for (const Item& item : items) {
            if (cancel) return;
            const std::string file = item.path.toStdString();
            ExperimentInfo info;
            std::shared_ptr<const Experiment> experiment;
            try {
                info = Experiment::inspect(file, names);
                if (item.needInfo) QMetaObject::invokeMethod(this, [=] { onInfo(item.path, info); }, Qt::QueuedConnection);
                experiment = (item.path == selectedPath && selected)
                                 ? selected
                                 : std::make_shared<const Experiment>(
                                       Experiment::load(file, names, Experiment::Content::LabelsOnly, &progress));
            } catch (const Cancelled&) {
                return;
            } catch (const std::exception& e) {
                QMetaObject::invokeMethod(this, [=, m = text(e)] { onFileError(item.path, m); }, Qt::QueuedConnection);
                continue;
            }
            std::pair<double, double> velRange{0, 0};
            bool hasVel = false;
            for (double v : experiment->velTots())
                if (std::isfinite(v)) {
                    velRange = hasVel ? std::pair{std::min(velRange.first, v), std::max(velRange.second, v)}
                                      : std::pair{v, v};
                    hasVel = true;
                }
            std::shared_ptr<const LabelTable> table;
            QString labelError;
            try {
                table = std::make_shared<const LabelTable>(labelExperiment(*experiment, crop, dx, &progress));
            } catch (const Cancelled&) {
                return;
            } catch (const std::exception& e) {
                labelError = text(e);
            }
            QMetaObject::invokeMethod(
                this, [=] { onLabels(item.path, crop, dx, table, labelError, velRange, hasVel); }, Qt::QueuedConnection);
        }
    });
    labelTask_->start();
}

void DataPage::selectExperiment(int row) {
    if (row < 0 || row >= model_->rowCount()) {
        selectedRow_ = -1;
        updateDetails();
        return;
    }
    if (table_->currentIndex().row() != row) {
        table_->selectRow(row);  // comes back here through currentRowChanged
        return;
    }
    const QString path = model_->row(row).absolutePath;
    if (row == selectedRow_ && path == selectedPath_) return;
    selectedRow_ = row;
    updateDetails();
    if (path == selectedPath_ && selected_) return;
    selectedPath_ = path;
    selected_.reset();
    clickedWindow_ = -1;
    viewer_->setHighlightedWindow(-1);
    loadSelected();
    updateTimeline();
}

void DataPage::loadSelected() {
    retire(loadTask_, retiredTasks_);
    if (!project_ || selectedRow_ < 0) return;
    const ExperimentRow& row = model_->row(selectedRow_);
    if (!row.fileError.isEmpty()) {
        clearViewer(row.fileError);
        return;
    }
    clearViewer(tr("Loading %1…").arg(row.name()));
    const QString path = row.absolutePath;
    const VariableNames names = project_->settings.names;
    loadTask_ = std::make_unique<TaskThread>([this, path, names](const std::atomic<bool>& cancel) {
        Progress progress;
        progress.cancel = &cancel;
        try {
            auto experiment = std::make_shared<const Experiment>(
                Experiment::load(path.toStdString(), names, Experiment::Content::AllChannels, &progress));
            QMetaObject::invokeMethod(this, [=] { onSelectedLoaded(path, experiment); }, Qt::QueuedConnection);
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            QMetaObject::invokeMethod(this, [=, m = text(e)] { onSelectedFailed(path, m); }, Qt::QueuedConnection);
        }
    });
    loadTask_->start();
}

void DataPage::onSelectedLoaded(const QString& path, std::shared_ptr<const Experiment> experiment) {
    if (path != selectedPath_) return;
    selected_ = std::move(experiment);
    cropEditor_->setFrameSize(selected_->rows(), selected_->cols());
    viewer_->setMessage({});
    viewer_->setExperiment(selected_);
    {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setRange(0, std::max(0, selected_->frames() - 1));
    }
    // The first experiment opens on its last frame, where the fault is most developed.
    const int lastFrame = std::max(0, selected_->frames() - 1);
    frame_ = frame_ < 0 ? lastFrame : std::clamp(frame_, 0, lastFrame);
    setCurrentFrame(frame_);
    updateFrameControls();
    updateWindowStatuses();
    updateTimeline();
}

void DataPage::onSelectedFailed(const QString& path, const QString& message) {
    if (path != selectedPath_) return;
    const int r = model_->rowOf(path);
    if (r >= 0)
        model_->updateRow(r, [&](ExperimentRow& row) {
            row.fileError = message;
            row.labelsPending = false;
        });
    clearViewer(message);
    updateSplitSummary();
}

void DataPage::clearViewer(const QString& message) {
    playTimer_->stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    viewer_->setExperiment(nullptr);
    viewer_->setMessage(message);
    frameWindows_.clear();
    updateFrameControls();
    updateWindowInfo();
    cursorLabel_->clear();
}

// ---- frame and window information -------------------------------------------------------------

void DataPage::setCurrentFrame(int frame) {
    if (!selected_) return;
    frame = std::clamp(frame, 0, std::max(0, selected_->frames() - 1));
    const bool changed = frame != frame_ || viewer_->frame() != frame;
    frame_ = frame;
    if (frameSlider_->value() != frame) {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setValue(frame);
    }
    if (changed) {
        viewer_->setFrame(frame);
        updateWindowStatuses();
    }
    timeline_->setCurrentFrame(frame);
    updateFrameControls();
    updateCursorInfo(cursorRow_, cursorCol_);
}

void DataPage::updateFrameControls() {
    const int frames = selected_ ? selected_->frames() : 0;
    frameLabel_->setText(frames ? tr("Frame %1 / %2").arg(frame_ + 1).arg(frames) : tr("Frame – / –"));
    frameSlider_->setEnabled(frames > 1);
    prevButton_->setEnabled(frames > 0 && frame_ > 0);
    nextButton_->setEnabled(frames > 0 && frame_ < frames - 1);
    playButton_->setEnabled(frames > 1);
}

void DataPage::togglePlay() {
    if (playTimer_->isActive() || !selected_) {
        playTimer_->stop();
        playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    } else {
        playTimer_->start();
        playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    }
}

void DataPage::updateWindowStatuses() {
    frameWindows_.clear();
    std::vector<SampleStatus> statuses;
    if (selected_ && project_) {
        const CropSpec crop = project_->settings.crop;
        try {
            crop.validate(selected_->rows(), selected_->cols());
            for (const WindowRect& w : crop.windows(selected_->cols())) {
                frameWindows_.push_back(labelWindow(*selected_, crop, w.index, frame_, project_->settings.dx));
                statuses.push_back(frameWindows_.back().status);
            }
        } catch (const std::exception&) {
            frameWindows_.clear();
            statuses.clear();
        }
    }
    viewer_->setWindowStatuses(std::move(statuses));
    updateWindowInfo();
}

void DataPage::updateWindowInfo() {
    const int w = hoveredWindow_ >= 0 ? hoveredWindow_ : clickedWindow_;
    if (w < 0 || w >= static_cast<int>(frameWindows_.size())) {
        windowInfo_->setText(frameWindows_.empty() ? QString() : tr("Hover or click a window to see its labels"));
        return;
    }
    const WindowLabel& l = frameWindows_[static_cast<size_t>(w)];
    QString status;
    switch (l.status) {
    case SampleStatus::Kept: status = tr("KE %1 ± %2 (kept)").arg(l.label.ke, 0, 'f', 2).arg(l.label.sd, 0, 'f', 2); break;
    case SampleStatus::EmptyFaultMap: status = tr("empty fault map (skipped)"); break;
    case SampleStatus::NonFinite: status = tr("NaN or Inf in the window (skipped)"); break;
    case SampleStatus::ZeroVelocity: status = tr("zero plate velocity (skipped)"); break;
    }
    windowInfo_->setText(tr("Window %1 · frame %2: %3").arg(w).arg(frame_ + 1).arg(status));
}

void DataPage::updateCursorInfo(int row, int col) {
    cursorRow_ = row;
    cursorCol_ = col;
    if (!selected_ || row < 0 || col < 0) {
        cursorLabel_->setText(selected_ ? tr("Move the mouse over the frame to read values") : QString());
        return;
    }
    const Channel channel = viewer_->channel();
    const double value = viewer_->shownValue(row, col);
    QString shown;
    if (std::isnan(value))
        shown = channel == Channel::Fault ? tr("invalid (NaN/Inf)") : tr("NaN");
    else if (channel == Channel::Fault)
        shown = QString::number(value, 'f', 0);
    else
        shown = QString::number(value, 'g', 4) + " " + unitOf(channel);
    const double dx = project_ ? project_->settings.dx : kDefaultDx;
    cursorLabel_->setText(tr("Row %1, column %2 (x %3 mm): %4")
                              .arg(row)
                              .arg(col)
                              .arg(col * dx, 0, 'f', 1)
                              .arg(shown));
}

void DataPage::updateTimeline() {
    if (selectedRow_ < 0 || selectedRow_ >= model_->rowCount()) {
        timeline_->setLabels(nullptr, 0, tr("No experiment selected"));
        return;
    }
    const ExperimentRow& row = model_->row(selectedRow_);
    const int frames = row.info ? row.info->frames : 0;
    if (!row.error().isEmpty())
        timeline_->setLabels(nullptr, frames, tr("No labels: %1").arg(row.error()));
    else if (row.labelsPending || !row.labels)
        timeline_->setLabels(nullptr, frames, tr("Labelling %1…").arg(row.name()));
    else
        timeline_->setLabels(row.labels.get(), frames);
    timeline_->setCurrentFrame(frame_);
}

void DataPage::updateDetails() {
    if (selectedRow_ < 0 || selectedRow_ >= model_->rowCount()) {
        details_->setText(model_->rowCount() ? QString() : tr("Add .mat experiments with the buttons above or drop "
                                                             "files and folders onto this page."));
        return;
    }
    const ExperimentRow& row = model_->row(selectedRow_);
    QString html = QString("<b>%1</b><br>%2").arg(row.name().toHtmlEscaped(),
                                                     QDir::toNativeSeparators(row.absolutePath).toHtmlEscaped());
    if (!row.error().isEmpty()) {
        html += QString("<br><span style='color:#b41414'>%1</span>").arg(row.error().toHtmlEscaped());
    } else if (row.info) {
        html += "<br>" + tr("%1, %2 frames of %3 × %4 pixels")
                             .arg(QString::fromStdString(row.info->format))
                             .arg(row.info->frames)
                             .arg(row.info->rows)
                             .arg(row.info->cols);
        for (const VariableInfo& v : row.info->variables) {
            QStringList dims;
            for (size_t d : v.dims) dims << QString::number(d);
            html += QString("<br>&nbsp;&nbsp;%1: %2 %3")
                        .arg(QString::fromStdString(v.name).toHtmlEscaped(), QString::fromStdString(v.className),
                             dims.join(QString::fromUtf8(" × ")));
        }
        if (row.labels && !row.labelsPending)
            html += "<br>" + tr("%1 samples kept; skipped: %2 empty, %3 with NaN, %4 frames without slip")
                                 .arg(row.labels->kept.size())
                                 .arg(row.labels->emptySkipped)
                                 .arg(row.labels->nonFiniteSkipped)
                                 .arg(row.labels->zeroVelocityFramesSkipped);
    }
    details_->setText(html);
}

void DataPage::updateSplitSummary() { splitPanel_->setSummary(splitSummary()); }

SplitSummary DataPage::splitSummary() const {
    if (!project_) return {};
    std::vector<LabelledExperiment> experiments;
    for (const ExperimentRow& row : model_->rows()) {
        if (!row.error().isEmpty()) continue;  // unreadable: cannot be part of a dataset
        LabelledExperiment e;
        e.name = row.name().toStdString();
        e.windowCount = row.info ? project_->settings.crop.windowCount(row.info->cols) : 0;
        e.labels = (row.labelsPending || !row.info) ? nullptr : row.labels.get();
        experiments.push_back(e);
    }
    return summarizeSplit(experiments, project_->splitSpec());
}

// ---- dataset ---------------------------------------------------------------------------------

void DataPage::prepareDataset() {
    if (!project_) {
        emit statusMessage(tr("Open a project first"), 4000);
        return;
    }
    if (prepareJob_->isRunning()) return;
    const std::vector<std::string> files = project_->experimentFiles();
    if (files.empty()) {
        preparePanel_->setOutcome(tr("Add experiments (not all excluded) before preparing a dataset."), true);
        return;
    }
    const PrepareOptions options = project_->prepareOptions();
    const std::string output = project_->datasetPath();
    auto counts = std::make_shared<SplitCounts>();
    preparePanel_->setRunning(true);
    // One connection per run: the outcome names this run's file and counts.
    auto* context = new QObject(this);
    connect(prepareJob_, &BackgroundJob::ended, context, &QObject::deleteLater);
    connect(prepareJob_, &BackgroundJob::finished, context, [this, counts, output] {
        const QString file = QString::fromStdString(output);
        preparePanel_->setOutcome(tr("Wrote %1 samples (train %2, eval %3, test %4) to %5")
                                      .arg(counts->total())
                                      .arg(counts->samples[0])
                                      .arg(counts->samples[1])
                                      .arg(counts->samples[2])
                                      .arg(QFileInfo(file).fileName()),
                                  false);
        emit statusMessage(tr("Dataset written to %1").arg(file), 6000);
    });
    const std::string writing = tr("Writing %1").arg(QString::fromStdString(output)).toStdString();
    prepareJob_->start(tr("Preparing dataset"), [files, options, output, writing, counts](const Progress& progress) {
        const Dataset dataset = faultke::prepareDataset(files, options, &progress);
        progress.checkCancel();
        progress.update(1.0, writing);
        dataset.save(output);
        *counts = dataset.counts();
    });
}

}  // namespace faultke::gui
