#include "gui/evaluate/PredictionPlot.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

#include "gui/widgets/PlotLegend.h"

namespace faultke::gui {

namespace {
const QColor kCorrect(31, 119, 180);   // blue, as fig. 3
const QColor kIncorrect(214, 39, 40);  // red
constexpr double kPickRadius = 6;      // pixels
}  // namespace

PredictionPlot::PredictionPlot(Split split, QWidget* parent) : QWidget(parent), split_(split) {
    setObjectName(QStringLiteral("predictionPlot_%1").arg(QString::fromLatin1(splitName(split))));
    plot_ = new QCustomPlot;
    plot_->setMinimumSize(240, 260);
    plot_->setMouseTracking(true);  // hover without a button pressed
    plot_->xAxis->setLabel(tr("Predicted KE"));
    plot_->yAxis->setLabel(tr("True KE"));
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0,
                                    new QCPTextElement(plot_, QString(), QFont(font().family(), 10, QFont::Bold)));
    auto scatter = [this](const QColor& color, const QString& name) {
        QCPGraph* g = plot_->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = color;
        fill.setAlpha(70);  // translucent: overlapping points show density
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, 6));
        g->setName(name);
        return g;
    };
    correct_ = scatter(kCorrect, tr("correct"));
    incorrect_ = scatter(kIncorrect, tr("incorrect"));
    auto* identity = new QCPItemStraightLine(plot_);
    identity->point1->setCoords(0, 0);
    identity->point2->setCoords(1, 1);
    identity->setPen(QPen(Qt::black, 1, Qt::DashLine));
    // Below the axes: inside, the legend hid the points of the top-left corner in a small window.
    placeLegendBelow(plot_, 2);

    figures_ = new QLabel;
    figures_->setObjectName("figuresLabel");
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_, 1);
    layout->addWidget(figures_);

    // Equal axes: one KE unit is as long on both, whatever the widget's shape. The x range
    // covers the data; y follows it about the same centre.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] { plot_->yAxis->setScaleRatio(plot_->xAxis, 1.0); });
    connect(plot_, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* e) { emit sampleHovered(sampleAt(e->position())); });
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        const int s = sampleAt(e->position());
        if (s >= 0) emit sampleClicked(s);
    });
}

void PredictionPlot::setSamples(const std::vector<SamplePrediction>* samples, const PredictionFilter& filter) {
    samples_ = samples;
    shown_.clear();
    QVector<double> cx, cy, ix, iy;
    double lo = 0, hi = 1;
    if (samples_)
        for (size_t i = 0; i < samples_->size(); ++i) {
            const SamplePrediction& s = (*samples_)[i];
            if (s.split != split_ || !filter.accepts(s)) continue;
            shown_.push_back(static_cast<int>(i));
            (s.correct ? cx : ix) << s.prediction;
            (s.correct ? cy : iy) << s.ke;
            lo = std::min({lo, s.prediction, s.ke});
            hi = std::max({hi, s.prediction, s.ke});
        }
    correct_->setData(cx, cy);
    incorrect_->setData(ix, iy);
    const double n = double(cx.size() + ix.size());
    correct_->setName(tr("correct (%1 %)").arg(n > 0 ? 100.0 * cx.size() / n : 0, 0, 'f', 1));
    incorrect_->setName(tr("incorrect (%1 %)").arg(n > 0 ? 100.0 * ix.size() / n : 0, 0, 'f', 1));
    // Equal axes: the same range on both, and a square plot area.
    const double pad = 0.05 * (hi - lo);
    plot_->xAxis->setRange(lo - pad, hi + pad);
    plot_->yAxis->setRange(lo - pad, hi + pad);
    auto* title = static_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0));
    title->setText(tr("%1 (n = %L2)").arg(QString::fromLatin1(splitName(split_))).arg(int(n)));

    const SplitFigures f = samples_ ? summarizePredictions(*samples_, filter)[size_t(split_)] : SplitFigures{};
    figures_->setText(f.count == 0 ? tr("No samples")
                                   : tr("2SD accuracy %1 · 1SD accuracy %2\nR² %3 · MAE %4 · RMSE %5")
                                         .arg(f.accuracy2sd, 0, 'f', 3)
                                         .arg(f.accuracy1sd, 0, 'f', 3)
                                         .arg(f.r2, 0, 'f', 3)
                                         .arg(f.mae, 0, 'f', 3)
                                         .arg(f.rmse, 0, 'f', 3));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int PredictionPlot::correctCount() const { return correct_->dataCount(); }
int PredictionPlot::incorrectCount() const { return incorrect_->dataCount(); }

int PredictionPlot::sampleAt(const QPointF& pos) const {
    if (!samples_) return -1;
    int best = -1;
    double bestDistance = kPickRadius;
    for (int i : shown_) {
        const SamplePrediction& s = (*samples_)[size_t(i)];
        const double dx = plot_->xAxis->coordToPixel(s.prediction) - pos.x();
        const double dy = plot_->yAxis->coordToPixel(s.ke) - pos.y();
        const double d = std::hypot(dx, dy);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

}  // namespace faultke::gui
