#include "gui/predict/KeColours.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace faultke::gui {

QColor sequentialColour(double t) {
    // viridis at 0, 0.25, 0.5, 0.75, 1.
    static constexpr std::array<std::array<int, 3>, 5> stops{
        {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}}};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const size_t i = std::min(static_cast<size_t>(t), stops.size() - 2);
    const double f = t - static_cast<double>(i);
    auto mix = [&](int c) { return static_cast<int>(std::lround(stops[i][c] * (1 - f) + stops[i + 1][c] * f)); };
    return QColor(mix(0), mix(1), mix(2));
}

QCPColorScale* addKeColourScale(QCustomPlot* plot, const QString& label, int levels) {
    auto* scale = new QCPColorScale(plot);
    scale->setType(QCPAxis::atRight);
    scale->axis()->setLabel(label);
    QCPColorGradient gradient;
    if (levels > 0) gradient.setLevelCount(levels);
    for (int i = 0; i <= 10; ++i) gradient.setColorStopAt(i / 10.0, sequentialColour(i / 10.0));
    scale->setGradient(gradient);
    scale->setDataRange(QCPRange(0, 1));
    plot->plotLayout()->addElement(0, 1, scale);
    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    return scale;
}

QColor divergingColour(double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.0, -1.0, 1.0);
    const int fade = static_cast<int>(std::lround(255 * (1 - std::abs(t))));
    return t >= 0 ? QColor(255, fade, fade) : QColor(fade, fade, 255);
}

}  // namespace faultke::gui
