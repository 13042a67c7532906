#pragma once
// The runs of the project: the sortable run table (tick runs to overlay them), Resume for a
// stopped or interrupted run, references to compare against (a Keras history.json or another
// run's history.csv), and the exports of the plots and the epoch table.
#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace faultke::gui {

class RunListModel;

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(RunListModel* model, QWidget* parent = nullptr);

    // The run shown in the epoch table; empty when none.
    QString currentRun() const;
    void selectRun(const QString& name);
    void setStartFolder(const QString& folder) { folder_ = folder; }
    QTableView* table() const { return table_; }
    QPushButton* resumeButton() const { return resume_; }

signals:
    void currentRunChanged(const QString& name);
    void resumeRequested(const QString& name);
    void referenceChosen(const QString& path);
    void exportRequested(const QString& folder);

private:
    void updateButtons();

    RunListModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QPushButton* resume_;
    QString folder_;
};

}  // namespace faultke::gui
