#include "gui/predict/FaultMapView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "gui/predict/KeColours.h"

namespace faultke::gui {
namespace {

constexpr int kScaleHeight = 44;  // colour bar, ticks and title below the map
constexpr int kMargin = 8;

}  // namespace

FaultMapView::FaultMapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QSize FaultMapView::sizeHint() const { return {900, 260}; }
QSize FaultMapView::minimumSizeHint() const { return {240, 140}; }

QString FaultMapView::dropHint() {
    return tr(
        "Drop fault-map images (PNG, JPEG, TIFF, BMP), .npy maps or .mat experiments here, "
        "or use Open… or Paste.\nThe traces may be dark on light or light on dark; the map is "
        "cut into 128 × 64 windows along the picture's x axis (Rotation turns oblique traces horizontal "
        "first) and each window gets a KE.");
}

void FaultMapView::clear(const QString& hint) {
    prediction_ = MapPrediction();
    picture_ = QImage();
    hint_ = hint;
    selected_ = -1;
    occlusion_.reset();
    update();
}

void FaultMapView::setMap(const FaultMapWindows& map) {
    MapPrediction preview;
    preview.input = map.source;
    preview.map = map;
    setPrediction(preview);
}

void FaultMapView::setPrediction(const MapPrediction& prediction) {
    const bool sameMap = prediction.map.cols == prediction_.map.cols && prediction.map.binary == prediction_.map.binary;
    prediction_ = prediction;
    if (!sameMap) {
        const FaultMapWindows& map = prediction_.map;
        picture_ = QImage(map.cols, map.rows, QImage::Format_Grayscale8);
        for (int r = 0; r < map.rows; ++r) {
            uchar* line = picture_.scanLine(r);
            for (int c = 0; c < map.cols; ++c) line[c] = map.binary[static_cast<size_t>(r) * map.cols + c] ? 0 : 255;
        }
        occlusion_.reset();
    }
    if (selected_ >= static_cast<int>(prediction_.map.windows.size())) selected_ = -1;
    update();
}

void FaultMapView::setColourBy(ColourBy by) {
    colourBy_ = by;
    update();
}

void FaultMapView::setOcclusion(const std::optional<OcclusionMap>& occlusion) {
    occlusion_ = occlusion;
    update();
}

void FaultMapView::selectWindow(int index) {
    if (index < -1 || index >= static_cast<int>(prediction_.map.windows.size())) index = -1;
    if (index == selected_) return;
    selected_ = index;
    occlusion_.reset();
    update();
    emit windowSelected(index);
}

double FaultMapView::scaleMaximum() const {
    if (colourBy_ == ColourBy::Ke) return 1.0;
    double largest = 0;
    for (const MapWindowKe& w : prediction_.windows) largest = std::max(largest, w.sd);
    return largest > 0 ? largest : 0.1;
}

QRectF FaultMapView::mapArea() const {
    const FaultMapWindows& map = prediction_.map;
    if (map.cols <= 0 || map.rows <= 0) return {};
    const double width = std::max(1, this->width() - 2 * kMargin);
    const double height = std::max(1, this->height() - 2 * kMargin - kScaleHeight);
    const double scale = std::min(width / map.cols, height / map.rows);
    const double w = map.cols * scale, h = map.rows * scale;
    return {kMargin + (width - w) / 2, kMargin + (height - h) / 2, w, h};
}

QRectF FaultMapView::toWidget(const WindowRect& rect) const {
    const QRectF area = mapArea();
    const double scale = area.width() / std::max(1, prediction_.map.cols);
    return {area.left() + rect.col * scale, area.top() + rect.row * scale, rect.width * scale, rect.height * scale};
}

QRectF FaultMapView::windowArea(int index) const {
    if (index < 0 || index >= static_cast<int>(prediction_.map.windows.size())) return {};
    return toWidget(prediction_.map.windows[static_cast<size_t>(index)]);
}

int FaultMapView::windowAt(const QPointF& point) const {
    // Windows overlap (stride < width): the one whose middle is nearest wins.
    int best = -1;
    double bestDistance = 0;
    for (size_t i = 0; i < prediction_.map.windows.size(); ++i) {
        const QRectF area = toWidget(prediction_.map.windows[i]);
        if (!area.contains(point)) continue;
        const double distance = std::abs(area.center().x() - point.x());
        if (best < 0 || distance < bestDistance) best = static_cast<int>(i), bestDistance = distance;
    }
    return best;
}

int FaultMapView::leftOutAt(const QPointF& point) const {
    for (size_t i = 0; i < prediction_.map.leftOut.size(); ++i)
        if (toWidget(prediction_.map.leftOut[i].rect).contains(point)) return static_cast<int>(i);
    return -1;
}

void FaultMapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) selectWindow(windowAt(event->position()));
    QWidget::mousePressEvent(event);
}

bool FaultMapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int kept = windowAt(help->pos());
        QString text;
        if (kept >= 0) {
            const WindowRect& rect = prediction_.map.windows[static_cast<size_t>(kept)];
            text = tr("Window %1 (columns %2–%3), trace in %4% of its columns")
                       .arg(rect.index)
                       .arg(rect.col)
                       .arg(rect.col + rect.width - 1)
                       .arg(std::lround(prediction_.map.coverage[static_cast<size_t>(kept)] * 100));
            if (kept < static_cast<int>(prediction_.windows.size())) {
                const MapWindowKe& w = prediction_.windows[static_cast<size_t>(kept)];
                text += w.members.size() > 1 ? tr("\nKE %1 ± %2 (SD of %3 models)")
                                                   .arg(w.ke, 0, 'f', 3)
                                                   .arg(w.sd, 0, 'f', 3)
                                                   .arg(w.members.size())
                                             : tr("\nKE %1").arg(w.ke, 0, 'f', 3);
                if (w.hasInterval())
                    text += tr("\n%1 % interval %2 to %3 (calibrated)")
                                .arg(prediction_.intervalLevel * 100, 0, 'f', 0)
                                .arg(w.low, 0, 'f', 2)
                                .arg(w.high, 0, 'f', 2);
            }
        } else if (const int left = leftOutAt(help->pos()); left >= 0) {
            const LeftOutWindow& w = prediction_.map.leftOut[static_cast<size_t>(left)];
            text = tr("Window %1 left out: %2").arg(w.rect.index).arg(QString::fromStdString(w.reason));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void FaultMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF area = mapArea();
    if (picture_.isNull() || area.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, hint_);
        return;
    }
    painter.drawImage(area, picture_);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);

    // Left-out windows: hatched, under the kept ones.
    for (const LeftOutWindow& w : prediction_.map.leftOut) {
        const QRectF r = toWidget(w.rect);
        painter.setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
        painter.setBrush(QBrush(QColor(120, 120, 120, 150), Qt::BDiagPattern));
        painter.drawRect(r);
    }

    const bool predicted = !prediction_.windows.empty();
    const double maximum = scaleMaximum();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    painter.setFont(small);
    for (size_t i = 0; i < prediction_.map.windows.size(); ++i) {
        const QRectF r = toWidget(prediction_.map.windows[i]);
        QColor colour(128, 128, 128);
        QString label;
        if (predicted && i < prediction_.windows.size()) {
            const MapWindowKe& w = prediction_.windows[i];
            colour = sequentialColour((colourBy_ == ColourBy::Ke ? w.ke : w.sd) / maximum);
            label = colourBy_ == ColourBy::Ke ? QString::number(w.ke, 'f', 2) : QString::number(w.sd, 'f', 3);
        }
        QColor fill = colour;
        fill.setAlpha(55);
        painter.setBrush(fill);
        painter.setPen(QPen(colour, static_cast<int>(i) == selected_ ? 3 : 1.5));
        painter.drawRect(r.adjusted(1, 1, -1, -1));
        if (!label.isEmpty()) {
            // Alternate label rows so neighbouring (overlapping) windows do not collide.
            const QFontMetricsF metrics(small);
            const QSizeF size(metrics.horizontalAdvance(label) + 6, metrics.height() + 2);
            const double y = i % 2 ? r.bottom() - size.height() - 3 : r.top() + 3;
            const QRectF box(r.center().x() - size.width() / 2, y, size.width(), size.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }

    if (occlusion_ && selected_ >= 0) {
        double largest = 1e-9;
        for (double d : occlusion_->delta) largest = std::max(largest, std::abs(d));
        QImage overlay(occlusion_->cols, occlusion_->rows, QImage::Format_ARGB32);
        for (int r = 0; r < occlusion_->rows; ++r)
            for (int c = 0; c < occlusion_->cols; ++c) {
                const double d = occlusion_->at(r, c);
                QColor colour = divergingColour(d / largest);
                colour.setAlpha(d == 0 ? 0 : 170);
                overlay.setPixelColor(c, r, colour);
            }
        // The window was read with its traces centred: move the overlay back onto the map.
        const QRectF area = windowArea(selected_);
        const size_t index = static_cast<size_t>(selected_);
        const int shift = index < prediction_.map.rowShift.size() ? prediction_.map.rowShift[index] : 0;
        painter.save();
        painter.setClipRect(area);
        painter.drawImage(area.translated(0, -shift * area.height() / occlusion_->rows), overlay);
        painter.restore();
    }
    drawScale(painter, area);
}

void FaultMapView::drawScale(QPainter& painter, const QRectF& area) const {
    const bool predicted = !prediction_.windows.empty();
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const double top = area.bottom() + 10;
    const QRectF bar(area.left(), top, std::min(260.0, area.width() * 0.5), 10);
    if (predicted) {
        const double maximum = scaleMaximum();
        for (int x = 0; x < static_cast<int>(bar.width()); ++x) {
            painter.setPen(sequentialColour(x / std::max(1.0, bar.width() - 1)));
            painter.drawLine(QPointF(bar.left() + x, bar.top()), QPointF(bar.left() + x, bar.bottom()));
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        const QString title = colourBy_ == ColourBy::Ke ? tr("KE (window colour)") : tr("SD of KE across models");
        for (int i = 0; i <= 4; ++i) {
            const double x = bar.left() + bar.width() * i / 4.0;
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3));
            const QString tick = QString::number(maximum * i / 4.0, 'g', 2);
            painter.drawText(QPointF(x - metrics.horizontalAdvance(tick) / 2.0, bar.bottom() + 4 + metrics.ascent()),
                             tick);
        }
        painter.drawText(QPointF(bar.right() + 12, bar.bottom()), title);
    }
    // What the hatching and the overlay mean.
    QString legend;
    if (!prediction_.map.leftOut.empty())
        legend = tr("hatched: left out (%n window(s); hover for why)", nullptr,
                    static_cast<int>(prediction_.map.leftOut.size()));
    if (occlusion_ && selected_ >= 0)
        legend += (legend.isEmpty() ? QString() : QStringLiteral("   ")) +
                  tr("overlay: red, masking raises KE; blue, masking lowers it");
    if (!predicted && !prediction_.map.windows.empty())
        legend += (legend.isEmpty() ? QString() : QStringLiteral("   ")) + tr("preview: no model has predicted yet");
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(area.left(), top + 26, area.width(), metrics.height() + 2), Qt::AlignRight, legend);
}

}  // namespace faultke::gui
