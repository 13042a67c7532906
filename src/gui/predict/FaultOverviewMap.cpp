#include "gui/predict/FaultOverviewMap.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>
#include <limits>

#include "gui/predict/KeColours.h"

namespace faultke::gui {

namespace {

constexpr int kSteps = 10;  // colour steps over KE 0-1

int stepOf(double ke) { return std::clamp(static_cast<int>(ke * kSteps), 0, kSteps - 1); }

// Vertices drawn per part when the map shows much of the database: a fault there is a few pixels.
constexpr size_t kCoarseVertices = 4;

// Adds a polyline to a curve's data (every vertex, or at most kCoarseVertices of them), a NaN
// point after it so the next one starts apart.
void addLine(QVector<double>& xs, QVector<double>& ys, const std::vector<QPointF>& part, bool coarse, bool geographic) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const size_t step = coarse ? std::max<size_t>(1, (part.size() + kCoarseVertices - 2) / (kCoarseVertices - 1)) : 1;
    auto add = [&](const QPointF& p) {
        // A trace across the antimeridian jumps from 180 to -180 degrees: a gap there, not a
        // line around the world.
        if (geographic && !xs.isEmpty() && !std::isnan(xs.back()) && std::fabs(p.x() - xs.back()) > 180) {
            xs.push_back(nan);
            ys.push_back(nan);
        }
        xs.push_back(p.x());
        ys.push_back(p.y());
    };
    for (size_t i = 0; i < part.size(); i += step) add(part[i]);
    if (!part.empty() && (part.size() - 1) % step != 0) add(part.back());
    xs.push_back(std::numeric_limits<double>::quiet_NaN());
    ys.push_back(std::numeric_limits<double>::quiet_NaN());
}

}  // namespace

FaultOverviewMap::FaultOverviewMap(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot;
    plot_->setObjectName("faultOverviewMap");
    plot_->setMinimumHeight(160);  // the tab shares a 720 px screen with the map above
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Thousands of polylines: plain, fast lines.
    plot_->setPlottingHint(QCP::phFastPolylines, true);
    plot_->setNotAntialiasedElements(QCP::aePlottables);
    scale_ = addKeColourScale(plot_, tr("Median KE of the fault"), kSteps);
    for (int i = 0; i <= kSteps; ++i) {
        auto* curve = new QCPCurve(plot_->xAxis, plot_->yAxis);
        const QColor colour = i < kSteps ? sequentialColour((i + 0.5) / kSteps) : QColor(160, 160, 160);
        curve->setPen(QPen(colour, 1.6));
        curve->setSelectable(QCP::stNone);
        bins_.push_back(curve);
    }
    selected_ = new QCPCurve(plot_->xAxis, plot_->yAxis);
    selected_->setPen(QPen(Qt::black, 3.5));
    plot_->legend->setVisible(true);
    plot_->legend->clearItems();
    bins_.back()->setName(tr("not predicted"));
    plot_->legend->addItem(new QCPPlottableLegendItem(plot_->legend, bins_.back()));
    selected_->setName(tr("chosen fault"));
    plot_->legend->addItem(new QCPPlottableLegendItem(plot_->legend, selected_));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (!faults_ || faults_->empty()) return;
        const QPointF at = event->position();
        int best = -1;
        double bestDistance = 12;  // pixels
        for (size_t f = 0; f < faults_->size(); ++f)
            for (const auto& part : (*faults_)[f].parts)
                for (const QPointF& p : part) {
                    const double d = std::hypot(plot_->xAxis->coordToPixel(p.x()) - at.x(),
                                                plot_->yAxis->coordToPixel(p.y()) - at.y());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = static_cast<int>(f);
                    }
                }
        if (best >= 0) {
            highlight(best);
            emit faultClicked(best);
        }
    });
    // Level of detail: zoomed out past a quarter of the database's width, each part is drawn
    // with a few vertices; zoomed in, with all it keeps.
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        const bool coarse = maxX_ > minX_ && range.size() > 0.25 * (maxX_ - minX_);
        if (coarse == coarse_) return;
        coarse_ = coarse;
        drawn_ = 0;
        for (QCPCurve* curve : bins_) curve->data()->clear();
        refresh();
    });
    // One scale on both axes: the map is not stretched.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] { plot_->yAxis->setScaleRatio(plot_->xAxis, 1.0); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setFaults(nullptr, true);
}

void FaultOverviewMap::setFaults(const std::vector<FaultRow>* faults, bool geographic) {
    faults_ = faults;
    geographic_ = geographic;
    fitted_ = false;
    highlighted_ = -1;
    drawn_ = 0;
    minX_ = minY_ = 1e300;
    maxX_ = maxY_ = -1e300;
    for (QCPCurve* curve : bins_) curve->data()->clear();
    plot_->xAxis->setLabel(geographic ? tr("Longitude (°)") : tr("Easting (layer units)"));
    plot_->yAxis->setLabel(geographic ? tr("Latitude (°)") : tr("Northing (layer units)"));
    refresh();
}

void FaultOverviewMap::refresh() {
    // Only the new faults are added: a redraw never rebuilds 14,000 of them.
    std::vector<QVector<double>> xs(bins_.size()), ys(bins_.size());
    for (; faults_ && drawn_ < faults_->size(); ++drawn_) {
        const FaultRow& f = (*faults_)[drawn_];
        const size_t bin = f.windows > 0 ? static_cast<size_t>(stepOf(f.median)) : bins_.size() - 1;
        for (const auto& part : f.parts) {
            addLine(xs[bin], ys[bin], part, coarse_, geographic_);
            for (const QPointF& p : part) {
                minX_ = std::min(minX_, p.x());
                maxX_ = std::max(maxX_, p.x());
                minY_ = std::min(minY_, p.y());
                maxY_ = std::max(maxY_, p.y());
            }
        }
    }
    for (size_t b = 0; b < bins_.size(); ++b)
        if (!xs[b].isEmpty()) bins_[b]->addData(xs[b], ys[b]);
    QVector<double> sx, sy;
    if (faults_ && highlighted_ >= 0 && highlighted_ < static_cast<int>(faults_->size()))
        for (const auto& part : (*faults_)[static_cast<size_t>(highlighted_)].parts)
            addLine(sx, sy, part, false, geographic_);
    selected_->setData(sx, sy);
    if (!fitted_ && minX_ <= maxX_) {
        const double padX = std::max(1e-6, 0.05 * (maxX_ - minX_)), padY = std::max(1e-6, 0.05 * (maxY_ - minY_));
        plot_->xAxis->setRange(minX_ - padX, maxX_ + padX);
        plot_->yAxis->setRange(minY_ - padY, maxY_ + padY);
        fitted_ = faults_ && faults_->size() > 50;  // keep fitting while the first faults arrive
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void FaultOverviewMap::highlight(int row) {
    highlighted_ = row;
    refresh();
}

}  // namespace faultke::gui
