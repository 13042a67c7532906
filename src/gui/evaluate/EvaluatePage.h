#pragma once
// The Evaluate page: a run's chosen epoch scored on the project's dataset, as the paper's
// fig. 3. A coordinator over:
//   PredictionPlot ×3     predicted against true KE per split, with the figures beside
//   SampleInset           the window behind a hovered point
//   EvaluateFilterPanel   experiments, correct/incorrect, KE range
//   DiagnosticPlots       one experiment's KE against frame with the predictions; residuals
// Evaluation runs on a BackgroundJob through the core's EvaluationStore, which keeps each
// epoch's predictions in the run folder: reopening is instant, a changed dataset is evaluated
// again.

#include <array>
#include <functional>
#include <memory>
#include <vector>

#include "core/data/Dataset.h"
#include "core/model/Evaluation.h"
#include "gui/app/PageWidget.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace faultke {
class Project;
}

namespace faultke::gui {

class BackgroundJob;
class DiagnosticPlots;
class EvaluateFilterPanel;
class JobProgressWidget;
class PredictionPlot;
class SampleInset;

class ProjectRuns;

class EvaluatePage : public PageWidget {
    Q_OBJECT
public:
    // runs: the project's runs, shared with the other pages; without it the page lists its own.
    explicit EvaluatePage(ProjectRuns* runs = nullptr, QWidget* parent = nullptr);
    ~EvaluatePage() override;

    QString pageTitle() const override { return tr("&Evaluate"); }
    QString pageToolTip() const override { return tr("Measure a trained network on the test windows"); }
    void setProject(faultke::Project* project) override;
    // Shown, the page lists the runs again and selects the one `followedRun` names (the Train
    // page's current run: MainWindow sets it), else keeps its own.
    void pageShown() override { refreshRuns(followedRun_ ? followedRun_() : QString()); }
    void setFollowedRun(std::function<QString()> followedRun) { followedRun_ = std::move(followedRun); }
    // Lists the project's runs again and selects `run` (when given and present).
    void refreshRuns(const QString& run = {});
    ProjectRuns* projectRuns() const { return projectRuns_; }
    // The project's dataset file was rewritten: what is shown was scored on the earlier one.
    void datasetChangedOnDisk();
    // The project's settings were edited: says when the evaluated dataset no longer matches them.
    void projectSettingsChanged() { showDatasetState(); }
    // Says that the evaluated dataset is out of date with the project's settings; hidden otherwise.
    QLabel* datasetStateLabel() const { return datasetState_; }
    // Scores the chosen run and epoch (or takes the stored result); false when it cannot start.
    bool evaluate();
    // Compares the evaluated run with another run, or with every repeat of a group: their
    // figures side by side per split, for the same epoch rule (their best epochs).
    bool compareWith(const QString& runOrGroup);
    QComboBox* compareBox() const { return compare_; }
    QTableWidget* comparisonTable() const { return comparison_; }
    BackgroundJob* compareJob() const { return compareJob_; }

    // Writes every plot as PNG, SVG and PDF and the predictions as CSV into `folder`.
    bool exportTo(const QString& folder);

    const EvaluationResult& result() const { return result_; }
    bool lastWasReused() const { return reused_; }
    QComboBox* runBox() const { return run_; }
    QComboBox* epochBox() const { return epoch_; }
    PredictionPlot* plot(Split split) const { return plots_[size_t(split)]; }
    SampleInset* inset() const { return inset_; }
    EvaluateFilterPanel* filters() const { return filters_; }
    DiagnosticPlots* diagnostics() const { return diagnostics_; }
    BackgroundJob* job() const { return job_; }
    QLabel* messageLabel() const { return message_; }
    // Shown instead of the plots while there is nothing to draw (no run, or not evaluated yet).
    QLabel* emptyStateLabel() const { return emptyState_; }

signals:
    // A point was clicked: show that sample on the Data page.
    void showOnDataPage(const QString& experiment, int frame, int window);

private:
    std::function<QString()> followedRun_;
    ProjectRuns* projectRuns_;
    void fillEpochs();
    void redraw();
    void showMessage(const QString& text, bool error);
    void showEmptyState();
    void showDatasetState();
    void fillComparison();

    faultke::Project* project_ = nullptr;
    BackgroundJob* job_;
    QComboBox* run_;
    QComboBox* epoch_;
    QPushButton* evaluateButton_;
    QPushButton* exportButton_;
    JobProgressWidget* progress_;
    QLabel* message_;
    QLabel* datasetState_;
    QLabel* emptyState_;
    QStackedWidget* views_;  // the plots, or emptyState_
    QComboBox* compare_;
    QTableWidget* comparison_;
    BackgroundJob* compareJob_;
    std::vector<std::pair<QString, EvaluationResult>> compared_;
    std::array<PredictionPlot*, 3> plots_{};
    SampleInset* inset_;
    EvaluateFilterPanel* filters_;
    DiagnosticPlots* diagnostics_;

    std::shared_ptr<const Dataset> dataset_;
    EvaluationResult result_;
    bool reused_ = false;
};

}  // namespace faultke::gui
