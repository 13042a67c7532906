#pragma once
// The three real fault maps of the paper's fig4 (Calico, San Andreas, Futagawa), cut at test time
// from ../shared/seed/fig4.png: each inset inside its frame, its scale bar, "1 km" and north arrow
// blanked, black traces on white. And the same traces vectorised into a GIS file at the inset's
// true scale, as a user would digitise them. Nothing of fig4 is kept in the repository.
#include <QString>
#include <QStringList>

#include <vector>

namespace faultke::test {

struct Fig4Fault {
    QString name;         // "San Andreas"
    QString file;         // "san-andreas": the file names' stem
    double pixelsPerKm;   // the inset's 1 km scale bar, in fig4 pixels
    double paperLow = 0;  // the range of the published CNN's window predictions in fig4
    double paperHigh = 0;
};

// Calico, San Andreas, Futagawa, in fig4's order.
const std::vector<Fig4Fault>& fig4Faults();

// fig4.png under the shared folder; empty when absent (tests QSKIP with the reason).
QString fig4Path();

// Writes <dir>/<file>.png for each fault; returns the paths in fig4's order, or an empty list when
// fig4.png is absent.
QStringList cutFig4Insets(const QString& dir);

// The traces of a fault-map picture (dark on light) thinned to centrelines and written as line
// features of a GeoJSON file in UTM 11N, `pixelsPerKm` picture pixels to the kilometre, north up.
QString vectoriseTraces(const QString& picture, const QString& geojson, double pixelsPerKm);

}  // namespace faultke::test
