#pragma once
// The inputs of the Predict page, one row each: file, what was read, windows, mean, median,
// min, max and SD of the windows' KE (over every trace thickness), the model, and the
// reference range the user types (a field estimate, drawn in the thickness chart). It owns the
// inputs and their results; the page's table shows it through a sort proxy.
#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/gis/TracePrediction.h"
#include "core/model/MapPrediction.h"

namespace faultke::gui {

struct PredictInput {
    int id = 0;    // stable while rows come and go (background results find their row by it)
    QString name;  // file name, or "clipboard 1"
    std::shared_ptr<const FaultMapSource> source;            // a picture, map or experiment; or
    std::shared_ptr<const FaultTraceSet> traces;             // fault traces from a GIS file
    std::shared_ptr<const TracePrediction> tracePrediction;  // of `traces`; `results` hold its thicknesses
    FaultMapWindows preview;                                 // the processed map before (or without) a model
    std::vector<MapPrediction> results;                      // one per trace thickness; empty before prediction
    QString model;                                           // what predicted the results
    QString error;                                           // preprocessing or prediction failed
    std::optional<std::pair<double, double>> reference;
};

class PredictionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Read, Windows, Mean, Median, Min, Max, Sd, Interval, Model, Reference, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    int add(PredictInput input);  // gives it an id; returns its row
    int rowOf(int id) const;      // -1 when it was removed
    void remove(int row);
    const PredictInput& input(int row) const { return inputs_.at(static_cast<size_t>(row)); }
    const std::vector<PredictInput>& inputs() const { return inputs_; }
    void setSource(int row, std::shared_ptr<const FaultMapSource> source);
    void setPreview(int row, const FaultMapWindows& preview);
    void setResults(int row, std::vector<MapPrediction> results, const QString& model);
    void setTraceResult(int row, std::shared_ptr<const TracePrediction> prediction, const QString& model);
    void setError(int row, const QString& error);
    void clearResults();

    // Every window of every thickness of a row.
    static PredictionSummary summaryOf(const PredictInput& input);
    // One CSV line per input and thickness (core mapSummariesCsv) plus the reference ranges.
    std::string toCsv() const;

    // "0.6-0.8" or "0.6–0.8" or "0.7"; nullopt for empty or malformed text.
    static std::optional<std::pair<double, double>> parseRange(const QString& text);

signals:
    void referenceChanged();

private:
    void changedRow(int row);
    std::vector<PredictInput> inputs_;
    int nextId_ = 1;
};

}  // namespace faultke::gui
