#pragma once
// Where a model goes wrong, beyond fig. 3: for one experiment, the true KE of each window
// against frame (as the Data page's timeline) with the predictions over it; and the residuals
// (prediction − true KE against true KE) of the samples shown, with the ±2SD envelope.
#include <QWidget>

#include <vector>

#include "core/model/EvaluationStore.h"

class QComboBox;
class QCustomPlot;

namespace faultke::gui {

class DiagnosticPlots : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticPlots(QWidget* parent = nullptr);

    void setSamples(const std::vector<SamplePrediction>* samples, const PredictionFilter& filter);
    QComboBox* experimentBox() const { return experiment_; }
    QCustomPlot* timelinePlot() const { return timeline_; }
    QCustomPlot* residualPlot() const { return residuals_; }

private:
    void drawTimeline();

    QComboBox* experiment_;
    QCustomPlot* timeline_;
    QCustomPlot* residuals_;
    const std::vector<SamplePrediction>* samples_ = nullptr;
    PredictionFilter filter_;
};

}  // namespace faultke::gui
