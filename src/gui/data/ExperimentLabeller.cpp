#include "gui/data/ExperimentLabeller.h"

#include <QTimer>

#include "core/util/Error.h"
#include "gui/data/ExperimentListModel.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {

namespace {
constexpr int kRelabelDelayMs = 300;  // settle time after a crop edit before relabelling
}  // namespace

ExperimentLabeller::ExperimentLabeller(ExperimentListModel* model, QObject* parent)
    : QObject(parent),
      model_(model),
      labelJob_(new LatestJob(this)),
      loadJob_(new LatestJob(this)),
      relabelTimer_(new QTimer(this)) {
    relabelTimer_->setSingleShot(true);
    relabelTimer_->setInterval(kRelabelDelayMs);
    connect(relabelTimer_, &QTimer::timeout, this, &ExperimentLabeller::labelMissing);
}

ExperimentLabeller::~ExperimentLabeller() = default;  // the jobs cancel and wait

void ExperimentLabeller::setSettings(const CropSpec& crop, double dx, const VariableNames& names) {
    const bool changed = crop != crop_ || dx != dx_;
    crop_ = crop;
    dx_ = dx;
    names_ = names;
    if (changed) invalidate();
}

void ExperimentLabeller::stop() {
    relabelTimer_->stop();
    labelJob_->cancel();
    loadJob_->cancel();
    loadedPath_.clear();
    loaded_.reset();
}

bool ExperimentLabeller::isLoading() const { return loadJob_->isRunning(); }

bool ExperimentLabeller::isLabelling() const {
    if (relabelTimer_->isActive()) return true;
    for (const ExperimentRow& row : model_->rows())
        if (row.fileError.isEmpty() && (row.labelsPending || !row.info)) return true;
    return false;
}

void ExperimentLabeller::invalidate() {
    labelJob_->cancel();  // its results would be for the old settings
    for (int r = 0; r < model_->rowCount(); ++r) {
        model_->updateRow(r, [](ExperimentRow& row) {
            row.labelsPending = row.fileError.isEmpty();
            row.labelError.clear();
        });
        emit rowUpdated(r);
    }
    relabelTimer_->start();
}

void ExperimentLabeller::loadExperiment(const QString& path) {
    if (path == loadedPath_ && (loaded_ || loadJob_->isRunning())) return;
    loadedPath_ = path;
    loaded_.reset();
    if (path.isEmpty()) {
        loadJob_->cancel();
        return;
    }
    const VariableNames names = names_;
    loadJob_->request(
        [path, names](const LatestJob::Context& c) {
            return std::make_shared<const Experiment>(
                Experiment::load(path.toStdString(), names, Experiment::Content::AllChannels, &c.progress));
        },
        [this, path](std::shared_ptr<const Experiment> experiment) {
            loaded_ = experiment;
            emit experimentLoaded(path, std::move(experiment));
        },
        [this, path](const QString& message) {
            onFileError(path, message);
            emit loadFailed(path, message);
        });
}

void ExperimentLabeller::labelMissing() {
    relabelTimer_->stop();
    struct Item {
        QString path;
        bool needInfo;
    };
    std::vector<Item> items;
    for (const ExperimentRow& row : model_->rows())
        if (row.fileError.isEmpty() && (row.labelsPending || !row.info))
            items.push_back({row.absolutePath, !row.info.has_value()});
    if (items.empty()) return;

    const CropSpec crop = crop_;
    const double dx = dx_;
    const VariableNames names = names_;
    // The loaded experiment holds every channel labelling needs: no second read.
    const std::shared_ptr<const Experiment> loaded = loaded_;
    const QString loadedPath = loadedPath_;

    labelJob_->request(
        [=](const LatestJob::Context& c) {
            for (const Item& item : items) {
                c.progress.checkCancel();
                const std::string file = item.path.toStdString();
                std::shared_ptr<const Experiment> experiment;
                try {
                    const ExperimentInfo info = Experiment::inspect(file, names);
                    if (item.needInfo)
                        c.post([this, path = item.path, info] {
                            const int r = model_->rowOf(path);
                            if (r < 0) return;
                            model_->updateRow(r, [&](ExperimentRow& row) { row.info = info; });
                            emit rowUpdated(r);
                        });
                    experiment = (item.path == loadedPath && loaded)
                                     ? loaded
                                     : std::make_shared<const Experiment>(
                                           Experiment::load(file, names, Experiment::Content::LabelsOnly, &c.progress));
                } catch (const Cancelled&) {
                    throw;
                } catch (const std::exception& e) {
                    c.post([this, path = item.path, m = QString::fromStdString(e.what())] { onFileError(path, m); });
                    continue;
                }
                std::shared_ptr<const LabelTable> table;
                QString labelError;
                try {
                    table = std::make_shared<const LabelTable>(labelExperiment(*experiment, crop, dx, &c.progress));
                } catch (const Cancelled&) {
                    throw;
                } catch (const std::exception& e) {
                    labelError = QString::fromStdString(e.what());  // e.g. the crop does not fit
                }
                c.post([=, velRange = experiment->velTotRange()] {
                    onLabels(item.path, crop, dx, table, labelError, velRange);
                });
            }
        },
        [] {},
        [this](const QString& message) {  // not one file's fault: every row still waiting shows it
            for (int r = 0; r < model_->rowCount(); ++r) {
                if (!model_->row(r).labelsPending) continue;
                model_->updateRow(r, [&](ExperimentRow& row) {
                    row.labelError = message;
                    row.labelsPending = false;
                });
                emit rowUpdated(r);
            }
        });
}

// Results come back tagged with the crop and dx they were computed for; stale ones are dropped.
void ExperimentLabeller::onLabels(const QString& path, const CropSpec& crop, double dx,
                                  std::shared_ptr<const LabelTable> table, const QString& labelError,
                                  std::optional<std::pair<double, double>> velRange) {
    const int r = model_->rowOf(path);
    if (r < 0 || crop != crop_ || dx != dx_) return;
    model_->updateRow(r, [&](ExperimentRow& row) {
        row.labels = std::move(table);
        row.labelError = labelError;
        row.labelsPending = false;
        row.velRange = velRange;
    });
    emit rowUpdated(r);
}

void ExperimentLabeller::onFileError(const QString& path, const QString& message) {
    const int r = model_->rowOf(path);
    if (r < 0) return;
    model_->updateRow(r, [&](ExperimentRow& row) {
        row.fileError = message;
        row.labelsPending = false;
    });
    emit rowUpdated(r);
}

}  // namespace faultke::gui
