#pragma once
// Which samples the Evaluate page shows: experiments (ticked in a list), correct and/or
// incorrect ones, and a range of true KE.
#include <QWidget>

#include <string>
#include <vector>

#include "core/model/EvaluationStore.h"

class QCheckBox;
class QDoubleSpinBox;
class QListWidget;

namespace faultke::gui {

class EvaluateFilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit EvaluateFilterPanel(QWidget* parent = nullptr);

    // The experiments to offer (all ticked).
    void setExperiments(const std::vector<std::string>& names);
    PredictionFilter filter() const;

    QListWidget* experimentList() const { return experiments_; }
    QCheckBox* correctBox() const { return correct_; }
    QCheckBox* incorrectBox() const { return incorrect_; }
    QDoubleSpinBox* keMinBox() const { return keMin_; }
    QDoubleSpinBox* keMaxBox() const { return keMax_; }

signals:
    void changed();

private:
    QListWidget* experiments_;
    QCheckBox* correct_;
    QCheckBox* incorrect_;
    QDoubleSpinBox* keMin_;
    QDoubleSpinBox* keMax_;
};

}  // namespace faultke::gui
