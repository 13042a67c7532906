#pragma once
// The Predict page's summary of one input, as rich text: per trace thickness the window count,
// mean, median, range and SD of KE, how many windows were left out and how many read above 1
// (outside what the model learnt), and what an ensemble's SD means.
#include <QCoreApplication>
#include <QString>

#include "gui/predict/PredictionTableModel.h"

namespace faultke::gui {

class PredictionSummaryText {
    Q_DECLARE_TR_FUNCTIONS(PredictionSummaryText)
public:
    // modelCount: the members of the model that predicted (1 for a single model).
    static QString of(const PredictInput& input, size_t modelCount);
};

}  // namespace faultke::gui
