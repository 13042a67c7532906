#include "gui/predict/ThicknessChart.h"

#include <qcustomplot.h>

#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

#include "gui/predict/ThicknessStyle.h"
#include "gui/widgets/PlotLegend.h"

namespace faultke::gui {
namespace {

// A name in at most two lines of `width`: broken at a '-', '_' or space, or before the extension,
// the second line shortened in the middle when still too long (its end tells names apart).
QString twoLines(const QString& name, const QFontMetrics& metrics, int width) {
    if (metrics.horizontalAdvance(name) <= width) return name;
    int fits = 1;
    while (fits < name.size() && metrics.horizontalAdvance(name.left(fits + 1)) <= width) ++fits;
    int at = fits;
    for (int i = fits; i > fits / 2; --i) {
        const QChar c = name.at(i - 1);
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(' ')) {
            at = i;
            break;
        }
        if (i < name.size() && name.at(i) == QLatin1Char('.')) {
            at = i;
            break;
        }
    }
    return name.left(at) + QLatin1Char('\n') + metrics.elidedText(name.mid(at), Qt::ElideMiddle, width);
}

}  // namespace

ThicknessChart::ThicknessChart(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot;
    plot_->setObjectName("thicknessChart");
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("KE"));
    plot_->xAxis->setLabel(tr("Input (a column per fault map or fault)"));
    placeLegendBeside(plot_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->installEventFilter(this);
    setColumns({});
}

QStringList ThicknessChart::labels() const {
    const auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot_->xAxis->ticker());
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

void ThicknessChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relabel();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool ThicknessChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::ToolTip) {
        // The whole name of the column under the pointer, as the axis may show it shortened.
        const auto* help = static_cast<QHelpEvent*>(event);
        const double x = plot_->xAxis->pixelToCoord(help->pos().x());
        const long column = std::lround(x);
        if (column >= 0 && column < static_cast<long>(columns_.size()) && std::abs(x - column) < 0.45) {
            const ThicknessColumn& c = columns_[static_cast<size_t>(column)];
            QToolTip::showText(help->globalPos(), c.detail.isEmpty() ? c.name : c.detail, plot_);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ThicknessChart::relabel() {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    if (!columns_.empty()) {
        // Rotated names took most of the chart's height: flat names, shortened in the middle (the
        // end tells "-a.png" from "-b.png") to the width of a column. The axis rect is the plot
        // less the legend and the KE axis; before the first layout, estimated so.
        const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
        double span = plot_->width() - 70.0;
        if (plot_->legend->visible()) span -= plot_->legend->minimumOuterSizeHint().width();
        const double perColumn = std::max(1.0, span) / (static_cast<double>(columns_.size()) + 0.2);
        const bool crowded = perColumn < 8 * metrics.averageCharWidth();
        // Crowded columns get their names turned, still shortened, so their height stays small.
        const int width = crowded ? 14 * metrics.averageCharWidth()
                                  : std::min<int>(static_cast<int>(perColumn) - 8, 32 * metrics.averageCharWidth());
        for (size_t i = 0; i < columns_.size(); ++i)
            ticker->addTick(static_cast<double>(i), crowded
                                                        ? metrics.elidedText(columns_[i].name, Qt::ElideMiddle, width)
                                                        : twoLines(columns_[i].name, metrics, width));
        plot_->xAxis->setTickLabelRotation(crowded ? 35 : 0);
    }
    plot_->xAxis->setTicker(ticker);
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

    std::map<int, std::pair<QVector<double>, QVector<double>>> markers;  // thickness -> x, y
    bool anyReference = false;
    double low = 0, high = 1;
    for (size_t i = 0; i < columns_.size(); ++i) {
        const ThicknessColumn& column = columns_[i];
        const double x = static_cast<double>(i);
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
    plot_->legend->setVisible(!columns_.empty());
    relabel();
    plot_->xAxis->setRange(-0.6, std::max<double>(0.6, columns_.size() - 0.4));
    plot_->yAxis->setRange(std::min(0.0, low - 0.05), std::max(1.0, high) + 0.05);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
