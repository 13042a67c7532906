#pragma once
// Fault traces from a GIS file drawn in map coordinates (km east and north in the local frame,
// north up, equal scales) with their windows overlaid and filled by KE (or by its SD), a colour
// scale beside them, and the selected window outlined. A click selects the window under it.
#include <QWidget>

#include <memory>

#include "core/gis/TracePrediction.h"

class QCustomPlot;
class QCPColorScale;

namespace faultke::gui {

class TraceMapView : public QWidget {
    Q_OBJECT
public:
    enum class ColourBy { Ke, Sd };

    explicit TraceMapView(QWidget* parent = nullptr);

    // Traces alone (before a model has predicted them).
    void setTraces(std::shared_ptr<const FaultTraceSet> traces);
    void setPrediction(std::shared_ptr<const TracePrediction> prediction);
    void setColourBy(ColourBy colourBy);
    void selectWindow(int index);  // into the prediction's windows; -1: none
    int selectedWindow() const { return selected_; }
    void clear();

    QCustomPlot* plot() const { return plot_; }
    // Plottables drawn: one curve per trace part and one per window (tests).
    int traceCurves() const { return traceCurves_; }
    int windowCurves() const { return windowCurves_; }

signals:
    void windowSelected(int index);

private:
    void draw();
    void fitView();

    QCustomPlot* plot_;
    QCPColorScale* scale_;
    std::shared_ptr<const FaultTraceSet> traces_;
    std::shared_ptr<const TracePrediction> prediction_;
    ColourBy colourBy_ = ColourBy::Ke;
    int selected_ = -1;
    int traceCurves_ = 0, windowCurves_ = 0;
};

}  // namespace faultke::gui
