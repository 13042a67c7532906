#pragma once
// The faults of a fault database as a table: id, name, length, windows, median KE and why a fault
// has none, sortable by number (SortRole). Rows arrive in batches while the database is predicted.
#include <QAbstractTableModel>
#include <QPointF>

#include <vector>

namespace faultke::gui {

struct FaultRow {
    QString id, label, reason;
    double lengthKm = 0;
    int windows = 0;
    double median = 0;                        // of its windows' KE; meaningful when windows > 0
    std::vector<long long> fids;              // its features
    std::vector<std::vector<QPointF>> parts;  // its traces in the file's coordinates, thinned for drawing
};

class FaultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Median, Windows, Length, Reason, ColumnCount };  // what matters first
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void clear();
    void append(std::vector<FaultRow> rows);
    const FaultRow& row(int i) const { return rows_.at(static_cast<size_t>(i)); }
    const std::vector<FaultRow>& rows() const { return rows_; }

private:
    std::vector<FaultRow> rows_;
};

}  // namespace faultke::gui
