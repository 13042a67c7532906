#include "gui/predict/FaultDatabasePanel.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <filesystem>

#include "core/gis/FaultKeLayers.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/predict/FaultOverviewMap.h"
#include "gui/widgets/JobProgressWidget.h"

namespace faultke::gui {

namespace {

// At most this many vertices per part are drawn: 14,000 faults stay quick on the map.
constexpr size_t kDrawnVertices = 24;

FaultRow rowOf(const FaultKe& fault) {
    FaultRow row;
    row.id = QString::fromStdString(fault.fault.faultId);
    row.label = QString::fromStdString(fault.fault.label);
    row.reason = QString::fromStdString(fault.reason);
    row.lengthKm = fault.lengthKm;
    row.windows = static_cast<int>(fault.windows());
    if (fault.prediction) {
        row.median = fault.prediction->summary.median;
        for (const FaultTrace& trace : fault.prediction->traces.traces) row.fids.push_back(trace.fid);
    }
    for (const auto& part : fault.sourceParts) {
        std::vector<QPointF> drawn;
        const size_t step = std::max<size_t>(1, (part.size() + kDrawnVertices - 1) / kDrawnVertices);
        for (size_t i = 0; i < part.size(); i += step) drawn.emplace_back(part[i].first, part[i].second);
        if (!part.empty() && (part.size() - 1) % step != 0) drawn.emplace_back(part.back().first, part.back().second);
        row.parts.push_back(std::move(drawn));
    }
    return row;
}

}  // namespace

FaultDatabasePanel::FaultDatabasePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("faultDatabasePanel");
    job_ = new BackgroundJob(this);
    model_ = new FaultTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(FaultTableModel::SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    table_ = new QTableView;
    table_->setObjectName("faultTable");
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    filter_ = new QLineEdit;
    filter_->setObjectName("faultFilter");
    filter_->setPlaceholderText(tr("Filter faults by id, name or reason"));
    filter_->setClearButtonEnabled(true);
    map_ = new FaultOverviewMap;
    status_ =
        new QLabel(tr("Open a fault database (a GIS file of many faults) and choose \"Each feature is a "
                      "fault\" or an attribute to see KE along every fault."));
    status_->setWordWrap(true);
    export_ = new QPushButton(tr("Export Layers…"));
    export_->setToolTip(
        tr("A GeoPackage with the windows (ke_windows) and the faults with their median KE "
           "(ke_faults), to open in QGIS"));
    export_->setEnabled(false);
    auto* progress = new JobProgressWidget;
    progress->follow(job_);
    redraw_ = new QTimer(this);
    redraw_->setSingleShot(true);
    redraw_->setInterval(250);  // the map redraws on a timer, not for every fault

    auto* top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(export_);
    auto* left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(table_, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(map_, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addWidget(progress);
    layout->addLayout(body, 1);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(table_, &QTableView::activated, this,
            [this](const QModelIndex& index) { choose(proxy_->mapToSource(index).row()); });
    connect(table_, &QTableView::clicked, this,
            [this](const QModelIndex& index) { choose(proxy_->mapToSource(index).row()); });
    connect(map_, &FaultOverviewMap::faultClicked, this, [this](int row) {
        const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
        if (index.isValid()) table_->selectRow(index.row());
        choose(row);
    });
    connect(redraw_, &QTimer::timeout, this, [this] {
        map_->refresh();
        // Never more than a fifth of the GUI thread's time on redrawing while faults arrive.
        redraw_->setInterval(std::max(250, static_cast<int>(5 * map_->plot()->replotTime(true))));
    });
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString name = QFileInfo(path_).completeBaseName() + QStringLiteral("-ke.gpkg");
        const QString destination = QFileDialog::getSaveFileName(
            this, tr("Export Layers"), QFileInfo(path_).dir().filePath(name), tr("GeoPackage (*.gpkg)"));
        if (!destination.isEmpty()) exportLayers(destination);
    });
    connect(job_, &BackgroundJob::failed, this, [this](const QString& message) {
        status_->setText(tr("The faults could not be predicted: %1").arg(message));
    });
    connect(job_, &BackgroundJob::cancelled, this, [this] {
        status_->setText(
            tr("Stopped after %n fault(s); Export writes only a finished run.", nullptr, model_->rowCount()));
        redraw_->start();
    });
}

FaultDatabasePanel::~FaultDatabasePanel() { job_->cancel(); }

void FaultDatabasePanel::predict(const QString& path, const DatabasePredictionOptions& options,
                                 std::shared_ptr<const Ensemble> model) {
    if (job_->isRunning()) {
        job_->cancel();
        job_->wait();
    }
    path_ = path;
    written_.clear();
    export_->setEnabled(false);
    model_->clear();
    map_->setFaults(&model_->rows(), true);
    results_ = std::make_unique<QTemporaryDir>();
    const std::string output = results_->filePath(QStringLiteral("faults-ke.gpkg")).toStdString();
    status_->setText(tr("Predicting every fault of %1 with %2…")
                         .arg(QFileInfo(path).fileName(), QString::fromStdString(model->description())));
    const std::string file = path.toStdString();
    BackgroundJob* job = job_;
    job_->start(
        tr("Predicting the faults of %1").arg(QFileInfo(path).fileName()),
        [file, options, model, output, job, this](const Progress& progress) {
            std::unique_ptr<FaultLayerWriter> writer;
            std::vector<FaultRow> batch;
            auto last = std::chrono::steady_clock::now();
            bool geographic = true;
            auto flush = [&] {
                if (batch.empty()) return;
                job->post([this, rows = std::move(batch), geographic]() mutable {
                    const bool first = model_->rowCount() == 0;
                    model_->append(std::move(rows));
                    if (first) map_->setFaults(&model_->rows(), geographic);
                    if (!redraw_->isActive()) redraw_->start();
                });
                batch.clear();
                last = std::chrono::steady_clock::now();
            };
            const DatabasePredictionRun run = predictFaultDatabase(
                *model, file, options,
                [&](const FaultLayerInfo& layer) {
                    geographic = layer.geographic;
                    job->post([this, name = layer.layer] { layer_ = name; });
                    writer = std::make_unique<FaultLayerWriter>(
                        output, FaultLayerSpec{file, layer.layer, layer.where, model->description(), layer.crsWkt,
                                               layer.fields, options.thicknesses});
                },
                [&](const FaultKe& fault) {
                    writer->add(fault);
                    batch.push_back(rowOf(fault));
                    if (batch.size() >= 500 || std::chrono::steady_clock::now() - last > std::chrono::milliseconds(250))
                        flush();
                },
                progress);
            flush();
            if (writer) writer->commit();
            return run;
        },
        [this, output](DatabasePredictionRun run) {
            written_ = QString::fromStdString(output);
            export_->setEnabled(true);
            map_->refresh();
            status_->setText(tr("%1: %2 faults, %3 with windows (%L4 windows); click a fault or a row to see its "
                                "windows and KE along strike.")
                                 .arg(QFileInfo(path_).fileName())
                                 .arg(run.faults)
                                 .arg(run.predicted)
                                 .arg(run.windows));
        });
}

bool FaultDatabasePanel::exportLayers(const QString& destination) {
    if (written_.isEmpty()) {
        status_->setText(tr("Nothing to export yet: the faults are still being predicted."));
        return false;
    }
    try {
        writeAtomically(destination.toStdString(), [&](const std::string& temporary) {
            std::filesystem::copy_file(written_.toStdString(), temporary,
                                       std::filesystem::copy_options::overwrite_existing);
        });
    } catch (const std::exception& e) {
        status_->setText(tr("Export failed: %1").arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
    status_->setText(tr("Wrote %1 (layers ke_windows and ke_faults).").arg(destination));
    return true;
}

void FaultDatabasePanel::choose(int row) {
    if (row < 0 || row >= model_->rowCount()) return;
    map_->highlight(row);
    const FaultRow& fault = model_->row(row);
    if (fault.windows == 0 || fault.fids.empty()) return;
    TraceQuery query;
    query.layer = layer_;
    query.fids = fault.fids;
    emit showFault(path_, query);
}

}  // namespace faultke::gui
