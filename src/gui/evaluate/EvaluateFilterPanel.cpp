#include "gui/evaluate/EvaluateFilterPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace faultke::gui {

EvaluateFilterPanel::EvaluateFilterPanel(QWidget* parent) : QWidget(parent) {
    experiments_ = new QListWidget;
    experiments_->setObjectName("experimentFilter");
    experiments_->setToolTip(tr("The experiments whose samples are shown"));
    experiments_->setMaximumHeight(140);
    correct_ = new QCheckBox(tr("Correct (within 2SD)"));
    correct_->setChecked(true);
    incorrect_ = new QCheckBox(tr("Incorrect"));
    incorrect_->setChecked(true);
    auto range = [](double value) {
        auto* box = new QDoubleSpinBox;
        box->setRange(-1, 2);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setValue(value);
        return box;
    };
    keMin_ = range(-1);
    keMax_ = range(2);
    keMin_->setToolTip(tr("Only samples whose true KE is at least this"));
    keMax_->setToolTip(tr("Only samples whose true KE is at most this"));
    auto* keRow = new QHBoxLayout;
    keRow->addWidget(keMin_);
    keRow->addWidget(keMax_);
    auto* form = new QFormLayout;
    form->addRow(tr("True KE from, to"), keRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(experiments_);
    layout->addWidget(correct_);
    layout->addWidget(incorrect_);
    layout->addLayout(form);

    connect(experiments_, &QListWidget::itemChanged, this, &EvaluateFilterPanel::changed);
    connect(correct_, &QCheckBox::toggled, this, &EvaluateFilterPanel::changed);
    connect(incorrect_, &QCheckBox::toggled, this, &EvaluateFilterPanel::changed);
    connect(keMin_, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &EvaluateFilterPanel::changed);
    connect(keMax_, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &EvaluateFilterPanel::changed);
}

void EvaluateFilterPanel::setExperiments(const std::vector<std::string>& names) {
    const QSignalBlocker block(experiments_);
    experiments_->clear();
    for (const std::string& name : names) {
        auto* item = new QListWidgetItem(QString::fromStdString(name), experiments_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

PredictionFilter EvaluateFilterPanel::filter() const {
    PredictionFilter f;
    bool all = true;
    for (int i = 0; i < experiments_->count(); ++i) {
        if (experiments_->item(i)->checkState() == Qt::Checked)
            f.experiments.insert(experiments_->item(i)->text().toStdString());
        else
            all = false;
    }
    if (all)
        f.experiments.clear();
    else if (f.experiments.empty())
        f.experiments.insert(std::string());  // none ticked: nothing shown
    f.correct = correct_->isChecked();
    f.incorrect = incorrect_->isChecked();
    f.keMin = keMin_->value();
    f.keMax = keMax_->value();
    return f;
}

}  // namespace faultke::gui
