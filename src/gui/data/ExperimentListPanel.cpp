#include "gui/data/ExperimentListPanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/data/ExperimentListModel.h"
#include "gui/data/RoleDelegate.h"
#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

ExperimentListPanel::ExperimentListPanel(ExperimentListModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setMinimumWidth(280);
    table_ = new QTableView;
    table_->setObjectName("experimentTable");
    table_->setModel(model_);
    table_->setItemDelegateForColumn(ExperimentListModel::RoleColumn, new RoleDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    // Fixed: an error message spanning from here must not widen the column.
    table_->horizontalHeader()->setSectionResizeMode(ExperimentListModel::FramesColumn, QHeaderView::Fixed);
    table_->setColumnWidth(ExperimentListModel::FramesColumn, fontMetrics().horizontalAdvance(tr("Frames")) + 24);
    table_->horizontalHeader()->setMinimumSectionSize(40);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setToolTip(tr("Drop .mat files or folders here to add them"));

    auto* addFiles = new QPushButton(tr("Add Files…"));
    addFiles->setObjectName("addFilesButton");
    addFiles->setToolTip(tr("Add experiment .mat files (you can also drop files or folders onto the page)"));
    auto* addFolder = new QPushButton(tr("Add Folder…"));
    addFolder->setObjectName("addFolderButton");
    removeButton_ = new QPushButton(tr("Remove"));
    removeButton_->setObjectName("removeButton");
    removeButton_->setToolTip(tr("Remove the selected experiment from the project (the file is kept)"));
    connect(addFiles, &QPushButton::clicked, this, &ExperimentListPanel::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &ExperimentListPanel::chooseFolder);
    auto removeCurrent = [this] {
        if (currentRow() >= 0) emit removeRequested(currentRow());
    };
    connect(removeButton_, &QPushButton::clicked, this, removeCurrent);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addStretch();
    buttons->addWidget(removeButton_);
    auto* removeAction = new QAction(tr("Remove Experiment"), table_);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, removeCurrent);
    table_->addAction(removeAction);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);

    details_ = new QLabel;
    details_->setObjectName("experimentDetails");
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setMinimumHeight(90);

    notice_ = new QLabel;
    notice_->setObjectName("experimentNotice");
    notice_->setWordWrap(true);
    notice_->setTextFormat(Qt::RichText);
    notice_->setStyleSheet("QLabel { color: #b41414; background: #fdf0f0; border: 1px solid #e8c4c4; padding: 4px; }");
    notice_->hide();
    connect(notice_, &QLabel::linkActivated, this, &ExperimentListPanel::noticeLinkActivated);

    connect(model_, &QAbstractItemModel::dataChanged, this, [this] {
        updateSpans();
        updateDetails();
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, &ExperimentListPanel::updateSpans);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, [this] {
        table_->clearSpans();
        updateSpans();
        updateDetails();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        table_->clearSpans();
        updateSpans();
        updateDetails();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateDetails();
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });

    auto* title = new QLabel(tr("<b>Experiments</b>"));
    title->setObjectName("experimentsTitle");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table_, 1);
    layout->addWidget(notice_);
    layout->addLayout(buttons);
    layout->addWidget(details_);
    updateDetails();
}

int ExperimentListPanel::currentRow() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExperimentListPanel::selectRow(int row) {
    if (row < 0 || row >= model_->rowCount()) {
        table_->setCurrentIndex({});
        table_->clearSelection();
        return;
    }
    table_->selectRow(row);
}

void ExperimentListPanel::setNotice(const QString& html) {
    notice_->setText(html);
    notice_->setVisible(!html.isEmpty());
}

void ExperimentListPanel::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Experiments"), startFolder_,
                                                            tr("MATLAB experiments (*.mat);;All files (*)"));
    if (!files.isEmpty()) emit addRequested(files);
}

void ExperimentListPanel::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add the Experiments of a Folder"), startFolder_);
    if (!dir.isEmpty()) emit addRequested({dir});
}

// An unreadable file's message spans the columns it leaves empty.
void ExperimentListPanel::updateSpans() {
    for (int r = 0; r < model_->rowCount(); ++r) {
        const int span = model_->row(r).fileError.isEmpty() ? 1 : ExperimentListModel::RoleColumn - 1;
        if (table_->columnSpan(r, ExperimentListModel::FramesColumn) != span)
            table_->setSpan(r, ExperimentListModel::FramesColumn, 1, span);
    }
}

void ExperimentListPanel::updateDetails() {
    const int r = currentRow();
    removeButton_->setEnabled(r >= 0);
    if (r < 0) {
        details_->setText(model_->rowCount() ? QString()
                                             : tr("Add .mat experiments with the buttons above or drop "
                                                  "files and folders onto this page."));
        return;
    }
    const ExperimentRow& row = model_->row(r);
    QString html =
        QString("<b>%1</b><br>%2")
            .arg(row.name().toHtmlEscaped(), breakable(QDir::toNativeSeparators(row.absolutePath)).toHtmlEscaped());
    if (!row.error().isEmpty()) {
        html += QString("<br><span style='color:#b41414'>%1</span>").arg(breakable(row.error()).toHtmlEscaped());
    } else if (row.info) {
        html += "<br>" + tr("%1, %2 frames of %3 × %4 pixels")
                             .arg(QString::fromStdString(row.info->format))
                             .arg(row.info->frames)
                             .arg(row.info->rows)
                             .arg(row.info->cols);
        for (const VariableInfo& v : row.info->variables) {
            QStringList dims;
            for (size_t d : v.dims) dims << QString::number(d);
            html += QString("<br>&nbsp;&nbsp;%1: %2 %3")
                        .arg(QString::fromStdString(v.name).toHtmlEscaped(), QString::fromStdString(v.className),
                             dims.join(QString::fromUtf8(" × ")));
        }
        if (row.labels && !row.labelsPending)
            html += "<br>" + tr("%1 samples kept; skipped: %2 empty, %3 with NaN, %4 frames without slip")
                                 .arg(row.labels->kept.size())
                                 .arg(row.labels->emptySkipped)
                                 .arg(row.labels->nonFiniteSkipped)
                                 .arg(row.labels->zeroVelocityFramesSkipped);
    }
    details_->setText(html);
}

}  // namespace faultke::gui
