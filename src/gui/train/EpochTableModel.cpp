#include "gui/train/EpochTableModel.h"

#include <QCoreApplication>
#include <QFont>

#include <cmath>

namespace faultke::gui {

namespace {

struct Column {
    const char* title;
    const char* key;  // history column, or "" for epoch
};
const Column kColumns[] = {
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Epoch"), "epoch"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Train loss"), "train_loss"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval loss"), "eval_loss"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Train 2SD acc."), "train_acc2sd"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval 2SD acc."), "eval_acc2sd"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval 1SD acc."), "eval_acc1sd"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval MSE"), "eval_mse"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval MAE"), "eval_mae"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Eval R²"), "eval_r2"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Seconds"), "seconds"},
    {QT_TRANSLATE_NOOP("faultke::gui::EpochTableModel", "Samples/s"), "samples_per_second"},
};
constexpr int kColumnCount = int(sizeof kColumns / sizeof kColumns[0]);

double valueOf(const HistoryRow& r, const char* key) {
    const std::string k(key);
    return k == "epoch" ? double(r.epoch) : r.value(k);
}

}  // namespace

EpochTableModel::EpochTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EpochTableModel::setHistory(std::vector<HistoryRow> history, int bestEpoch, const QString& rule) {
    beginResetModel();
    history_ = std::move(history);
    bestEpoch_ = bestEpoch;
    rule_ = rule;
    endResetModel();
}

void EpochTableModel::appendRow(const HistoryRow& row) {
    const int r = rowCount();
    beginInsertRows({}, r, r);
    history_.push_back(row);
    endInsertRows();
}

int EpochTableModel::epochAt(int row) const { return row >= 0 && row < rowCount() ? history_[size_t(row)].epoch : 0; }

int EpochTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(history_.size());
}

int EpochTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant EpochTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const HistoryRow& r = history_[size_t(index.row())];
    const bool best = r.epoch == bestEpoch_;
    if (role == Qt::FontRole && best) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && best) return tr("Best epoch (%1)").arg(rule_);
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) return valueOf(r, kColumns[index.column()].key);
    if (role != Qt::DisplayRole) return {};
    const double v = valueOf(r, kColumns[index.column()].key);
    if (index.column() == 0) return best ? QStringLiteral("%1 ★").arg(r.epoch) : QString::number(r.epoch);
    if (!std::isfinite(v)) return QStringLiteral("–");
    const std::string key = kColumns[index.column()].key;
    if (key == "seconds") return QString::number(v, 'f', 1);
    if (key == "samples_per_second") return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 4);
}

QVariant EpochTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount) return {};
    if (role == Qt::DisplayRole) return tr(kColumns[section].title);
    if (role == Qt::ToolTipRole) return QString::fromLatin1(kColumns[section].key);
    return {};
}

QString EpochTableModel::toCsv() const {
    QStringList lines;
    QStringList header;
    for (const Column& c : kColumns) header << QString::fromLatin1(c.key);
    lines << header.join(',');
    for (const HistoryRow& r : history_) {
        QStringList fields;
        for (const Column& c : kColumns) fields << QString::number(valueOf(r, c.key), 'g', 17);
        lines << fields.join(',');
    }
    return lines.join('\n') + '\n';
}

}  // namespace faultke::gui
