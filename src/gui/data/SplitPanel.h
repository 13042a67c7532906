#pragma once
// The split settings (eval and test windows per experiment, seed) and what they give: samples
// and ratio per split in a table and the KE distribution per split as a histogram.
#include <QWidget>

#include <cstdint>

#include "core/data/SplitSummary.h"

class QSpinBox;
class QTableWidget;
class QLabel;
class QCustomPlot;
class QCPBars;

namespace faultke::gui {

class SplitPanel : public QWidget {
    Q_OBJECT
public:
    explicit SplitPanel(QWidget* parent = nullptr);

    int evalWindows() const;
    int testWindows() const;
    uint64_t seed() const;
    // Sets the values without emitting settingsChanged.
    void setSettings(int evalWindows, int testWindows, uint64_t seed);
    void setSummary(const SplitSummary& summary);

    QSpinBox* evalBox() const { return eval_; }
    QSpinBox* testBox() const { return test_; }
    QSpinBox* seedBox() const { return seed_; }
    QTableWidget* summaryTable() const { return table_; }
    QCustomPlot* histogram() const { return histogram_; }
    // Samples shown in the table for a split (row 0..2) or the total (row 3).
    int shownSamples(int row) const;

signals:
    void settingsChanged();

private:
    QSpinBox* eval_;
    QSpinBox* test_;
    QSpinBox* seed_;
    QTableWidget* table_;
    QLabel* note_;
    QCustomPlot* histogram_;
    QCPBars* bars_[3];
};

}  // namespace faultke::gui
