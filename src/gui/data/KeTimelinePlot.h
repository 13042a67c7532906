#pragma once
// The KE of every window of one experiment against frame, as the paper's fig. 1e: each window's
// labels as points, the median across windows as a line and the min..max across windows as a
// band. A vertical line marks the current frame; clicking the plot jumps to a frame.
#include <qcustomplot.h>

#include <vector>

#include "core/data/Labels.h"

namespace faultke::gui {

class KeTimelinePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit KeTimelinePlot(QWidget* parent = nullptr);

    // nullptr clears the plot and shows `message`.
    void setLabels(const LabelTable* labels, int frames, const QString& message = {});
    // Frames are 0-based, as everywhere a user reads one.
    void setCurrentFrame(int frame);
    // Draws one window's KE through the frames over the others (-1: none).
    void setHighlightedWindow(int window);
    QCPGraph* highlightGraph() const { return highlight_; }

    QCPGraph* pointsGraph() const { return points_; }
    QCPGraph* medianGraph() const { return median_; }
    int currentFrame() const { return currentFrame_; }

signals:
    void frameClicked(int frame);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    QCPGraph* points_;
    QCPGraph* median_;
    QCPGraph* bandLow_;
    QCPGraph* bandHigh_;
    QCPGraph* highlight_;
    struct KeptPoint {
        int window, frame;
        double ke;
    };
    std::vector<KeptPoint> kept_;  // the labels shown, for the highlighted window's series
    int highlightedWindow_ = -1;
    QCPItemStraightLine* cursor_;
    QCPItemText* message_;
    QString messageText_;  // unwrapped: wrapped anew to the plot's width at each layout
    int frames_ = 0;
    int currentFrame_ = 0;
};

}  // namespace faultke::gui
