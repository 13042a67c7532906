#include "gui/pages/StagePages.h"

namespace faultke::gui {

ComingPage* StagePages::predict(QWidget* parent) {
    return new ComingPage(QIcon(QStringLiteral(":/icons/page-predict.svg")), tr("Predict"),
                          tr("Apply a trained run to new fault maps (experiment files or images) and map the predicted "
                             "kinematic efficiency along the fault, frame by frame, ready to export."),
                          QStringLiteral("faultke-cli predict --model {runs}/run-1 NEW_EXPERIMENT.mat"), parent);
}

}  // namespace faultke::gui
