#pragma once
// Reading and labelling the Data page's experiments, off the GUI thread, for the current crop
// and dx. Not a widget: it fills the rows of the ExperimentListModel (header info, file errors,
// label tables, vel_tot range) and loads the selected experiment with all channels for the
// frame panel. Both are LatestJobs: new settings or a new selection replace the work in flight,
// whose late results are never shown.
#include <QObject>
#include <QString>

#include <memory>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/Labels.h"

#include <optional>
#include <utility>

class QTimer;

namespace faultke::gui {

class ExperimentListModel;
class LatestJob;

class ExperimentLabeller : public QObject {
    Q_OBJECT
public:
    explicit ExperimentLabeller(ExperimentListModel* model, QObject* parent = nullptr);
    ~ExperimentLabeller() override;

    // The settings labels are computed for. Changing crop or dx marks every row's labels as
    // pending and relabels once the edits settle (a dragged crop sends many).
    void setSettings(const CropSpec& crop, double dx, const VariableNames& names);
    // Reads and labels the rows that miss header info or labels for the current settings.
    void labelMissing();
    // Loads the experiment at `path` with all channels (experimentLoaded or loadFailed follows);
    // an empty path drops the one loaded.
    void loadExperiment(const QString& path);
    // Stops everything in flight (a project switch).
    void stop();

    const std::shared_ptr<const Experiment>& loaded() const { return loaded_; }
    QString loadedPath() const { return loadedPath_; }
    bool isLoading() const;
    // True while a row still waits for its header or its labels.
    bool isLabelling() const;

signals:
    void experimentLoaded(const QString& path, std::shared_ptr<const faultke::Experiment> experiment);
    void loadFailed(const QString& path, const QString& message);
    // A row got header info, labels or an error.
    void rowUpdated(int row);

private:
    void invalidate();
    void onLabels(const QString& path, const CropSpec& crop, double dx, std::shared_ptr<const LabelTable> table,
                  const QString& labelError, std::optional<std::pair<double, double>> velRange);
    void onFileError(const QString& path, const QString& message);

    ExperimentListModel* model_;
    LatestJob* labelJob_;
    LatestJob* loadJob_;
    QTimer* relabelTimer_;
    CropSpec crop_;
    double dx_ = kDefaultDx;
    VariableNames names_;
    QString loadedPath_;  // requested or loaded
    std::shared_ptr<const Experiment> loaded_;
};

}  // namespace faultke::gui
