#pragma once
// Sweep…: a grid over the hyperparameter form (rows of parameter and values), repeats and seeds,
// and where to run: on this machine (how many trainings at once) or as a SLURM array job (CPUs,
// memory, GPUs, time, partition, account, extra #SBATCH and setup lines, with the script shown).
// It says how many runs the sweep makes as it is edited, and gives the spec to write.
#include <QDialog>

#include "core/sweep/SweepSpec.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace faultke::gui {

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    // base: the form's parameters; dataset: the project's dataset file; experimentsDir: where the
    // sweep folder goes.
    SweepDialog(const nlohmann::json& base, const QString& dataset, const QString& experimentsDir,
                QWidget* parent = nullptr);

    QString name() const;
    QString sweepDir() const;
    // The spec as edited; throws Error naming what is wrong.
    faultke::SweepSpec spec() const;

    // For tests and scripted use: one grid row, key and comma-separated values.
    void addGridRow(const QString& key, const QString& values);
    QLineEdit* nameEdit() const { return name_; }
    QSpinBox* repeatsBox() const { return repeats_; }
    QComboBox* backendBox() const { return backend_; }
    QLabel* summaryLabel() const { return summary_; }
    QPlainTextEdit* scriptView() const { return script_; }

private:
    void update();

    nlohmann::json base_;
    QString dataset_, experimentsDir_;
    QLineEdit* name_;
    QTableWidget* grid_;
    QSpinBox* repeats_;
    QSpinBox* firstSeed_;
    QComboBox* backend_;
    QStackedWidget* backendPages_;
    QSpinBox* concurrent_;
    QSpinBox* cpus_;
    QLineEdit* memory_;
    QSpinBox* gpus_;
    QLineEdit* time_;
    QLineEdit* partition_;
    QLineEdit* account_;
    QSpinBox* maxConcurrent_;
    QPlainTextEdit* directives_;
    QPlainTextEdit* setup_;
    QPlainTextEdit* script_;
    QLabel* summary_;
    QPushButton* ok_ = nullptr;
};

}  // namespace faultke::gui
