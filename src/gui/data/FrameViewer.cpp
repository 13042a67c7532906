#include "gui/data/FrameViewer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/data/SplitColors.h"
#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

namespace {

constexpr double kHandleTolerancePx = 6.0;

// Window fills alternate like the blues and greens of fig. 1d.
const QColor kWindowFills[] = {QColor(60, 120, 200, 55), QColor(40, 170, 140, 55)};
const QColor kWindowPens[] = {QColor(30, 80, 160), QColor(20, 120, 100)};

QCPColorGradient gradientFor(Channel channel) {
    QCPColorGradient g;
    g.clearColorStops();
    switch (channel) {
    case Channel::Fault:  // white background, black traces, as the fault maps are drawn in the paper
        g.setColorStopAt(0.0, Qt::white);
        g.setColorStopAt(1.0, Qt::black);
        break;
    case Channel::Curl:  // diverging around zero
        g.setColorStopAt(0.0, QColor(33, 102, 172));
        g.setColorStopAt(0.5, Qt::white);
        g.setColorStopAt(1.0, QColor(178, 24, 43));
        break;
    case Channel::U:
    case Channel::V: g = QCPColorGradient(QCPColorGradient::gpJet); break;
    }
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(QColor(255, 0, 255));
    return g;
}

QString scaleLabel(Channel channel) {
    switch (channel) {
    case Channel::Fault: return FrameViewer::tr("Fault map (0 / 1)");
    case Channel::Curl: return FrameViewer::tr("Curl (1/frame)");
    case Channel::U: return FrameViewer::tr("u (mm)");
    case Channel::V: return FrameViewer::tr("v (mm)");
    }
    return {};
}

// Why a window gives no sample at this frame, in a word or two.
QString skippedText(SampleStatus status) {
    switch (status) {
    case SampleStatus::EmptyFaultMap: return FrameViewer::tr("empty");
    case SampleStatus::NonFinite: return FrameViewer::tr("NaN");
    case SampleStatus::ZeroVelocity: return FrameViewer::tr("no slip");
    case SampleStatus::Kept: break;
    }
    return {};
}

}  // namespace

FrameViewer::FrameViewer(QWidget* parent) : QCustomPlot(parent) {
    setObjectName("frameViewer");
    setMinimumSize(420, 260);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMouseTracking(true);
    setToolTip(
        tr("Wheel: zoom · drag the background: pan · double-click: fit\n"
           "Drag inside a window: move all windows up or down (first row)\n"
           "Drag the right edge of window 0: width · the left edge of window 1: stride\n"
           "Drag the bottom edge of a window: height"));

    xAxis->setLabel(tr("Column (px)"));
    yAxis->setLabel(tr("Row (px)"));
    yAxis->setRangeReversed(true);  // row 0 at the top, as images are shown
    xAxis2->setVisible(true);
    xAxis2->setLabel(tr("x (mm)"));
    connect(xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged), this, [this] { updateMmAxis(); });
    connect(xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged), this, [this] { userMovedView_ = true; });

    colorMap_ = new QCPColorMap(xAxis, yAxis);
    colorMap_->setInterpolate(false);
    colorMap_->setTightBoundary(false);
    colorScale_ = new QCPColorScale(this);
    colorScale_->setType(QCPAxis::atRight);
    colorScale_->setBarWidth(12);
    plotLayout()->addElement(0, 1, colorScale_);
    colorMap_->setColorScale(colorScale_);
    colorScale_->setVisible(false);  // shown with the first frame drawn
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    colorScale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    addLayer("cropWindows", layer("main"), QCustomPlot::limAbove);
    message_ = new QCPItemText(this);
    message_->position->setType(QCPItemPosition::ptAxisRectRatio);
    message_->position->setCoords(0.5, 0.5);
    message_->setFont(QFont(font().family(), 11));
    message_->setColor(QColor(90, 90, 90));
    connect(this, &QCustomPlot::afterLayout, this,
            [this] { message_->setText(wrapToWidth(messageText_, message_->font(), axisRect()->width() - 20)); });
    setMessage(tr("Select an experiment to see its frames"));
    applyChannelStyle();
}

void FrameViewer::setExperiment(std::shared_ptr<const Experiment> experiment) {
    experiment_ = std::move(experiment);
    frame_ = experiment_ ? std::clamp(frame_, 0, std::max(0, experiment_->frames() - 1)) : 0;
    message_->setVisible(!experiment_);
    refreshImage();
    rebuildOverlay();
    fitView();
}

void FrameViewer::setMessage(const QString& message) {
    messageText_ = message;
    message_->setText(wrapToWidth(message, message_->font(), axisRect()->width() - 20));
    message_->setVisible(!experiment_ || !message.isEmpty());
    replot(rpQueuedReplot);
}

void FrameViewer::setChannel(Channel channel) {
    channel_ = channel;
    applyChannelStyle();
    refreshImage();
}

void FrameViewer::setFrame(int frame) {
    frame_ = frame;
    refreshImage();
}

void FrameViewer::setCrop(const CropSpec& crop) {
    if (crop == crop_ && !windowRects_.empty()) return;
    crop_ = crop;
    rebuildOverlay();
}

void FrameViewer::setDx(double dx) {
    dx_ = dx;
    updateMmAxis();
    replot(rpQueuedReplot);
}

void FrameViewer::setWindowStatuses(std::vector<SampleStatus> statuses) {
    statuses_ = std::move(statuses);
    rebuildOverlay();
}

void FrameViewer::setWindowSplits(std::vector<Split> splits) {
    splits_ = std::move(splits);
    rebuildOverlay();
}

void FrameViewer::setOverlayOpacity(double opacity) {
    overlayOpacity_ = std::clamp(opacity, 0.0, 1.0);
    rebuildOverlay();
}

QColor FrameViewer::windowColor(int window) const {
    if (window < 0 || window >= static_cast<int>(windowRects_.size())) return {};
    return windowRects_[static_cast<size_t>(window)]->pen().color();
}

void FrameViewer::setHighlightedWindow(int window) {
    if (window == highlighted_) return;
    highlighted_ = window;
    rebuildOverlay();
}

void FrameViewer::applyChannelStyle() {
    colorMap_->setGradient(gradientFor(channel_));
    colorScale_->axis()->setLabel(scaleLabel(channel_));
}

void FrameViewer::refreshImage() {
    QCPColorMapData* data = colorMap_->data();
    if (!experiment_ || experiment_->frames() == 0 || !experiment_->hasChannel(channel_)) {
        data->clear();
        colorScale_->setVisible(false);  // a scale over nothing would show a stale range
        if (experiment_ && !experiment_->hasChannel(channel_)) {
            messageText_ = tr("This channel is not loaded");
            message_->setText(messageText_);
            message_->setVisible(true);
        }
        replot(rpQueuedReplot);
        return;
    }
    const int rows = experiment_->rows(), cols = experiment_->cols();
    if (data->keySize() != cols || data->valueSize() != rows) data->setSize(cols, rows);
    data->setRange(QCPRange(0, cols - 1), QCPRange(0, rows - 1));
    double maxAbs = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const double v = experiment_->value(channel_, frame_, r, c);
            data->setCell(c, r, v);
            if (std::isfinite(v)) maxAbs = std::max(maxAbs, std::abs(v));
        }
    if (channel_ == Channel::Fault) {
        colorMap_->setDataRange(QCPRange(0, 1));
    } else if (channel_ == Channel::Curl) {
        const double m = maxAbs > 0 ? maxAbs : 1.0;
        colorMap_->setDataRange(QCPRange(-m, m));  // symmetric: white is zero curl
    } else {
        colorMap_->rescaleDataRange(true);
    }
    colorScale_->setVisible(true);
    message_->setVisible(false);
    replot(rpQueuedReplot);
}

void FrameViewer::rebuildOverlay() {
    for (QCPAbstractItem* item : overlayItems_) removeItem(item);
    overlayItems_.clear();
    windowRects_.clear();
    if (!experiment_) {
        replot(rpQueuedReplot);
        return;
    }
    const int rows = experiment_->rows(), cols = experiment_->cols();
    if (crop_.firstRow + crop_.height > rows || crop_.width > cols) {
        replot(rpQueuedReplot);
        return;
    }
    if (overlayOpacity_ <= 0) {  // hidden: nothing drawn, nothing to hover
        replot(rpQueuedReplot);
        return;
    }
    auto faded = [this](QColor c) {
        c.setAlphaF(c.alphaF() * overlayOpacity_);
        return c;
    };
    for (const WindowRect& w : crop_.windows(cols)) {
        const bool empty = w.index < static_cast<int>(statuses_.size()) &&
                           statuses_[static_cast<size_t>(w.index)] != SampleStatus::Kept;
        const bool hasSplit = w.index < static_cast<int>(splits_.size());
        const Split split = hasSplit ? splits_[static_cast<size_t>(w.index)] : Split::Train;
        const QColor penColor = hasSplit ? splitColor(split).darker(115) : kWindowPens[w.index % 2];
        QColor fill = hasSplit ? splitColor(split) : kWindowFills[w.index % 2];
        fill.setAlpha(55);
        auto* rect = new QCPItemRect(this);
        rect->setLayer("cropWindows");
        rect->setClipToAxisRect(true);
        rect->topLeft->setCoords(w.col - 0.5, w.row - 0.5);
        rect->bottomRight->setCoords(w.col + w.width - 0.5, w.row + w.height - 0.5);
        QPen pen(faded(penColor), 1.5);
        if (empty) {
            rect->setBrush(QBrush(faded(QColor(120, 120, 120, 150)), Qt::BDiagPattern));
            pen.setStyle(Qt::DashLine);
        } else {
            rect->setBrush(faded(fill));
        }
        if (w.index == highlighted_) {
            pen = QPen(QColor(220, 30, 30), 2.5);  // the red outline of fig. 1d
        } else if (w.index == hovered_) {
            pen.setWidthF(2.5);
        }
        rect->setPen(pen);
        rect->setSelectable(false);
        windowRects_.push_back(rect);
        overlayItems_.push_back(rect);

        auto* label = new QCPItemText(this);
        label->setLayer("cropWindows");
        label->setClipToAxisRect(true);
        label->position->setCoords(w.col + w.width / 2.0 - 0.5, w.row + 2);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setTextAlignment(Qt::AlignHCenter);
        QString text = QString::number(w.index);
        if (hasSplit) text += QStringLiteral(" · ") + QString::fromLatin1(splitName(split));
        if (empty) text += "\n" + skippedText(statuses_[size_t(w.index)]);
        label->setText(text);
        label->setColor(faded(empty ? QColor(80, 80, 80) : penColor));
        label->setBrush(faded(QColor(255, 255, 255, 200)));
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setSelectable(false);
        overlayItems_.push_back(label);
    }
    replot(rpQueuedReplot);
}

bool FrameViewer::windowDrawnEmpty(int window) const {
    if (window < 0 || window >= static_cast<int>(windowRects_.size())) return false;
    return windowRects_[static_cast<size_t>(window)]->brush().style() == Qt::BDiagPattern;
}

void FrameViewer::updateMmAxis() {
    const QCPRange r = xAxis->range();
    xAxis2->setRange(r.lower * dx_, r.upper * dx_);
}

void FrameViewer::fitView() {
    if (!experiment_) return;
    const int rows = experiment_->rows(), cols = experiment_->cols();
    replot(rpImmediateRefresh);  // lays out the axis rect so its size is known
    const QRect area = axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0) return;
    // Square pixels: the tighter of the two directions sets the scale, the other is centred.
    const double pxPerCell = std::min(area.width() / double(cols), area.height() / double(rows));
    const double xSpan = area.width() / pxPerCell, ySpan = area.height() / pxPerCell;
    const double xMid = (cols - 1) / 2.0, yMid = (rows - 1) / 2.0;
    xAxis->setRange(xMid - xSpan / 2, xMid + xSpan / 2);
    yAxis->setRange(yMid - ySpan / 2, yMid + ySpan / 2);
    userMovedView_ = false;
    replot(rpQueuedReplot);
}

double FrameViewer::shownValue(int row, int col) const {
    QCPColorMapData* data = colorMap_->data();  // cell() is not const in QCustomPlot
    if (!experiment_ || row < 0 || col < 0 || col >= data->keySize() || row >= data->valueSize())
        return std::numeric_limits<double>::quiet_NaN();
    return data->cell(col, row);
}

QPoint FrameViewer::widgetPoint(double col, double row) const {
    return QPoint(qRound(xAxis->coordToPixel(col)), qRound(yAxis->coordToPixel(row)));
}

int FrameViewer::windowAt(double col, double row) const {
    if (!experiment_) return -1;
    if (row < crop_.firstRow - 0.5 || row > crop_.firstRow + crop_.height - 0.5) return -1;
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (const WindowRect& w : crop_.windows(experiment_->cols())) {
        if (col < w.col - 0.5 || col > w.col + w.width - 0.5) continue;
        const double d = std::abs(col - (w.col + w.width / 2.0));
        if (d < bestDistance) bestDistance = d, best = w.index;
    }
    return best;
}

FrameViewer::Handle FrameViewer::handleAt(const QPointF& pos, int* window) const {
    if (window) *window = -1;
    if (!experiment_ || windowRects_.empty()) return Handle::None;
    const double top = yAxis->coordToPixel(crop_.firstRow - 0.5);
    const double bottom = yAxis->coordToPixel(crop_.firstRow + crop_.height - 0.5);
    const double yMin = std::min(top, bottom), yMax = std::max(top, bottom);
    const bool withinRows = pos.y() >= yMin - kHandleTolerancePx && pos.y() <= yMax + kHandleTolerancePx;
    if (!withinRows) return Handle::None;
    const double col = xAxis->pixelToCoord(pos.x()), row = yAxis->pixelToCoord(pos.y());
    if (std::abs(pos.x() - xAxis->coordToPixel(crop_.width - 0.5)) <= kHandleTolerancePx) {
        if (window) *window = 0;
        return Handle::Width;
    }
    if (windowRects_.size() >= 2 && std::abs(pos.x() - xAxis->coordToPixel(crop_.stride - 0.5)) <= kHandleTolerancePx) {
        if (window) *window = 1;
        return Handle::Stride;
    }
    const int w = windowAt(col, std::clamp(row, crop_.firstRow - 0.5, crop_.firstRow + crop_.height - 0.5));
    if (w < 0) return Handle::None;
    if (window) *window = w;
    if (std::abs(pos.y() - bottom) <= kHandleTolerancePx) return Handle::Height;
    if (pos.y() >= yMin && pos.y() <= yMax) return Handle::Move;
    return Handle::None;
}

CropSpec FrameViewer::draggedCrop(const QPointF& pos) const {
    CropSpec c = dragStartCrop_;
    const int rows = experiment_->rows(), cols = experiment_->cols();
    const int dCol = qRound(xAxis->pixelToCoord(pos.x()) - xAxis->pixelToCoord(dragStart_.x()));
    const int dRow = qRound(yAxis->pixelToCoord(pos.y()) - yAxis->pixelToCoord(dragStart_.y()));
    switch (drag_) {
    case Handle::Move: c.firstRow = std::clamp(c.firstRow + dRow, 0, std::max(0, rows - c.height)); break;
    case Handle::Width: c.width = std::clamp(c.width + dCol, 1, cols); break;
    case Handle::Stride: c.stride = std::clamp(c.stride + dCol, 1, cols); break;
    case Handle::Height: c.height = std::clamp(c.height + dRow, 1, rows - c.firstRow); break;
    case Handle::None: break;
    }
    return c;
}

void FrameViewer::mousePressEvent(QMouseEvent* event) {
    int window = -1;
    const Handle handle = event->button() == Qt::LeftButton ? handleAt(event->position(), &window) : Handle::None;
    if (handle == Handle::None) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    // A press on a window edits the crop instead of panning the view.
    drag_ = handle;
    dragStart_ = event->position();
    dragStartCrop_ = crop_;
    if (window >= 0) emit windowClicked(window);
    event->accept();
}

void FrameViewer::mouseMoveEvent(QMouseEvent* event) {
    if (drag_ != Handle::None) {
        const CropSpec c = draggedCrop(event->position());
        if (c != crop_) {
            crop_ = c;
            rebuildOverlay();
            emit cropEdited(crop_);
        }
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);

    const double col = xAxis->pixelToCoord(event->position().x());
    const double row = yAxis->pixelToCoord(event->position().y());
    const int r = qRound(row), c = qRound(col);
    const bool inside = experiment_ && r >= 0 && c >= 0 && r < experiment_->rows() && c < experiment_->cols();
    emit cursorMoved(inside ? r : -1, inside ? c : -1);

    const int w = inside ? windowAt(col, row) : -1;
    if (w != hovered_) {
        hovered_ = w;
        rebuildOverlay();
        emit windowHovered(w);
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        switch (handleAt(event->position())) {
        case Handle::Width:
        case Handle::Stride: setCursor(Qt::SizeHorCursor); break;
        case Handle::Height: setCursor(Qt::SizeVerCursor); break;
        case Handle::Move: setCursor(Qt::SizeVerCursor); break;
        case Handle::None: unsetCursor(); break;
        }
    }
}

void FrameViewer::mouseReleaseEvent(QMouseEvent* event) {
    if (drag_ != Handle::None) {
        drag_ = Handle::None;
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void FrameViewer::mouseDoubleClickEvent(QMouseEvent* event) {
    QCustomPlot::mouseDoubleClickEvent(event);
    fitView();
}

void FrameViewer::leaveEvent(QEvent* event) {
    QCustomPlot::leaveEvent(event);
    emit cursorMoved(-1, -1);
    if (hovered_ != -1) {
        hovered_ = -1;
        rebuildOverlay();
        emit windowHovered(-1);
    }
}

void FrameViewer::resizeEvent(QResizeEvent* event) {
    QCustomPlot::resizeEvent(event);
    if (!userMovedView_) fitView();
}

}  // namespace faultke::gui
