#pragma once
// What the Predict page writes to files: the batch table (CSV), fig4's thickness chart, the
// selected input's KE profile (CSV or the plot) and its GIS windows layer. The page asks for a
// path (or is given one) and reports; this helper knows the formats and writes atomically
// through the core.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace faultke::gui {

class KeAlongStrikePlot;
class PredictionTableModel;
class ThicknessChart;
struct PredictInput;

class PredictExports {
    Q_DECLARE_TR_FUNCTIONS(PredictExports)
public:
    enum Kind { Table, Chart, Profile, WindowLayer };

    PredictExports(PredictionTableModel* table, ThicknessChart* chart, KeAlongStrikePlot* profile);

    // A save dialog with the kind's formats and default name; empty when cancelled.
    static QString askPath(Kind kind, QWidget* parent);

    // Writes the kind to `path` (Profile and WindowLayer of `selected`, which may be null).
    // Returns what went wrong, naming the file; empty on success.
    QString write(Kind kind, const QString& path, const PredictInput* selected) const;

private:
    PredictionTableModel* table_;
    ThicknessChart* chart_;
    KeAlongStrikePlot* profile_;
};

}  // namespace faultke::gui
