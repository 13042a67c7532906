#include "gui/evaluate/DiagnosticPlots.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

#include "gui/widgets/PlotLegend.h"

namespace faultke::gui {

namespace {

QCPGraph* scatter(QCustomPlot* plot, const QColor& color, const QString& name, double size = 5) {
    QCPGraph* g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    QColor fill = color;
    fill.setAlpha(110);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, size));
    g->setName(name);
    return g;
}

QCustomPlot* makePlot(const QString& x, const QString& y) {
    auto* plot = new QCustomPlot;
    plot->setMinimumSize(260, 200);
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    // Below the axes, two to a row: inside, the legend covered points wherever it sat, and three
    // in one row were cut at 1280 px.
    placeLegendBelow(plot, 2);
    return plot;
}

}  // namespace

DiagnosticPlots::DiagnosticPlots(QWidget* parent) : QWidget(parent) {
    experiment_ = new QComboBox;
    experiment_->setObjectName("timelineExperiment");
    experiment_->setToolTip(tr("The experiment whose windows are drawn against frame"));
    timeline_ = makePlot(tr("Frame (from 0)"), tr("Kinematic efficiency"));
    timeline_->setObjectName("evaluationTimeline");
    residuals_ = makePlot(tr("True KE"), tr("Predicted − true KE"));
    residuals_->setObjectName("residualPlot");

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Experiment")));
    top->addWidget(experiment_, 1);
    auto* left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(timeline_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(residuals_, 1);
    connect(experiment_, &QComboBox::currentTextChanged, this, &DiagnosticPlots::drawTimeline);
}

void DiagnosticPlots::setSamples(const std::vector<SamplePrediction>* samples, const PredictionFilter& filter) {
    samples_ = samples;
    filter_ = filter;
    const QString current = experiment_->currentText();
    std::set<std::string> names;
    if (samples_)
        for (const SamplePrediction& s : *samples_) names.insert(s.experiment);
    {
        const QSignalBlocker block(experiment_);
        experiment_->clear();
        for (const std::string& n : names) experiment_->addItem(QString::fromStdString(n));
        const int keep = experiment_->findText(current);
        experiment_->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    drawTimeline();

    // Residuals of every sample shown, with the ±2 SD each label allows.
    residuals_->clearGraphs();
    residuals_->clearItems();
    QVector<double> cx, cy, ix, iy;
    std::vector<std::pair<double, double>> envelope;  // (true KE, 2 SD)
    if (samples_)
        for (const SamplePrediction& s : *samples_) {
            if (!filter_.accepts(s)) continue;
            (s.correct ? cx : ix) << s.ke;
            (s.correct ? cy : iy) << s.prediction - s.ke;
            envelope.emplace_back(s.ke, 2 * s.sd);
        }
    std::sort(envelope.begin(), envelope.end());
    QVector<double> ex, upper, lower;
    for (const auto& [ke, band] : envelope) {
        ex << ke;
        upper << band;
        lower << -band;
    }
    QCPGraph* low = residuals_->addGraph();
    low->setData(ex, lower, true);
    low->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    low->removeFromLegend();
    QCPGraph* high = residuals_->addGraph();
    high->setData(ex, upper, true);
    high->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    high->setBrush(QColor(150, 150, 150, 40));
    high->setChannelFillGraph(low);
    high->setName(tr("±2SD of the label"));
    scatter(residuals_, QColor(31, 119, 180), tr("correct"))->setData(cx, cy);
    scatter(residuals_, QColor(214, 39, 40), tr("incorrect"))->setData(ix, iy);
    residuals_->rescaleAxes();
    for (QCPAxis* axis : {residuals_->xAxis, residuals_->yAxis}) axis->scaleRange(1.1);  // no point on the frame
    residuals_->replot(QCustomPlot::rpQueuedReplot);
}

void DiagnosticPlots::drawTimeline() {
    timeline_->clearGraphs();
    const std::string experiment = experiment_->currentText().toStdString();
    QVector<double> tx, ty, cx, cy, ix, iy;
    if (samples_)
        for (const SamplePrediction& s : *samples_) {
            if (s.experiment != experiment || !filter_.accepts(s)) continue;
            tx << s.frame;
            ty << s.ke;
            (s.correct ? cx : ix) << s.frame;
            (s.correct ? cy : iy) << s.prediction;
        }
    scatter(timeline_, QColor(120, 120, 120), tr("true KE"), 4)->setData(tx, ty);
    scatter(timeline_, QColor(31, 119, 180), tr("predicted, within 2SD"))->setData(cx, cy);
    scatter(timeline_, QColor(214, 39, 40), tr("predicted, outside 2SD"))->setData(ix, iy);
    timeline_->rescaleAxes();
    timeline_->xAxis->scaleRange(1.05);
    timeline_->yAxis->setRange(std::min(0.0, timeline_->yAxis->range().lower),
                               std::max(1.0, timeline_->yAxis->range().upper));
    timeline_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
