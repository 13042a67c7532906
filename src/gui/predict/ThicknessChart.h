#pragma once
// The chart of fig4 of the paper for any number of maps: one column per input, the range of
// its windows' KE (over every thickness) as a bar, each window's prediction as a marker whose
// shape says the trace thickness, and the reference range the user typed (a field estimate) as
// a grey bar behind. Column names lie flat under their columns, shortened in the middle to the
// column's width (the whole name in the tooltip), so the plot keeps its height.
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

#include "core/model/MapPrediction.h"

class QCustomPlot;

namespace faultke::gui {

struct ThicknessColumn {
    QString name;                            // as the axis shows it (shortened to fit)
    QString detail;                          // the whole name or path, in the tooltip; the name when empty
    std::vector<MapPrediction> predictions;  // one per thickness
    std::optional<std::pair<double, double>> reference;
};

class ThicknessChart : public QWidget {
    Q_OBJECT
public:
    explicit ThicknessChart(QWidget* parent = nullptr);

    void setColumns(const std::vector<ThicknessColumn>& columns);
    QCustomPlot* plot() const { return plot_; }
    int columnCount() const { return static_cast<int>(columns_.size()); }
    // Markers drawn for `pixels` thick traces, over every column (tests).
    int markerCount(int pixels) const;
    // The names under the columns, as drawn (tests).
    QStringList labels() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void relabel();

    QCustomPlot* plot_;
    std::vector<ThicknessColumn> columns_;
};

}  // namespace faultke::gui
