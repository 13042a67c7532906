#pragma once
// The crop (first row, stride, window height and width) and the grid step dx as spin boxes.
// Kept in sync with the frame viewer's drag handles by the Data page.
#include <QWidget>

#include "core/data/CropSpec.h"

class QSpinBox;
class QDoubleSpinBox;
class QLabel;

namespace faultke::gui {

class CropEditor : public QWidget {
    Q_OBJECT
public:
    explicit CropEditor(QWidget* parent = nullptr);

    CropSpec crop() const;
    double dx() const;
    // Sets the values without emitting cropChanged/dxChanged.
    void setCrop(const CropSpec& crop);
    void setDx(double dx);
    // The frame size the crop must fit (limits the spin boxes, shows the window count).
    void setFrameSize(int rows, int cols);

    QSpinBox* firstRowBox() const { return firstRow_; }
    QSpinBox* strideBox() const { return stride_; }
    QSpinBox* heightBox() const { return height_; }
    QSpinBox* widthBox() const { return width_; }
    QDoubleSpinBox* dxBox() const { return dx_; }

signals:
    void cropChanged(const faultke::CropSpec& crop);
    void dxChanged(double dx);

private:
    void updateSummary();

    QSpinBox* firstRow_;
    QSpinBox* stride_;
    QSpinBox* height_;
    QSpinBox* width_;
    QDoubleSpinBox* dx_;
    QLabel* summary_;
    int frameRows_ = 0, frameCols_ = 0;
};

}  // namespace faultke::gui
