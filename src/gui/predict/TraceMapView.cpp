#include "gui/predict/TraceMapView.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "gui/predict/KeColours.h"

namespace faultke::gui {

TraceMapView::TraceMapView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot;
    plot_->setObjectName("traceMap");
    plot_->setMinimumHeight(220);
    plot_->xAxis->setLabel(tr("Easting (km)"));
    plot_->yAxis->setLabel(tr("Northing (km)"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    scale_ = addKeColourScale(plot_, tr("KE"));
    // North up at one scale on both axes, whatever the widget's shape.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] { plot_->yAxis->setScaleRatio(plot_->xAxis, 1.0); });
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (!prediction_) return;
        const double x = plot_->xAxis->pixelToCoord(event->position().x());
        const double y = plot_->yAxis->pixelToCoord(event->position().y());
        int best = -1;
        double bestDistance = 1e300;
        for (size_t i = 0; i < prediction_->windows.size(); ++i) {
            const MapPoint c = prediction_->windows[i].window.centre;
            const double d = std::hypot(c.x - x, c.y - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = static_cast<int>(i);
            }
        }
        if (best >= 0 && bestDistance <= prediction_->geometry.options.windowKm) {
            selectWindow(best);
            emit windowSelected(best);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    clear();
}

void TraceMapView::clear() {
    traces_.reset();
    prediction_.reset();
    selected_ = -1;
    draw();
}

void TraceMapView::setTraces(std::shared_ptr<const FaultTraceSet> traces) {
    const bool same = traces_ && traces && traces_->path == traces->path && traces_->where == traces->where;
    traces_ = std::move(traces);
    prediction_.reset();
    draw();
    if (!same) fitView();
}

void TraceMapView::setPrediction(std::shared_ptr<const TracePrediction> prediction) {
    const bool same = traces_ && prediction && traces_->path == prediction->traces.path;
    prediction_ = std::move(prediction);
    // The prediction's own traces, sharing its ownership (no copy of every vertex).
    traces_ = prediction_ ? std::shared_ptr<const FaultTraceSet>(prediction_, &prediction_->traces) : nullptr;
    if (prediction_ && selected_ >= static_cast<int>(prediction_->windows.size())) selected_ = -1;
    draw();
    if (!same) fitView();
}

void TraceMapView::setColourBy(ColourBy colourBy) {
    colourBy_ = colourBy;
    draw();
}

void TraceMapView::selectWindow(int index) {
    selected_ = index;
    draw();
}

void TraceMapView::fitView() {
    if (!traces_) return;
    const std::vector<double> box = traces_->boundsKm();
    const double margin = prediction_ ? prediction_->geometry.options.windowKm : kFig4WindowKm;
    plot_->xAxis->setRange(box[0] - margin, box[2] + margin);
    plot_->yAxis->setRange(box[1] - margin, box[3] + margin);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TraceMapView::draw() {
    plot_->clearPlottables();
    traceCurves_ = windowCurves_ = 0;
    const bool sd = colourBy_ == ColourBy::Sd;
    scale_->axis()->setLabel(sd ? tr("SD of KE (thicknesses × models)") : tr("KE"));
    double top = 1;
    if (prediction_)
        for (const TraceWindowKe& w : prediction_->windows) top = std::max(top, sd ? w.sd : w.ke);
    if (sd) {
        top = 0.05;
        for (const TraceWindowKe& w : prediction_ ? prediction_->windows : std::vector<TraceWindowKe>{})
            top = std::max(top, w.sd);
    }
    scale_->setDataRange(QCPRange(0, top));
    scale_->setVisible(prediction_ != nullptr);

    auto polygon = [this](const std::vector<MapPoint>& points, const QPen& pen, const QBrush& brush) {
        auto* curve = new QCPCurve(plot_->xAxis, plot_->yAxis);
        QVector<double> t, x, y;
        for (size_t i = 0; i < points.size(); ++i) {
            t.push_back(double(i));
            x.push_back(points[i].x);
            y.push_back(points[i].y);
        }
        curve->setData(t, x, y);
        curve->setPen(pen);
        curve->setBrush(brush);
        curve->setLineStyle(QCPCurve::lsLine);
        curve->removeFromLegend();
        return curve;
    };
    if (prediction_) {
        for (size_t i = 0; i < prediction_->windows.size(); ++i) {
            const TraceWindowKe& w = prediction_->windows[i];
            std::vector<MapPoint> ring(w.window.corners.begin(), w.window.corners.end());
            ring.push_back(ring.front());
            QColor fill = sequentialColour((sd ? w.sd : w.ke) / top);
            fill.setAlpha(150);
            polygon(ring, QPen(QColor(60, 60, 60, 160), 0.8), fill);
            ++windowCurves_;
        }
        for (const TraceWindow& w : prediction_->geometry.leftOut) {
            std::vector<MapPoint> ring(w.corners.begin(), w.corners.end());
            ring.push_back(ring.front());
            polygon(ring, QPen(QColor(150, 150, 150), 0.8, Qt::DotLine), Qt::NoBrush)->setName(tr("left out"));
        }
    }
    if (traces_)
        for (const FaultTrace& trace : traces_->traces)
            for (const TracePart& part : trace.parts) {
                polygon(part, QPen(Qt::black, 2), Qt::NoBrush);
                ++traceCurves_;
            }
    if (prediction_ && selected_ >= 0 && selected_ < static_cast<int>(prediction_->windows.size())) {
        const TraceWindow& w = prediction_->windows[static_cast<size_t>(selected_)].window;
        std::vector<MapPoint> ring(w.corners.begin(), w.corners.end());
        ring.push_back(ring.front());
        polygon(ring, QPen(QColor(220, 30, 30), 2.5), Qt::NoBrush);
    }
    const QString frame = traces_ ? QString::fromStdString(traces_->frame.description()) : QString();
    plot_->xAxis->setLabel(frame.isEmpty() ? tr("Easting (km)") : tr("Easting (km; %1)").arg(frame));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
