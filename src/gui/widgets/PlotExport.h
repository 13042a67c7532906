#pragma once
// Writes a plot as PNG (at twice its size on screen), SVG or PDF, by the file's extension,
// through a temporary file: a failed export leaves an earlier file as it was. False on failure.
#include <QString>

class QCustomPlot;

namespace faultke::gui {

bool exportPlot(QCustomPlot* plot, const QString& path);

}  // namespace faultke::gui
