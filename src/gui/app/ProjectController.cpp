#include "gui/app/ProjectController.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <filesystem>

#include "core/data/Prepare.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "gui/app/RecentProjects.h"
#include "gui/jobs/BackgroundJob.h"

namespace faultke::gui {

namespace {
// Edits closer together than this are written to project.json together.
constexpr int kSaveDelayMs = 500;
// A short run so that the Evaluate and Predict pages have something to show on the first start.
constexpr int kSampleEpochs = 3;

// Prepares the sample's dataset and trains a short run into experiments/sample-run. A run that
// cannot be trained (too few frames for a training batch) only leaves the project without it;
// cancelling throws Cancelled after removing what this wrote.
void trainSampleRun(const faultke::Project& project, int epochs, const faultke::Progress& progress) {
    namespace fs = std::filesystem;
    const fs::path runDir = fs::path(project.experimentsDir()) / "sample-run";
    try {
        faultke::PrepareOptions options = project.prepareOptions();
        const faultke::Progress prepare = faultke::subProgress(progress, 0.0, 0.3);
        prepare.update(0.0, "Preparing the sample dataset");
        faultke::prepareDatasetFile(project.experimentFiles(), options, project.datasetPath(), &prepare);
        progress.checkCancel();
        const faultke::Dataset data = faultke::Dataset::load(project.datasetPath());
        faultke::TrainParams params = faultke::TrainParams::defaults();
        params.numEpochs = epochs;
        faultke::TrainOptions train;
        train.runDir = runDir.string();
        faultke::Trainer trainer(data, params, train);
        trainer.onBatch = [&](const faultke::BatchProgress& b) {
            const double done = (b.epoch - 1 + double(b.batch) / std::max(1, b.batches)) / std::max(1, b.epochs);
            progress.update(0.3 + 0.7 * done, "Training a short sample run: epoch " + std::to_string(b.epoch) + " of " +
                                                  std::to_string(b.epochs));
            if (progress.cancel && progress.cancel->load()) trainer.requestStop();
        };
        trainer.run();
        progress.checkCancel();
    } catch (const faultke::Cancelled&) {
        std::error_code ignored;
        fs::remove_all(runDir, ignored);
        throw;
    } catch (const std::exception& e) {
        // The project itself is fine: it opens without the run.
        std::error_code ignored;
        fs::remove_all(runDir, ignored);
        progress.warning(std::string("The sample run was not trained: ") + e.what());
    }
}
}  // namespace

ProjectController::ProjectController(QObject* parent)
    : QObject(parent), sampleJob_(new BackgroundJob(this)), saveTimer_(new QTimer(this)) {
    saveTimer_->setSingleShot(true);
    saveTimer_->setInterval(kSaveDelayMs);
    connect(saveTimer_, &QTimer::timeout, this, &ProjectController::save);
    // The generated project is handed over on this thread, once the job has finished.
    connect(sampleJob_, &BackgroundJob::finished, this, [this] {
        const auto result = std::move(sampleResult_);
        if (result && *result) adopt(std::move(**result));
    });
    connect(sampleJob_, &BackgroundJob::failed, this, [this](const QString& message) {
        sampleResult_.reset();
        emit failed(tr("Cannot create the sample project"), message);
        emit sampleProjectAbandoned();
    });
    connect(sampleJob_, &BackgroundJob::cancelled, this, [this] {
        sampleResult_.reset();
        emit sampleProjectAbandoned();
    });
}

ProjectController::~ProjectController() {
    if (project_ && modified_) {
        try {
            project_->save();
        } catch (const std::exception&) {
            // Nobody is left to tell; the previous project.json is intact (atomic writes).
        }
    }
}

QString ProjectController::folder() const { return project_ ? QString::fromStdString(project_->folder()) : QString(); }

QString ProjectController::name() const { return project_ ? QString::fromStdString(project_->name()) : QString(); }

bool ProjectController::newProject(const QString& folder) {
    saveIfModified();
    try {
        adopt(faultke::Project::create(folder.toStdString()));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot create project"), QString::fromStdString(e.what()));
        return false;
    }
}

bool ProjectController::openProject(const QString& folderOrFile) {
    saveIfModified();
    try {
        adopt(faultke::Project::open(folderOrFile.toStdString()));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot open project"), QString::fromStdString(e.what()));
        return false;
    }
}

bool ProjectController::save() {
    QString error;
    if (trySave(&error)) return true;
    if (!error.isEmpty()) emit failed(tr("Cannot save project"), error);
    return false;
}

bool ProjectController::trySave(QString* error) {
    if (!project_) return false;
    saveTimer_->stop();
    try {
        project_->save();
        setModified(false);
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

void ProjectController::markModified() {
    if (!project_) return;
    setModified(true);
    saveTimer_->start();
}

void ProjectController::saveIfModified() {
    if (modified_) save();
}

void ProjectController::setModified(bool modified) {
    if (modified_ == modified) return;
    modified_ = modified;
    emit modifiedChanged(modified);
}

void ProjectController::closeProject() {
    if (!project_) return;
    saveIfModified();
    project_.reset();
    setModified(false);
    RecentProjects::setLast({});
    emit projectChanged(nullptr);
}

void ProjectController::abandonProject() {
    if (!project_) return;
    saveTimer_->stop();
    project_.reset();
    setModified(false);
    emit projectChanged(nullptr);
}

void ProjectController::adopt(faultke::Project project) {
    saveTimer_->stop();
    setModified(false);
    project_ = std::make_unique<faultke::Project>(std::move(project));
    RecentProjects::add(folder());
    RecentProjects::setLast(folder());
    emit projectChanged(project_.get());
}

QString ProjectController::sampleProjectFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-project");
}

bool ProjectController::openSampleProject(faultke::SampleProjectOptions options) {
    const QString folder = sampleProjectFolder();
    if (faultke::Project::isProject(folder.toStdString())) return openProject(folder);
    if (sampleJob_->isRunning()) return false;

    bool ok = false;
    const int frames = qEnvironmentVariableIntValue("FAULTKE_SAMPLE_FRAMES", &ok);
    if (ok && frames > 0) options.frames = frames;

    int epochs = kSampleEpochs;
    const int envEpochs = qEnvironmentVariableIntValue("FAULTKE_SAMPLE_EPOCHS", &ok);
    if (ok && envEpochs >= 0) epochs = envEpochs;

    auto result = std::make_shared<std::unique_ptr<faultke::Project>>();
    sampleResult_ = result;
    const bool existed = QFileInfo::exists(folder);
    return sampleJob_->start(tr("Generating the sample project"), [result, path = folder.toStdString(), options, epochs,
                                                                   existed](const faultke::Progress& progress) {
        const faultke::Progress make = faultke::subProgress(progress, 0.0, epochs > 0 ? 0.4 : 1.0);
        auto project = std::make_unique<faultke::Project>(faultke::createSampleProject(path, options, &make));
        if (epochs > 0) {
            try {
                trainSampleRun(*project, epochs, faultke::subProgress(progress, 0.4, 1.0));
            } catch (const faultke::Cancelled&) {
                // As a cancelled generation: nothing of the sample project stays.
                std::error_code ignored;
                if (existed) {
                    std::filesystem::remove(project->folder() + "/project.json", ignored);
                } else {
                    std::filesystem::remove_all(project->folder(), ignored);
                }
                throw;
            }
            progress.update(1.0, "Sample project ready");
        }
        *result = std::move(project);
    });
}

}  // namespace faultke::gui
