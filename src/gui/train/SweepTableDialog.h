#pragma once
// A sweep's results: one row per combination with mean ± SD over its seeds of the chosen epoch's
// eval 2SD accuracy and loss, test 2SD accuracy and R², best eval accuracy first (any column
// sorts); the runs' states below. Selected combinations' runs can be drawn on the Train page's
// curves. Refreshes as the runs progress; the runs' files are read off the GUI thread.
#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace faultke::gui {

class LatestJob;

class SweepTableDialog : public QDialog {
    Q_OBJECT
public:
    SweepTableDialog(const QString& experimentsDir, QWidget* parent = nullptr);

    // The sweeps (folders holding sweep.json) under experiments/, by name.
    QStringList sweeps() const;
    void showSweep(const QString& name);
    QTableWidget* table() const { return table_; }
    QLabel* statusLabel() const { return status_; }
    // The runs of the selected rows, as "<sweep>/<run>".
    QStringList selectedRuns() const;

signals:
    void overlayRequested(const QStringList& runs);

private:
    void refresh();
    struct Look;
    void showLook(const QString& sweep, const Look& look);

    QString experimentsDir_;
    QComboBox* sweep_;
    QTableWidget* table_;
    QLabel* status_;
    QTimer* timer_;
    LatestJob* job_;
    int rankingColumn_ = 2;  // eval 2SD accuracy; never a test column
    Qt::SortOrder rankingOrder_ = Qt::DescendingOrder;
};

}  // namespace faultke::gui
