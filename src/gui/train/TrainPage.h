#pragma once
// The Train page: set the training parameters, train on a worker thread while the loss and
// accuracy curves grow, compare runs and repeats as the paper's fig. 2, and pick each run's
// best epoch by clicking. A coordinator over its panels:
//   ParamsForm          every training parameter, validated in place
//   TrainControlPanel   run name, repeats, Start / Pause / Stop, progress
//   TrainingSession     the training itself (not a widget): the core's Trainer on a BackgroundJob
//   CurvesPanel         loss and accuracy against epoch, overlays, groups, references
//   EpochTableModel     the selected run's epochs
//   RunsPanel + RunListModel  the project's runs
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/data/Dataset.h"
#include "gui/app/PageWidget.h"
#include "gui/train/CurveSeries.h"

class QLabel;

class QTableView;

namespace faultke {
class Project;
}

namespace faultke::gui {

struct ChangedRun;
class CurvesPanel;
class EpochTableModel;
class LatestJob;
class ParamsForm;
class RunListModel;
class RunsPanel;
class SweepPanel;
class TrainControlPanel;
class TrainingSession;

class ProjectRuns;

class TrainPage : public PageWidget {
    Q_OBJECT
public:
    // runs: the project's runs, shared with the other pages; without it the page lists its own.
    explicit TrainPage(ProjectRuns* runs = nullptr, QWidget* parent = nullptr);
    ~TrainPage() override;

    QString pageTitle() const override { return tr("&Train"); }
    QString pageToolTip() const override { return tr("Train the network on the prepared dataset"); }
    void setProject(faultke::Project* project) override;

    bool isTraining() const;
    // Before the project goes (another one opens, the window closes): when training runs, asks
    // whether to stop it; if so stops it at a batch boundary and waits. False: keep training
    // (and the project).
    bool stopTrainingAfterAsking();
    // The question stopTrainingAfterAsking() asks; tests answer it themselves.
    void setStopQuestion(std::function<bool(const QString& run)> ask) { askToStop_ = std::move(ask); }

    // Stops training without asking (the project's folder is gone) and waits.
    void stopTraining();
    // Shows these runs as the project watcher read them: another program wrote them (a training
    // from the command line, a sweep). Runs no longer there leave the list; the run this page
    // trains is left to its own reports.
    void updateRuns(const std::vector<ChangedRun>& changed);

    // Starts training with the form's parameters; false when it cannot (the reason is shown) or
    // when it asks first: on a dataset out of date with the project's settings, a window-modal
    // question offers to prepare it again, to train on the old file, or to cancel.
    bool startTraining();
    // The question while it is open, else nullptr.
    QMessageBox* staleDatasetQuestion() const { return staleQuestion_; }
    // The project's settings were edited (the Data page): says whether the dataset still matches.
    void projectSettingsChanged() { showDatasetState(); }
    // Why the dataset file no longer matches the project's settings; empty when it does.
    QString datasetStaleReason() const { return staleReason_; }
    // Makes `epoch` the run's best epoch (rule "user"), as a click on the table or a curve does.
    bool selectBestEpoch(const QString& run, int epoch);
    // Reads the project's dataset file again (after Prepare wrote it).
    void refreshDataset() { loadDatasetInfo(); }
    // Draws a Keras history.json or a run's history.csv dashed on the curves.
    bool addReference(const QString& path);
    // Writes loss and accuracy plots as PNG, SVG and PDF and the epoch table as CSV.
    bool exportTo(const QString& folder);

    ParamsForm* paramsForm() const { return params_; }
    TrainControlPanel* controlPanel() const { return control_; }
    TrainingSession* session() const { return session_; }
    CurvesPanel* curvesPanel() const { return curves_; }
    EpochTableModel* epochModel() const { return epochs_; }
    QTableView* epochTable() const { return epochTable_; }
    RunListModel* runModel() const { return runs_; }
    ProjectRuns* projectRuns() const { return projectRuns_; }
    RunsPanel* runsPanel() const { return runsPanel_; }
    SweepPanel* sweepPanel() const { return sweeps_; }
    QLabel* datasetLabel() const { return dataset_; }

signals:
    // The user chose to prepare the dataset again before training (the Data page does it).
    void prepareRequested();

private:
    ProjectRuns* projectRuns_;
    void refreshRuns();
    void refreshCurves();
    void showRun(const QString& run);
    void updateBlocker();
    void loadDatasetInfo();
    void showDatasetState();
    void askAboutStaleDataset();
    // Whether a new run can start now; shows why not.
    bool canStartNewRun();
    bool startNewRun();
    QString experimentsDir() const;
    QColor colorOf(const QString& run) const;

    faultke::Project* project_ = nullptr;
    TrainingSession* session_;
    ParamsForm* params_;
    TrainControlPanel* control_;
    CurvesPanel* curves_;
    EpochTableModel* epochs_;
    QTableView* epochTable_;
    RunListModel* runs_;
    RunsPanel* runsPanel_;
    SweepPanel* sweeps_;
    QLabel* dataset_;
    LatestJob* datasetJob_;
    bool datasetReady_ = false;
    // What the dataset file holds and was prepared with, once read.
    std::optional<SplitCounts> datasetCounts_;
    std::shared_ptr<const Dataset> preparedWith_;
    QString staleReason_;
    QPointer<QMessageBox> staleQuestion_;
    std::vector<CurveSeries> references_;
    std::map<QString, std::vector<QPointF>> batchLoss_;  // of runs trained in this session
    std::function<bool(const QString&)> askToStop_;
};

}  // namespace faultke::gui
