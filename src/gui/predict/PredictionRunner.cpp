#include "gui/predict/PredictionRunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <filesystem>

#include "core/data/Dataset.h"
#include "core/model/EnsembleCalibration.h"
#include "core/util/Error.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {

PredictionRunner::PredictionRunner(QObject* parent)
    : QObject(parent), modelJob_(new LatestJob(this)), predictJob_(new LatestJob(this)), restTimer_(new QTimer(this)) {
    restTimer_->setSingleShot(true);
    restTimer_->setInterval(kSettingsRestMs);
    connect(restTimer_, &QTimer::timeout, this, &PredictionRunner::predictionDue);
}

void PredictionRunner::loadModel(const QStringList& paths, const QString& epoch,
                                 const std::string& calibrationDataset) {
    std::vector<std::string> files;
    for (const QString& p : paths) files.push_back(p.toStdString());
    modelJob_->request(
        [files, epoch = epoch.toStdString(), dataset = calibrationDataset](const LatestJob::Context&) {
            auto model = std::make_shared<Ensemble>(Ensemble::load(files, epoch));
            std::error_code ec;
            if (!dataset.empty() && std::filesystem::is_regular_file(dataset, ec)) {
                try {
                    model->setCalibration(calibrateEnsemble(files, Dataset::load(dataset), dataset, epoch).intervals);
                } catch (const Error&) {
                    // No eval windows, or windows of another size: the model predicts without intervals.
                }
            }
            return std::shared_ptr<const Ensemble>(std::move(model));
        },
        [this](std::shared_ptr<const Ensemble> model) {
            model_ = std::move(model);
            emit modelLoaded();
        },
        [this](const QString& message) {
            model_.reset();
            emit modelFailed(message);
        });
}

void PredictionRunner::schedule() { restTimer_->start(); }

bool PredictionRunner::isScheduled() const { return restTimer_->isActive(); }

void PredictionRunner::predict(std::vector<Input> inputs, const PredictionSettings& settings) {
    restTimer_->stop();  // what was due is asked for now
    if (inputs.empty()) return;
    predictJob_->request(
        [this, inputs = std::move(inputs), settings, model = model_](const LatestJob::Context& c) {
            for (const Input& in : inputs) {
                c.progress.checkCancel();
                QElapsedTimer clock;
                clock.start();
                try {
                    if (in.traces && !model) continue;  // the traces are shown as read until a model is there
                    if (model) {
                        const PredictionInput input{
                            in.traces ? in.traces->path : in.source->path,
                            in.source ? std::vector{in.source} : std::vector<std::shared_ptr<const FaultMapSource>>{},
                            in.traces};
                        FaultPrediction prediction = predictInput(*model, input, settings, c.progress);
                        const double ms = clock.nsecsElapsed() / 1e6;
                        c.post([this, id = in.id, prediction = std::move(prediction), ms] {
                            emit predicted(id, prediction, ms);
                        });
                    } else {
                        FaultMapOptions one = settings.map;
                        one.traceThickness = settings.thicknesses.front();
                        FaultMapWindows preview =
                            preprocessFaultMap(in.source->image, sourceOptions(*in.source, one), in.source->path);
                        c.post([this, id = in.id, preview = std::move(preview)] { emit previewed(id, preview); });
                    }
                } catch (const Cancelled&) {
                    throw;
                } catch (const std::exception& e) {
                    c.post([this, id = in.id, message = QString::fromStdString(e.what())] {
                        emit inputFailed(id, message);
                    });
                }
            }
        },
        [] {});
}

}  // namespace faultke::gui
