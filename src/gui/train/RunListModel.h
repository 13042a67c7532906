#pragma once
// The runs of the project as a table: a check box to draw the run on the curves, its name,
// status (running, finished, stopped, interrupted), epochs, best epoch with its eval accuracy
// and loss, and the parameters in which it differs from the original's. Sort by any column
// (numbers sort as numbers, through Qt::UserRole).
#include <QAbstractTableModel>
#include <QSet>

#include <vector>

#include "core/model/RunCatalog.h"

namespace faultke::gui {

class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        EpochsColumn,
        BestColumn,
        AccuracyColumn,
        LossColumn,
        ParamsColumn,
        ColumnCount
    };

    explicit RunListModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunSummary> runs);
    const std::vector<RunSummary>& runs() const { return runs_; }
    int rowOf(const QString& name) const;
    const RunSummary* run(const QString& name) const;
    // Replaces one run's summary (added when new).
    void updateRun(const RunSummary& run);
    // Drops a run whose folder is gone (also from the ticked ones).
    void removeRun(const QString& name);

    // The run in progress (shown "running"); empty when none.
    void setRunning(const QString& name);
    QString running() const { return running_; }
    // The run in progress is paused (shown "paused", not "running").
    void setPaused(bool paused);

    QSet<QString> checked() const { return checked_; }
    void setChecked(const QString& name, bool on);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void checkedChanged();

private:
    std::vector<RunSummary> runs_;
    QSet<QString> checked_;
    QString running_;
    bool paused_ = false;
};

}  // namespace faultke::gui
