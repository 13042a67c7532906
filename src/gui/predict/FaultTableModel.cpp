#include "gui/predict/FaultTableModel.h"

namespace faultke::gui {

int FaultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int FaultTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FaultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const FaultRow& r = rows_[static_cast<size_t>(index.row())];
    const bool predicted = r.windows > 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Length: return r.lengthKm;
        case Windows: return r.windows;
        case Median: return predicted ? r.median : -1e9;  // the unpredicted sort below every KE
        default: break;
        }
        bool number = false;
        const qlonglong id = r.id.toLongLong(&number);
        if (index.column() == Id && number) return id;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return r.id;
        case Name: return r.label;
        case Length: return QString::number(r.lengthKm, 'f', 1);
        case Windows: return r.windows;
        case Median: return predicted ? QString::number(r.median, 'f', 2) : QStringLiteral("–");
        case Reason: return r.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason && !r.reason.isEmpty()) return r.reason;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Length || index.column() == Windows || index.column() == Median))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FaultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Fault");
    case Name: return tr("Name");
    case Length: return tr("Length (km)");
    case Windows: return tr("Windows");
    case Median: return tr("Median KE");
    case Reason: return tr("Not predicted because");
    }
    return {};
}

void FaultTableModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

void FaultTableModel::append(std::vector<FaultRow> rows) {
    if (rows.empty()) return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(rows.size()) - 1);
    for (FaultRow& r : rows) rows_.push_back(std::move(r));
    endInsertRows();
}

}  // namespace faultke::gui
