#include "gui/data/ExperimentListModel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

namespace faultke::gui {

QString ExperimentRow::name() const {
    if (info) return QString::fromStdString(info->name);
    return QFileInfo(absolutePath).completeBaseName();
}

QString ExperimentRow::problem() const {
    // The core names the file first ("FILE: problem"); the row already says which file it is.
    const QString message = error();
    const QString prefix = absolutePath + ": ";
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

ExperimentListModel::ExperimentListModel(QObject* parent) : QAbstractTableModel(parent) {}

int ExperimentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ExperimentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ExperimentListModel::roleText(ExperimentRole role) {
    switch (role) {
    case ExperimentRole::Split: return tr("split");
    case ExperimentRole::TrainOnly: return tr("train-only");
    case ExperimentRole::Excluded: return tr("excluded");
    }
    return {};
}

QVariant ExperimentListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ExperimentRow& r = rows_[static_cast<size_t>(index.row())];
    const QString error = r.error();
    const int column = index.column();

    if (role == Qt::ToolTipRole) {
        if (!error.isEmpty()) return error;
        if (column == NameColumn) return r.absolutePath;
        if (column == RoleColumn)
            return tr(
                "split: windows shared between train, eval and test\n"
                "train-only: every sample goes to training\n"
                "excluded: left out of the dataset");
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (!error.isEmpty()) return QBrush(QColor(190, 20, 20));
        if (r.role == ExperimentRole::Excluded) return QBrush(QColor(130, 130, 130));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == FramesColumn && !r.fileError.isEmpty()) return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (column == FramesColumn || column == SamplesColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::EditRole && column == RoleColumn) return static_cast<int>(r.role);
    if (role != Qt::DisplayRole) return {};

    switch (column) {
    case NameColumn: return r.name();
    case FramesColumn:
        if (!r.fileError.isEmpty()) return tr("error: %1").arg(r.problem());
        return r.info ? QVariant(r.info->frames) : QVariant(tr("…"));
    case SizeColumn: return r.info ? QVariant(tr("%1×%2").arg(r.info->rows).arg(r.info->cols)) : QVariant();
    case VelocityColumn:
        if (!r.velRange) return {};
        return tr("%1–%2").arg(r.velRange->first, 0, 'f', 3).arg(r.velRange->second, 0, 'f', 3);
    case SamplesColumn:
        if (!r.fileError.isEmpty()) return {};
        if (!r.labelError.isEmpty()) return tr("error");
        if (r.labelsPending || !r.labels) return tr("…");
        return static_cast<int>(r.labels->kept.size());
    case RoleColumn: return roleText(r.role);
    }
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SizeColumn: return tr("Frame size: rows × columns (pixels)");
        case VelocityColumn: return tr("Range of the plate-velocity difference vel_tot over the frames (mm per frame)");
        case SamplesColumn:
            return tr("Samples kept for the current crop (windows with an empty fault map are skipped)");
        case RoleColumn: return tr("Role in the train / eval / test split (double-click to change)");
        }
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Experiment");
    case FramesColumn: return tr("Frames");
    case SizeColumn: return tr("Size");
    case VelocityColumn: return tr("vel_tot");
    case SamplesColumn: return tr("Samples");
    case RoleColumn: return tr("Role");
    }
    return {};
}

Qt::ItemFlags ExperimentListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn) f |= Qt::ItemIsEditable;
    return f;
}

bool ExperimentListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != RoleColumn || role != Qt::EditRole) return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 0 || v > static_cast<int>(ExperimentRole::Excluded)) return false;
    const auto newRole = static_cast<ExperimentRole>(v);
    ExperimentRow& r = rows_[static_cast<size_t>(index.row())];
    if (r.role == newRole) return true;
    r.role = newRole;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit roleEdited(index.row(), newRole);
    return true;
}

void ExperimentListModel::setRows(std::vector<ExperimentRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void ExperimentListModel::appendRow(ExperimentRow row) {
    const int r = rowCount();
    beginInsertRows({}, r, r);
    rows_.push_back(std::move(row));
    endInsertRows();
}

void ExperimentListModel::removeRowAt(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
}

int ExperimentListModel::rowOf(const QString& absolutePath) const {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].absolutePath == absolutePath) return static_cast<int>(i);
    return -1;
}

}  // namespace faultke::gui
