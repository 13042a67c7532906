#pragma once
// A plot's legend beside or below its axes rather than inside them, where it covers data on a
// small screen.
class QCustomPlot;

namespace faultke::gui {

void placeLegendBeside(QCustomPlot* plot);
// The legend below the axes, `columns` items to a row (rows follow as needed), so that on a small
// screen it neither covers points nor runs past the plot's edge.
void placeLegendBelow(QCustomPlot* plot, int columns);

}  // namespace faultke::gui
