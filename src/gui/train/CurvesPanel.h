#pragma once
// The Train page's curves as the paper's fig. 2 (b, c): loss (log scale) and 2SD accuracy
// against epoch, train and eval (and test when present) per run, the per-batch training loss
// faint beneath. Smoothing as TensorBoard (debiased EMA, raw values faint), an "ignore
// outliers" y-range, repeats as their mean with a ±1 SD band and the members faint, the best
// epoch marked, references dashed. Clicking a point selects that run and epoch; hovering
// names run, epoch and value. Data arrive as often as they like; the plots redraw on a timer
// (at most 10 times a second), never once per report.
#include <QHash>
#include <QWidget>

#include <vector>

#include "gui/train/CurveSeries.h"

class QCheckBox;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QSlider;
class QTimer;

namespace faultke::gui {

class CurvesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CurvesPanel(QWidget* parent = nullptr);

    void setSeries(std::vector<CurveSeries> series);
    const std::vector<CurveSeries>& series() const { return series_; }
    // Live updates of a run in progress (added when not shown yet).
    void appendEpoch(const QString& run, const HistoryRow& row);
    void appendBatch(const QString& run, double epoch, double loss);
    void setBestEpoch(const QString& run, int epoch);

    void setSmoothing(double weight);
    double smoothing() const { return smoothing_; }
    void setIgnoreOutliers(bool ignore);

    QCustomPlot* lossPlot() const { return loss_; }
    QCustomPlot* accuracyPlot() const { return accuracy_; }
    QSlider* smoothingSlider() const { return smoothingSlider_; }
    // How often the plots were rebuilt (tests check the timer coalesces reports).
    int redrawCount() const { return redraws_; }
    // Draws now what is pending (tests, export).
    void redrawNow();
    // The graph of `run`'s `column` ("eval_acc2sd", "train_loss", ...), smoothed; nullptr when
    // not drawn. Group means are named "<group> mean".
    QCPGraph* graphOf(const QString& run, const QString& column) const;
    // What hovering at `pos` on `plot` shows; empty when no point is near.
    QString pointText(QCustomPlot* plot, const QPointF& pos) const;
    // A history column ("eval_acc2sd") as the user reads it ("eval 2SD accuracy").
    static QString columnName(const QString& column);
    // Says what the loss is (its tooltip).
    QLabel* lossHelp() const { return lossHelp_; }

signals:
    void epochClicked(const QString& run, int epoch);
    void runClicked(const QString& run);
    // A click that chose nothing, and why (a group's mean curve has no epoch of its own).
    void notice(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markDirty();
    void rebuild();
    void drawSeries(const CurveSeries& s, bool faint);
    void drawTestAtChosenEpoch(const CurveSeries& s);
    void drawGroup(const QString& group, const std::vector<const CurveSeries*>& members);
    void fitRanges();
    // width: the plot's, when its viewport is not resized yet; else 0.
    void fitLegend(QCustomPlot* plot, int width = 0);
    void onPlotClicked(QCustomPlot* plot, QMouseEvent* event);
    void onHover(QCustomPlot* plot, QMouseEvent* event);
    CurveSeries* find(const QString& run);

    QCustomPlot* loss_;
    QCustomPlot* accuracy_;
    QSlider* smoothingSlider_;
    QLabel* smoothingValue_;
    QLabel* lossHelp_;
    QCheckBox* outliers_;
    QTimer* redrawTimer_;

    std::vector<CurveSeries> series_;
    double smoothing_ = 0.6;
    bool ignoreOutliers_ = false;
    bool dirty_ = false;
    bool inGroupLegend_ = false;  // drawing a group's member: no legend entries of its own
    int redraws_ = 0;
    struct GraphInfo {
        QString run;
        QString column;
        int repeats = 0;  // a group's mean: how many runs it averages
    };
    QHash<QCPGraph*, GraphInfo> graphs_;
};

}  // namespace faultke::gui
