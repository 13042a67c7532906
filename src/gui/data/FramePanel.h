#pragma once
// The Data page's middle column: one experiment frame by frame. The channel chooser and the
// frame controls (previous, play, next, slider), the FrameViewer with the crop's windows, what
// the cursor and the hovered or clicked window read, and the KE timeline below.
#include <QWidget>

#include <memory>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/data/Split.h"

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace faultke::gui {

class FrameViewer;
class KeTimelinePlot;

class FramePanel : public QWidget {
    Q_OBJECT
public:
    explicit FramePanel(QWidget* parent = nullptr);

    // The experiment to show (all channels loaded). It opens on the frame shown before, or on
    // its last frame (where the fault is most developed) when none was.
    void setExperiment(std::shared_ptr<const Experiment> experiment);
    // Shows `message` instead of a frame.
    void clear(const QString& message);
    // Forgets the frame shown and the channel: a project switch.
    void reset();
    void setCrop(const CropSpec& crop);
    void setDx(double dx);
    // The split of each window of the experiment shown (empty: not known).
    void setWindowSplits(std::vector<Split> splits);
    // The KE timeline: the selected experiment's labels, or a message while there are none.
    void setTimeline(const LabelTable* labels, int frames, const QString& message = {});

    const Experiment* experiment() const { return experiment_.get(); }
    int currentFrame() const { return frame_; }
    void setCurrentFrame(int frame);
    // Highlights a window as a click on it does (-1: none).
    void selectWindow(int window);

    FrameViewer* viewer() const { return viewer_; }
    KeTimelinePlot* timeline() const { return timeline_; }
    QSlider* frameSlider() const { return frameSlider_; }
    QLabel* frameLabel() const { return frameLabel_; }
    QLabel* cursorLabel() const { return cursorLabel_; }
    QLabel* windowInfoLabel() const { return windowInfo_; }
    QComboBox* channelBox() const { return channelBox_; }
    QComboBox* overlayBox() const { return overlayBox_; }

signals:
    // The user dragged the windows on the frame.
    void cropEdited(const faultke::CropSpec& crop);

private:
    void updateWindowStatuses();
    void updateWindowInfo();
    void updateCursorInfo(int row, int col);
    void updateFrameControls();
    void togglePlay();
    void stopPlaying();

    FrameViewer* viewer_;
    KeTimelinePlot* timeline_;
    QComboBox* channelBox_;
    QComboBox* overlayBox_;
    QToolButton* prevButton_;
    QToolButton* playButton_;
    QToolButton* nextButton_;
    QSlider* frameSlider_;
    QLabel* frameLabel_;
    QLabel* cursorLabel_;
    QLabel* windowInfo_;
    QTimer* playTimer_;

    std::shared_ptr<const Experiment> experiment_;
    CropSpec crop_;
    double dx_ = kDefaultDx;
    int frame_ = -1;                         // -1 until an experiment is shown
    std::vector<WindowLabel> frameWindows_;  // the experiment's windows at the current frame
    int hoveredWindow_ = -1;
    int clickedWindow_ = -1;
    int cursorRow_ = -1, cursorCol_ = -1;
};

}  // namespace faultke::gui
