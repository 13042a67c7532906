#include "gui/train/RunsPanel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/train/RunListModel.h"

namespace faultke::gui {

RunsPanel::RunsPanel(RunListModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);
    table_ = new QTableView;
    table_->setObjectName("runTable");
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(RunListModel::NameColumn, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);

    resume_ = new QPushButton(tr("Resume"));
    resume_->setObjectName("resumeRunButton");
    resume_->setToolTip(
        tr("Continue a stopped or interrupted run from its last completed epoch, exactly as if it "
           "had never stopped"));
    auto* reference = new QPushButton(tr("Add Reference…"));
    reference->setObjectName("addReferenceButton");
    reference->setToolTip(
        tr("Draw a Keras history.json (as the original archive keeps it) or another run's "
           "history.csv dashed on the same axes"));
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("Write both plots as PNG, SVG and PDF and the epoch table as CSV into a folder"));
    connect(resume_, &QPushButton::clicked, this, [this] {
        if (!currentRun().isEmpty()) emit resumeRequested(currentRun());
    });
    connect(reference, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Add Reference Curves"), folder_,
                                                          tr("Training histories (*.json *.csv)"));
        if (!file.isEmpty()) emit referenceChosen(file);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Curves and Table"), folder_);
        if (!dir.isEmpty()) emit exportRequested(dir);
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentRunChanged(currentRun());
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &RunsPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &RunsPanel::updateButtons);

    // Two rows: the panel stays narrow beside the plots at 1280 px, and no button is ever cut.
    auto* buttons = new QGridLayout;
    buttons->addWidget(resume_, 0, 0);
    buttons->addWidget(exportButton, 0, 1);
    buttons->addWidget(reference, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Runs</b>")));
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QString RunsPanel::currentRun() const {
    const QModelIndex current = proxy_->mapToSource(table_->currentIndex());
    return current.isValid() ? model_->index(current.row(), RunListModel::NameColumn).data().toString() : QString();
}

void RunsPanel::selectRun(const QString& name) {
    const int row = model_->rowOf(name);
    if (row < 0) return;
    const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    table_->setCurrentIndex(index);
    table_->selectRow(index.row());
}

void RunsPanel::updateButtons() {
    const RunSummary* run = model_->run(currentRun());
    resume_->setEnabled(run && run->resumable() && model_->running().isEmpty());
}

}  // namespace faultke::gui
