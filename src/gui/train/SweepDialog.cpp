#include "gui/train/SweepDialog.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/model/TrainParamTable.h"
#include "core/sweep/SlurmBackend.h"
#include "core/util/Error.h"
#include "gui/app/CliProgram.h"

namespace faultke::gui {
namespace {

using nlohmann::json;

// The params.json keys a sweep offers (any key may be typed), in the table's order, each with what
// it is as its tooltip: "shift_range" takes {"rows": r, "cols": c} or one number for both.
std::vector<std::pair<QString, QString>> sweepKeys() {
    std::vector<std::pair<QString, QString>> keys;
    for (const TrainParamSpec& spec : trainParamTable()) {
        if (!spec.sweepable) continue;
        const QString key = QString::fromStdString(spec.key.substr(0, spec.key.find('.')));
        const QString about = QString::fromStdString(describeTrainParam(spec)).trimmed();
        if (!keys.empty() && keys.back().first == key)
            keys.back().second += QStringLiteral("\n") + about;
        else
            keys.emplace_back(key, about);
    }
    return keys;
}

json valueOf(const QString& text) {
    const std::string t = text.trimmed().toStdString();
    json v = json::parse(t, nullptr, false);
    return v.is_discarded() ? json(t) : v;
}

QStringList lines(const QPlainTextEdit* edit) {
    QStringList out;
    for (const QString& line : edit->toPlainText().split('\n'))
        if (!line.trimmed().isEmpty()) out << line.trimmed();
    return out;
}

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list) out.push_back(s.toStdString());
    return out;
}

}  // namespace

SweepDialog::SweepDialog(const json& base, const QString& dataset, const QString& experimentsDir, QWidget* parent)
    : QDialog(parent),
      base_(base.is_object() ? base : json::object()),
      dataset_(dataset),
      experimentsDir_(experimentsDir) {
    setWindowTitle(tr("Sweep"));
    setObjectName(QStringLiteral("sweepDialog"));

    name_ = new QLineEdit(QStringLiteral("sweep"));
    name_->setObjectName(QStringLiteral("sweepName"));
    name_->setToolTip(tr("The sweep's folder under experiments/; each run is a folder inside it"));

    grid_ = new QTableWidget(0, 2);
    grid_->setObjectName(QStringLiteral("sweepGrid"));
    grid_->setHorizontalHeaderLabels({tr("Parameter"), tr("Values (comma-separated)")});
    grid_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    grid_->verticalHeader()->hide();
    grid_->setMinimumHeight(130);
    auto* addRow = new QPushButton(tr("Add parameter"));
    auto* removeRow = new QPushButton(tr("Remove"));
    connect(addRow, &QPushButton::clicked, this, [this] { addGridRow(QStringLiteral("learning_rate"), QString()); });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (grid_->currentRow() >= 0) grid_->removeRow(grid_->currentRow());
        update();
    });
    connect(grid_, &QTableWidget::cellChanged, this, &SweepDialog::update);
    auto* gridButtons = new QHBoxLayout;
    gridButtons->addWidget(addRow);
    gridButtons->addWidget(removeRow);
    gridButtons->addStretch();

    repeats_ = new QSpinBox;
    repeats_->setObjectName(QStringLiteral("sweepRepeats"));
    repeats_->setRange(1, 100);
    repeats_->setValue(3);
    repeats_->setToolTip(tr("Seeds per combination: the table gives mean ± SD over them"));
    firstSeed_ = new QSpinBox;
    firstSeed_->setRange(0, 1000000);
    firstSeed_->setValue(1);
    backend_ = new QComboBox;
    backend_->setObjectName(QStringLiteral("sweepBackend"));
    backend_->addItem(tr("This computer"), QStringLiteral("local"));
    backend_->addItem(tr("SLURM cluster (array job)"), QStringLiteral("slurm"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Repeats (seeds)"), repeats_);
    form->addRow(tr("First seed"), firstSeed_);
    form->addRow(tr("Run on"), backend_);

    // This computer.
    concurrent_ = new QSpinBox;
    concurrent_->setRange(0, 64);
    concurrent_->setSpecialValueText(tr("automatic"));
    concurrent_->setToolTip(tr("Trainings at once; the CPU threads are divided between them"));
    auto* localPage = new QWidget;
    auto* localForm = new QFormLayout(localPage);
    localForm->addRow(tr("Trainings at once"), concurrent_);

    // SLURM.
    cpus_ = new QSpinBox;
    cpus_->setRange(1, 256);
    cpus_->setValue(4);
    memory_ = new QLineEdit(QStringLiteral("8G"));
    gpus_ = new QSpinBox;
    gpus_->setRange(0, 16);
    gpus_->setSpecialValueText(tr("none"));
    time_ = new QLineEdit(QStringLiteral("04:00:00"));
    partition_ = new QLineEdit;
    account_ = new QLineEdit;
    maxConcurrent_ = new QSpinBox;
    maxConcurrent_->setRange(0, 10000);
    maxConcurrent_->setSpecialValueText(tr("no limit"));
    directives_ = new QPlainTextEdit;
    directives_->setPlaceholderText(QStringLiteral("--qos=normal"));
    directives_->setMaximumHeight(50);
    setup_ = new QPlainTextEdit;
    setup_->setPlaceholderText(QStringLiteral("module load faultke"));
    setup_->setMaximumHeight(50);
    script_ = new QPlainTextEdit;
    script_->setObjectName(QStringLiteral("sweepScript"));
    script_->setReadOnly(true);
    script_->setLineWrapMode(QPlainTextEdit::NoWrap);
    script_->setFont(QFont(QStringLiteral("monospace")));
    script_->setMinimumHeight(140);
    auto* slurmPage = new QWidget;
    auto* slurmForm = new QFormLayout(slurmPage);
    slurmForm->addRow(tr("CPUs per task"), cpus_);
    slurmForm->addRow(tr("Memory per task"), memory_);
    slurmForm->addRow(tr("GPUs per task"), gpus_);
    slurmForm->addRow(tr("Time limit per task"), time_);
    slurmForm->addRow(tr("Partition"), partition_);
    slurmForm->addRow(tr("Account"), account_);
    slurmForm->addRow(tr("Tasks at once"), maxConcurrent_);
    slurmForm->addRow(tr("More #SBATCH lines"), directives_);
    slurmForm->addRow(tr("Setup lines"), setup_);
    slurmForm->addRow(tr("Script"), script_);
    backendPages_ = new QStackedWidget;
    backendPages_->addWidget(localPage);
    backendPages_->addWidget(slurmPage);

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("sweepSummary"));
    summary_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Create and start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* gridBox = new QGroupBox(tr("Grid: every combination of these values"));
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->addWidget(grid_);
    gridLayout->addLayout(gridButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(gridBox);
    layout->addWidget(backendPages_);
    layout->addWidget(summary_);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {name_, memory_, time_, partition_, account_})
        connect(edit, &QLineEdit::textChanged, this, &SweepDialog::update);
    for (QSpinBox* box : {repeats_, firstSeed_, concurrent_, cpus_, gpus_, maxConcurrent_})
        connect(box, &QSpinBox::valueChanged, this, &SweepDialog::update);
    for (QPlainTextEdit* edit : {directives_, setup_})
        connect(edit, &QPlainTextEdit::textChanged, this, &SweepDialog::update);
    connect(backend_, &QComboBox::currentIndexChanged, this, [this](int i) {
        backendPages_->setCurrentIndex(i);
        update();
    });
    addGridRow(QStringLiteral("learning_rate"), QStringLiteral("1e-3, 5e-3"));
    resize(620, 640);
}

void SweepDialog::addGridRow(const QString& key, const QString& values) {
    const QSignalBlocker block(grid_);
    const int row = grid_->rowCount();
    grid_->insertRow(row);
    auto* keys = new QComboBox;
    keys->setEditable(true);
    for (const auto& [k, about] : sweepKeys()) {
        keys->addItem(k);
        keys->setItemData(keys->count() - 1, about, Qt::ToolTipRole);
    }
    keys->setCurrentText(key);
    connect(keys, &QComboBox::currentTextChanged, this, &SweepDialog::update);
    grid_->setCellWidget(row, 0, keys);
    grid_->setItem(row, 1, new QTableWidgetItem(values));
    grid_->setColumnWidth(0, std::max(grid_->columnWidth(0), keys->sizeHint().width() + 8));
    update();
}

QString SweepDialog::name() const { return name_->text().trimmed(); }

QString SweepDialog::sweepDir() const { return QDir(experimentsDir_).filePath(name()); }

SweepSpec SweepDialog::spec() const {
    SweepSpec spec;
    spec.dataset = dataset_.toStdString();
    spec.base = base_;
    for (int row = 0; row < grid_->rowCount(); ++row) {
        const auto* keys = qobject_cast<QComboBox*>(grid_->cellWidget(row, 0));
        const QString key = keys ? keys->currentText().trimmed() : QString();
        const QString text = grid_->item(row, 1) ? grid_->item(row, 1)->text() : QString();
        SweepAxis axis{key.toStdString(), {}};
        for (const QString& value : text.split(',', Qt::SkipEmptyParts))
            if (!value.trimmed().isEmpty()) axis.values.push_back(valueOf(value));
        if (key.isEmpty() && axis.values.empty()) continue;
        if (key.isEmpty()) throw Error(tr("a grid row has values but no parameter").toStdString());
        if (axis.values.empty()) throw Error(tr("%1 has no values").arg(key).toStdString());
        spec.grid.push_back(std::move(axis));
    }
    spec.repeats = repeats_->value();
    spec.firstSeed = uint64_t(firstSeed_->value());
    spec.backend =
        backend_->currentData().toString() == QLatin1String("slurm") ? SweepBackend::Slurm : SweepBackend::Local;
    spec.local.concurrent = concurrent_->value();
    spec.slurm.cpusPerTask = cpus_->value();
    spec.slurm.memory = memory_->text().trimmed().toStdString();
    spec.slurm.gpusPerTask = gpus_->value();
    spec.slurm.time = time_->text().trimmed().toStdString();
    spec.slurm.partition = partition_->text().trimmed().toStdString();
    spec.slurm.account = account_->text().trimmed().toStdString();
    spec.slurm.maxConcurrent = maxConcurrent_->value();
    spec.slurm.directives = toStd(lines(directives_));
    spec.slurm.setup = toStd(lines(setup_));
    // Checked as the command line reads it, every combination's parameters included.
    const SweepSpec checked = SweepSpec::fromJson(spec.toJson(), tr("the sweep").toStdString());
    expandSweep(checked, tr("the sweep").toStdString());
    return checked;
}

void SweepDialog::update() {
    QString problem;
    if (name().isEmpty() || name().contains('/') || name().startsWith('.'))
        problem = tr("Give the sweep a folder name.");
    else if (QFileInfo::exists(sweepDir()))
        problem = tr("experiments/%1 exists already: choose another name.").arg(name());
    try {
        const SweepSpec s = spec();
        const std::vector<SweepRun> runs = expandSweep(s);
        if (problem.isEmpty())
            summary_->setText(tr("%n run(s)", "", int(runs.size())) + QStringLiteral(": ") +
                              tr("%n combination(s)", "", int(runs.size()) / s.repeats) + QStringLiteral(" × ") +
                              tr("%n seed(s)", "", s.repeats));
        if (s.backend == SweepBackend::Slurm) {
            std::vector<int> indices;
            for (const SweepRun& r : runs) indices.push_back(r.index);
            const QString program = cliProgramPath();
            script_->setPlainText(QString::fromStdString(slurmArrayScript(
                s, sweepDir().toStdString(), indices, program.isEmpty() ? "faultke-cli" : program.toStdString())));
        }
    } catch (const std::exception& e) {
        if (problem.isEmpty()) problem = QString::fromStdString(e.what());
    }
    if (!problem.isEmpty()) summary_->setText(problem);
    summary_->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    if (ok_) ok_->setEnabled(problem.isEmpty());
}

}  // namespace faultke::gui
