#pragma once
// KE of each window against its place along strike, for one input: one series per trace
// thickness, error bars for a calibrated model's intervals (else the SD across an ensemble), the
// selected window marked. Distances are
// km when the predictions were made at a map scale, else columns of the processed map.
#include <QWidget>

#include <vector>

#include "core/model/MapPrediction.h"

class QCustomPlot;

namespace faultke::gui {

class KeAlongStrikePlot : public QWidget {
    Q_OBJECT
public:
    explicit KeAlongStrikePlot(QWidget* parent = nullptr);

    void setPredictions(const std::vector<MapPrediction>& predictions);
    void setSelectedWindow(int index);  // into the first prediction's windows; -1: none
    void clear();
    QCustomPlot* plot() const { return plot_; }
    // The points drawn of series `i` (tests).
    int seriesCount() const;

private:
    void draw();

    QCustomPlot* plot_;
    std::vector<MapPrediction> predictions_;
    int selected_ = -1;
};

}  // namespace faultke::gui
