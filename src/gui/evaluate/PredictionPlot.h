#pragma once
// One split's predicted (x) against true (y) KE as the paper's fig. 3: samples within 2 SD
// ("correct") and outside ("incorrect") in two translucent colours so density shows, the 1:1
// line, equal axes, each class's share in the legend and the sample count in the title; the
// figures (2SD and 1SD accuracy, R², MAE, RMSE) beside it. Hovering or clicking a point names
// its sample (its index in the evaluation).
#include <QWidget>

#include <vector>

#include "core/model/EvaluationStore.h"

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace faultke::gui {

class PredictionPlot : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPlot(Split split, QWidget* parent = nullptr);

    // The samples of this plot's split that `filter` lets through are drawn.
    void setSamples(const std::vector<SamplePrediction>* samples, const PredictionFilter& filter);
    Split split() const { return split_; }
    QCustomPlot* plot() const { return plot_; }
    QLabel* figuresLabel() const { return figures_; }
    int correctCount() const;
    int incorrectCount() const;
    // The sample drawn nearest to a widget point of the plot, within a few pixels; -1 when none.
    int sampleAt(const QPointF& plotPos) const;

signals:
    void sampleHovered(int sample);
    void sampleClicked(int sample);

private:
    Split split_;
    QCustomPlot* plot_;
    QCPGraph* correct_;
    QCPGraph* incorrect_;
    QLabel* figures_;
    const std::vector<SamplePrediction>* samples_ = nullptr;
    std::vector<int> shown_;  // sample indices drawn
};

}  // namespace faultke::gui
