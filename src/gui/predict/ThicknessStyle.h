#pragma once
// How the Predict page's charts tell trace thicknesses apart, as fig4 of the paper does: one
// marker shape (and colour) per thickness.
#include <QColor>
#include <QString>

#include <qcustomplot.h>

namespace faultke::gui {

QCPScatterStyle::ScatterShape thicknessShape(int pixels);
QColor thicknessColour(int pixels);
// "2 px", or "as drawn" for 0.
QString thicknessName(int pixels);

}  // namespace faultke::gui
