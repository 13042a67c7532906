#pragma once
// The fault-map preprocessing of the Predict page as a form: threshold (Otsu or a gray level),
// invert, trace thickness (as drawn, or 2, 3 and 4 px as in fig4, several at once), strike
// rotation (off, estimated, typed), scale (image height, trace band, or a map scale), stride,
// the minimum trace coverage of a window and how the traces are centred across strike; for GIS
// fault traces (and GeoTIFF maps), what a window stands for in km and the stride along strike. `changed` follows every
// edit; the page previews the processed map as it goes.
#include <QWidget>

#include <vector>

#include "core/data/FaultMapImage.h"
#include "core/gis/FaultPrediction.h"
#include "core/gis/TraceWindows.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace faultke::gui {

class PreprocessPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreprocessPanel(QWidget* parent = nullptr);

    FaultMapOptions options() const;
    // For fault traces from GIS files: window height and stride in km, coverage and centring.
    TraceWindowOptions traceOptions() const;
    // All of it as the core's prediction takes it (options, thicknesses, traceOptions).
    PredictionSettings settings() const;
    // The thicknesses ticked (window pixels), smallest first; {0} when "as drawn" is chosen.
    std::vector<int> thicknesses() const;
    void setThicknesses(const std::vector<int>& thicknesses);
    void setOptions(const FaultMapOptions& options);
    // Shows what the preprocessing found for the selected map (threshold, polarity, strike),
    // named, as the settings are every input's but the findings one map's.
    void setFound(const FaultMapWindows& map, const QString& name = {});
    // Greys out what applies to pictures only (threshold, polarity, rotation, scale, stride in
    // pixels) while GIS fault traces are shown.
    void setTracesShown(bool traces);

    QComboBox* thresholdBox() const { return threshold_; }
    QSpinBox* thresholdValueBox() const { return thresholdValue_; }
    QComboBox* invertBox() const { return invert_; }
    QCheckBox* thicknessBox(int pixels) const;  // 0: as drawn
    QComboBox* rotationBox() const { return rotation_; }
    QDoubleSpinBox* strikeBox() const { return strike_; }
    QComboBox* scaleBox() const { return scale_; }
    QDoubleSpinBox* kmPerPixelBox() const { return kmPerPixel_; }
    QDoubleSpinBox* kmPerWindowBox() const { return kmPerWindow_; }
    QSpinBox* strideBox() const { return stride_; }
    QDoubleSpinBox* minCoverageBox() const { return minCoverage_; }
    QComboBox* centringBox() const { return centring_; }
    QDoubleSpinBox* traceWindowKmBox() const { return traceWindowKm_; }
    QDoubleSpinBox* traceStrideKmBox() const { return traceStrideKm_; }

signals:
    void changed();

private:
    void updateEnabled();
    void thicknessToggled(QCheckBox* box);

    QComboBox* threshold_;
    QSpinBox* thresholdValue_;
    QComboBox* invert_;
    QCheckBox* asDrawn_;
    QCheckBox* thickness2_;
    QCheckBox* thickness3_;
    QCheckBox* thickness4_;
    QComboBox* rotation_;
    QDoubleSpinBox* strike_;
    QComboBox* scale_;
    QDoubleSpinBox* kmPerPixel_;
    QDoubleSpinBox* kmPerWindow_;
    QSpinBox* stride_;
    QDoubleSpinBox* minCoverage_;
    QComboBox* centring_;
    QDoubleSpinBox* traceWindowKm_;
    QDoubleSpinBox* traceStrideKm_;
    bool strideEdited_ = false;
    bool tracesShown_ = false;
    QLabel* found_;
};

}  // namespace faultke::gui
