#include "gui/predict/KeAlongStrikePlot.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

#include "gui/predict/ThicknessStyle.h"
#include "gui/widgets/PlotLegend.h"

namespace faultke::gui {

KeAlongStrikePlot::KeAlongStrikePlot(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot;
    plot_->setObjectName("keAlongStrike");
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("KE"));
    plot_->yAxis->setRange(0, 1.05);
    placeLegendBeside(plot_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    clear();
}

void KeAlongStrikePlot::clear() {
    predictions_.clear();
    selected_ = -1;
    draw();
}

void KeAlongStrikePlot::setPredictions(const std::vector<MapPrediction>& predictions) {
    predictions_ = predictions;
    draw();
}

void KeAlongStrikePlot::setSelectedWindow(int index) {
    selected_ = index;
    draw();
}

int KeAlongStrikePlot::seriesCount() const { return plot_->graphCount(); }

void KeAlongStrikePlot::draw() {
    plot_->clearPlottables();
    plot_->clearItems();
    const bool km = !predictions_.empty() && predictions_.front().kmPerColumn > 0;
    // Distance of a processed-map column from the map's left edge, in the axis' unit.
    auto along = [km](const MapPrediction& p, double column) { return km ? column * p.kmPerColumn : column; };
    plot_->xAxis->setLabel(km ? tr("Distance along strike (km, window middle)")
                              : tr("Distance along strike (columns of the processed map, window middle)"));
    double right = 1, top = 1.0;
    bool barsNamed = false;  // one legend entry for the bars of every thickness: they mean the same
    for (const MapPrediction& p : predictions_) {
        QVector<double> x, y, sd, below, above;
        const bool intervals = !p.windows.empty() && p.windows.front().hasInterval();
        // The line breaks where windows were left out: nothing was predicted there.
        double step = 1e300;
        for (size_t i = 1; i < p.windows.size(); ++i)
            step = std::min(step, double(p.windows[i].rect.col - p.windows[i - 1].rect.col));
        for (size_t i = 0; i < p.windows.size(); ++i) {
            const MapWindowKe& w = p.windows[i];
            const double column = w.rect.col + w.rect.width / 2.0;
            if (i > 0 && w.rect.col - p.windows[i - 1].rect.col > 1.5 * step) {
                x.push_back(along(p, column - step / 2));
                y.push_back(qQNaN());
                sd.push_back(0);
                below.push_back(0);
                above.push_back(0);
            }
            x.push_back(along(p, column));
            y.push_back(w.ke);
            sd.push_back(w.sd);
            below.push_back(intervals ? w.ke - w.low : 0.0);
            above.push_back(intervals ? w.high - w.ke : 0.0);
            top = std::max(top, intervals ? w.high : w.ke + w.sd);
        }
        right = std::max(right, along(p, p.map.cols));
        QCPGraph* graph = plot_->addGraph();
        const QColor colour = thicknessColour(p.thickness);
        graph->setPen(QPen(colour, 1.2));
        graph->setScatterStyle(QCPScatterStyle(thicknessShape(p.thickness), colour, Qt::white, 7));
        graph->setName(predictions_.size() > 1 || p.thickness > 0 ? tr("trace %1").arg(thicknessName(p.thickness))
                                                                  : tr("windows"));
        graph->setData(x, y, true);
        // A calibrated model's intervals; else an ensemble's spread.
        const bool ensemble = !p.windows.empty() && p.windows.front().members.size() > 1;
        if (intervals || ensemble) {
            auto* bars = new QCPErrorBars(plot_->xAxis, plot_->yAxis);
            bars->setDataPlottable(graph);
            if (intervals)
                bars->setData(below, above);
            else
                bars->setData(sd);
            bars->setPen(QPen(colour, 1));
            bars->setName(intervals ? tr("%1 % interval (calibrated)").arg(p.intervalLevel * 100, 0, 'f', 0)
                                    : tr("± SD across models"));
            if (barsNamed) bars->removeFromLegend();
            barsNamed = true;
        }
    }
    if (!predictions_.empty() && selected_ >= 0 && selected_ < static_cast<int>(predictions_.front().windows.size())) {
        const MapPrediction& p = predictions_.front();
        const WindowRect& rect = p.windows[static_cast<size_t>(selected_)].rect;
        const double column = rect.col + rect.width / 2.0;
        auto* line = new QCPItemStraightLine(plot_);
        const double x = along(p, column);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(QColor(0, 0, 0, 120), 1, Qt::DashLine));
    }
    plot_->xAxis->setRange(0, right);
    plot_->yAxis->setRange(0, top * 1.05);  // KE above 1 (the network's output is not capped) stays in view
    plot_->legend->setVisible(!predictions_.empty());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
