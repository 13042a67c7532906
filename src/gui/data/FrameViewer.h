#pragma once
// One frame of an experiment as an image (fault map, curl, u or v) with a color scale, and the
// crop's windows drawn over it as in the paper's fig. 1d. Zoom with the mouse wheel, pan by
// dragging the background, double-click to fit. The windows can be edited by dragging:
//   - inside a window: move every window up or down (first row);
//   - the right edge of window 0: window width;
//   - the left edge of window 1: stride;
//   - the bottom edge of a window: window height.
#include <qcustomplot.h>

#include <memory>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/data/Split.h"

namespace faultke::gui {

class FrameViewer : public QCustomPlot {
    Q_OBJECT
public:
    enum class Handle { None, Move, Width, Stride, Height };

    explicit FrameViewer(QWidget* parent = nullptr);

    // The experiment to show (all channels loaded); nullptr shows `message` instead.
    void setExperiment(std::shared_ptr<const Experiment> experiment);
    void setMessage(const QString& message);
    void setChannel(Channel channel);
    void setFrame(int frame);
    void setCrop(const CropSpec& crop);
    void setDx(double dx);
    // Status of each window for the current frame (empty windows are drawn hatched); an empty
    // vector when unknown.
    void setWindowStatuses(std::vector<SampleStatus> statuses);
    void setHighlightedWindow(int window);
    // The split of each window (drawn in the split's colour, named in its label); empty when
    // unknown (the windows alternate two shades).
    void setWindowSplits(std::vector<Split> splits);
    // How strongly the windows are drawn over the frame: 1 opaque outlines and tinted fills, 0
    // hidden (so the curl or displacement underneath shows unwashed).
    void setOverlayOpacity(double opacity);
    double overlayOpacity() const { return overlayOpacity_; }
    // The outline colour window `window` is drawn with (for tests); invalid when not drawn.
    QColor windowColor(int window) const;

    const Experiment* experiment() const { return experiment_.get(); }
    Channel channel() const { return channel_; }
    int frame() const { return frame_; }
    const CropSpec& crop() const { return crop_; }
    int highlightedWindow() const { return highlighted_; }
    QCPColorMap* colorMap() const { return colorMap_; }
    QCPColorScale* colorScale() const { return colorScale_; }
    // The value shown at (row, col) of the current frame (NaN outside or without data).
    double shownValue(int row, int col) const;
    // Widget coordinates of a point given in frame columns / rows (pixel centres are integers).
    QPoint widgetPoint(double col, double row) const;
    // Which window (if any) contains a frame point; the nearest centre wins where windows overlap.
    int windowAt(double col, double row) const;
    Handle handleAt(const QPointF& widgetPos, int* window = nullptr) const;
    // Fits the whole frame into the plot with square pixels.
    void fitView();
    // Number of overlay rectangles drawn (for tests).
    int overlayWindowCount() const { return static_cast<int>(windowRects_.size()); }
    bool windowDrawnEmpty(int window) const;

signals:
    void cropEdited(const faultke::CropSpec& crop);
    // Frame row and column under the mouse, (-1, -1) when outside the frame.
    void cursorMoved(int row, int col);
    void windowHovered(int window);  // -1 when none
    void windowClicked(int window);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refreshImage();
    void rebuildOverlay();
    void updateMmAxis();
    void applyChannelStyle();
    CropSpec draggedCrop(const QPointF& pos) const;

    std::shared_ptr<const Experiment> experiment_;
    Channel channel_ = Channel::Fault;
    int frame_ = 0;
    CropSpec crop_;
    double dx_ = kDefaultDx;
    std::vector<SampleStatus> statuses_;
    std::vector<Split> splits_;
    double overlayOpacity_ = 1.0;
    int highlighted_ = -1;
    int hovered_ = -1;

    QCPColorMap* colorMap_;
    QCPColorScale* colorScale_;
    QCPItemText* message_;
    QString messageText_;  // unwrapped: wrapped anew to the plot's width at each layout
    std::vector<QCPItemRect*> windowRects_;
    std::vector<QCPAbstractItem*> overlayItems_;

    Handle drag_ = Handle::None;
    QPointF dragStart_;
    CropSpec dragStartCrop_;
    bool userMovedView_ = false;
};

}  // namespace faultke::gui
