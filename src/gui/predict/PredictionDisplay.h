#pragma once
// How the Predict page presents one input: a picture or map as the processed map with its windows
// coloured by KE (FaultMapView), GIS traces in map coordinates (TraceMapView), with the caption
// saying which trace thickness the map shows (and a choice of it when several were predicted),
// the summary below, and KE along strike (the plot the page puts in its tabs). What the
// preprocessing found is said on the PreprocessPanel. Nothing here reads or predicts.
#include <QWidget>

#include <vector>

#include "core/model/MapPrediction.h"
#include "gui/predict/PredictionTableModel.h"

class QComboBox;
class QLabel;
class QStackedWidget;

namespace faultke::gui {

class FaultMapView;
class KeAlongStrikePlot;
class PreprocessPanel;
class TraceMapView;

class PredictionDisplay : public QWidget {
    Q_OBJECT
public:
    explicit PredictionDisplay(PreprocessPanel* preprocess, QWidget* parent = nullptr);

    // The model the results came from, as the summary speaks of it.
    struct ModelState {
        bool loaded = false;
        size_t members = 1;
    };
    // Shows `input` (nullptr: nothing, with the drop hint on the map).
    void showInput(const PredictInput* input, const ModelState& model);
    // The prediction the map shows of `input`: the thickness chosen, else the first; nullptr
    // before a result (or for GIS traces, which the trace view shows over every thickness).
    const MapPrediction* shownResult(const PredictInput* input) const;

    FaultMapView* mapView() const { return mapView_; }
    TraceMapView* traceView() const { return traceView_; }
    KeAlongStrikePlot* alongStrike() const { return alongStrike_; }
    QWidget* shownMap() const;
    QLabel* summaryLabel() const { return summary_; }
    QLabel* caption() const { return caption_; }
    QComboBox* thicknessBox() const { return thickness_; }

signals:
    // Another thickness was chosen for the map: the page shows the input again.
    void thicknessChosen();

private:
    void showTraces(const PredictInput& input, const ModelState& model);
    void showMap(const PredictInput& input, const ModelState& model);
    void showCaption(const PredictInput* input);

    PreprocessPanel* preprocess_;
    FaultMapView* mapView_;
    TraceMapView* traceView_;
    QStackedWidget* stack_;
    KeAlongStrikePlot* alongStrike_;
    QLabel* summary_;
    QLabel* caption_;
    QComboBox* thickness_;
    int shownThickness_ = -1;  // the thickness chosen for the map; -1: the first predicted
};

}  // namespace faultke::gui
