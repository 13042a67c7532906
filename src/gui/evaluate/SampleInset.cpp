#include "gui/evaluate/SampleInset.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace faultke::gui {

SampleInset::SampleInset(QWidget* parent) : QWidget(parent) {
    image_ = new QLabel;
    image_->setObjectName("insetImage");
    image_->setAlignment(Qt::AlignCenter);
    image_->setMinimumSize(136, 264);
    image_->setFrameShape(QFrame::Box);
    text_ = new QLabel;
    text_->setObjectName("insetText");
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(image_);
    layout->addWidget(text_);
    layout->addStretch();
    clear();
}

void SampleInset::clear() {
    image_->clear();
    text_->setText(tr("Hover a point to see its window; click it to open it on the Data page."));
}

void SampleInset::showSample(const Dataset& data, size_t index, const SamplePrediction& p) {
    if (index >= data.size()) return clear();
    const int h = data.height, w = data.width;
    QImage image(w, h, QImage::Format_Grayscale8);
    const uint8_t* window = data.windows.data() + index * size_t(h) * size_t(w);
    for (int r = 0; r < h; ++r) {
        uchar* line = image.scanLine(r);
        for (int c = 0; c < w; ++c) line[c] = window[size_t(r) * w + c] ? 0 : 255;  // traces black on white
    }
    // Whole pixels, as tall as the inset allows (a 128 x 64 window at twice its size).
    const int scale = std::max(1, 256 / std::max(1, h));
    image_->setPixmap(
        QPixmap::fromImage(image.scaled(w * scale, h * scale, Qt::KeepAspectRatio, Qt::FastTransformation)));
    const double difference = p.prediction - p.ke;
    // The label as the Data page gives it (1SD); correct means within twice that.
    text_->setText(tr("<b>%1</b>, frame %2, window %3<br>label KE %4 ± %5 (1SD)<br>predicted %6<br>"
                      "difference %7: %8 (± %9)")
                       .arg(QString::fromStdString(p.experiment).toHtmlEscaped())
                       .arg(p.frame)
                       .arg(p.window)
                       .arg(p.ke, 0, 'f', 2)
                       .arg(p.sd, 0, 'f', 2)
                       .arg(p.prediction, 0, 'f', 2)
                       .arg(difference, 0, 'f', 2)
                       .arg(p.correct ? tr("within 2SD") : tr("outside 2SD"))
                       .arg(2 * p.sd, 0, 'f', 2));
}

}  // namespace faultke::gui
