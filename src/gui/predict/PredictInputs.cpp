#include "gui/predict/PredictInputs.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <memory>

#include "core/data/FaultMapSource.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/TraceLayerDialog.h"

namespace faultke::gui {

PredictInputs::PredictInputs(PredictionTableModel* table, QWidget* dialogParent)
    : QObject(dialogParent),
      table_(table),
      dialogParent_(dialogParent),
      reader_(new FaultMapReader([this](std::vector<FaultMapReader::Outcome> o) { addRead(std::move(o)); }, this)) {
    connect(reader_->job(), &BackgroundJob::failed, this, [this](const QString& m) { emit said(m, true); });
}

PredictInputs::~PredictInputs() {
    // The read ends while the inputs are whole; nothing of it arrives after.
    reader_->job()->disconnect(this);
    delete reader_;
}

void PredictInputs::openFiles(const QStringList& paths) {
    QStringList refused;
    std::vector<FaultMapReader::Request> requests;
    for (const QString& path : paths) {
        if (path.isEmpty()) continue;
        if (!isFaultMapSourcePath(path.toStdString()) && !isFaultTracePath(path.toStdString())) {
            refused << tr("%1: unsupported file type (expected a PNG, JPEG, TIFF or BMP image, a .npy map, a .mat "
                          "experiment, or fault traces in a GIS file: .shp, .gpkg, .geojson, .kml)")
                           .arg(QFileInfo(path).fileName());
            continue;
        }
        requests.push_back({path, -1, 0, std::nullopt});
    }
    emit said(refused.isEmpty() ? QString() : tr("Refused: %1").arg(refused.join(QStringLiteral("; "))),
              !refused.isEmpty());
    if (!requests.empty()) reader_->read(std::move(requests));
}

void PredictInputs::readFrame(int id, const QString& path, int frame) {
    reader_->read({{path, frame, id, std::nullopt}});
}

void PredictInputs::readFault(const QString& path, const TraceQuery& query) {
    reader_->read({FaultMapReader::Request{path, -1, 0, query}});
}

void PredictInputs::addRead(std::vector<FaultMapReader::Outcome> outcomes) {
    QStringList refused;
    int select = -1;
    for (FaultMapReader::Outcome& o : outcomes) {
        if (!o.error.isEmpty()) {
            refused << o.error;
            continue;
        }
        if (!o.layers.empty()) {
            chooseTraces(o);
            continue;
        }
        if (o.id != 0) {
            const int row = table_->rowOf(o.id);
            if (row >= 0) table_->setSource(row, std::move(o.source));
            select = row;
            continue;
        }
        PredictInput input;
        input.name = QFileInfo(o.path).fileName();
        if (o.traces && !o.traces->where.empty())
            input.name += QStringLiteral(" [%1]").arg(QString::fromStdString(o.traces->where));
        input.source = std::move(o.source);
        input.traces = std::move(o.traces);
        select = table_->add(std::move(input));
    }
    if (!refused.isEmpty()) emit refusedOnRead(refused.join(QStringLiteral("; ")));
    emit added(select, outcomes.size() > 1);
}

void PredictInputs::chooseTraces(const FaultMapReader::Outcome& outcome) {
    auto* dialog = new TraceLayerDialog(outcome.path, outcome.layers, dialogParent_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = outcome.path;
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const FaultGroupingChoice grouping = dialog->grouping();
        // One fault of all the features chosen: an input; many: a database for the Faults tab.
        if (grouping.kind == FaultGrouping::All)
            readFault(path, dialog->query());
        else
            emit databaseChosen(path, dialog->query(), grouping);
    });
    dialog->open();
}

bool PredictInputs::addImage(const QImage& image) {
    if (image.isNull() || image.width() == 0 || image.height() == 0) {
        emit said(tr("Refused: the clipboard holds no picture"), true);
        return false;
    }
    auto source = std::make_shared<FaultMapSource>();
    source->path = tr("clipboard %1").arg(++pasted_).toStdString();
    source->image = FaultMapReader::grayFromImage(image);
    PredictInput input;
    input.name = QString::fromStdString(source->path);
    input.source = std::move(source);
    emit said({}, false);
    emit added(table_->add(std::move(input)), false);
    return true;
}

void PredictInputs::paste() {
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (data && data->hasUrls()) {
        QStringList paths;
        for (const QUrl& url : data->urls())
            if (url.isLocalFile()) paths << url.toLocalFile();
        if (!paths.isEmpty()) return openFiles(paths);
    }
    addImage(QApplication::clipboard()->image());
}

void PredictInputs::openDialog(const QString& fallbackFolder) {
    // The folder of the last maps opened, else the fallback (the project's, or home): never the
    // program's own.
    if (openFolder_.isEmpty()) openFolder_ = fallbackFolder.isEmpty() ? QDir::homePath() : fallbackFolder;
    const QStringList paths = QFileDialog::getOpenFileNames(
        dialogParent_, tr("Open Fault Maps"), openFolder_,
        tr("Fault maps (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.mat *.shp *.gpkg *.geojson *.json *.kml *.kmz "
           "*.gml *.fgb);;GIS fault traces (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;All files (*)"));
    if (!paths.isEmpty()) openFolder_ = QFileInfo(paths.front()).absolutePath();
    openFiles(paths);
}

void PredictInputs::acceptDrag(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) event->acceptProposedAction();
}

void PredictInputs::drop(QDropEvent* event) {
    const QMimeData* data = event->mimeData();
    if (data->hasUrls()) {
        QStringList paths, remote;
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
            else
                remote << url.toDisplayString();
        }
        event->acceptProposedAction();
        openFiles(paths);
        if (!remote.isEmpty())
            emit said(tr("Refused: %1: not a local file").arg(remote.join(QStringLiteral(", "))), true);
        return;
    }
    if (data->hasImage()) {
        event->acceptProposedAction();
        addImage(qvariant_cast<QImage>(data->imageData()));
    }
}

}  // namespace faultke::gui
