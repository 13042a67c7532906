#pragma once
// What fig. 3 (c)'s insets show of one sample: its 128 x 64 fault window, the label, the
// prediction, 2 SD and the difference, and where it comes from (experiment, frame, window).
#include <QWidget>

#include "core/data/Dataset.h"
#include "core/model/Evaluation.h"

class QLabel;

namespace faultke::gui {

class SampleInset : public QWidget {
    Q_OBJECT
public:
    explicit SampleInset(QWidget* parent = nullptr);

    // `index` is the sample's index in the dataset (the evaluation keeps dataset order).
    void showSample(const Dataset& data, size_t index, const SamplePrediction& prediction);
    void clear();
    QLabel* imageLabel() const { return image_; }
    QLabel* textLabel() const { return text_; }

private:
    QLabel* image_;
    QLabel* text_;
};

}  // namespace faultke::gui
