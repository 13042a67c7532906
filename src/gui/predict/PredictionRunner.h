#pragma once
// The Predict page's predictions, off the GUI thread: the chosen model loaded (an ensemble, its
// intervals calibrated on the project dataset's eval windows when there is one), and the inputs
// predicted through the core's one path (predictInput, as `faultke-cli predict` takes it), each
// result reported as it is ready. One request at a time: a newer one replaces it and the replaced
// one stops at its next batch (LatestJob). Settings changes wait until they rest (schedule()).
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

#include "core/data/FaultMapImage.h"
#include "core/data/FaultMapSource.h"
#include "core/gis/FaultPrediction.h"
#include "core/model/Ensemble.h"

class QTimer;

namespace faultke::gui {

class LatestJob;

class PredictionRunner : public QObject {
    Q_OBJECT
public:
    // What is predicted: a picture, a frame or a map (source), or GIS traces.
    struct Input {
        int id = 0;
        std::shared_ptr<const FaultMapSource> source;
        std::shared_ptr<const FaultTraceSet> traces;
    };
    // At rest this long, changed settings are due (over twice a key's autorepeat interval).
    static constexpr int kSettingsRestMs = 80;

    explicit PredictionRunner(QObject* parent = nullptr);

    // paths: one model or the members of an ensemble; calibrationDataset: empty for none.
    void loadModel(const QStringList& paths, const QString& epoch, const std::string& calibrationDataset);
    const std::shared_ptr<const Ensemble>& model() const { return model_; }

    // Predicts `inputs` in order (the shown one first); without a model, pictures are previewed as
    // windows and traces wait.
    void predict(std::vector<Input> inputs, const PredictionSettings& settings);
    // The settings changed: predictionDue once they have rested.
    void schedule();
    bool isScheduled() const;

    LatestJob* modelJob() const { return modelJob_; }
    LatestJob* predictJob() const { return predictJob_; }

signals:
    void modelLoaded();
    void modelFailed(const QString& message);
    void predictionDue();
    void predicted(int id, const faultke::FaultPrediction& prediction, double milliseconds);
    void previewed(int id, const faultke::FaultMapWindows& preview);
    // One input's failure (a bad file, a model that cannot run it): the others go on.
    void inputFailed(int id, const QString& message);

private:
    LatestJob* modelJob_;
    LatestJob* predictJob_;
    QTimer* restTimer_;
    std::shared_ptr<const Ensemble> model_;
};

}  // namespace faultke::gui
