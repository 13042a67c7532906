#include "gui/predict/PreprocessPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace faultke::gui {

PreprocessPanel::PreprocessPanel(QWidget* parent) : QWidget(parent) {
    const FaultMapOptions defaults;
    threshold_ = new QComboBox;
    threshold_->addItem(tr("Otsu (automatic)"));
    threshold_->addItem(tr("Gray level"));
    threshold_->setToolTip(tr("Splits the picture into a light and a dark class"));
    thresholdValue_ = new QSpinBox;
    thresholdValue_->setRange(0, 254);
    thresholdValue_->setValue(static_cast<int>(defaults.thresholdValue));
    thresholdValue_->setToolTip(tr("Gray levels above this form the light class"));
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(threshold_, 1);
    thresholdRow->addWidget(thresholdValue_);

    invert_ = new QComboBox;
    invert_->addItem(tr("Automatic (traces are the smaller class)"));
    invert_->addItem(tr("Dark traces on light"));
    invert_->addItem(tr("Light traces on dark"));

    asDrawn_ = new QCheckBox(tr("as drawn"));
    thickness2_ = new QCheckBox(tr("2 px"));
    thickness3_ = new QCheckBox(tr("3 px"));
    thickness4_ = new QCheckBox(tr("4 px"));
    for (QCheckBox* box : {asDrawn_, thickness2_, thickness3_, thickness4_}) {
        box->setToolTip(
            tr("Traces are thinned to one pixel and redrawn this thick, in window pixels, as "
               "fig. 4 of the paper does at 2, 3 and 4 px; tick several to compare"));
        connect(box, &QCheckBox::toggled, this, [this, box] { thicknessToggled(box); });
    }
    asDrawn_->setToolTip(tr("Keep the traces as thick as the scaled picture draws them"));
    auto* thicknessRow = new QHBoxLayout;
    for (QCheckBox* box : {asDrawn_, thickness2_, thickness3_, thickness4_}) thicknessRow->addWidget(box);
    thicknessRow->addStretch();

    rotation_ = new QComboBox;
    rotation_->addItem(tr("Off"));
    rotation_->addItem(tr("Automatic (estimated angle)"));
    rotation_->addItem(tr("Typed angle"));
    rotation_->setCurrentIndex(static_cast<int>(defaults.rotation));
    rotation_->setToolTip(
        tr("Turns the picture so the traces run horizontally: windows are cut along its rows, as the "
           "training windows have their fault along their columns (automatic by default)"));
    strike_ = new QDoubleSpinBox;
    strike_->setRange(-90, 90);
    strike_->setDecimals(1);
    strike_->setSuffix(QStringLiteral("°"));
    strike_->setToolTip(
        tr("The traces' angle in the picture, counter-clockwise from its x axis (not a map "
           "azimuth); the picture is turned by minus this"));
    auto* rotationRow = new QHBoxLayout;
    rotationRow->addWidget(rotation_, 1);
    rotationRow->addWidget(strike_);

    scale_ = new QComboBox;
    scale_->addItem(tr("Fit the image height"));
    scale_->addItem(tr("Fit the trace band"));
    scale_->addItem(tr("Map scale"));
    scale_->setToolTip(
        tr("What becomes the window height (128 rows): the whole picture, the rows holding "
           "traces with a margin, or a ground distance"));
    kmPerPixel_ = new QDoubleSpinBox;
    kmPerPixel_->setRange(0.0001, 100);
    kmPerPixel_->setDecimals(4);
    kmPerPixel_->setValue(0.05);
    kmPerPixel_->setSuffix(tr(" km/px"));
    kmPerPixel_->setToolTip(tr("Ground size of one pixel of the picture"));
    kmPerWindow_ = new QDoubleSpinBox;
    kmPerWindow_->setRange(0.01, 10000);
    kmPerWindow_->setDecimals(2);
    kmPerWindow_->setValue(5);
    kmPerWindow_->setSuffix(tr(" km"));
    kmPerWindow_->setToolTip(tr("What one window height stands for on the ground"));
    auto* mapScaleRow = new QHBoxLayout;
    mapScaleRow->addWidget(kmPerPixel_);
    mapScaleRow->addWidget(new QLabel(tr("window height")));
    mapScaleRow->addWidget(kmPerWindow_);

    stride_ = new QSpinBox;
    stride_->setRange(1, 1000);
    stride_->setValue(defaults.stride);
    stride_->setSuffix(tr(" px"));
    stride_->setToolTip(tr("Columns between the starts of neighbouring windows (the original's 50)"));
    minCoverage_ = new QDoubleSpinBox;
    minCoverage_->setRange(0, 100);
    minCoverage_->setDecimals(0);
    minCoverage_->setSuffix(QStringLiteral(" %"));
    minCoverage_->setValue(defaults.minCoverage * 100);
    minCoverage_->setToolTip(
        tr("A window whose columns hold a trace in less than this share of them is left "
           "out: a trace that barely enters a window says nothing about the fault"));

    // GIS fault traces have a true scale of their own: only what a window stands for is asked.
    traceWindowKm_ = new QDoubleSpinBox;
    traceWindowKm_->setObjectName("traceWindowKm");
    traceWindowKm_->setRange(0.01, 10000);
    traceWindowKm_->setDecimals(2);
    traceWindowKm_->setValue(kFig4WindowKm);
    traceWindowKm_->setSuffix(tr(" km"));
    traceWindowKm_->setToolTip(
        tr("GIS traces and GeoTIFF maps: what one window height (128 rows) stands for on the "
           "ground; fig. 4's maps were cut at about 4 km"));
    traceStrideKm_ = new QDoubleSpinBox;
    traceStrideKm_->setObjectName("traceStrideKm");
    traceStrideKm_->setRange(0.001, 10000);
    traceStrideKm_->setDecimals(3);
    traceStrideKm_->setValue(defaultStrideKm(kFig4WindowKm));
    traceStrideKm_->setSuffix(tr(" km"));
    traceStrideKm_->setToolTip(tr("GIS traces: distance between the starts of neighbouring windows along strike"));
    auto* traceRow = new QHBoxLayout;
    traceRow->addWidget(traceWindowKm_);
    traceRow->addWidget(new QLabel(tr("stride")));
    traceRow->addWidget(traceStrideKm_);

    centring_ = new QComboBox;
    centring_->setObjectName("centring");
    centring_->addItem(tr("The whole map once"), int(Centring::Map));
    centring_->addItem(tr("Along the map's centreline"), int(Centring::Centreline));
    centring_->addItem(tr("Each window on its own"), int(Centring::EachWindow));
    centring_->addItem(tr("None"), int(Centring::None));
    centring_->setCurrentIndex(centring_->findData(int(defaults.centring)));
    centring_->setToolTip(
        tr("Moves the traces across strike to the middle rows, where the training windows have their "
           "fault. The whole map once (the default, which reads fig. 4 as the paper did): every window by "
           "the same rows, the middle of the band holding the map's traces to the middle row, so a stepover "
           "still shows as a step. Along the map's centreline: each window by a smooth line through the "
           "traces. Each window on its own: by the middle of its own trace rows, so a stepover reads like "
           "one trace. The map is shown as drawn"));

    found_ = new QLabel;
    found_->setWordWrap(true);
    found_->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Threshold:"), thresholdRow);
    form->addRow(tr("Polarity:"), invert_);
    form->addRow(tr("Trace thickness:"), thicknessRow);
    form->addRow(tr("Rotation:"), rotationRow);
    form->addRow(tr("Scale:"), scale_);
    form->addRow(tr("Map scale:"), mapScaleRow);
    form->addRow(tr("Stride:"), stride_);
    form->addRow(tr("GIS window:"), traceRow);
    form->addRow(tr("Min. coverage:"), minCoverage_);
    form->addRow(tr("Centring:"), centring_);
    form->addRow(found_);

    setThicknesses({defaults.traceThickness});
    for (QComboBox* box : {threshold_, invert_, rotation_, scale_, centring_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            emit changed();
        });
    for (QSpinBox* box : {thresholdValue_, stride_})
        connect(box, &QSpinBox::valueChanged, this, &PreprocessPanel::changed);
    // The stride follows the window height (50/128 of it) until the user sets it.
    connect(traceWindowKm_, &QDoubleSpinBox::valueChanged, this, [this](double km) {
        if (!strideEdited_) {
            const QSignalBlocker blocker(traceStrideKm_);
            traceStrideKm_->setValue(defaultStrideKm(km));
        }
    });
    connect(traceStrideKm_, &QDoubleSpinBox::valueChanged, this, [this] { strideEdited_ = true; });
    for (QDoubleSpinBox* box : {strike_, kmPerPixel_, kmPerWindow_, minCoverage_, traceWindowKm_, traceStrideKm_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PreprocessPanel::changed);
    updateEnabled();
}

void PreprocessPanel::updateEnabled() {
    // GIS traces are lines at a known scale: what reads pictures does not apply to them.
    const bool picture = !tracesShown_;
    for (QWidget* w : std::initializer_list<QWidget*>{threshold_, invert_, asDrawn_, rotation_, scale_, stride_})
        w->setEnabled(picture);
    thresholdValue_->setEnabled(picture && threshold_->currentIndex() == 1);
    strike_->setEnabled(picture && rotation_->currentIndex() == 2);
    kmPerPixel_->setEnabled(picture && scale_->currentIndex() == 2);
    kmPerWindow_->setEnabled(picture && scale_->currentIndex() == 2);
}

void PreprocessPanel::setTracesShown(bool traces) {
    tracesShown_ = traces;
    updateEnabled();
}

void PreprocessPanel::thicknessToggled(QCheckBox* box) {
    {
        // "As drawn" excludes the redrawn thicknesses; at least one choice stays ticked.
        const QSignalBlocker b0(asDrawn_), b2(thickness2_), b3(thickness3_), b4(thickness4_);
        if (box == asDrawn_ && box->isChecked()) {
            for (QCheckBox* other : {thickness2_, thickness3_, thickness4_}) other->setChecked(false);
        } else if (box != asDrawn_ && box->isChecked()) {
            asDrawn_->setChecked(false);
        } else if (!asDrawn_->isChecked() && !thickness2_->isChecked() && !thickness3_->isChecked() &&
                   !thickness4_->isChecked()) {
            box->setChecked(true);
            return;
        }
    }
    emit changed();
}

QCheckBox* PreprocessPanel::thicknessBox(int pixels) const {
    switch (pixels) {
    case 0: return asDrawn_;
    case 2: return thickness2_;
    case 3: return thickness3_;
    case 4: return thickness4_;
    }
    return nullptr;
}

std::vector<int> PreprocessPanel::thicknesses() const {
    if (asDrawn_->isChecked()) return {0};
    std::vector<int> chosen;
    for (int pixels : {2, 3, 4})
        if (thicknessBox(pixels)->isChecked()) chosen.push_back(pixels);
    return chosen.empty() ? std::vector<int>{0} : chosen;
}

void PreprocessPanel::setThicknesses(const std::vector<int>& thicknesses) {
    {
        const QSignalBlocker b0(asDrawn_), b2(thickness2_), b3(thickness3_), b4(thickness4_);
        for (int pixels : {0, 2, 3, 4})
            thicknessBox(pixels)->setChecked(std::find(thicknesses.begin(), thicknesses.end(), pixels) !=
                                             thicknesses.end());
        if (thicknesses.empty()) asDrawn_->setChecked(true);
    }
    emit changed();
}

TraceWindowOptions PreprocessPanel::traceOptions() const {
    TraceWindowOptions o;
    o.windowKm = traceWindowKm_->value();
    o.strideKm = traceStrideKm_->value();
    o.minCoverage = minCoverage_->value() / 100.0;
    o.centring = static_cast<Centring>(centring_->currentData().toInt());
    return o;
}

PredictionSettings PreprocessPanel::settings() const {
    PredictionSettings s;
    s.map = options();
    s.thicknesses = thicknesses();
    s.traces = traceOptions();
    return s;
}

FaultMapOptions PreprocessPanel::options() const {
    FaultMapOptions o;
    o.threshold = threshold_->currentIndex() == 1 ? ThresholdMethod::Fixed : ThresholdMethod::Otsu;
    o.thresholdValue = thresholdValue_->value();
    o.invert = invert_->currentIndex() == 1   ? InvertMode::Yes
               : invert_->currentIndex() == 2 ? InvertMode::No
                                              : InvertMode::Auto;
    o.rotation = static_cast<Rotation>(rotation_->currentIndex());
    o.strikeDegrees = strike_->value();
    o.heightFit = static_cast<HeightFit>(scale_->currentIndex());
    o.kmPerPixel = kmPerPixel_->value();
    // A GeoTIFF's own scale is fitted at the GIS window height (sourceOptions keeps a typed map scale).
    o.kmPerWindowHeight = o.heightFit == HeightFit::MapScale ? kmPerWindow_->value() : traceWindowKm_->value();
    o.stride = stride_->value();
    o.minCoverage = minCoverage_->value() / 100.0;
    o.centring = static_cast<Centring>(centring_->currentData().toInt());
    o.traceThickness = thicknesses().front();
    return o;
}

void PreprocessPanel::setOptions(const FaultMapOptions& o) {
    {
        const QSignalBlocker b1(threshold_), b2(thresholdValue_), b3(invert_), b4(rotation_), b5(strike_), b6(scale_),
            b7(kmPerPixel_), b8(kmPerWindow_), b9(stride_), b10(minCoverage_), b11(centring_);
        threshold_->setCurrentIndex(o.threshold == ThresholdMethod::Fixed ? 1 : 0);
        thresholdValue_->setValue(static_cast<int>(o.thresholdValue));
        invert_->setCurrentIndex(o.invert == InvertMode::Yes ? 1 : o.invert == InvertMode::No ? 2 : 0);
        rotation_->setCurrentIndex(static_cast<int>(o.rotation));
        strike_->setValue(o.strikeDegrees);
        scale_->setCurrentIndex(static_cast<int>(o.heightFit));
        if (o.kmPerPixel > 0) kmPerPixel_->setValue(o.kmPerPixel);
        if (o.kmPerWindowHeight > 0) kmPerWindow_->setValue(o.kmPerWindowHeight);
        stride_->setValue(o.stride);
        minCoverage_->setValue(o.minCoverage * 100);
        centring_->setCurrentIndex(centring_->findData(int(o.centring)));
    }
    updateEnabled();
    setThicknesses({o.traceThickness});
}

void PreprocessPanel::setFound(const FaultMapWindows& map, const QString& name) {
    if (map.rows == 0) {
        found_->clear();
        return;
    }
    const QString body = tr("threshold %1, %2; traces at %3° in the picture")
                             .arg(static_cast<int>(map.threshold))
                             .arg(map.inverted ? tr("dark traces") : tr("light traces"))
                             .arg(map.strikeDegrees, 0, 'f', 1);
    // The settings are every input's; what they found is the selected one's.
    QString text = name.isEmpty() ? tr("Found: %1").arg(body) : tr("Found in %1: %2").arg(name, body);
    if (map.rotated) text += tr(", rotated by %1° to run horizontally").arg(-map.rotatedStrikeDegrees, 0, 'f', 1);
    text += tr("; scaled ×%1").arg(map.scale, 0, 'g', 3);
    found_->setText(text);
}

}  // namespace faultke::gui
