#include "gui/predict/ThicknessChart.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "gui/predict/ThicknessStyle.h"

namespace faultke::gui {

ThicknessChart::ThicknessChart(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot;
    plot_->setObjectName("thicknessChart");
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("KE"));
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(plot_->font().family(), 8));
    plot_->legend->setBrush(QColor(255, 255, 255, 210));
    // Beside the axes, not over the columns.
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    auto* side = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(0, 1, side);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot_->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot_));  // keeps the legend at the top
    side->setRowStretchFactor(0, 0.001);
    plot_->legend->setMargins(QMargins(6, 4, 6, 4));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setColumns({});
}

int ThicknessChart::markerCount(int pixels) const {
    int count = 0;
    for (const ThicknessColumn& column : columns_)
        for (const MapPrediction& p : column.predictions)
            if (p.thickness == pixels) count += static_cast<int>(p.windows.size());
    return count;
}

void ThicknessChart::setColumns(const std::vector<ThicknessColumn>& columns) {
    columns_ = columns;
    plot_->clearPlottables();
    plot_->clearItems();

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    std::map<int, std::pair<QVector<double>, QVector<double>>> markers;  // thickness -> x, y
    bool anyReference = false;
    double low = 0, high = 1;
    for (size_t i = 0; i < columns_.size(); ++i) {
        const ThicknessColumn& column = columns_[i];
        const double x = static_cast<double>(i);
        ticker->addTick(x, column.name);
        if (column.reference) {
            auto* grey = new QCPItemRect(plot_);
            grey->topLeft->setCoords(x - 0.32, column.reference->second);
            grey->bottomRight->setCoords(x + 0.32, column.reference->first);
            grey->setPen(Qt::NoPen);
            grey->setBrush(QColor(0, 0, 0, 45));
            grey->setLayer("background");
            anyReference = true;
        }
        double least = 1e9, most = -1e9;
        const int n = static_cast<int>(column.predictions.size());
        for (int t = 0; t < n; ++t) {
            const MapPrediction& p = column.predictions[static_cast<size_t>(t)];
            const double offset = n > 1 ? -0.18 + 0.36 * t / (n - 1) : 0.0;
            for (const MapWindowKe& w : p.windows) {
                markers[p.thickness].first.push_back(x + offset);
                markers[p.thickness].second.push_back(w.ke);
                least = std::min(least, w.ke);
                most = std::max(most, w.ke);
            }
        }
        if (most >= least) {
            auto* range = new QCPItemRect(plot_);
            range->topLeft->setCoords(x - 0.04, most);
            range->bottomRight->setCoords(x + 0.04, least);
            range->setPen(QPen(Qt::black, 1));
            range->setBrush(QColor(40, 40, 40, 160));
            low = std::min(low, least);
            high = std::max(high, most);
        }
    }
    for (const auto& [pixels, points] : markers) {
        QCPGraph* graph = plot_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = thicknessColour(pixels);
        graph->setScatterStyle(QCPScatterStyle(thicknessShape(pixels), colour, QColor(255, 255, 255, 200), 8));
        graph->setName(tr("window, trace %1").arg(thicknessName(pixels)));
        graph->setData(points.first, points.second);
    }
    // Legend entries for the bars, which are items: empty graphs in their style.
    QCPGraph* rangeKey = plot_->addGraph();
    rangeKey->setLineStyle(QCPGraph::lsNone);
    rangeKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, Qt::black, QColor(40, 40, 40), 8));
    rangeKey->setName(tr("range of the windows"));
    if (anyReference) {
        QCPGraph* referenceKey = plot_->addGraph();
        referenceKey->setLineStyle(QCPGraph::lsNone);
        referenceKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, Qt::NoPen, QColor(0, 0, 0, 60), 10));
        referenceKey->setName(tr("reference range (field estimate)"));
    }
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setTickLabelRotation(columns_.size() > 4 ? 30 : 0);
    plot_->xAxis->setRange(-0.6, std::max<double>(0.6, columns_.size() - 0.4));
    plot_->yAxis->setRange(std::min(0.0, low - 0.05), std::max(1.0, high) + 0.05);
    plot_->legend->setVisible(!columns_.empty());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
