#pragma once
// The Data page: browse the project's experiments frame by frame, set the crop by spin boxes or
// by dragging its windows on the frame, see each window's labels and the KE timeline, choose the
// split and write the dataset file, all without a terminal.
//
// The page is the coordinator: it owns the project edits (experiments added, removed, their
// roles, the crop, dx and split settings) and wires its parts together:
//   ExperimentListPanel  the experiment table and the selected experiment's details
//   FramePanel           one experiment frame by frame, with the KE timeline
//   ExperimentLabeller   reads and labels the experiments off the GUI thread
//   CropEditor, SplitPanel, PreparePanel  the settings column
#include <QString>
#include <QStringList>

#include "core/data/SplitSummary.h"
#include "gui/app/PageWidget.h"

namespace faultke {
class Project;
struct CropSpec;
}  // namespace faultke

class QMimeData;

namespace faultke::gui {

class CropEditor;
class ExperimentLabeller;
class ExperimentListModel;
class ExperimentListPanel;
class FramePanel;
class PreparePanel;
class SplitPanel;

class DataPage : public PageWidget {
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    // The project whose settings the page shows and edits (owned by the caller); nullptr clears
    // the page. Every edit changes project->settings and emits projectModified().
    QString pageTitle() const override { return tr("&Data"); }
    QString pageToolTip() const override { return tr("Experiments, crop, split and the prepared dataset"); }
    void setProject(faultke::Project* project) override;
    faultke::Project* project() const { return project_; }

    // Adds .mat files, and the .mat files of folders (sorted by name). What is not an experiment
    // (an image, another file), a file already listed and a second experiment of the same name
    // are refused with a message in place. Returns how many were added.
    int addExperimentFiles(const QStringList& paths);
    // What a drop of files or folders onto the page does; -1 when it holds no local files.
    int dropExperiments(const QMimeData* mime);
    void removeExperiment(int row);
    void selectExperiment(int row);
    // Shows one sample: its experiment, frame and window (as a click on the Evaluate page asks).
    // False when the project has no experiment of that name.
    bool showSample(const QString& experiment, int frame, int window);
    int selectedRow() const { return selectedRow_; }

    // True while experiments are being read or labelled for the current settings.
    bool isLabelling() const;
    bool isPreparing() const;
    SplitSummary splitSummary() const;

    ExperimentListModel* experimentModel() const { return model_; }
    ExperimentListPanel* experimentPanel() const { return experimentPanel_; }
    FramePanel* framePanel() const { return framePanel_; }
    ExperimentLabeller* labeller() const { return labeller_; }
    CropEditor* cropEditor() const { return cropEditor_; }
    SplitPanel* splitPanel() const { return splitPanel_; }
    PreparePanel* preparePanel() const { return preparePanel_; }

public slots:
    void addExperimentsDialog();
    void prepareDataset();

signals:
    // The user asked to predict these images (they were dropped here, where experiments go).
    void predictRequested(const QStringList& images);
    void projectModified();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildSettingsPanel();

    void applyCrop(const faultke::CropSpec& crop);
    void applyDx(double dx);
    void applySplitSettings();
    void onRoleEdited(int row, faultke::ExperimentRole role);
    void onRowUpdated(int row);
    void showSelected();
    void updateTimeline();
    void updateSplitSummary();
    void updateWindowSplits();

    faultke::Project* project_ = nullptr;
    ExperimentListModel* model_;
    ExperimentLabeller* labeller_;
    ExperimentListPanel* experimentPanel_;
    FramePanel* framePanel_;
    CropEditor* cropEditor_;
    SplitPanel* splitPanel_;
    PreparePanel* preparePanel_;
    int selectedRow_ = -1;
    QStringList refusedImages_;
    int pendingFrame_ = -1, pendingWindow_ = -1;  // showSample's, once its experiment is loaded  // the images of the
                                                  // last refused drop, for predictRequested
};

}  // namespace faultke::gui
