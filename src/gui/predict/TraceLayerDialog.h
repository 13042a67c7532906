#pragma once
// Chooses the faults in a GIS file that holds several line layers or features: a layer, the
// features (all ticked at first), and which of them make one fault: the ticked features one fault
// (an echelon fault is often mapped as several features), each feature a fault (a fault
// database: the default for a layer of more than 20 features), or the features sharing an
// attribute's value one fault.
#include <QDialog>

#include <vector>

#include "core/gis/FaultDatabase.h"
#include "core/gis/FaultTraces.h"

class QComboBox;
class QListWidget;

namespace faultke::gui {

class TraceLayerDialog : public QDialog {
    Q_OBJECT
public:
    TraceLayerDialog(const QString& path, std::vector<TraceLayerInfo> layers, QWidget* parent = nullptr);

    // The layer and the ticked features.
    TraceQuery query() const;
    // Which features make one fault.
    FaultGroupingChoice grouping() const;
    QComboBox* layerBox() const { return layer_; }
    QComboBox* groupingBox() const { return grouping_; }
    QListWidget* featureList() const { return features_; }

private:
    void showLayer(int index);

    std::vector<TraceLayerInfo> layers_;
    QComboBox* layer_;
    QComboBox* grouping_;
    QListWidget* features_;
};

// True when a file with these layers needs the dialog: several line layers, or several line
// features in its one line layer.
bool needsTraceChoice(const std::vector<TraceLayerInfo>& layers);

}  // namespace faultke::gui
