#pragma once
// A plot's legend beside its axes, at the top, rather than inside them, where it covers data on
// a small screen.
class QCustomPlot;

namespace faultke::gui {

void placeLegendBeside(QCustomPlot* plot);

}  // namespace faultke::gui
