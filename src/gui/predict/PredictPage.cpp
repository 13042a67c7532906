#include "gui/predict/PredictPage.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "core/data/FaultMapSource.h"
#include "core/data/Project.h"
#include "core/gis/FaultPrediction.h"
#include "core/model/MapPrediction.h"
#include "core/model/RunCatalog.h"
#include "core/util/Error.h"
#include "gui/app/ProjectRuns.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/jobs/LatestJob.h"
#include "gui/predict/FaultDatabasePanel.h"
#include "gui/predict/FaultMapView.h"
#include "gui/predict/KeAlongStrikePlot.h"
#include "gui/predict/ModelChooser.h"
#include "gui/predict/PredictExports.h"
#include "gui/predict/PredictInputs.h"
#include "gui/predict/PredictionDisplay.h"
#include "gui/predict/PredictionRunner.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/PreprocessPanel.h"
#include "gui/predict/ThicknessChart.h"
#include "gui/predict/TraceMapView.h"
#include "gui/widgets/JobProgressWidget.h"

namespace faultke::gui {
namespace {

QString inputPath(const PredictInput& in) {
    if (in.source) return QString::fromStdString(in.source->path);
    if (in.traces) return QString::fromStdString(in.traces->path);
    return in.name;
}

// The chart's column names: the name without its extension, unless another input has the same
// (a picture and a KML of one fault), then with it, then with its folder, then numbered.
std::vector<QString> distinctNames(const std::vector<const PredictInput*>& inputs) {
    std::vector<QString> names[4];
    for (const PredictInput* in : inputs) {
        const QFileInfo path(inputPath(*in));
        // What the name adds to the file name (a GIS selection, " [name = 'x']") stays on each.
        const bool file = in->name.startsWith(path.fileName());
        const QString fileName = file ? path.fileName() : in->name;
        const QString tail = file ? in->name.mid(fileName.size()) : QString();
        names[0].push_back((file ? path.completeBaseName() : fileName) + tail);
        names[1].push_back(fileName + tail);
        names[2].push_back((file ? path.dir().dirName() + QLatin1Char('/') : QString()) + fileName + tail);
    }
    for (size_t i = 0; i < inputs.size(); ++i)
        names[3].push_back(QStringLiteral("%1 (%2)").arg(names[2][i]).arg(i + 1));
    std::vector<int> level(inputs.size(), 0);
    for (int round = 0; round < 3; ++round) {
        std::map<QString, int> count;
        for (size_t i = 0; i < inputs.size(); ++i) ++count[names[level[i]][i]];
        bool raised = false;
        for (size_t i = 0; i < inputs.size(); ++i)
            if (count[names[level[i]][i]] > 1) level[i] = std::min(level[i] + 1, 3), raised = true;
        if (!raised) break;
    }
    std::vector<QString> out;
    for (size_t i = 0; i < inputs.size(); ++i) out.push_back(names[level[i]][i]);
    return out;
}

}  // namespace

PredictPage::PredictPage(ProjectRuns* runs, QWidget* parent)
    : PageWidget(parent),
      projectRuns_(runs ? runs : new ProjectRuns(this)),
      runner_(new PredictionRunner(this)),
      explainJob_(new LatestJob(this)) {
    setAcceptDrops(true);
    chooser_ = new ModelChooser;
    // The chooser follows the runs as they are listed and as a training elsewhere changes them;
    // hidden, the page catches up when it is shown (MainWindow::showPage).
    connect(projectRuns_, &ProjectRuns::reset, this, &PredictPage::refreshRuns);
    connect(projectRuns_, &ProjectRuns::changed, this, [this] {
        if (isVisible()) refreshRuns();
    });
    preprocess_ = new PreprocessPanel;
    table_ = new PredictionTableModel(this);
    inputs_ = new PredictInputs(table_, this);

    message_ = new QLabel;
    message_->setObjectName("predictMessage");
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    auto* progress = new JobProgressWidget;
    progress->follow(inputs_->reader()->job());

    // One set of settings for every input: the title says so, so a change is expected to re-cut them all.
    settings_ = new QGroupBox;
    settings_->setObjectName("predictSettings");
    settings_->setToolTip(
        tr("These settings are the page's: every input is preprocessed and predicted with them, and a "
           "change here predicts every input again. What the preprocessing found is said for the "
           "selected input."));
    auto* settingsLayout = new QVBoxLayout(settings_);
    settingsLayout->addWidget(preprocess_);
    settingsLayout->addStretch();
    updateSettingsTitle();
    auto* settingsScroll = new QScrollArea;
    settingsScroll->setWidget(settings_);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setMinimumWidth(settings_->sizeHint().width() + 20);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(settingsScroll);
    splitter->addWidget(buildResultArea());
    exports_ = std::make_unique<PredictExports>(table_, thicknessChart_, display_->alongStrike());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(chooser_);
    layout->addWidget(buildToolbar());
    layout->addWidget(message_);
    layout->addWidget(progress);
    layout->addWidget(splitter, 1);

    chartTimer_ = new QTimer(this);
    chartTimer_->setSingleShot(true);
    chartTimer_->setInterval(80);
    connect(chartTimer_, &QTimer::timeout, this, &PredictPage::drawChart);
    // Settings are predicted once they rest: holding an arrow key on a spin box steps it 30 times
    // a second, and each step would otherwise start a prediction only to replace it.
    connect(preprocess_, &PreprocessPanel::changed, runner_, &PredictionRunner::schedule);
    connect(runner_, &PredictionRunner::predictionDue, this, [this] { predictAll(true); });
    connect(chooser_, &ModelChooser::choiceChanged, this, &PredictPage::loadModel);
    connect(runner_, &PredictionRunner::modelLoaded, this, &PredictPage::modelLoaded);
    connect(runner_, &PredictionRunner::modelFailed, this, &PredictPage::modelFailed);
    connect(runner_, &PredictionRunner::predicted, this, &PredictPage::showPrediction);
    connect(runner_, &PredictionRunner::previewed, this, [this](int id, const FaultMapWindows& preview) {
        const int row = table_->rowOf(id);
        if (row < 0) return;
        table_->setPreview(row, preview);
        if (row == current_) showCurrent();
    });
    connect(runner_, &PredictionRunner::inputFailed, this, [this](int id, const QString& message) {
        // One input's failure (a bad file, a model that cannot run it) stays in its row.
        const int row = table_->rowOf(id);
        if (row < 0) return;
        table_->setError(row, message);
        if (row == current_) showCurrent();
        scheduleChart();
    });
    for (auto signal : {&PredictionTableModel::rowsInserted, &PredictionTableModel::rowsRemoved})
        connect(table_, signal, this, &PredictPage::updateSettingsTitle);
    connect(display_, &PredictionDisplay::thicknessChosen, this, &PredictPage::showCurrent);
    connect(table_, &PredictionTableModel::referenceChanged, this, &PredictPage::scheduleChart);
    connect(mapView(), &FaultMapView::windowSelected, this, &PredictPage::explainSelected);
    connect(inputs_, &PredictInputs::said, this, &PredictPage::showMessage);
    connect(inputs_, &PredictInputs::refusedOnRead, this, [this](const QString& reasons) {
        // After what the same drop refused by type.
        showMessage(
            message_->isHidden() ? tr("Refused: %1").arg(reasons) : message_->text() + QStringLiteral("; ") + reasons,
            true);
    });
    connect(inputs_, &PredictInputs::added, this, &PredictPage::inputsAdded);
    connect(inputs_, &PredictInputs::databaseChosen, this, &PredictPage::predictDatabase);
    connect(tableView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid()) selectInput(sorted_->mapToSource(index).row());
            });
    connect(frame_, &QSpinBox::valueChanged, this, [this](int frame) {
        if (current_ < 0) return;
        const PredictInput& in = table_->input(current_);
        if (in.source && in.source->kind == FaultMapKind::MatFrame && in.source->frame != frame)
            inputs_->readFrame(in.id, QString::fromStdString(in.source->path), frame);
    });
    connect(colourBy_, &QComboBox::currentIndexChanged, this, [this](int index) {
        mapView()->setColourBy(index == 1 ? FaultMapView::ColourBy::Sd : FaultMapView::ColourBy::Ke);
        traceView()->setColourBy(index == 1 ? TraceMapView::ColourBy::Sd : TraceMapView::ColourBy::Ke);
    });
    for (LatestJob* job : {runner_->predictJob(), explainJob_})
        connect(job, &LatestJob::failed, this, [this](const QString& m) { showMessage(m, true); });
    auto* pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteShortcut, &QShortcut::activated, inputs_, &PredictInputs::paste);

    showCurrent();
    loadModel();
}

PredictPage::~PredictPage() {
    // The read ends while the page is whole; nothing of it reaches the page after.
    delete inputs_;
}

QWidget* PredictPage::buildToolbar() {
    auto* open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open…"));
    open->setToolTip(
        tr("Fault-map images, GeoTIFF maps, .npy maps, .mat experiments, or fault traces in GIS files (shapefile, "
           "GeoPackage, GeoJSON, KML); you can also drop them on the page"));
    auto* paste = new QPushButton(tr("Paste"));
    paste->setToolTip(tr("A fault-map picture from the clipboard (%1)")
                          .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    removeButton_ = new QPushButton(tr("Remove"));
    removeButton_->setToolTip(tr("Remove the selected input"));
    inputName_ = new QLabel;
    inputName_->setObjectName("predictInputName");
    QFont bold = inputName_->font();
    bold.setBold(true);
    inputName_->setFont(bold);
    frameLabel_ = new QLabel(tr("Frame:"));
    frame_ = new QSpinBox;
    frame_->setObjectName("predictFrame");
    frame_->setToolTip(
        tr("The frame of the experiment to predict (from 0; the last one holds the most developed "
           "fault)"));
    colourBy_ = new QComboBox;
    colourBy_->addItem(tr("Colour by KE"));
    colourBy_->addItem(tr("Colour by SD across models"));
    colourBy_->setToolTip(tr("With an ensemble (a repeat group), the windows can show how much the models disagree"));
    auto* exportTable = exportTable_ = new QPushButton(tr("Export Table…"));
    exportTable->setToolTip(tr("Every input and thickness with its KE summary, as CSV"));
    auto* exportChart = exportChart_ = new QPushButton(tr("Export Chart…"));
    exportChart->setToolTip(tr("The thickness chart (fig. 4) as PNG, SVG or PDF"));
    auto* exportProfile = exportProfile_ = new QPushButton(tr("Export Profile…"));
    exportProfile->setToolTip(tr("The selected input's KE along strike as CSV, or its plot as PNG, SVG or PDF"));
    exportLayer_ = new QPushButton(tr("Export Windows Layer…"));
    exportLayer_->setObjectName("exportWindowsLayer");
    exportLayer_->setToolTip(
        tr("The selected fault's windows as polygons with their KE, in its own coordinate system, as GeoJSON or "
           "GeoPackage to open in QGIS"));

    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{open, paste, removeButton_}) row->addWidget(w);
    row->addSpacing(12);
    row->addWidget(inputName_, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{frameLabel_, frame_, colourBy_, exportTable, exportChart,
                                                      exportProfile, exportLayer_})
        row->addWidget(w);
    connect(open, &QPushButton::clicked, this,
            [this] { inputs_->openDialog(project_ ? QString::fromStdString(project_->folder()) : QString()); });
    connect(paste, &QPushButton::clicked, inputs_, &PredictInputs::paste);
    connect(removeButton_, &QPushButton::clicked, this, &PredictPage::removeCurrent);
    connect(exportTable, &QPushButton::clicked, this, [this] { exportDialog(PredictExports::Table); });
    connect(exportChart, &QPushButton::clicked, this, [this] { exportDialog(PredictExports::Chart); });
    connect(exportProfile, &QPushButton::clicked, this, [this] { exportDialog(PredictExports::Profile); });
    connect(exportLayer_, &QPushButton::clicked, this, [this] { exportDialog(PredictExports::WindowLayer); });
    return bar;
}

QWidget* PredictPage::buildResultArea() {
    display_ = new PredictionDisplay(preprocess_);
    thicknessChart_ = new ThicknessChart;

    sorted_ = new QSortFilterProxyModel(this);
    sorted_->setSourceModel(table_);
    sorted_->setSortRole(PredictionTableModel::SortRole);
    tableView_ = new QTableView;
    tableView_->setObjectName("predictTable");
    tableView_->setModel(sorted_);
    tableView_->setSortingEnabled(true);
    tableView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tableView_->setSelectionMode(QAbstractItemView::SingleSelection);
    tableView_->verticalHeader()->hide();
    tableView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The model's description is long: a fixed width, the whole of it in the tooltip.
    tableView_->horizontalHeader()->setSectionResizeMode(PredictionTableModel::Model, QHeaderView::Interactive);
    tableView_->horizontalHeader()->resizeSection(PredictionTableModel::Model, 220);
    tableView_->horizontalHeader()->setStretchLastSection(true);
    tableView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);

    tabs_ = new QTabWidget;
    tabs_->addTab(display_->alongStrike(), tr("KE Along Strike"));
    tabs_->addTab(tableView_, tr("Inputs"));
    tabs_->addTab(thicknessChart_, tr("Thickness Chart (Fig. 4)"));
    faults_ = new FaultDatabasePanel;
    tabs_->addTab(faults_, tr("Faults"));
    // A fault chosen on the Faults tab is read as one fault and shown as any input is.
    connect(faults_, &FaultDatabasePanel::showFault, this, [this](const QString& path, const TraceQuery& query) {
        inputs_->readFault(path, query);
        tabs_->setCurrentWidget(display_->alongStrike());
    });

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(display_);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

void PredictPage::setProject(faultke::Project* project) {
    project_ = project;
    if (projectRuns_->parent() == this) projectRuns_->setProject(project);
    refreshRuns();
}

void PredictPage::refreshRuns() { chooser_->setRuns(project_ ? projectRuns_->runs() : std::vector<RunSummary>{}); }

void PredictPage::updateSettingsTitle() {
    const int inputs = table_->rowCount();
    settings_->setTitle(inputs > 1 ? tr("Preprocessing — applies to all %1 inputs").arg(inputs)
                                   : tr("Preprocessing — applies to every input"));
}

void PredictPage::showMessage(const QString& text, bool error) {
    ++messageSerial_;
    message_->setStyleSheet(error ? QStringLiteral("color: #a00000") : QString());
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

// ---- Inputs -------------------------------------------------------------------------------

void PredictPage::openFiles(const QStringList& paths) { inputs_->openFiles(paths); }

bool PredictPage::addImage(const QImage& image) { return inputs_->addImage(image); }

void PredictPage::inputsAdded(int select, bool several) {
    // A batch of files: the table shows them all.
    if (several && table_->rowCount() > 1 && tabs_->currentWidget() == display_->alongStrike() && select >= 0)
        tabs_->setCurrentWidget(tableView_);
    if (select >= 0) selectInput(select);
    predictAll();
}

void PredictPage::predictDatabase(const QString& path, const TraceQuery& query, const FaultGroupingChoice& grouping) {
    // Many faults: the Faults tab predicts and lists them; a chosen one comes back as an input.
    if (!runner_->model()) {
        showMessage(
            tr("Refused: %1 needs a model to predict its faults; choose one above").arg(QFileInfo(path).fileName()),
            true);
        return;
    }
    const PredictionSettings settings = preprocess_->settings();
    DatabasePredictionOptions options;
    options.query = query;
    options.grouping = grouping;
    options.windows = settings.traces;
    options.thicknesses = traceThicknesses(settings);
    options.batchSize = settings.batchSize;
    faults_->predict(path, options, runner_->model());
    tabs_->setCurrentWidget(faults_);
}

void PredictPage::removeCurrent() {
    if (current_ < 0) return;
    table_->remove(current_);
    current_ = -1;
    selectInput(std::min(table_->rowCount() - 1, 0));
    scheduleChart();
}

void PredictPage::dragEnterEvent(QDragEnterEvent* event) { PredictInputs::acceptDrag(event); }

void PredictPage::dropEvent(QDropEvent* event) { inputs_->drop(event); }

// ---- Model and prediction -----------------------------------------------------------------

void PredictPage::loadModel() {
    // Another model: what was said about the earlier one's inputs and files is past.
    if (!message_->isHidden()) showMessage({}, false);
    const ModelChoice choice = chooser_->choice();
    chooser_->setLoading();
    modelBundled_ = choice.paths == QStringList{QString::fromUtf8(kBundledModel)};
    // The project's runs get intervals calibrated on the project dataset's eval windows, as
    // `faultke-cli calibrate` makes them; the bundled model brings its own.
    runner_->loadModel(choice.paths, choice.epoch,
                       !modelBundled_ && project_ ? project_->datasetPath() : std::string());
}

void PredictPage::modelLoaded() {
    const std::shared_ptr<const Ensemble>& model = runner_->model();
    chooser_->setInUse(QString::fromStdString(model->description()), modelBundled_);
    colourBy_->setEnabled(model->size() > 1);
    if (model->size() < 2) colourBy_->setCurrentIndex(0);
    predictAll();
}

void PredictPage::modelFailed(const QString& message) {
    chooser_->setFailed(message);
    table_->clearResults();
    // No KE left to show: the views drop the coloured windows and their colour bar.
    showCurrent();
    scheduleChart();
    predictAll();
}

void PredictPage::predictAll(bool clearsMessage) {
    std::vector<PredictionRunner::Input> inputs;
    // The shown input first: its result arrives soonest.
    if (current_ >= 0 && (table_->input(current_).source || table_->input(current_).traces))
        inputs.push_back({table_->input(current_).id, table_->input(current_).source, table_->input(current_).traces});
    for (const PredictInput& in : table_->inputs())
        if ((in.source || in.traces) && (current_ < 0 || in.id != table_->input(current_).id))
            inputs.push_back({in.id, in.source, in.traces});
    if (inputs.empty()) return;
    // What the results of this request do (those of a replaced one never arrive).
    request_.shownId = inputs.front().id;
    request_.clearsMessage = clearsMessage;
    request_.messageBefore = clearsMessage ? messageSerial_ : 0;
    request_.modelName = runner_->model() ? QString::fromStdString(runner_->model()->description()) : QString();
    runner_->predict(std::move(inputs), preprocess_->settings());
}

void PredictPage::showPrediction(int id, const FaultPrediction& prediction, double milliseconds) {
    const int row = table_->rowOf(id);
    if (row < 0) return;
    if (request_.clearsMessage && messageSerial_ == request_.messageBefore && !message_->isHidden())
        showMessage({}, false);
    if (prediction.traces)
        table_->setTraceResult(row, prediction.traces, request_.modelName);
    else
        table_->setResults(row, prediction.maps, request_.modelName);
    if (id == request_.shownId) {
        lastPredictionMs_ = milliseconds;
        emit statusMessage(
            tr("%1 preprocessed and predicted in %2 ms").arg(table_->input(row).name).arg(milliseconds, 0, 'f', 0),
            5000);
    }
    if (row == current_) showCurrent();
    scheduleChart();
}

// ---- What is shown ------------------------------------------------------------------------

void PredictPage::selectInput(int row) {
    if (row >= table_->rowCount()) row = table_->rowCount() - 1;
    current_ = row;
    if (row >= 0) {
        const QModelIndex index = sorted_->mapFromSource(table_->index(row, 0));
        if (tableView_->currentIndex().row() != index.row()) tableView_->setCurrentIndex(index);
    }
    showCurrent();
}

void PredictPage::showCurrent() {
    explainJob_->cancel();  // an explanation on its way belongs to what was shown before
    occlusion_.reset();
    const PredictInput* in = current_ >= 0 ? &table_->input(current_) : nullptr;
    removeButton_->setEnabled(in);
    exportLayer_->setEnabled(in && in->traces && in->tracePrediction);
    // Nothing to export before a prediction.
    bool anyResults = false;
    for (const PredictInput& i : table_->inputs()) anyResults |= !i.results.empty();
    exportTable_->setEnabled(anyResults);
    exportChart_->setEnabled(anyResults);
    exportProfile_->setEnabled(in && !in->results.empty());
    inputName_->setText(in ? in->name : QString());
    inputName_->setToolTip(in && in->source ? QString::fromStdString(in->source->path) : in ? in->name : QString());
    const bool mat = in && in->source && in->source->kind == FaultMapKind::MatFrame;
    frame_->setVisible(mat);
    frameLabel_->setVisible(mat);
    if (mat) {
        const QSignalBlocker blocker(frame_);
        frame_->setRange(0, std::max(0, in->source->frames - 1));
        frame_->setValue(in->source->frame);
        frame_->setSuffix(tr(" of %1").arg(in->source->frames));
    }
    const std::shared_ptr<const Ensemble>& model = runner_->model();
    display_->showInput(in, {model != nullptr, model ? model->size() : 1});
    if (in && !in->traces && in->error.isEmpty() && !in->results.empty()) explainSelected();
}

void PredictPage::explainSelected() {
    occlusion_.reset();
    mapView()->setOcclusion(std::nullopt);
    const int window = mapView()->selectedWindow();
    if (current_ < 0 || window < 0 || !runner_->model() || table_->input(current_).results.empty() ||
        table_->input(current_).traces) {
        explainJob_->cancel();
        return;
    }
    const MapPrediction& shown = *display_->shownResult(&table_->input(current_));
    if (window >= static_cast<int>(shown.map.windows.size())) return;
    const std::vector<float> pixels = shown.map.window(static_cast<size_t>(window));
    const std::shared_ptr<const Ensemble> model = runner_->model();
    explainJob_->request([model, pixels](const LatestJob::Context&) { return occlusionMap(*model, pixels); },
                         [this](OcclusionMap map) {
                             occlusion_ = map;
                             mapView()->setOcclusion(map);
                         });
}

void PredictPage::scheduleChart() { chartTimer_->start(); }

bool PredictPage::predictionScheduled() const { return runner_->isScheduled(); }

LatestJob* PredictPage::modelJob() const { return runner_->modelJob(); }

LatestJob* PredictPage::predictJob() const { return runner_->predictJob(); }

std::shared_ptr<const Ensemble> PredictPage::model() const { return runner_->model(); }

void PredictPage::drawChart() {
    std::vector<const PredictInput*> shown;
    for (const PredictInput& in : table_->inputs())
        if (!in.results.empty()) shown.push_back(&in);
    const std::vector<QString> names = distinctNames(shown);
    std::vector<ThicknessColumn> columns;
    for (size_t i = 0; i < shown.size(); ++i)
        columns.push_back(
            {names[i], QDir::toNativeSeparators(inputPath(*shown[i])), shown[i]->results, shown[i]->reference});
    thicknessChart_->setColumns(columns);
}

QWidget* PredictPage::shownMap() const { return display_->shownMap(); }
FaultMapView* PredictPage::mapView() const { return display_->mapView(); }
TraceMapView* PredictPage::traceView() const { return display_->traceView(); }
KeAlongStrikePlot* PredictPage::alongStrikePlot() const { return display_->alongStrike(); }
QLabel* PredictPage::summaryLabel() const { return display_->summaryLabel(); }
QLabel* PredictPage::mapCaption() const { return display_->caption(); }
QComboBox* PredictPage::mapThicknessBox() const { return display_->thicknessBox(); }
BackgroundJob* PredictPage::readJob() const { return inputs_->reader()->job(); }

// ---- Export -------------------------------------------------------------------------------

bool PredictPage::exportTo(PredictExports::Kind kind, const QString& path) {
    if (kind == PredictExports::Chart) drawChart();  // not wait for the chart's timer
    const QString error = exports_->write(kind, path, current_ >= 0 ? &table_->input(current_) : nullptr);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    emit statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void PredictPage::exportDialog(PredictExports::Kind kind) {
    const QString path = PredictExports::askPath(kind, this);
    if (!path.isEmpty()) exportTo(kind, path);
}

bool PredictPage::exportTable(const QString& path) { return exportTo(PredictExports::Table, path); }
bool PredictPage::exportChart(const QString& path) { return exportTo(PredictExports::Chart, path); }
bool PredictPage::exportProfile(const QString& path) { return exportTo(PredictExports::Profile, path); }
bool PredictPage::exportWindowLayer(const QString& path) { return exportTo(PredictExports::WindowLayer, path); }

}  // namespace faultke::gui
