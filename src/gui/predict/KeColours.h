#pragma once
// The colour scales of the Predict page: KE (and its SD) on a perceptual sequential scale
// (viridis), and occlusion changes on a diverging one (blue − / white 0 / red +).
#include <QColor>
#include <QString>

class QCustomPlot;
class QCPColorScale;

namespace faultke::gui {

// t in [0, 1] (clamped) on viridis.
QColor sequentialColour(double t);
// A KE colour bar (0-1 on the sequential scale, in `levels` steps, 0: smooth) at the right of the
// plot's axis rect, its height kept to the rect's.
QCPColorScale* addKeColourScale(QCustomPlot* plot, const QString& label, int levels = 0);

// t in [-1, 1] (clamped): blue for negative, white at 0, red for positive.
QColor divergingColour(double t);

}  // namespace faultke::gui
