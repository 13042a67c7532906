#pragma once
// The colour scales of the Predict page: KE (and its SD) on a perceptual sequential scale
// (viridis), and occlusion changes on a diverging one (blue − / white 0 / red +).
#include <QColor>

namespace faultke::gui {

// t in [0, 1] (clamped) on viridis.
QColor sequentialColour(double t);
// t in [-1, 1] (clamped): blue for negative, white at 0, red for positive.
QColor divergingColour(double t);

}  // namespace faultke::gui
