#include "gui/pages/StagePages.h"

namespace faultke::gui {

ComingPage* StagePages::evaluate(QWidget* parent) {
    return new ComingPage(
        QIcon(QStringLiteral(":/icons/page-evaluate.svg")), tr("Evaluate"),
        tr("Measure a trained run on the test windows it never saw: predicted against true KE per window "
           "and per experiment, error statistics, and the windows it gets most wrong."),
        QStringLiteral("faultke-cli evaluate {runs}/run-1 --data {dataset}"), parent);
}

ComingPage* StagePages::predict(QWidget* parent) {
    return new ComingPage(QIcon(QStringLiteral(":/icons/page-predict.svg")), tr("Predict"),
                          tr("Apply a trained run to new fault maps (experiment files or images) and map the predicted "
                             "kinematic efficiency along the fault, frame by frame, ready to export."),
                          QStringLiteral("faultke-cli predict --model {runs}/run-1 NEW_EXPERIMENT.mat"), parent);
}

}  // namespace faultke::gui
