#pragma once
// The pages of the workflow that are not built yet: Train, Evaluate and Predict (and Data,
// when the Data page is not part of this build).
#include <QCoreApplication>

#include "gui/pages/ComingPage.h"

namespace faultke::gui {

class StagePages {
    Q_DECLARE_TR_FUNCTIONS(faultke::gui::StagePages)
public:
    static ComingPage* data(QWidget* parent = nullptr);
    static ComingPage* train(QWidget* parent = nullptr);
    static ComingPage* evaluate(QWidget* parent = nullptr);
    static ComingPage* predict(QWidget* parent = nullptr);
};

}  // namespace faultke::gui
