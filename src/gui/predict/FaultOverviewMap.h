#pragma once
// Every fault of a fault database on one zoomable map, coloured by its median KE (grey: not
// predicted), in the layer's own coordinates, with a colour bar. Faults are drawn as one curve per
// colour step, with a few vertices each while the map shows much of the database and all of them
// when zoomed in, so 14,000 faults stay quick to draw; a click picks the nearest fault.
#include <QWidget>

#include <vector>

#include "gui/predict/FaultTableModel.h"

class QCustomPlot;
class QCPColorScale;
class QCPCurve;

namespace faultke::gui {

class FaultOverviewMap : public QWidget {
    Q_OBJECT
public:
    explicit FaultOverviewMap(QWidget* parent = nullptr);

    // Draws `faults` from scratch (the axes fit them until the user's zoom takes over).
    void setFaults(const std::vector<FaultRow>* faults, bool geographic);
    // Adds the faults that arrived since the last call, and redraws.
    void refresh();
    void highlight(int row);
    QCustomPlot* plot() const { return plot_; }

signals:
    void faultClicked(int row);

private:
    QCustomPlot* plot_;
    QCPColorScale* scale_;
    std::vector<QCPCurve*> bins_;  // one per KE colour step, then the unpredicted
    QCPCurve* selected_;
    const std::vector<FaultRow>* faults_ = nullptr;
    bool fitted_ = false;
    int highlighted_ = -1;
    size_t drawn_ = 0;    // faults already in the curves
    bool coarse_ = true;  // a few vertices per part (zoomed out)
    bool geographic_ = true;
    double minX_ = 1e300, maxX_ = -1e300, minY_ = 1e300, maxY_ = -1e300;
};

}  // namespace faultke::gui
