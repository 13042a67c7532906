#include "gui/predict/PredictionTableModel.h"

#include <QColor>
#include <QRegularExpression>

#include "core/util/Csv.h"

namespace faultke::gui {

int PredictionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(inputs_.size());
}

int PredictionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

PredictionSummary PredictionTableModel::summaryOf(const PredictInput& input) {
    std::vector<double> values;
    for (const MapPrediction& p : input.results)
        for (const MapWindowKe& w : p.windows) values.push_back(w.ke);
    return summarise(values);
}

QVariant PredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section >= Mean && section <= Sd)
        return tr("Over every window kept, of every trace thickness ticked (the range fig. 4 draws as a bar)");
    if (role == Qt::ToolTipRole && section == Interval)
        return tr(
            "The typical window's calibrated interval (the medians of the windows' lower and upper ends): the "
            "true KE of windows like the model's eval windows lies inside about this share of intervals. Empty "
            "for a model without a calibration (faultke-cli calibrate makes one)");
    if (role == Qt::ToolTipRole && section == Reference)
        return tr(
            "A KE range you know for this fault (a field estimate), as 0.6-0.8; drawn as a grey bar in the "
            "thickness chart");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case File: return tr("File");
    case Read: return tr("Read as");
    case Windows: return tr("Windows");
    case Mean: return tr("Mean KE");
    case Median: return tr("Median KE");
    case Min: return tr("Min KE");
    case Max: return tr("Max KE");
    case Sd: return tr("SD along strike");
    case Interval: return tr("Typical interval");
    case Model: return tr("Model");
    case Reference: return tr("Reference KE");
    }
    return {};
}

Qt::ItemFlags PredictionTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Reference) f |= Qt::ItemIsEditable;
    return f;
}

QVariant PredictionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const PredictInput& in = inputs_[static_cast<size_t>(index.row())];
    const PredictionSummary s = summaryOf(in);
    const bool has = s.count > 0;
    auto figure = [&](double v) -> QVariant {
        if (!has) return {};
        if (role == SortRole) return v;
        return QString::number(v, 'f', 3);
    };
    if (role == Qt::ToolTipRole) {
        if (!in.error.isEmpty()) return in.error;
        if (index.column() == Model) return in.model;
        return in.source   ? QString::fromStdString(in.source->path)
               : in.traces ? QString::fromStdString(in.traces->path)
                           : in.name;
    }
    if (role == Qt::ForegroundRole && !in.error.isEmpty()) return QColor(170, 0, 0);
    if (role == Qt::TextAlignmentRole && index.column() >= Windows && index.column() <= Interval)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Reference)
        return in.reference ? QStringLiteral("%1-%2").arg(in.reference->first).arg(in.reference->second) : QString();
    if (role != Qt::DisplayRole && role != SortRole) return {};
    switch (index.column()) {
    case File: return in.name;
    case Read:
        if (in.traces)
            return tr("%n fault trace(s), %1 km", nullptr, int(in.traces->traces.size()))
                .arg(in.traces->lengthKm(), 0, 'f', 1);
        if (!in.source) return {};
        if (in.source->kind == FaultMapKind::MatFrame)
            return tr("frame %1 of %2").arg(in.source->frame).arg(in.source->frames);
        if (in.source->kind == FaultMapKind::Npy) return in.source->singleWindow ? tr(".npy window") : tr(".npy map");
        return tr("image %1 × %2").arg(in.source->image.cols).arg(in.source->image.rows);
    case Windows:
        if (!in.error.isEmpty()) return role == SortRole ? QVariant(-1) : QVariant(tr("failed"));
        if (!has) return static_cast<int>(in.preview.windows.size());
        if (role == SortRole || in.results.size() < 2) return static_cast<int>(in.results.front().windows.size());
        return tr("%1 × %2 thicknesses").arg(in.results.front().windows.size()).arg(in.results.size());
    case Mean: return figure(s.mean);
    case Median: return figure(s.median);
    case Min: return figure(s.min);
    case Max: return figure(s.max);
    case Sd: return figure(s.sd);
    case Interval: {
        const TypicalInterval typical = typicalInterval(in.results);
        if (!typical.present) return {};
        if (role == SortRole) return typical.low;
        return tr("%1–%2 (%3 %)")
            .arg(typical.low, 0, 'f', 2)
            .arg(typical.high, 0, 'f', 2)
            .arg(typical.level * 100, 0, 'f', 0);
    }
    case Model: return in.model;
    case Reference:
        if (!in.reference) return {};
        if (role == SortRole) return in.reference->first;
        return in.reference->first == in.reference->second
                   ? QString::number(in.reference->first, 'g', 3)
                   : QStringLiteral("%1–%2").arg(in.reference->first, 0, 'g', 3).arg(in.reference->second, 0, 'g', 3);
    }
    return {};
}

std::optional<std::pair<double, double>> PredictionTableModel::parseRange(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([0-9]*\.?[0-9]+)\s*(?:[-–—]\s*([0-9]*\.?[0-9]+))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) return std::nullopt;
    const double low = match.captured(1).toDouble();
    const double high = match.captured(2).isEmpty() ? low : match.captured(2).toDouble();
    return std::make_pair(std::min(low, high), std::max(low, high));
}

bool PredictionTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Reference || role != Qt::EditRole) return false;
    const QString text = value.toString().trimmed();
    const auto range = parseRange(text);
    if (!text.isEmpty() && !range) return false;  // the editor keeps what was there
    inputs_[static_cast<size_t>(index.row())].reference = range;
    emit dataChanged(index, index);
    emit referenceChanged();
    return true;
}

int PredictionTableModel::add(PredictInput input) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    input.id = nextId_++;
    inputs_.push_back(std::move(input));
    endInsertRows();
    return row;
}

int PredictionTableModel::rowOf(int id) const {
    for (size_t i = 0; i < inputs_.size(); ++i)
        if (inputs_[i].id == id) return static_cast<int>(i);
    return -1;
}

void PredictionTableModel::remove(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    inputs_.erase(inputs_.begin() + row);
    endRemoveRows();
}

void PredictionTableModel::changedRow(int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

void PredictionTableModel::setSource(int row, std::shared_ptr<const FaultMapSource> source) {
    PredictInput& in = inputs_.at(static_cast<size_t>(row));
    in.source = std::move(source);
    in.results.clear();
    in.preview = FaultMapWindows();
    changedRow(row);
}

void PredictionTableModel::setPreview(int row, const FaultMapWindows& preview) {
    PredictInput& in = inputs_.at(static_cast<size_t>(row));
    in.preview = preview;
    in.error.clear();
    changedRow(row);
}

void PredictionTableModel::setResults(int row, std::vector<MapPrediction> results, const QString& model) {
    PredictInput& in = inputs_.at(static_cast<size_t>(row));
    in.results = std::move(results);
    if (!in.results.empty()) in.preview = in.results.front().map;
    in.model = model;
    in.error.clear();
    changedRow(row);
}

void PredictionTableModel::setTraceResult(int row, std::shared_ptr<const TracePrediction> prediction,
                                          const QString& model) {
    std::vector<MapPrediction> results = prediction->asMapPredictions();
    inputs_.at(static_cast<size_t>(row)).tracePrediction = std::move(prediction);
    setResults(row, std::move(results), model);
}

void PredictionTableModel::setError(int row, const QString& error) {
    PredictInput& in = inputs_.at(static_cast<size_t>(row));
    in.error = error;
    in.results.clear();
    in.tracePrediction.reset();
    in.preview = FaultMapWindows();
    changedRow(row);
}

void PredictionTableModel::clearResults() {
    for (PredictInput& in : inputs_) {
        in.results.clear();
        in.tracePrediction.reset();
        in.model.clear();
    }
    if (!inputs_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::string PredictionTableModel::toCsv() const {
    std::string csv = mapSummaryCsvHeader() + ",reference_low,reference_high\n";
    for (const PredictInput& in : inputs_) {
        for (const MapPrediction& p : in.results) {
            csv += mapSummaryCsvRow(p, in.model.toStdString());
            csv += in.reference ? "," + csvNumber(in.reference->first) + "," + csvNumber(in.reference->second)
                                : std::string(",");
            csv += "\n";
        }
    }
    return csv;
}

}  // namespace faultke::gui
