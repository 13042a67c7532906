#include "gui/train/RunListModel.h"

#include <QColor>

namespace faultke::gui {

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(std::vector<RunSummary> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    QSet<QString> names;
    for (const RunSummary& r : runs_) names.insert(QString::fromStdString(r.name));
    checked_.intersect(names);
    endResetModel();
    emit checkedChanged();
}

int RunListModel::rowOf(const QString& name) const {
    for (size_t i = 0; i < runs_.size(); ++i)
        if (QString::fromStdString(runs_[i].name) == name) return static_cast<int>(i);
    return -1;
}

const RunSummary* RunListModel::run(const QString& name) const {
    const int r = rowOf(name);
    return r >= 0 ? &runs_[size_t(r)] : nullptr;
}

void RunListModel::updateRun(const RunSummary& run) {
    const int r = rowOf(QString::fromStdString(run.name));
    if (r >= 0) {
        runs_[size_t(r)] = run;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
    const int at = rowCount();
    beginInsertRows({}, at, at);
    runs_.push_back(run);
    endInsertRows();
}

void RunListModel::removeRun(const QString& name) {
    const int r = rowOf(name);
    if (r < 0) return;
    beginRemoveRows({}, r, r);
    runs_.erase(runs_.begin() + r);
    endRemoveRows();
    if (checked_.remove(name)) emit checkedChanged();
}

void RunListModel::setRunning(const QString& name) {
    const int before = rowOf(running_);
    if (name != running_) paused_ = false;  // another run (or none) starts unpaused
    running_ = name;
    for (int r : {before, rowOf(name)})
        if (r >= 0) emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void RunListModel::setPaused(bool paused) {
    if (paused_ == paused) return;
    paused_ = paused;
    if (const int r = rowOf(running_); r >= 0) emit dataChanged(index(r, StatusColumn), index(r, StatusColumn));
}

void RunListModel::setChecked(const QString& name, bool on) {
    if (on == checked_.contains(name)) return;
    if (on)
        checked_.insert(name);
    else
        checked_.remove(name);
    const int r = rowOf(name);
    if (r >= 0) emit dataChanged(index(r, NameColumn), index(r, NameColumn));
    emit checkedChanged();
}

int RunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const RunSummary& r = runs_[size_t(index.row())];
    const QString name = QString::fromStdString(r.name);
    const bool running = name == running_;
    const HistoryRow* best = nullptr;
    for (const HistoryRow& h : r.history)
        if (h.epoch == r.best.epoch) best = &h;

    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return checked_.contains(name) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (!r.error.empty()) return QString::fromStdString(r.error);
        if (index.column() == ParamsColumn || index.column() == NameColumn)
            return QString::fromStdString(r.dir) + "\n" + QString::fromStdString(r.params.toJson()).left(2000);
        if (index.column() == BestColumn && r.best.epoch > 0)
            return tr("Chosen by the rule %1").arg(QString::fromLatin1(bestEpochRuleName(r.best.rule)));
        return {};
    }
    if (role == Qt::ForegroundRole && !r.error.empty()) return QColor(180, 20, 20);
    if (role == Qt::UserRole) {  // sorting
        switch (index.column()) {
        case EpochsColumn: return r.epochs();
        case BestColumn: return r.best.epoch;
        case AccuracyColumn: return best ? best->eval().accuracy2sd : -1.0;
        case LossColumn: return best ? best->eval().loss : 1e300;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NameColumn: return name;
    case StatusColumn:
        if (!r.error.empty()) return tr("unreadable");
        if (running) return paused_ ? tr("paused") : tr("running");
        switch (r.status) {
        case RunStatus::Finished: return tr("finished");
        case RunStatus::Stopped: return tr("stopped");
        case RunStatus::Interrupted: return tr("interrupted");
        case RunStatus::Empty: return tr("no epoch");
        }
        return {};
    case EpochsColumn: return tr("%1 / %2").arg(r.epochs()).arg(r.params.numEpochs);
    case BestColumn:
        return r.best.epoch > 0
                   ? QString::number(r.best.epoch) + (r.best.rule == BestEpochRule::User ? tr(" (you)") : QString())
                   : QString();
    case AccuracyColumn: return best ? QString::number(best->eval().accuracy2sd, 'f', 3) : QString();
    case LossColumn: return best ? QString::number(best->eval().loss, 'g', 4) : QString();
    case ParamsColumn: {
        QStringList diffs;  // read with the run, not at every paint
        for (const std::string& d : r.changedParams) diffs << QString::fromStdString(d);
        return diffs.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("Tick runs to draw them on the same axes");
        case BestColumn: return tr("The run's best epoch: Evaluate and Predict use it");
        case AccuracyColumn: return tr("Eval 2SD accuracy at the best epoch");
        case LossColumn: return tr("Eval loss at the best epoch");
        case ParamsColumn: return tr("Parameters that differ from the original's");
        }
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Run");
    case StatusColumn: return tr("Status");
    case EpochsColumn: return tr("Epochs");
    case BestColumn: return tr("Best");
    case AccuracyColumn: return tr("Eval acc.");
    case LossColumn: return tr("Eval loss");
    case ParamsColumn: return tr("Differs from the original");
    }
    return {};
}

Qt::ItemFlags RunListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RunListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole) return false;
    setChecked(QString::fromStdString(runs_[size_t(index.row())].name), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

}  // namespace faultke::gui
