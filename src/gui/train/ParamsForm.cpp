#include "gui/train/ParamsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "core/model/NetworkSummary.h"
#include "gui/predict/ModelChooser.h"

namespace faultke::gui {

using nlohmann::json;

namespace {

QString number(double v) { return QString::number(v, 'g', 6); }

// The table's words, in the language of the application.
QString translated(const std::string& text) {
    return QCoreApplication::translate("faultke::TrainParameters", text.c_str());
}

QString shown(const json& value) {
    if (value.is_number_float()) return number(value.get<double>());
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

}  // namespace

QWidget* ParamsForm::makeField(const TrainParamSpec& spec) {
    QWidget* widget = nullptr;
    switch (spec.type) {
    case ParamType::Number:
        if (spec.typed) {
            auto* e = new QLineEdit;
            connect(e, &QLineEdit::textChanged, this, &ParamsForm::validate);
            widget = e;
        } else {
            auto* s = new QDoubleSpinBox;
            const double tick = std::pow(10.0, -spec.decimals);
            s->setDecimals(spec.decimals);
            s->setRange(spec.min + (spec.minExcluded ? tick : 0), spec.max - (spec.maxExcluded ? tick : 0));
            s->setSingleStep(spec.step);
            connect(s, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &ParamsForm::validate);
            widget = s;
        }
        break;
    case ParamType::Integer: {
        auto* s = new QSpinBox;
        s->setRange(int(std::max<double>(spec.min, INT_MIN)), int(std::min<double>(spec.max, INT_MAX)));
        if (!spec.zeroMeans.empty() && spec.min == 0) s->setSpecialValueText(translated(spec.zeroMeans));
        connect(s, QOverload<int>::of(&QSpinBox::valueChanged), this, &ParamsForm::validate);
        widget = s;
        break;
    }
    case ParamType::Flag: {
        auto* c = new QCheckBox(translated(spec.label));
        connect(c, &QCheckBox::toggled, this, &ParamsForm::validate);
        widget = c;
        break;
    }
    case ParamType::Text:
        if (spec.key == "start_from") {
            // The model chooser the Predict page uses, with random weights first.
            auto* chooser = new ModelChooser(ModelChooser::Use::StartFrom);
            connect(chooser, &ModelChooser::choiceChanged, this, &ParamsForm::validate);
            widget = chooser;
        } else {
            auto* e = new QLineEdit;
            connect(e, &QLineEdit::textChanged, this, &ParamsForm::validate);
            widget = e;
        }
        break;
    case ParamType::Choice: {
        auto* c = new QComboBox;
        for (const ParamChoice& choice : spec.choices)
            c->addItem(choice.label.empty() ? QString::fromStdString(choice.value) : translated(choice.label),
                       QString::fromStdString(choice.value));
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ParamsForm::validate);
        widget = c;
        break;
    }
    }
    widget->setObjectName(QString::fromStdString(spec.key));
    widget->setToolTip(tr("%1 (%2).\nThe original: %3; steady: %4")
                           .arg(translated(spec.help), QString::fromStdString(spec.key),
                                shown(trainParamDefault(spec, Preset::Original)),
                                shown(trainParamDefault(spec, Preset::Steady))));
    return widget;
}

ParamsForm::ParamsForm(QWidget* parent) : QWidget(parent) {
    presetState_ = new QLabel;
    presetState_->setObjectName("presetState");
    presetState_->setWordWrap(true);
    parameterCount_ = new QLabel;
    parameterCount_->setObjectName("parameterCount");
    device_ = new QComboBox;
    device_->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    device_->addItem(cudaAvailable() ? tr("CUDA GPU") : tr("CUDA GPU (not available)"), QStringLiteral("cuda"));
    device_->setToolTip(tr("Where the network trains"));
    connect(device_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ParamsForm::validate);

    // One group per table group, its fields in the table's order.
    std::vector<QGroupBox*> boxes;
    for (const std::string& group : trainParamGroups()) {
        auto* box = new QGroupBox(translated(group));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const TrainParamSpec& spec : trainParamTable()) {
            if (spec.group != group) continue;
            if (spec.key == "seed") form->addRow(tr("Device"), device_);
            QWidget* widget = makeField(spec);
            fields_.push_back({&spec, widget});
            if (spec.type == ParamType::Flag)
                form->addRow(widget);
            else
                form->addRow(translated(spec.label), widget);
            if (spec.key == "preset") form->addRow(presetState_);
        }
        if (group == "Network") form->addRow(parameterCount_);
        boxes.push_back(box);
    }
    // Choosing a preset takes its recipe; the other fields stay.
    QComboBox* preset = presetBox();
    connect(preset, QOverload<int>::of(&QComboBox::activated), this, [this, preset] {
        TrainParams p = params();
        p.adoptRecipe(parsePresetName(preset->currentData().toString().toStdString()));
        setParams(p);
    });

    errorLabel_ = new QLabel;
    errorLabel_->setObjectName("paramsError");
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet("color: #b41414;");
    auto* load = new QPushButton(tr("Load…"));
    load->setToolTip(tr("Read a params.json: the original's, or one FaultKE wrote into a run"));
    auto* save = new QPushButton(tr("Save…"));
    auto* reset = new QPushButton(tr("Original"));
    reset->setObjectName("resetParamsButton");
    reset->setToolTip(tr("Reset every field to the original's values and recipe"));
    connect(load, &QPushButton::clicked, this, &ParamsForm::loadDialog);
    connect(save, &QPushButton::clicked, this, &ParamsForm::saveDialog);
    connect(reset, &QPushButton::clicked, this, &ParamsForm::resetToOriginal);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(reset);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(errorLabel_);
    for (QGroupBox* box : boxes) layout->addWidget(box);
    layout->addStretch();
    setParams(TrainParams::defaults());
}

void ParamsForm::setRuns(const std::vector<RunSummary>& runs) {
    const QSignalBlocker blocker(startFromChooser());
    startFromChooser()->setRuns(runs);
}

ModelChooser* ParamsForm::startFromChooser() const { return fieldAs<ModelChooser>(QStringLiteral("start_from")); }

QWidget* ParamsForm::field(const QString& key) const {
    const std::string k = key.toStdString();
    for (const Field& f : fields_)
        if (f.spec->key == k) return f.widget;
    return nullptr;
}

QLineEdit* ParamsForm::learningRateEdit() const {
    return qobject_cast<QLineEdit*>(field(QStringLiteral("learning_rate")));
}
QSpinBox* ParamsForm::epochsBox() const { return qobject_cast<QSpinBox*>(field(QStringLiteral("num_epochs"))); }
QSpinBox* ParamsForm::batchBox() const { return qobject_cast<QSpinBox*>(field(QStringLiteral("batch_size"))); }
QSpinBox* ParamsForm::channelsBox() const { return qobject_cast<QSpinBox*>(field(QStringLiteral("num_channels"))); }
QSpinBox* ParamsForm::seedBox() const { return qobject_cast<QSpinBox*>(field(QStringLiteral("seed"))); }
QComboBox* ParamsForm::presetBox() const { return qobject_cast<QComboBox*>(field(QStringLiteral("preset"))); }
QCheckBox* ParamsForm::bnRecalibrationBox() const {
    return qobject_cast<QCheckBox*>(field(QStringLiteral("bn_recalibration")));
}
QDoubleSpinBox* ParamsForm::emaBox() const {
    return qobject_cast<QDoubleSpinBox*>(field(QStringLiteral("ema_epochs")));
}
QComboBox* ParamsForm::bestRuleBox() const {
    return qobject_cast<QComboBox*>(field(QStringLiteral("best_epoch_rule")));
}

void ParamsForm::show(const Field& f, const json& value) {
    if (auto* chooser = qobject_cast<ModelChooser*>(f.widget))
        chooser->setStartFrom(QString::fromStdString(value.get<std::string>()));
    else if (auto* e = qobject_cast<QLineEdit*>(f.widget))
        e->setText(value.is_string() ? QString::fromStdString(value.get<std::string>()) : number(value.get<double>()));
    else if (auto* s = qobject_cast<QDoubleSpinBox*>(f.widget))
        s->setValue(value.get<double>());
    else if (auto* s = qobject_cast<QSpinBox*>(f.widget))
        s->setValue(int(std::clamp<double>(value.get<double>(), s->minimum(), s->maximum())));
    else if (auto* c = qobject_cast<QCheckBox*>(f.widget))
        c->setChecked(value.get<bool>());
    else if (auto* c = qobject_cast<QComboBox*>(f.widget))
        c->setCurrentIndex(std::max(0, c->findData(QString::fromStdString(value.get<std::string>()))));
}

json ParamsForm::valueOf(const Field& f) const {
    if (auto* chooser = qobject_cast<ModelChooser*>(f.widget)) return chooser->startFrom().toStdString();
    if (auto* e = qobject_cast<QLineEdit*>(f.widget)) {
        if (f.spec->type == ParamType::Text) return e->text().toStdString();
        bool ok = false;
        const double v = QLocale::c().toDouble(e->text().trimmed(), &ok);
        return ok ? json(v) : json();
    }
    if (auto* s = qobject_cast<QDoubleSpinBox*>(f.widget)) return s->value();
    if (auto* s = qobject_cast<QSpinBox*>(f.widget)) return s->value();
    if (auto* c = qobject_cast<QCheckBox*>(f.widget)) return c->isChecked();
    if (auto* c = qobject_cast<QComboBox*>(f.widget)) return c->currentData().toString().toStdString();
    return {};
}

void ParamsForm::setParams(const TrainParams& p) {
    loaded_ = p;
    {
        // One validate() after all fields are set, not one per field.
        std::vector<std::unique_ptr<QSignalBlocker>> blockers;
        for (QWidget* w : findChildren<QWidget*>()) blockers.push_back(std::make_unique<QSignalBlocker>(w));
        for (const Field& f : fields_) show(f, f.spec->get(p));
    }
    validate();
}

TrainParams ParamsForm::params() const {
    TrainParams p = loaded_;
    for (const Field& f : fields_) {
        const json value = valueOf(f);
        // A number that is not one counts as -1: out of every range, so validate() names it.
        f.spec->set(p, value.is_null() ? json(-1.0) : value);
    }
    return p;
}

DeviceChoice ParamsForm::device() const {
    const QString choice = device_->currentData().toString();
    return choice == QLatin1String("cpu") ? DeviceChoice::Cpu
                                          : (choice == QLatin1String("cuda") ? DeviceChoice::Cuda : DeviceChoice::Auto);
}

void ParamsForm::validate() {
    error_.clear();
    for (const Field& f : fields_) {
        if (auto* e = qobject_cast<QLineEdit*>(f.widget);
            e && f.spec->type == ParamType::Number && valueOf(f).is_null()) {
            error_ = tr("%1: '%2' is not a number").arg(translated(f.spec->label), e->text());
            break;
        }
    }
    const TrainParams p = params();
    if (error_.isEmpty()) {
        try {
            p.validate();
        } catch (const std::exception& e) {
            error_ = QString::fromStdString(e.what());
        }
    }
    try {
        const NetworkSummary net = summarizeNetwork(p.network);
        parameterCount_->setText(tr("%L1 trainable parameters").arg(net.trainableParameters));
    } catch (const std::exception& e) {
        parameterCount_->setText({});
        if (error_.isEmpty()) error_ = tr("Network: %1").arg(QString::fromStdString(e.what()));
    }
    // A field that only counts with another's value is inactive without it.
    for (const Field& f : fields_) {
        const ParamCondition& when = f.spec->activeWhen;
        if (when.key.empty()) continue;
        for (const Field& other : fields_)
            if (other.spec->key == when.key) f.widget->setEnabled(valueOf(other) == when.value);
    }
    // Which recipe is in force, in words.
    const bool as = p.recipeIs(p.preset);
    switch (p.preset) {
    case Preset::Steady:
        presetState_->setText(as ? tr("In force: the steady recipe.")
                                 : tr("In force: the steady recipe, changed below."));
        break;
    case Preset::Original:
        presetState_->setText(as ? tr("In force: the original recipe.")
                                 : tr("In force: the original recipe, changed below."));
        break;
    case Preset::FineTune:
        presetState_->setText(as ? tr("In force: the fine-tune recipe.")
                                 : tr("In force: the fine-tune recipe, changed below."));
        break;
    }
    // Fine-tuning starts from a trained model: said where the choice is.
    if (p.preset == Preset::FineTune && p.startFrom.empty() && error_.isEmpty())
        presetState_->setText(presetState_->text() + QLatin1Char(' ') +
                              tr("It is meant for a run that starts from a trained model (Start from, above)."));
    errorLabel_->setText(error_);
    errorLabel_->setVisible(!error_.isEmpty());
    emit changed();
}

void ParamsForm::resetToOriginal() { setParams(TrainParams::forPreset(Preset::Original)); }

bool ParamsForm::loadFile(const QString& path) {
    try {
        setParams(TrainParams::load(path.toStdString()));
        return true;
    } catch (const std::exception& e) {
        errorLabel_->setText(QString::fromStdString(e.what()));
        errorLabel_->setVisible(true);
        return false;
    }
}

bool ParamsForm::saveFile(const QString& path) {
    try {
        params().save(path.toStdString());
        return true;
    } catch (const std::exception& e) {
        errorLabel_->setText(QString::fromStdString(e.what()));
        errorLabel_->setVisible(true);
        return false;
    }
}

void ParamsForm::loadDialog() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Load Parameters"), folder_, tr("Parameters (*.json);;All files (*)"));
    if (!file.isEmpty()) loadFile(file);
}

void ParamsForm::saveDialog() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save Parameters"), folder_ + "/params.json", tr("Parameters (*.json)"));
    if (!file.isEmpty()) saveFile(file);
}

}  // namespace faultke::gui
