#pragma once
// The Data page's experiment list: one row per experiment of the project, with what its file
// header says (frames, size), what labelling it with the current crop found (vel_tot range, kept
// samples) and its role in the split, editable in place. Rows that cannot be read show the
// core's error message instead.
#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/data/Split.h"

namespace faultke::gui {

struct ExperimentRow {
    QString storedPath;  // as the project keeps it
    QString absolutePath;
    ExperimentRole role = ExperimentRole::Split;

    std::optional<ExperimentInfo> info;  // from the file header
    QString fileError;                   // the file cannot be read: the core's message
    QString labelError;                  // labelling failed (e.g. the crop does not fit)
    bool labelsPending = true;           // labels for the current crop are being computed
    std::shared_ptr<const LabelTable> labels;
    std::optional<std::pair<double, double>> velRange;  // vel_tot over frames (Experiment::velTotRange)

    QString name() const;
    QString error() const { return fileError.isEmpty() ? labelError : fileError; }
    // The error without the leading file name.
    QString problem() const;
};

class ExperimentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, FramesColumn, SizeColumn, VelocityColumn, SamplesColumn, RoleColumn, ColumnCount };

    explicit ExperimentListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setRows(std::vector<ExperimentRow> rows);
    void appendRow(ExperimentRow row);
    void removeRowAt(int row);
    const std::vector<ExperimentRow>& rows() const { return rows_; }
    const ExperimentRow& row(int r) const { return rows_[static_cast<size_t>(r)]; }
    // Rows whose absolute path is `path` (-1 when none).
    int rowOf(const QString& absolutePath) const;

    // Edits a row in place and refreshes its cells.
    template <class F>
    void updateRow(int r, F&& edit) {
        edit(rows_[static_cast<size_t>(r)]);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }

    static QString roleText(ExperimentRole role);

signals:
    // The user changed a row's role through the table.
    void roleEdited(int row, faultke::ExperimentRole role);

private:
    std::vector<ExperimentRow> rows_;
};

}  // namespace faultke::gui
