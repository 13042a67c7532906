#pragma once
// The Faults tab of the Predict page: every fault of a fault database predicted off the GUI
// thread (core's predictFaultDatabase, as `faultke-cli predict` runs it), listed in a sortable,
// filterable table (id, name, length, windows, median KE, why not predicted) and drawn on one map
// coloured by median KE, both filled as faults arrive. A row or a fault on the map asks the page
// to show that fault's windows and KE along strike; Export writes the windows and faults layers the
// run wrote as it went.
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <vector>

#include "core/gis/DatabasePrediction.h"
#include "core/model/Ensemble.h"
#include "gui/predict/FaultTableModel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace faultke::gui {

class BackgroundJob;
class FaultOverviewMap;

class FaultDatabasePanel : public QWidget {
    Q_OBJECT
public:
    explicit FaultDatabasePanel(QWidget* parent = nullptr);
    ~FaultDatabasePanel() override;

    // Predicts every fault of `path` chosen by `options` with `model`, replacing what was shown.
    void predict(const QString& path, const DatabasePredictionOptions& options, std::shared_ptr<const Ensemble> model);
    // Writes the windows and faults layers of the last finished run (.gpkg). Returns false and says
    // why in the status line when it cannot.
    bool exportLayers(const QString& destination);

    BackgroundJob* job() const { return job_; }
    FaultTableModel* faults() const { return model_; }
    QTableView* table() const { return table_; }
    QLineEdit* filter() const { return filter_; }
    FaultOverviewMap* map() const { return map_; }
    QLabel* status() const { return status_; }
    QString path() const { return path_; }

signals:
    // The fault to show on the page: its file and the query that reads its features as one fault.
    void showFault(const QString& path, const faultke::TraceQuery& query);

private:
    void choose(int row);

    BackgroundJob* job_;
    FaultTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    FaultOverviewMap* map_;
    QLabel* status_;
    QPushButton* export_;
    QTimer* redraw_;
    QString path_;
    std::string layer_;
    std::unique_ptr<QTemporaryDir> results_;  // the layers written while predicting
    QString written_;                         // their file, once complete
};

}  // namespace faultke::gui
