#pragma once
// The Predict page: KE for new fault maps. Files dropped anywhere on the page (or opened, or an
// image pasted) are read in the background; each is preprocessed and predicted by the chosen
// model, window by window, and the result shown as the processed map with its windows coloured
// by KE, KE along strike, the summary, a batch table and fig4's thickness chart. A coordinator
// over:
//   PredictInputs         files dropped, opened or pasted into rows of the table (FaultMapReader
//                         reads them; TraceLayerDialog asks which fault of a GIS file)
//   PredictionRunner      the model loaded and every input predicted, once settings rest
//   PredictionDisplay     the selected input: FaultMapView (the processed map, windows, occlusion
//                         overlay) or TraceMapView (GIS traces in km), the caption, the summary,
//                         KeAlongStrikePlot (KE against distance along strike)
//   ModelChooser          which model (bundled, a run, an ensemble, a file)
//   PreprocessPanel       threshold, polarity, thickness, rotation, scale, stride, coverage: one
//                         set for every input (inputs carry none of their own), as its title says
//   ThicknessChart        fig4: one column per input, markers by thickness, reference ranges
//   PredictionTableModel  the inputs and their results (the batch table)
//   PredictExports        the table, chart, profile and windows layer written to files
//   FaultDatabasePanel    the Faults tab: every fault of a database
// and explainJob (the occlusion map of the selected window).
// No torch here: the core's MapPrediction, Ensemble and Occlusion do the work.
#include <QImage>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

#include "core/gis/FaultDatabase.h"
#include "core/gis/FaultPrediction.h"
#include "core/model/Ensemble.h"
#include "core/model/MapPrediction.h"
#include "core/model/Occlusion.h"
#include "gui/app/PageWidget.h"
#include "gui/predict/PredictExports.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace faultke {
class Project;
}

namespace faultke::gui {

class BackgroundJob;
class FaultMapView;
class TraceMapView;
class KeAlongStrikePlot;
class LatestJob;
class ModelChooser;
class PredictInputs;
class PredictionDisplay;
class PredictionRunner;
class PredictionTableModel;
class PreprocessPanel;
class ThicknessChart;
class FaultDatabasePanel;

class ProjectRuns;

class PredictPage : public PageWidget {
    Q_OBJECT
public:
    // runs: the project's runs, shared with the other pages; without it the page lists its own.
    explicit PredictPage(ProjectRuns* runs = nullptr, QWidget* parent = nullptr);
    ~PredictPage() override;

    QString pageTitle() const override { return tr("&Predict"); }
    QString pageToolTip() const override { return tr("Predict kinematic efficiency for new fault maps"); }
    void setProject(faultke::Project* project) override;
    void pageShown() override { refreshRuns(); }
    // Lists the project's runs in the model chooser again.
    void refreshRuns();
    ProjectRuns* projectRuns() const { return projectRuns_; }

    // Adds files as a drop does: supported ones are read in the background, the rest refused
    // with the reason in the message line; earlier inputs stay.
    void openFiles(const QStringList& paths);
    // Adds a picture (pasted or dropped as image data). False when it is empty.
    bool addImage(const QImage& image);
    bool exportTable(const QString& path);
    bool exportChart(const QString& path);
    // The selected input's KE along strike: .csv (one row per window and thickness) or the plot
    // (.png, .svg, .pdf).
    bool exportProfile(const QString& path);
    // The selected GIS input's windows as polygons with their KE (.geojson, .gpkg).
    bool exportWindowLayer(const QString& path);
    void selectInput(int row);  // a row of the model (not of the sorted view)
    int currentInput() const { return current_; }

    ModelChooser* modelChooser() const { return chooser_; }
    PreprocessPanel* preprocessPanel() const { return preprocess_; }
    FaultMapView* mapView() const;
    TraceMapView* traceView() const;
    QWidget* shownMap() const;
    QPushButton* exportLayerButton() const { return exportLayer_; }
    KeAlongStrikePlot* alongStrikePlot() const;
    ThicknessChart* thicknessChart() const { return thicknessChart_; }
    FaultDatabasePanel* faultsPanel() const { return faults_; }
    PredictionTableModel* table() const { return table_; }
    QTableView* tableView() const { return tableView_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* messageLabel() const { return message_; }
    QLabel* summaryLabel() const;
    QSpinBox* frameBox() const { return frame_; }
    QComboBox* colourBox() const { return colourBy_; }
    // "Preprocessing — applies to all 3 inputs": the panel's settings are the page's, not an input's.
    QGroupBox* settingsBox() const { return settings_; }
    // Which trace thickness the map shows ("Map at 2 px (of 2, 3, 4 px)"), and the choice of it.
    QLabel* mapCaption() const;
    QComboBox* mapThicknessBox() const;
    BackgroundJob* readJob() const;
    LatestJob* modelJob() const;
    // Settings changed and not yet sent to be predicted (PredictionRunner::kSettingsRestMs at rest).
    bool predictionScheduled() const;

    LatestJob* predictJob() const;
    LatestJob* explainJob() const { return explainJob_; }
    std::shared_ptr<const Ensemble> model() const;
    const std::optional<OcclusionMap>& occlusion() const { return occlusion_; }
    // How long the last prediction of the selected input took, in ms (-1 before one).
    double lastPredictionMs() const { return lastPredictionMs_; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildResultArea();
    void inputsAdded(int select, bool several);
    void predictDatabase(const QString& path, const TraceQuery& query, const FaultGroupingChoice& grouping);
    void loadModel();
    void modelLoaded();
    void modelFailed(const QString& message);
    // clearsMessage: a refusal or failure shown before this request goes once it succeeds (a
    // later settings change fixed or outdated it); the predictions of the drop that raised it keep it.
    void predictAll(bool clearsMessage = false);
    void showPrediction(int id, const faultke::FaultPrediction& prediction, double milliseconds);
    void showCurrent();
    void updateSettingsTitle();
    void explainSelected();
    void scheduleChart();
    void drawChart();
    void showMessage(const QString& text, bool error);
    void removeCurrent();
    bool exportTo(PredictExports::Kind kind, const QString& path);
    void exportDialog(PredictExports::Kind kind);

    ProjectRuns* projectRuns_;
    faultke::Project* project_ = nullptr;
    ModelChooser* chooser_;
    std::unique_ptr<PredictExports> exports_;
    PreprocessPanel* preprocess_;
    QGroupBox* settings_;
    PredictionDisplay* display_;
    ThicknessChart* thicknessChart_;
    FaultDatabasePanel* faults_;  // the Faults tab: every fault of a database
    QPushButton *exportTable_, *exportChart_, *exportProfile_;
    PredictionTableModel* table_;
    QSortFilterProxyModel* sorted_;
    QTableView* tableView_;
    QTabWidget* tabs_;
    QLabel* message_;
    QLabel* inputName_;
    QSpinBox* frame_;
    QLabel* frameLabel_;
    QComboBox* colourBy_;
    QPushButton* removeButton_;
    QPushButton* exportLayer_;
    QTimer* chartTimer_;

    PredictInputs* inputs_;
    PredictionRunner* runner_;
    // The prediction request under way: which input is shown and whether its results clear the
    // message line (a settings change does, unless something was said since).
    struct Request {
        int shownId = -1;
        bool clearsMessage = false;
        quint64 messageBefore = 0;
        QString modelName;
    } request_;
    bool modelBundled_ = false;
    LatestJob* explainJob_;

    std::optional<OcclusionMap> occlusion_;
    int current_ = -1;
    quint64 messageSerial_ = 0;  // counts the messages shown, so a request knows which was there before it
    double lastPredictionMs_ = -1;
};

}  // namespace faultke::gui
