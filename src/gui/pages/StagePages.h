#pragma once
// The page of the workflow that is not built yet: Predict.
#include <QCoreApplication>

#include "gui/pages/ComingPage.h"

namespace faultke::gui {

class StagePages {
    Q_DECLARE_TR_FUNCTIONS(faultke::gui::StagePages)
public:
    static ComingPage* predict(QWidget* parent = nullptr);
};

}  // namespace faultke::gui
