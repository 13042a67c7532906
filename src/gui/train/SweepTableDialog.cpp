#include "gui/train/SweepTableDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepState.h"
#include "core/sweep/SweepTable.h"
#include "gui/jobs/LatestJob.h"

namespace faultke::gui {
namespace {

constexpr int kTestAccuracyColumn = 4;
constexpr int kTestR2Column = 5;

// Sorts by the number behind the text ("0.4044 ± 0.0128"); cells without one last.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text) { setData(Qt::UserRole, value); }
    bool operator<(const QTableWidgetItem& other) const override {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem* figureItem(const MeanSd& m) {
    if (m.n == 0) return new NumberItem(QStringLiteral("—"), -1e300);
    auto* item = new NumberItem(QStringLiteral("%1 ± %2").arg(m.mean, 0, 'f', 4).arg(m.sd, 0, 'f', 4), m.mean);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

SweepTableDialog::SweepTableDialog(const QString& experimentsDir, QWidget* parent)
    : QDialog(parent),
      experimentsDir_(experimentsDir),
      sweep_(new QComboBox),
      table_(new QTableWidget),
      status_(new QLabel),
      timer_(new QTimer(this)),
      job_(new LatestJob(this)) {
    setWindowTitle(tr("Sweep Table"));
    setObjectName(QStringLiteral("sweepTableDialog"));
    table_->setObjectName(QStringLiteral("sweepTable"));
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels({tr("Combination"), tr("Seeds done"), tr("Eval 2SD accuracy"), tr("Eval loss"),
                                       tr("Test 2SD accuracy"), tr("Test R²")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);  // best eval accuracy first
    // Test windows choose nothing: a click on a test column keeps the ranking it had.
    for (int column : {kTestAccuracyColumn, kTestR2Column})
        table_->horizontalHeaderItem(column)->setToolTip(
            tr("Reported for each run's chosen epoch, never used to rank or choose"));
    connect(table_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (column != kTestAccuracyColumn && column != kTestR2Column) {
                    rankingColumn_ = column;
                    rankingOrder_ = order;
                    return;
                }
                table_->horizontalHeader()->setSortIndicator(rankingColumn_, rankingOrder_);
            });
    table_->setToolTip(
        tr("Mean ± SD over the seeds, at each run's chosen epoch; test figures are read once, for "
           "the epoch chosen without them"));
    status_->setObjectName(QStringLiteral("sweepTableStatus"));
    status_->setWordWrap(true);
    sweep_->addItems(sweeps());
    auto* overlay = new QPushButton(tr("Draw selected on the curves"));
    overlay->setObjectName(QStringLiteral("overlayButton"));
    connect(overlay, &QPushButton::clicked, this, [this] { emit overlayRequested(selectedRuns()); });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sweep")));
    top->addWidget(sweep_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(overlay, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(sweep_, &QComboBox::currentTextChanged, this, &SweepTableDialog::refresh);
    timer_->setInterval(3000);  // the runs progress while it is open
    // A look still reading (a slow filesystem) is not replaced by the next tick.
    connect(timer_, &QTimer::timeout, this, [this] {
        if (!job_->isRunning()) refresh();
    });
    timer_->start();
    resize(860, 420);
    refresh();
}

QStringList SweepTableDialog::sweeps() const {
    QStringList out;
    for (const QString& name : QDir(experimentsDir_).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (isSweepFolder(QDir(experimentsDir_).filePath(name).toStdString())) out << name;
    return out;
}

void SweepTableDialog::showSweep(const QString& name) {
    sweep_->setCurrentText(name);
    refresh();
}

QStringList SweepTableDialog::selectedRuns() const {
    QStringList runs;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        runs << table_->item(index.row(), 0)->data(Qt::UserRole).toStringList();
    return runs;
}

struct SweepTableDialog::Look {
    std::vector<SweepRunStatus> runs;
    std::vector<SweepTableRow> rows;
};

void SweepTableDialog::refresh() {
    const QString name = sweep_->currentText();
    if (name.isEmpty()) {
        job_->cancel();
        status_->setText(tr("No sweep in this project yet: start one with Sweep…"));
        table_->setRowCount(0);
        return;
    }
    job_->request(
        [dir = QDir(experimentsDir_).filePath(name).toStdString()](const LatestJob::Context&) {
            Look look;
            look.runs = sweepStatus(dir);
            look.rows = sweepTable(look.runs);
            return look;
        },
        [this, name](Look look) { showLook(name, look); },
        [this](const QString& message) { status_->setText(message); });
}

void SweepTableDialog::showLook(const QString& name, const Look& look) {
    const std::vector<SweepRunStatus>& runs = look.runs;
    const std::vector<SweepTableRow>& rows = look.rows;
    const QStringList selected = selectedRuns();
    table_->setSortingEnabled(false);
    table_->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const SweepTableRow& row = rows[size_t(r)];
        auto* combination = new QTableWidgetItem(QString::fromStdString(row.combination));
        QStringList members;
        for (const std::string& run : row.runs) members << name + "/" + QString::fromStdString(run);
        combination->setData(Qt::UserRole, members);
        table_->setItem(r, 0, combination);
        table_->setItem(r, 1,
                        new NumberItem(QStringLiteral("%1/%2").arg(row.finished).arg(row.runs.size()), row.finished));
        table_->setItem(r, 2, figureItem(row.evalAccuracy));
        table_->setItem(r, 3, figureItem(row.evalLoss));
        table_->setItem(r, kTestAccuracyColumn, figureItem(row.testAccuracy));
        table_->setItem(r, kTestR2Column, figureItem(row.testR2));
        if (!selected.isEmpty() && selected.contains(members.value(0))) table_->selectRow(r);
    }
    table_->setSortingEnabled(true);
    int counts[5] = {};
    for (const SweepRunStatus& s : runs) ++counts[int(s.state)];
    status_->setText(tr("%1 runs: %2 finished, %3 running, %4 pending, %5 interrupted, %6 failed")
                         .arg(runs.size())
                         .arg(counts[int(SweepRunState::Finished)])
                         .arg(counts[int(SweepRunState::Running)])
                         .arg(counts[int(SweepRunState::Pending)])
                         .arg(counts[int(SweepRunState::Interrupted)])
                         .arg(counts[int(SweepRunState::Failed)]));
}

}  // namespace faultke::gui
