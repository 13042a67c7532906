#include "gui/data/DataPage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/data/Project.h"
#include "gui/data/CropEditor.h"
#include "gui/data/ExperimentLabeller.h"
#include "gui/data/ExperimentListModel.h"
#include "gui/data/ExperimentListPanel.h"
#include "gui/data/FramePanel.h"
#include "gui/data/PreparePanel.h"
#include "gui/data/SplitPanel.h"
#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

DataPage::DataPage(QWidget* parent) : PageWidget(parent) {
    setObjectName("dataPage");
    setAcceptDrops(true);

    model_ = new ExperimentListModel(this);
    labeller_ = new ExperimentLabeller(model_, this);
    experimentPanel_ = new ExperimentListPanel(model_);
    framePanel_ = new FramePanel;

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("dataSplitter");
    splitter->addWidget(experimentPanel_);
    splitter->addWidget(framePanel_);
    splitter->addWidget(buildSettingsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({450, 820, 330});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(experimentPanel_, &ExperimentListPanel::addRequested, this, &DataPage::addExperimentFiles);
    connect(experimentPanel_, &ExperimentListPanel::removeRequested, this, &DataPage::removeExperiment);
    connect(experimentPanel_, &ExperimentListPanel::currentRowChanged, this, &DataPage::selectExperiment);
    connect(model_, &ExperimentListModel::roleEdited, this, &DataPage::onRoleEdited);
    connect(labeller_, &ExperimentLabeller::rowUpdated, this, &DataPage::onRowUpdated);
    connect(labeller_, &ExperimentLabeller::experimentLoaded, this, [this](const QString& path) {
        if (selectedRow_ < 0 || model_->row(selectedRow_).absolutePath != path) return;
        cropEditor_->setFrameSize(labeller_->loaded()->rows(), labeller_->loaded()->cols());
        framePanel_->setExperiment(labeller_->loaded());
        updateTimeline();
        if (pendingFrame_ >= 0) {
            framePanel_->setCurrentFrame(pendingFrame_);
            framePanel_->selectWindow(pendingWindow_);
            pendingFrame_ = pendingWindow_ = -1;
        }
    });
    connect(labeller_, &ExperimentLabeller::loadFailed, this, [this](const QString& path, const QString& message) {
        if (selectedRow_ >= 0 && model_->row(selectedRow_).absolutePath == path) framePanel_->clear(message);
    });
    connect(cropEditor_, &CropEditor::cropChanged, this, &DataPage::applyCrop);
    connect(cropEditor_, &CropEditor::dxChanged, this, &DataPage::applyDx);
    connect(framePanel_, &FramePanel::cropEdited, this, &DataPage::applyCrop);
    connect(splitPanel_, &SplitPanel::settingsChanged, this, &DataPage::applySplitSettings);
    connect(preparePanel_, &PreparePanel::statusMessage, this, &DataPage::statusMessage);
    // Every edit of the settings may leave the dataset file behind them.
    connect(this, &DataPage::projectModified, preparePanel_, &PreparePanel::projectSettingsChanged);
    connect(experimentPanel_, &ExperimentListPanel::noticeLinkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("predict")) emit predictRequested(refusedImages_);
    });

    setProject(nullptr);
}

DataPage::~DataPage() = default;

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

    auto* scroll = new QScrollArea;
    scroll->setObjectName("settingsScroll");
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The dataset box stays in view on small screens: only crop and split scroll.
    auto* column = new QWidget;
    column->setMinimumWidth(300);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(scroll, 1);
    columnLayout->addWidget(group(tr("Dataset"), preparePanel_));
    return column;
}

// ---- project ---------------------------------------------------------------------------------

void DataPage::setProject(faultke::Project* project) {
    labeller_->stop();
    project_ = project;
    selectedRow_ = -1;
    // Nothing of the previous project stays: frame, channel, frame size, messages.
    framePanel_->reset();
    cropEditor_->setFrameSize(0, 0);

    std::vector<ExperimentRow> rows;
    if (project_) {
        for (const ProjectExperiment& e : project_->settings.experiments) {
            ExperimentRow row;
            row.storedPath = QString::fromStdString(e.path);
            row.absolutePath = QString::fromStdString(project_->absolutePath(e));
            row.role = e.role;
            rows.push_back(std::move(row));
        }
        const ProjectSettings& s = project_->settings;
        labeller_->setSettings(s.crop, s.dx, s.names);
        cropEditor_->setCrop(s.crop);
        cropEditor_->setDx(s.dx);
        framePanel_->setCrop(s.crop);
        framePanel_->setDx(s.dx);
        splitPanel_->setSettings(s.evalWindows, s.testWindows, s.seed);
        experimentPanel_->setStartFolder(QString::fromStdString(project_->dataDir()));
    }
    preparePanel_->setProject(project_);
    experimentPanel_->setNotice({});
    model_->setRows(std::move(rows));
    setEnabled(project_ != nullptr);
    framePanel_->clear(project_ ? tr("Select an experiment to see its frames") : tr("No project open"));
    framePanel_->setTimeline(nullptr, 0, project_ ? tr("No experiment selected") : QString());
    updateSplitSummary();
    if (project_) {
        labeller_->labelMissing();
        if (model_->rowCount() > 0) experimentPanel_->selectRow(0);
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
    QStringList refused, images;
    for (const QString& file : files) {
        const QString absolute = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        try {
            project_->addExperiment(absolute.toStdString());
        } catch (const std::exception& e) {
            refused << breakable(QString::fromStdString(e.what())).toHtmlEscaped();
            if (QStringList{"png", "jpg", "jpeg", "tif", "tiff", "bmp"}.contains(QFileInfo(file).suffix().toLower()))
                images << absolute;
            continue;
        }
        ExperimentRow row;
        row.storedPath = QString::fromStdString(project_->settings.experiments.back().path);
        row.absolutePath = absolute;
        model_->appendRow(std::move(row));
        ++added;
    }
    refusedImages_ = images;
    QString notice;
    if (files.isEmpty()) notice = tr("No .mat files found in %1").arg(paths.join(", ").toHtmlEscaped());
    if (!refused.isEmpty()) notice = tr("Not added:") + "<br>" + refused.join("<br>");
    if (!images.isEmpty()) notice += "<br><a href=\"predict\">" + tr("Predict the KE of these images") + "</a>";
    experimentPanel_->setNotice(notice);
    if (added == 0) return 0;
    emit projectModified();
    emit statusMessage(tr("Added %n experiment(s)", nullptr, added), 4000);
    updateSplitSummary();
    labeller_->labelMissing();
    if (selectedRow_ < 0) experimentPanel_->selectRow(model_->rowCount() - added);
    return added;
}

void DataPage::removeExperiment(int row) {
    if (!project_ || row < 0 || row >= model_->rowCount()) return;
    const QString name = model_->row(row).name();
    project_->settings.experiments.erase(project_->settings.experiments.begin() + row);
    model_->removeRowAt(row);
    // The table may make a neighbour current while the row goes: show what it highlights.
    selectedRow_ = -1;
    const int current = experimentPanel_->currentRow();
    if (current >= 0) {
        selectedRow_ = current;
        showSelected();
    } else {
        labeller_->loadExperiment({});
        framePanel_->clear(tr("Select an experiment to see its frames"));
        framePanel_->setTimeline(nullptr, 0, tr("No experiment selected"));
    }
    emit projectModified();
    emit statusMessage(tr("Removed %1 from the project").arg(name), 4000);
    updateSplitSummary();
}

void DataPage::selectExperiment(int row) {
    if (row < 0 || row >= model_->rowCount()) {
        selectedRow_ = -1;
        return;
    }
    if (experimentPanel_->currentRow() != row) {
        experimentPanel_->selectRow(row);  // comes back here through currentRowChanged
        return;
    }
    if (row == selectedRow_) return;
    selectedRow_ = row;
    showSelected();
}

bool DataPage::showSample(const QString& experiment, int frame, int window) {
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (model_->row(r).name() != experiment) continue;
        pendingFrame_ = frame;
        pendingWindow_ = window;
        selectExperiment(r);
        if (framePanel_->experiment() && labeller_->loadedPath() == model_->row(r).absolutePath) {
            framePanel_->setCurrentFrame(frame);
            framePanel_->selectWindow(window);
            pendingFrame_ = pendingWindow_ = -1;
        }
        return true;
    }
    emit statusMessage(tr("The project has no experiment named %1").arg(experiment), 6000);
    return false;
}

// Shows the selected experiment: loaded already, being loaded, or unreadable.
void DataPage::showSelected() {
    if (!model_->row(selectedRow_).fileError.isEmpty()) {
        // Read it again: the file may have been fixed since. A file still broken says so again.
        model_->updateRow(selectedRow_, [](ExperimentRow& row) {
            row.fileError.clear();
            row.info.reset();
            row.labelsPending = true;
        });
        labeller_->labelMissing();
    }
    const ExperimentRow& row = model_->row(selectedRow_);
    updateTimeline();
    updateWindowSplits();
    if (labeller_->loadedPath() == row.absolutePath && labeller_->loaded()) {
        framePanel_->setExperiment(labeller_->loaded());
        return;
    }
    framePanel_->clear(tr("Loading %1…").arg(row.name()));
    labeller_->loadExperiment(row.absolutePath);
}

void DataPage::addExperimentsDialog() {
    if (project_) experimentPanel_->chooseFiles();
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
    if (!project_ || crop == project_->settings.crop) return;
    project_->settings.crop = crop;
    cropEditor_->setCrop(crop);
    framePanel_->setCrop(crop);
    labeller_->setSettings(crop, project_->settings.dx, project_->settings.names);
    updateTimeline();
    updateSplitSummary();
    emit projectModified();
}

void DataPage::applyDx(double dx) {
    if (!project_ || dx == project_->settings.dx) return;
    project_->settings.dx = dx;
    framePanel_->setDx(dx);
    labeller_->setSettings(project_->settings.crop, dx, project_->settings.names);
    updateTimeline();
    updateSplitSummary();
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

// ---- what the labeller found -----------------------------------------------------------------

void DataPage::onRowUpdated(int row) {
    if (row == selectedRow_) {
        const ExperimentRow& r = model_->row(row);
        if (!r.fileError.isEmpty() && !labeller_->isLoading() && framePanel_->experiment() == nullptr)
            framePanel_->clear(r.fileError);
        updateTimeline();
    }
    updateSplitSummary();
}

bool DataPage::isLabelling() const { return labeller_->isLabelling(); }

bool DataPage::isPreparing() const { return preparePanel_->isRunning(); }

void DataPage::prepareDataset() { preparePanel_->prepare(); }

void DataPage::updateTimeline() {
    if (selectedRow_ < 0 || selectedRow_ >= model_->rowCount()) {
        framePanel_->setTimeline(nullptr, 0, tr("No experiment selected"));
        return;
    }
    const ExperimentRow& row = model_->row(selectedRow_);
    const int frames = row.info ? row.info->frames : 0;
    if (!row.error().isEmpty())
        framePanel_->setTimeline(nullptr, frames, tr("No labels: %1").arg(row.error()));
    else if (row.labelsPending || !row.labels)
        framePanel_->setTimeline(nullptr, frames, tr("Labelling %1…").arg(row.name()));
    else
        framePanel_->setTimeline(row.labels.get(), frames);
}

void DataPage::updateSplitSummary() {
    splitPanel_->setSummary(splitSummary());
    updateWindowSplits();
}

// The selected experiment's windows take their split's colour on the frame.
void DataPage::updateWindowSplits() {
    std::vector<Split> splits;
    if (project_ && selectedRow_ >= 0 && selectedRow_ < model_->rowCount()) {
        const ExperimentRow& row = model_->row(selectedRow_);
        if (row.info && row.error().isEmpty())
            splits = assignWindows(project_->splitSpec(), row.name().toStdString(),
                                   project_->settings.crop.windowCount(row.info->cols));
    }
    framePanel_->setWindowSplits(std::move(splits));
}

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

}  // namespace faultke::gui
