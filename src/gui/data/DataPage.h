#pragma once
// The Data page: browse the project's experiments frame by frame, set the crop by spin boxes or
// by dragging its windows on the frame, see each window's labels and the KE timeline, choose the
// split and write the dataset file, all without a terminal. Reading and labelling experiments
// and preparing the dataset run off the GUI thread.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

#include "data/Experiment.h"
#include "data/Labels.h"
#include "data/SplitSummary.h"

class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;
class QSlider;
class QTableView;
class QTimer;
class QToolButton;

namespace faultke {
class Project;
struct CropSpec;
}

namespace faultke::gui {

class BackgroundJob;
class CropEditor;
class ExperimentListModel;
class FrameViewer;
class KeTimelinePlot;
class PreparePanel;
class SplitPanel;
class TaskThread;

class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    // The project whose settings the page shows and edits (owned by the caller); nullptr clears
    // the page. Every edit changes project->settings and emits projectModified().
    void setProject(faultke::Project* project);
    faultke::Project* project() const { return project_; }

    // Adds .mat files, and the .mat files of folders (sorted by name); files already listed are
    // skipped. Returns how many were added.
    int addExperimentFiles(const QStringList& paths);
    // What a drop of files or folders onto the page does; -1 when it holds no local files.
    int dropExperiments(const QMimeData* mime);
    void removeExperiment(int row);
    void selectExperiment(int row);
    int selectedRow() const { return selectedRow_; }
    // The selected experiment once loaded (all channels), else nullptr.
    const Experiment* selectedExperiment() const { return selected_.get(); }

    int currentFrame() const { return frame_; }
    void setCurrentFrame(int frame);

    // True while experiments are being read or labelled for the current settings.
    bool isLabelling() const;
    bool isPreparing() const;
    SplitSummary splitSummary() const;

    ExperimentListModel* experimentModel() const { return model_; }
    QTableView* experimentTable() const { return table_; }
    FrameViewer* frameViewer() const { return viewer_; }
    KeTimelinePlot* timeline() const { return timeline_; }
    CropEditor* cropEditor() const { return cropEditor_; }
    SplitPanel* splitPanel() const { return splitPanel_; }
    PreparePanel* preparePanel() const { return preparePanel_; }
    BackgroundJob* prepareJob() const { return prepareJob_; }
    QSlider* frameSlider() const { return frameSlider_; }
    QLabel* frameLabel() const { return frameLabel_; }
    QLabel* cursorLabel() const { return cursorLabel_; }
    QLabel* windowInfoLabel() const { return windowInfo_; }
    QComboBox* channelBox() const { return channelBox_; }

public slots:
    void addExperimentsDialog();
    void addFolderDialog();
    void prepareDataset();
    void removeSelectedExperiment();

signals:
    void projectModified();
    void statusMessage(const QString& text, int timeoutMs);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildExperimentPanel();
    QWidget* buildViewerPanel();
    QWidget* buildSettingsPanel();

    void applyCrop(const faultke::CropSpec& crop);
    void applyDx(double dx);
    void applySplitSettings();
    void onRoleEdited(int row, faultke::ExperimentRole role);

    // Labels every experiment whose labels are missing for the current crop and dx.
    void startLabelPass();
    void invalidateLabels();
    void loadSelected();
    void onSelectedLoaded(const QString& path, std::shared_ptr<const Experiment> experiment);
    void onSelectedFailed(const QString& path, const QString& message);

    void updateWindowStatuses();
    void updateWindowInfo();
    void updateCursorInfo(int row, int col);
    void updateTimeline();
    void updateSplitSummary();
    void updateDetails();
    void updateFrameControls();
    void togglePlay();
    void clearViewer(const QString& message);

    faultke::Project* project_ = nullptr;

    ExperimentListModel* model_;
    QTableView* table_;
    QPushButton* removeButton_;
    QLabel* details_;
    FrameViewer* viewer_;
    KeTimelinePlot* timeline_;
    QComboBox* channelBox_;
    QToolButton* prevButton_;
    QToolButton* playButton_;
    QToolButton* nextButton_;
    QSlider* frameSlider_;
    QLabel* frameLabel_;
    QLabel* cursorLabel_;
    QLabel* windowInfo_;
    CropEditor* cropEditor_;
    SplitPanel* splitPanel_;
    PreparePanel* preparePanel_;
    QTimer* relabelTimer_;
    QTimer* playTimer_;
    BackgroundJob* prepareJob_;

    std::unique_ptr<TaskThread> labelTask_;
    std::unique_ptr<TaskThread> loadTask_;
    std::vector<std::unique_ptr<TaskThread>> retiredTasks_;  // cancelled, still ending

    int selectedRow_ = -1;
    QString selectedPath_;
    std::shared_ptr<const Experiment> selected_;
    int frame_ = -1;  // -1 until an experiment is shown
    std::vector<WindowLabel> frameWindows_;  // the selected experiment's windows at the current frame
    int hoveredWindow_ = -1;
    int clickedWindow_ = -1;
    int cursorRow_ = -1, cursorCol_ = -1;
};

}  // namespace faultke::gui
