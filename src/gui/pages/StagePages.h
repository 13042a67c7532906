#pragma once
// The pages of the workflow that are not built yet: Evaluate and Predict.
#include <QCoreApplication>

#include "gui/pages/ComingPage.h"

namespace faultke::gui {

class StagePages {
    Q_DECLARE_TR_FUNCTIONS(faultke::gui::StagePages)
public:
    static ComingPage* evaluate(QWidget* parent = nullptr);
    static ComingPage* predict(QWidget* parent = nullptr);
};

}  // namespace faultke::gui
