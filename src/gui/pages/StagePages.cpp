#include "gui/pages/StagePages.h"

namespace faultke::gui {

ComingPage* StagePages::data(QWidget* parent) {
    return new ComingPage(
        QIcon(QStringLiteral(":/icons/page-data.svg")), tr("Data"),
        tr("Add the experiment files (.mat) of your clay-box runs, choose which serve for training only, "
           "set the crop and the split, look at the frames, and prepare the labelled dataset."),
        QStringLiteral("faultke-cli prepare {data} --output {dataset}"), parent);
}

ComingPage* StagePages::train(QWidget* parent) {
    return new ComingPage(
        QIcon(QStringLiteral(":/icons/page-train.svg")), tr("Train"),
        tr("Train the kinematic-efficiency network on the prepared dataset: choose the hyperparameters, "
           "watch the loss and the error on the evaluation windows epoch by epoch, pause or stop, and keep "
           "the best checkpoint as a run in the project's experiments folder."),
        QStringLiteral("faultke-cli train --data {dataset} --output {runs}/run-1"), parent);
}

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
