#include "gui/data/CropEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include "core/data/WindowSize.h"

namespace faultke::gui {

namespace {
QSpinBox* makeBox(const char* name, int min, const QString& suffix, const QString& tip) {
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(min, 100000);
    box->setSuffix(suffix);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}
}  // namespace

CropEditor::CropEditor(QWidget* parent) : QWidget(parent) {
    const QString px = tr(" px");
    firstRow_ = makeBox("cropFirstRow", 0, px, tr("First frame row of every window (0-based)"));
    stride_ = makeBox("cropStride", 1, px, tr("Columns between the left edges of neighbouring windows"));
    height_ = makeBox("cropHeight", 1, px, tr("Window height in rows (the network expects 128)"));
    width_ = makeBox("cropWidth", 1, px, tr("Window width in columns (the network expects 64)"));
    dx_ = new QDoubleSpinBox;
    dx_->setObjectName("dx");
    dx_->setDecimals(3);
    dx_->setRange(0.001, 1000);
    dx_->setSingleStep(0.01);
    dx_->setSuffix(tr(" mm"));
    dx_->setKeyboardTracking(false);
    dx_->setToolTip(tr("Grid step of the DIC fields in mm per pixel (1.14 for the published experiments)"));
    summary_ = new QLabel;
    summary_->setObjectName("cropSummary");
    summary_->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("First row"), firstRow_);
    form->addRow(tr("Stride"), stride_);
    form->addRow(tr("Height"), height_);
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Grid step dx"), dx_);
    form->addRow(summary_);

    for (QSpinBox* box : {firstRow_, stride_, height_, width_})
        connect(box, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] {
            updateSummary();
            emit cropChanged(crop());
        });
    connect(dx_, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, [this](double v) { emit dxChanged(v); });
    setCrop(CropSpec{});
    setDx(kDefaultDx);
}

CropSpec CropEditor::crop() const {
    return CropSpec{firstRow_->value(), stride_->value(), height_->value(), width_->value()};
}

double CropEditor::dx() const { return dx_->value(); }

void CropEditor::setCrop(const CropSpec& crop) {
    for (auto [box, value] : {std::pair{firstRow_, crop.firstRow}, std::pair{stride_, crop.stride},
                              std::pair{height_, crop.height}, std::pair{width_, crop.width}}) {
        const QSignalBlocker block(box);
        box->setValue(value);
    }
    updateSummary();
}

void CropEditor::setDx(double dx) {
    const QSignalBlocker block(dx_);
    dx_->setValue(dx);
}

void CropEditor::setFrameSize(int rows, int cols) {
    frameRows_ = rows;
    frameCols_ = cols;
    updateSummary();
}

void CropEditor::updateSummary() {
    if (frameRows_ <= 0 || frameCols_ <= 0) {
        summary_->setText(tr("Crop %1").arg(QString::fromStdString(crop().toString())));
        return;
    }
    const CropSpec c = crop();
    try {
        c.validate(frameRows_, frameCols_);
        const int n = c.windowCount(frameCols_);
        const int firstUnused = (n - 1) * c.stride + c.width;  // columns right of the last window
        QString text = tr("%n window(s) of %1 × %2 on a %3 × %4 frame", nullptr, n)
                           .arg(c.height)
                           .arg(c.width)
                           .arg(frameRows_)
                           .arg(frameCols_);
        if (firstUnused < frameCols_) text += tr("; columns %1–%2 unused").arg(firstUnused).arg(frameCols_ - 1);
        if (c.height != kWindowRows || c.width != kWindowColumns) text += tr(". The network takes 128 × 64 windows.");
        summary_->setStyleSheet({});
        summary_->setText(text);
    } catch (const std::exception& e) {
        summary_->setStyleSheet("color: #b41414;");
        summary_->setText(QString::fromStdString(e.what()));
    }
}

}  // namespace faultke::gui
