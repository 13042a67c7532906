#pragma once
// Every training parameter (TrainParams) as a form, grouped: the recipe (a preset, steady or
// original, with the keys in which they differ, and which one is in force), optimisation, network,
// augmentation, loss and labels, seed, early stopping, best-epoch rule; plus the device. Each
// field has its range and a tooltip that says what it does and what the original used; what is
// wrong is said in place, and isValid() is false until it is fixed. Load and save params.json
// (unknown keys are kept), reset to the original's values.
#include <QWidget>

#include "core/model/Device.h"
#include "core/model/TrainParams.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace faultke::gui {

class ParamsForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamsForm(QWidget* parent = nullptr);

    void setParams(const TrainParams& params);
    // The parameters the form shows (valid or not: see isValid()).
    TrainParams params() const;
    DeviceChoice device() const;
    bool isValid() const { return error_.isEmpty(); }
    // What is wrong, in words; empty when valid.
    QString error() const { return error_; }
    // Where Load/Save dialogs open.
    void setFolder(const QString& folder) { folder_ = folder; }

    // Reads params.json into the form; false (and the message in place) when it cannot.
    bool loadFile(const QString& path);
    bool saveFile(const QString& path);

    QLineEdit* learningRateEdit() const { return learningRate_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QSpinBox* batchBox() const { return batch_; }
    QSpinBox* channelsBox() const { return channels_; }
    QSpinBox* seedBox() const { return seed_; }
    QComboBox* deviceBox() const { return device_; }
    QComboBox* presetBox() const { return preset_; }
    QLabel* presetStateLabel() const { return presetState_; }
    QCheckBox* bnRecalibrationBox() const { return bnRecalibration_; }
    QDoubleSpinBox* emaBox() const { return ema_; }
    QComboBox* bestRuleBox() const { return bestRule_; }
    QLabel* errorLabel() const { return errorLabel_; }
    QLabel* parameterCountLabel() const { return parameterCount_; }

public slots:
    void resetToOriginal();

signals:
    void changed();

private:
    void validate();
    void loadDialog();
    void saveDialog();

    QLineEdit* learningRate_;
    QSpinBox* batch_;
    QSpinBox* epochs_;
    QLineEdit* adamEpsilon_;
    QDoubleSpinBox* beta1_;
    QDoubleSpinBox* beta2_;
    QSpinBox* channels_;
    QSpinBox* blocks_;
    QSpinBox* dilation_;
    QCheckBox* batchNorm_;
    QDoubleSpinBox* bnMomentum_;
    QDoubleSpinBox* dropout_;
    QSpinBox* denseWidth_;
    QCheckBox* augment_;
    QDoubleSpinBox* zoom_;
    QDoubleSpinBox* shiftRows_;
    QDoubleSpinBox* shiftCols_;
    QCheckBox* flips_;
    QComboBox* loss_;
    QComboBox* labelPrecision_;
    QSpinBox* seed_;
    QCheckBox* earlyStopping_;
    QComboBox* earlyMetric_;
    QSpinBox* patience_;
    QComboBox* bestRule_;
    QSpinBox* bestEpoch_;
    QComboBox* device_;
    QComboBox* preset_;
    QComboBox* init_;
    QComboBox* schedule_;
    QDoubleSpinBox* warmup_;
    QCheckBox* bnRecalibration_;
    QDoubleSpinBox* sdFloor_;
    QDoubleSpinBox* ema_;
    QCheckBox* startAtMeanKe_;
    QLabel* presetState_;
    QLabel* parameterCount_;
    QLabel* errorLabel_;

    TrainParams loaded_;  // keeps what the form has no field for (unknown keys, unused keys)
    QString error_;
    QString folder_;
};

}  // namespace faultke::gui
