#include "gui/predict/PredictExports.h"

#include <QFileDialog>

#include "core/gis/FaultKeLayers.h"
#include "core/gis/FaultKeTables.h"
#include "core/gis/TracePrediction.h"
#include "core/model/MapPrediction.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "gui/predict/KeAlongStrikePlot.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/ThicknessChart.h"
#include "gui/widgets/PlotExport.h"

namespace faultke::gui {

PredictExports::PredictExports(PredictionTableModel* table, ThicknessChart* chart, KeAlongStrikePlot* profile)
    : table_(table), chart_(chart), profile_(profile) {}

QString PredictExports::askPath(Kind kind, QWidget* parent) {
    switch (kind) {
    case Table:
        return QFileDialog::getSaveFileName(parent, tr("Export Table"), QStringLiteral("ke-predictions.csv"),
                                            tr("CSV (*.csv)"));
    case Chart:
        return QFileDialog::getSaveFileName(parent, tr("Export Chart"), QStringLiteral("ke-thickness.png"),
                                            tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    case Profile:
        return QFileDialog::getSaveFileName(parent, tr("Export KE Profile"), QStringLiteral("ke-profile.csv"),
                                            tr("CSV (*.csv);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    case WindowLayer:
        return QFileDialog::getSaveFileName(parent, tr("Export Windows Layer"), QStringLiteral("ke-windows.gpkg"),
                                            tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)"));
    }
    return {};
}

QString PredictExports::write(Kind kind, const QString& path, const PredictInput* selected) const {
    try {
        switch (kind) {
        case Table: writeTextAtomically(path.toStdString(), table_->toCsv()); break;
        case Chart:
            if (!exportPlot(chart_->plot(), path)) return tr("%1: cannot write the chart").arg(path);
            break;
        case Profile:
            if (!selected || selected->results.empty()) return tr("%1: nothing predicted to export yet").arg(path);
            if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
                if (!exportPlot(profile_->plot(), path)) return tr("%1: cannot write the profile").arg(path);
                break;
            }
            writeTextAtomically(path.toStdString(), selected->tracePrediction
                                                        ? tracePredictionsCsv({*selected->tracePrediction})
                                                        : mapProfilesCsv(selected->results));
            break;
        case WindowLayer:
            if (!selected || !selected->tracePrediction)
                return tr("%1: only the windows of predicted GIS fault traces are written as a layer").arg(path);
            writeWindowLayer(path.toStdString(), {*selected->tracePrediction});
            break;
        }
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace faultke::gui
