#pragma once
// The processed fault map of the Predict page with its windows: each kept window outlined and
// tinted by its KE (or by the SD across an ensemble) on the colour scale drawn below, with its
// value written on it; left-out windows hatched, their reason in the tooltip. A click selects a
// window; the selected one can carry its occlusion map (what drives its prediction). Before a
// model has predicted, the windows show in gray: the live preview of the preprocessing.
#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

#include "core/model/MapPrediction.h"
#include "core/model/Occlusion.h"

namespace faultke::gui {

class FaultMapView : public QWidget {
    Q_OBJECT
public:
    enum class ColourBy { Ke, Sd };

    explicit FaultMapView(QWidget* parent = nullptr);

    // A processed map without predictions yet (the preview).
    void setMap(const FaultMapWindows& map);
    void setPrediction(const MapPrediction& prediction);
    void clear(const QString& hint);
    // What the view says before anything is open: what to drop and what becomes of it.
    static QString dropHint();
    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return colourBy_; }
    // The occlusion map of the selected window, drawn over it; nullopt removes it.
    void setOcclusion(const std::optional<OcclusionMap>& occlusion);

    // Index into the map's kept windows; -1 when none.
    int selectedWindow() const { return selected_; }
    void selectWindow(int index);
    bool hasPrediction() const { return !prediction_.windows.empty(); }
    const FaultMapWindows& map() const { return prediction_.map; }
    // Where window `index` (kept) is drawn, in widget pixels. For tests.
    QRectF windowArea(int index) const;
    // The upper end of the colour scale (1 for KE; the largest SD for SD).
    double scaleMaximum() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void windowSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF mapArea() const;
    QRectF toWidget(const WindowRect& rect) const;
    int windowAt(const QPointF& point) const;
    int leftOutAt(const QPointF& point) const;
    void drawScale(QPainter& painter, const QRectF& area) const;

    MapPrediction prediction_;  // windows empty in the preview
    QImage picture_;
    QString hint_;
    ColourBy colourBy_ = ColourBy::Ke;
    int selected_ = -1;
    std::optional<OcclusionMap> occlusion_;
};

}  // namespace faultke::gui
