#include "gui/data/KeTimelinePlot.h"

#include <algorithm>
#include <map>

#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

namespace {
// numpy's median: the mean of the two middle values for an even count.
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}
}  // namespace

KeTimelinePlot::KeTimelinePlot(QWidget* parent) : QCustomPlot(parent) {
    setObjectName("keTimeline");
    setMinimumHeight(180);
    setToolTip(tr("KE of each window against frame. Click to go to a frame."));
    xAxis->setLabel(tr("Frame (from 0)"));
    yAxis->setLabel(tr("Kinematic efficiency"));
    yAxis->setRange(0, 1);

    bandLow_ = addGraph();
    bandHigh_ = addGraph();
    bandLow_->setPen(Qt::NoPen);
    bandHigh_->setPen(Qt::NoPen);
    bandHigh_->setBrush(QColor(170, 170, 170, 90));
    bandHigh_->setChannelFillGraph(bandLow_);
    bandHigh_->setName(tr("Range across windows"));
    bandLow_->removeFromLegend();

    points_ = addGraph();
    points_->setName(tr("Window KE"));
    points_->setLineStyle(QCPGraph::lsNone);
    points_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(120, 120, 120), 3.5));

    median_ = addGraph();
    median_->setName(tr("Median across windows"));
    median_->setPen(QPen(Qt::black, 2));

    highlight_ = addGraph();
    highlight_->setPen(QPen(QColor(220, 30, 30), 1.5));
    highlight_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(220, 30, 30), 5));
    highlight_->removeFromLegend();

    cursor_ = new QCPItemStraightLine(this);
    cursor_->setPen(QPen(QColor(220, 30, 30), 1.5));
    cursor_->point1->setCoords(0, 0);
    cursor_->point2->setCoords(0, 1);

    message_ = new QCPItemText(this);
    message_->position->setType(QCPItemPosition::ptAxisRectRatio);
    message_->position->setCoords(0.5, 0.5);
    message_->setColor(QColor(90, 90, 90));
    connect(this, &QCustomPlot::afterLayout, this,
            [this] { message_->setText(wrapToWidth(messageText_, message_->font(), axisRect()->width() - 20)); });

    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    legend->setBrush(QColor(255, 255, 255, 210));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    setLabels(nullptr, 0, tr("No experiment selected"));
}

void KeTimelinePlot::setLabels(const LabelTable* labels, int frames, const QString& message) {
    frames_ = frames;
    for (QCPGraph* g : {points_, median_, bandLow_, bandHigh_, highlight_}) g->data()->clear();
    kept_.clear();
    messageText_ = message;
    message_->setText(wrapToWidth(message, message_->font(), axisRect()->width() - 20));
    message_->setVisible(!labels || !message.isEmpty());
    if (labels) {
        std::map<int, std::vector<double>> byFrame;
        QVector<double> px, py;
        for (const WindowLabel& s : labels->kept) {
            kept_.push_back({s.window, s.frame, s.label.ke});
            px.push_back(s.frame);
            py.push_back(s.label.ke);
            byFrame[s.frame].push_back(s.label.ke);
        }
        points_->setData(px, py);
        QVector<double> fx, med, lo, hi;
        for (const auto& [frame, values] : byFrame) {
            fx.push_back(frame);
            med.push_back(median(values));
            lo.push_back(*std::min_element(values.begin(), values.end()));
            hi.push_back(*std::max_element(values.begin(), values.end()));
        }
        median_->setData(fx, med, true);
        bandLow_->setData(fx, lo, true);
        bandHigh_->setData(fx, hi, true);
        xAxis->setRange(0, std::max(1, frames - 1));
        bool found = false;
        const QCPRange r = points_->getValueRange(found);
        yAxis->setRange(found ? std::min(0.0, r.lower - 0.05) : 0.0, found ? std::max(1.0, r.upper + 0.05) : 1.0);
    }
    setHighlightedWindow(highlightedWindow_);
}

void KeTimelinePlot::setHighlightedWindow(int window) {
    highlightedWindow_ = window;
    QVector<double> x, y;
    for (const KeptPoint& p : kept_)
        if (p.window == window) {
            x.push_back(p.frame);
            y.push_back(p.ke);
        }
    highlight_->setData(x, y, true);
    if (window >= 0 && !x.isEmpty()) {
        highlight_->setName(tr("Window %1").arg(window));
        highlight_->addToLegend();
    } else {
        highlight_->removeFromLegend();
    }
    replot(rpQueuedReplot);
}

void KeTimelinePlot::setCurrentFrame(int frame) {
    currentFrame_ = frame;
    cursor_->point1->setCoords(frame, 0);
    cursor_->point2->setCoords(frame, 1);
    replot(rpQueuedReplot);
}

void KeTimelinePlot::mousePressEvent(QMouseEvent* event) {
    QCustomPlot::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || frames_ <= 0) return;
    if (!axisRect()->rect().contains(event->position().toPoint())) return;
    const int frame = std::clamp(qRound(xAxis->pixelToCoord(event->position().x())), 0, frames_ - 1);
    emit frameClicked(frame);
}

}  // namespace faultke::gui
