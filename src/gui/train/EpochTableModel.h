#pragma once
// One run's epochs as a table: losses, accuracies, MSE, MAE and R² of train and eval, time and
// speed. The best epoch is bold and says which rule chose it. Test figures are left out on
// purpose: the test set is not for choosing epochs.
#include <QAbstractTableModel>

#include <vector>

#include "core/model/Run.h"

namespace faultke::gui {

class EpochTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit EpochTableModel(QObject* parent = nullptr);

    void setHistory(std::vector<HistoryRow> history, int bestEpoch, const QString& rule);
    void appendRow(const HistoryRow& row);
    const std::vector<HistoryRow>& history() const { return history_; }
    int bestEpoch() const { return bestEpoch_; }
    // The epoch shown in `row`.
    int epochAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as CSV (the columns shown), for export.
    QString toCsv() const;

private:
    std::vector<HistoryRow> history_;
    int bestEpoch_ = 0;
    QString rule_;
};

}  // namespace faultke::gui
