#pragma once
// Chooses the fault in a GIS file that holds several line layers or features: a layer, then the
// features that make up the fault (all ticked at first; an echelon fault is often mapped as
// several features), listed by their name attribute.
#include <QDialog>

#include <vector>

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
    QComboBox* layerBox() const { return layer_; }
    QListWidget* featureList() const { return features_; }

private:
    void showLayer(int index);

    std::vector<TraceLayerInfo> layers_;
    QComboBox* layer_;
    QListWidget* features_;
};

// True when a file with these layers needs the dialog: several line layers, or several line
// features in its one line layer.
bool needsTraceChoice(const std::vector<TraceLayerInfo>& layers);

}  // namespace faultke::gui
