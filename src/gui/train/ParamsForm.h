#pragma once
// Every training parameter as a form, built from the core's table of parameters
// (core/model/TrainParamTable.h): its groups, labels, ranges, choices and help. The recipe group
// shows which preset is in force (and whether it was changed); the device sits beside the seed.
// Each field's tooltip says what it does and the two presets' values; what is wrong is said in
// place, and isValid() is false until it is fixed. Load and save params.json (unknown keys are
// kept), reset to the original's values.
#include <QString>
#include <QWidget>

#include <nlohmann/json.hpp>
#include <vector>

#include "core/model/Device.h"
#include "core/model/RunCatalog.h"
#include "core/model/TrainParamTable.h"
#include "core/model/TrainParams.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace faultke::gui {

class ModelChooser;

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

    // The field of a params.json key ("learning_rate", "shift_range.rows"); nullptr when none.
    QWidget* field(const QString& key) const;
    template <typename Widget>
    Widget* fieldAs(const QString& key) const {
        return qobject_cast<Widget*>(field(key));
    }
    QLineEdit* learningRateEdit() const;
    QSpinBox* epochsBox() const;
    QSpinBox* batchBox() const;
    QSpinBox* channelsBox() const;
    QSpinBox* seedBox() const;
    QComboBox* presetBox() const;
    QCheckBox* bnRecalibrationBox() const;
    QDoubleSpinBox* emaBox() const;
    QComboBox* bestRuleBox() const;
    QComboBox* deviceBox() const { return device_; }
    // "Start from": the project's runs are among the models a training can start from.
    ModelChooser* startFromChooser() const;
    void setRuns(const std::vector<RunSummary>& runs);
    QLabel* presetStateLabel() const { return presetState_; }
    QLabel* errorLabel() const { return errorLabel_; }
    QLabel* parameterCountLabel() const { return parameterCount_; }

public slots:
    void resetToOriginal();

signals:
    void changed();

private:
    struct Field {
        const TrainParamSpec* spec;
        QWidget* widget;  // QLineEdit, QSpinBox, QDoubleSpinBox, QCheckBox or QComboBox, by the spec's type
    };
    QWidget* makeField(const TrainParamSpec& spec);
    // The field's value as params.json writes it; null when its text is not a number.
    nlohmann::json valueOf(const Field& field) const;
    void show(const Field& field, const nlohmann::json& value);
    void validate();
    void loadDialog();
    void saveDialog();

    std::vector<Field> fields_;  // in the table's order
    QComboBox* device_;
    QLabel* presetState_;
    QLabel* parameterCount_;
    QLabel* errorLabel_;

    TrainParams loaded_;  // keeps what the form has no field for (unknown keys, unused keys)
    QString error_;
    QString folder_;
};

}  // namespace faultke::gui
