#include "gui/train/CurvesPanel.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QSlider>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/model/RunCatalog.h"

namespace faultke::gui {

namespace {

constexpr int kRedrawIntervalMs = 100;  // at most ten redraws a second
constexpr int kLegendNameChars = 20;    // longer run names are elided in the legend
constexpr int kLegendMaxColumns = 3;
const char* const kSplits[] = {"train", "eval", "test"};

QColor faded(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

// Long run names would push the legend's columns past the plot's edge.
QString legendName(const QString& run) {
    if (run.size() <= kLegendNameChars) return run;
    const int head = (kLegendNameChars - 1) / 2;
    return run.left(head) + QChar(0x2026) + run.right(kLegendNameChars - 1 - head);
}

bool hasSplit(const std::vector<HistoryRow>& history, int split) {
    return std::any_of(history.begin(), history.end(),
                       [split](const HistoryRow& r) { return r.splits[size_t(split)].count > 0; });
}

std::vector<double> columnOf(const std::vector<HistoryRow>& history, const std::string& column) {
    std::vector<double> v;
    v.reserve(history.size());
    for (const HistoryRow& r : history) v.push_back(r.value(column));
    return v;
}

QCustomPlot* makePlot(const QString& yLabel, bool logScale) {
    auto* plot = new QCustomPlot;
    plot->setMinimumSize(220, 200);
    plot->setMouseTracking(true);  // hover tooltips without a button pressed
    // Epochs are whole numbers: ticks at 1, 2, 5, 10, ... multiples.
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochs);
    plot->xAxis->setLabel(QCoreApplication::translate("faultke::gui::CurvesPanel", "Epoch"));
    plot->yAxis->setLabel(yLabel);
    if (logScale) {
        plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    }
    // The legend goes under the plot, in columns: inside, it would hide the curves.
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(2);
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->setInteractions(QCP::iSelectPlottables);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

}  // namespace

CurvesPanel::CurvesPanel(QWidget* parent) : QWidget(parent) {
    // Loss values of 10-30 mean little without saying what the loss is (Loss.h).
    loss_ = makePlot(tr("Loss: error² / SD² (log scale)"), true);
    loss_->setObjectName("lossPlot");
    accuracy_ = makePlot(tr("2SD accuracy"), false);
    accuracy_->setObjectName("accuracyPlot");

    smoothingSlider_ = new QSlider(Qt::Horizontal);
    smoothingSlider_->setObjectName("smoothingSlider");
    smoothingSlider_->setRange(0, 99);
    smoothingSlider_->setValue(60);
    smoothingSlider_->setToolTip(
        tr("Smoothing as in TensorBoard: a debiased exponential moving average; the raw "
           "values stay faintly visible"));
    smoothingValue_ = new QLabel;
    outliers_ = new QCheckBox(tr("Ignore outliers"));
    outliers_->setToolTip(
        tr("Fit the y axis to the middle 90 % of the values, so one wild epoch does not flatten "
           "the rest"));
    lossHelp_ = new QLabel(tr("What is the loss?"));
    lossHelp_->setObjectName("lossHelp");
    lossHelp_->setStyleSheet("color: palette(link); text-decoration: underline;");
    lossHelp_->setToolTip(
        tr("<p>The loss is the original's weighted squared error: (prediction − KE)² / SD², the SD "
           "of each window's KE label as weight, averaged over the windows, on a log scale. Roughly, a "
           "loss of 25 means predictions about 5 SD off; 2SD accuracy counts the windows within 2 SD.</p>"
           "<p>Loss \"original\" (the default, what the original code computes): the batch's mean "
           "squared error times its mean 1 / (SD² + 1e-5). Loss \"per-sample\" (the paper's Eq. 1): "
           "the mean of (prediction − KE)² / (SD² + 1e-5). An SD floor, when set, counts smaller SDs "
           "as the floor.</p>"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Smoothing")));
    controls->addWidget(smoothingSlider_, 1);
    controls->addWidget(smoothingValue_);
    controls->addSpacing(12);
    controls->addWidget(outliers_);
    controls->addSpacing(12);
    controls->addWidget(lossHelp_);

    auto* plots = new QHBoxLayout;
    plots->addWidget(loss_, 1);
    plots->addWidget(accuracy_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(plots, 1);

    redrawTimer_ = new QTimer(this);
    redrawTimer_->setSingleShot(true);
    redrawTimer_->setInterval(kRedrawIntervalMs);
    connect(redrawTimer_, &QTimer::timeout, this, &CurvesPanel::rebuild);
    connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    connect(outliers_, &QCheckBox::toggled, this, &CurvesPanel::setIgnoreOutliers);
    for (QCustomPlot* plot : {loss_, accuracy_}) {
        plot->installEventFilter(this);  // a new width may need fewer legend columns
        connect(plot, &QCustomPlot::mousePress, this, [this, plot](QMouseEvent* e) { onPlotClicked(plot, e); });
        connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent* e) { onHover(plot, e); });
    }
    setSmoothing(0.6);
    rebuild();
}

void CurvesPanel::setSeries(std::vector<CurveSeries> series) {
    series_ = std::move(series);
    markDirty();
}

CurveSeries* CurvesPanel::find(const QString& run) {
    for (CurveSeries& s : series_)
        if (s.name == run && !s.reference) return &s;
    return nullptr;
}

void CurvesPanel::appendEpoch(const QString& run, const HistoryRow& row) {
    CurveSeries* s = find(run);
    if (!s) {
        CurveSeries added;
        added.name = run;
        series_.push_back(added);
        s = &series_.back();
    }
    s->history.erase(
        std::remove_if(s->history.begin(), s->history.end(), [&](const HistoryRow& r) { return r.epoch >= row.epoch; }),
        s->history.end());
    s->history.push_back(row);
    markDirty();
}

void CurvesPanel::appendBatch(const QString& run, double epoch, double loss) {
    CurveSeries* s = find(run);
    if (!s) return;
    s->batchLoss.emplace_back(epoch, loss);
    markDirty();
}

void CurvesPanel::setBestEpoch(const QString& run, int epoch) {
    if (CurveSeries* s = find(run)) {
        s->bestEpoch = epoch;
        markDirty();
    }
}

void CurvesPanel::setSmoothing(double weight) {
    smoothing_ = std::clamp(weight, 0.0, 0.99);
    smoothingValue_->setText(QString::number(smoothing_, 'f', 2));
    if (smoothingSlider_->value() != qRound(smoothing_ * 100)) smoothingSlider_->setValue(qRound(smoothing_ * 100));
    markDirty();
}

void CurvesPanel::setIgnoreOutliers(bool ignore) {
    ignoreOutliers_ = ignore;
    if (outliers_->isChecked() != ignore) outliers_->setChecked(ignore);
    markDirty();
}

void CurvesPanel::markDirty() {
    dirty_ = true;
    if (!redrawTimer_->isActive()) redrawTimer_->start();
}

void CurvesPanel::redrawNow() {
    redrawTimer_->stop();
    rebuild();
}

QCPGraph* CurvesPanel::graphOf(const QString& run, const QString& column) const {
    for (auto it = graphs_.begin(); it != graphs_.end(); ++it)
        if (it.value().run == run && it.value().column == column) return it.key();
    return nullptr;
}

void CurvesPanel::rebuild() {
    dirty_ = false;
    ++redraws_;
    graphs_.clear();
    for (QCustomPlot* plot : {loss_, accuracy_}) {
        plot->clearGraphs();
        plot->clearItems();
    }
    // Repeats of one setting: a mean with a band, the members faint, the best one emphasised.
    std::map<QString, std::vector<const CurveSeries*>> groups;
    for (const CurveSeries& s : series_)
        if (!s.reference && !s.group.isEmpty()) groups[s.group].push_back(&s);
    for (auto& [group, members] : groups) {
        if (members.size() < 2) continue;
        drawGroup(group, members);
    }
    for (const CurveSeries& s : series_) {
        const auto g = groups.find(s.group);
        const bool inGroup = !s.reference && g != groups.end() && g->second.size() >= 2;
        if (!s.selected) drawSeries(s, inGroup);
    }
    for (const CurveSeries& s : series_)
        if (s.selected) drawSeries(s, false);  // on top
    fitRanges();
    // An empty legend would still claim its place and squeeze the axes: it leaves the layout.
    for (QCustomPlot* plot : {loss_, accuracy_}) {
        const bool any = plot->legend->itemCount() > 0;
        const bool placed = plot->plotLayout()->hasElement(1, 0);
        if (any && !placed) {
            plot->plotLayout()->addElement(1, 0, plot->legend);
            plot->plotLayout()->setRowStretchFactor(1, 0.001);
        } else if (!any && placed) {
            plot->plotLayout()->take(plot->legend);
            plot->plotLayout()->simplify();
        }
        plot->legend->setVisible(any);
        if (any) fitLegend(plot);
    }
    loss_->replot(QCustomPlot::rpQueuedReplot);
    accuracy_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesPanel::drawSeries(const CurveSeries& s, bool faint) {
    const QColor color = s.color.isValid() ? s.color : QColor(31, 119, 180);
    const double width = s.selected ? 2.5 : (faint ? 1.0 : 1.8);
    const int alpha = faint ? 90 : 255;
    if (!s.batchLoss.empty() && !faint) {
        QCPGraph* batches = loss_->addGraph();
        QVector<double> x, y;
        for (const QPointF& p : s.batchLoss) {
            x << p.x();
            y << p.y();
        }
        batches->setData(x, y, true);
        batches->setPen(QPen(faded(color, 45), 1));
        batches->removeFromLegend();
        graphs_.insert(batches, {s.name, QStringLiteral("batch_loss")});
    }
    // Train and eval only: test windows choose nothing, so no test curve invites choosing an epoch
    // by it; the test figure is one marker at the chosen epoch below.
    for (int split = 0; split < 2; ++split) {
        if (!hasSplit(s.history, split)) continue;
        for (const char* metric : {"loss", "acc2sd"}) {
            QCustomPlot* plot = std::string(metric) == "loss" ? loss_ : accuracy_;
            const std::string column = std::string(kSplits[split]) + "_" + metric;
            std::vector<double> raw = columnOf(s.history, column);
            std::vector<double> epochs;
            for (const HistoryRow& r : s.history) epochs.push_back(r.epoch);
            // A run from a trained model starts where that model reads its eval windows: epoch 0.
            if (split == 1 && s.start && s.start->eval().count > 0) {
                raw.insert(raw.begin(), s.start->value(column));
                epochs.insert(epochs.begin(), 0);
            }
            QVector<double> x, yRaw, ySmooth;
            const std::vector<double> smooth = smoothCurve(raw, smoothing_);
            for (size_t i = 0; i < raw.size(); ++i) {
                if (!std::isfinite(raw[i])) continue;
                x << epochs[i];
                yRaw << raw[i];
                ySmooth << smooth[i];
            }
            if (x.isEmpty()) continue;
            if (smoothing_ > 0) {
                QCPGraph* rawGraph = plot->addGraph();
                rawGraph->setData(x, yRaw, true);
                rawGraph->setPen(QPen(faded(color, faint ? 35 : 70), 1));
                rawGraph->removeFromLegend();
            }
            QCPGraph* graph = plot->addGraph();
            graph->setData(x, ySmooth, true);
            QPen pen(faded(split == 1 ? color.darker(125) : color, alpha), width);
            if (s.reference) pen.setStyle(Qt::DashLine);
            graph->setPen(pen);
            if (split == 1)
                graph->setScatterStyle(
                    QCPScatterStyle(QCPScatterStyle::ssCircle, faded(pen.color(), alpha), faint ? 3 : 5));
            graph->setName(QStringLiteral("%1 · %2").arg(legendName(s.name), QString::fromLatin1(kSplits[split])));
            if (faint || inGroupLegend_) graph->removeFromLegend();
            graphs_.insert(graph, {s.name, QString::fromStdString(column)});
        }
    }
    // The best epoch: a line on both plots, a marker on the eval curves.
    if (s.bestEpoch > 0 && !faint) {
        for (QCustomPlot* plot : {loss_, accuracy_}) {
            auto* line = new QCPItemStraightLine(plot);
            line->point1->setCoords(s.bestEpoch, 0.001);
            line->point2->setCoords(s.bestEpoch, 1);
            line->setPen(QPen(faded(color, 160), 1, Qt::DashLine));
        }
        for (const HistoryRow& r : s.history)
            if (r.epoch == s.bestEpoch && r.eval().count > 0)
                for (const auto& [plot, value] :
                     {std::pair{loss_, r.eval().loss}, std::pair{accuracy_, r.eval().accuracy2sd}}) {
                    QCPGraph* marker = plot->addGraph();
                    marker->setData({double(r.epoch)}, {value});
                    marker->setLineStyle(QCPGraph::lsNone);
                    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QColor(200, 30, 30), 14));
                    marker->setName(tr("%1 · best epoch %2").arg(legendName(s.name)).arg(s.bestEpoch));
                    if (plot == loss_ || inGroupLegend_) marker->removeFromLegend();
                }
        if (s.selected) drawTestAtChosenEpoch(s);
    }
}

void CurvesPanel::drawTestAtChosenEpoch(const CurveSeries& s) {
    for (const HistoryRow& r : s.history) {
        if (r.epoch != s.bestEpoch || r.test().count == 0) continue;
        for (const auto& [plot, value] :
             {std::pair{loss_, r.test().loss}, std::pair{accuracy_, r.test().accuracy2sd}}) {
            if (!std::isfinite(value)) continue;
            // Not in graphs_: it cannot be clicked to choose an epoch.
            QCPGraph* marker = plot->addGraph();
            marker->setData({double(r.epoch)}, {value});
            marker->setLineStyle(QCPGraph::lsNone);
            marker->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(60, 60, 60), 1.5), QBrush(Qt::white), 10));
            // Short: the legend has little room; the tooltip says it chose nothing.
            marker->setName(tr("%1 · test at chosen epoch").arg(legendName(s.name)));
            marker->setObjectName(QStringLiteral("testAtChosenEpoch"));
            if (plot == loss_) marker->removeFromLegend();
        }
    }
}

void CurvesPanel::drawGroup(const QString& group, const std::vector<const CurveSeries*>& members) {
    const QColor color = members.front()->color.isValid() ? members.front()->color : QColor(31, 119, 180);
    for (int split : {0, 1}) {
        for (const char* metric : {"loss", "acc2sd"}) {
            QCustomPlot* plot = std::string(metric) == "loss" ? loss_ : accuracy_;
            const std::string column = std::string(kSplits[split]) + "_" + metric;
            std::vector<const std::vector<HistoryRow>*> histories;
            for (const CurveSeries* m : members) histories.push_back(&m->history);
            QVector<double> x, mean, lo, hi;
            for (const RepeatSpread& s : repeatSpread(histories, column, static_cast<Split>(split))) {
                x << s.epoch;
                mean << s.mean;
                lo << (plot == loss_ ? std::max(s.mean - s.sd, s.mean * 0.05) : s.mean - s.sd);  // log axis
                hi << s.mean + s.sd;
            }
            if (x.isEmpty()) continue;
            const QColor c = split == 1 ? color.darker(125) : color;
            QCPGraph* low = plot->addGraph();
            low->setData(x, lo, true);
            low->setPen(Qt::NoPen);
            low->removeFromLegend();
            QCPGraph* high = plot->addGraph();
            high->setData(x, hi, true);
            high->setPen(Qt::NoPen);
            high->setBrush(faded(c, 45));
            high->setChannelFillGraph(low);
            high->setName(tr("%1 · %2 ±1 SD").arg(legendName(group), QString::fromLatin1(kSplits[split])));
            if (split == 0) high->removeFromLegend();
            QCPGraph* meanGraph = plot->addGraph();
            meanGraph->setData(x, mean, true);
            meanGraph->setPen(QPen(c, 2.2, split == 1 ? Qt::DashDotLine : Qt::SolidLine));
            meanGraph->setName(tr("%1 · %2, mean of %3")
                                   .arg(legendName(group), QString::fromLatin1(kSplits[split]))
                                   .arg(members.size()));
            graphs_.insert(meanGraph,
                           {group + QStringLiteral(" mean"), QString::fromStdString(column), int(members.size())});
        }
    }
    // The best member (highest eval accuracy at its best epoch) is drawn emphasised.
    const CurveSeries* best = nullptr;
    double bestValue = -1;
    for (const CurveSeries* m : members)
        for (const HistoryRow& r : m->history)
            if (r.epoch == m->bestEpoch && r.eval().accuracy2sd > bestValue) {
                bestValue = r.eval().accuracy2sd;
                best = m;
            }
    // Its members have the group's legend entries.
    inGroupLegend_ = true;
    if (best && !best->selected) drawSeries(*best, false);
    inGroupLegend_ = false;
}

void CurvesPanel::fitRanges() {
    for (QCustomPlot* plot : {loss_, accuracy_}) {
        std::vector<double> values;
        double maxEpoch = 1;
        for (int i = 0; i < plot->graphCount(); ++i)
            for (auto it = plot->graph(i)->data()->constBegin(); it != plot->graph(i)->data()->constEnd(); ++it) {
                if (!std::isfinite(it->value) || (plot == loss_ && it->value <= 0)) continue;
                values.push_back(it->value);
                maxEpoch = std::max(maxEpoch, it->key);
            }
        // A little room past the last epoch: its markers (best, chosen, test) are drawn whole.
        const double lastEpoch = std::max(2.0, std::ceil(maxEpoch));
        plot->xAxis->setRange(0, lastEpoch + std::max(0.3, 0.03 * lastEpoch));
        if (values.empty()) {
            plot->yAxis->setRange(plot == loss_ ? QCPRange(0.1, 100) : QCPRange(0, 1));
            continue;
        }
        std::sort(values.begin(), values.end());
        double lo = values.front(), hi = values.back();
        if (ignoreOutliers_ && values.size() >= 10) {
            lo = values[values.size() * 5 / 100];
            hi = values[values.size() * 95 / 100];
        }
        if (plot == loss_) {
            plot->yAxis->setRange(lo / 1.3, hi * 1.3);
        } else {
            const double pad = std::max(0.02, (hi - lo) * 0.05);
            plot->yAxis->setRange(ignoreOutliers_ ? lo - pad : std::min(0.0, lo - pad),
                                  ignoreOutliers_ ? hi + pad : std::max(1.0, hi + pad));
        }
    }
}

bool CurvesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && (watched == loss_ || watched == accuracy_)) {
        // Columns for the new width now, before the plot repaints; the rebuild restores elided names.
        auto* plot = static_cast<QCustomPlot*>(watched);
        if (plot->legend->visible()) fitLegend(plot, static_cast<QResizeEvent*>(event)->size().width());
        markDirty();
    }
    return QWidget::eventFilter(watched, event);
}

// As many legend columns as fit the plot's width, at most three; names that still do not fit
// in one column are elided.
void CurvesPanel::fitLegend(QCustomPlot* plot, int width) {
    QCPLegend* legend = plot->legend;
    // itemCount() counts the grid's empty cells too.
    QList<QCPAbstractLegendItem*> items;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) items << item;
    const auto needed = [](QCPAbstractLegendItem* item) {
        return static_cast<QCPLayoutElement*>(item)->minimumOuterSizeHint().width();
    };
    const int n = int(items.size());
    const int available =
        (width > 0 ? width : plot->viewport().width()) - legend->margins().left() - legend->margins().right();
    int columns = std::max(1, std::min(n, kLegendMaxColumns));
    for (; columns > 1; --columns) {
        std::vector<int> widths(size_t(columns), 0);
        for (int i = 0; i < n; ++i)
            widths[size_t(i % columns)] = std::max(widths[size_t(i % columns)], needed(items[i]));
        int total = legend->columnSpacing() * (columns - 1);
        for (int w : widths) total += w;
        if (total <= available) break;
    }
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    if (columns > 1) return;
    const QFontMetrics metrics(legend->font());
    for (QCPAbstractLegendItem* i : items) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(i);
        if (!item || needed(item) <= available) continue;
        const QString name = item->plottable()->name();
        const int room = available - (needed(item) - metrics.horizontalAdvance(name));
        if (room > 0) item->plottable()->setName(metrics.elidedText(name, Qt::ElideMiddle, room));
    }
}

void CurvesPanel::onPlotClicked(QCustomPlot* plot, QMouseEvent* event) {
    double bestDistance = 10;  // pixels
    const GraphInfo* hit = nullptr;
    int epoch = 0;
    for (auto it = graphs_.begin(); it != graphs_.end(); ++it) {
        QCPGraph* g = it.key();
        if (g->parentPlot() != plot || it.value().column == QLatin1String("batch_loss")) continue;
        for (auto d = g->data()->constBegin(); d != g->data()->constEnd(); ++d) {
            const QPointF p = g->coordsToPixels(d->key, d->value);
            const double distance = std::hypot(p.x() - event->position().x(), p.y() - event->position().y());
            if (distance < bestDistance) {
                bestDistance = distance;
                hit = &it.value();
                epoch = qRound(d->key);
            }
        }
    }
    if (!hit) return;
    emit runClicked(hit->run);
    if (hit->repeats > 0) {
        // A mean belongs to no run: say so rather than ignore the click.
        const QString text =
            tr("The mean of %1 repeats: click a repeat's own curve to choose its epoch.").arg(hit->repeats);
        QToolTip::showText(event->globalPosition().toPoint(), text, plot);
        emit notice(text);
        return;
    }
    if (epoch > 0) emit epochClicked(hit->run, epoch);
}

QString CurvesPanel::columnName(const QString& column) {
    static const QHash<QString, const char*> names = {
        {"train_loss", QT_TR_NOOP("training loss")},
        {"eval_loss", QT_TR_NOOP("eval loss")},
        {"test_loss", QT_TR_NOOP("test loss")},
        {"train_acc2sd", QT_TR_NOOP("training 2SD accuracy")},
        {"eval_acc2sd", QT_TR_NOOP("eval 2SD accuracy")},
        {"test_acc2sd", QT_TR_NOOP("test 2SD accuracy")},
        {"batch_loss", QT_TR_NOOP("training loss of the batch")},
    };
    const auto it = names.find(column);
    return it == names.end() ? column : tr(it.value());
}

QString CurvesPanel::pointText(QCustomPlot* plot, const QPointF& pos) const {
    double bestDistance = 8;
    QString text;
    for (auto it = graphs_.begin(); it != graphs_.end(); ++it) {
        QCPGraph* g = it.key();
        if (g->parentPlot() != plot) continue;
        for (auto d = g->data()->constBegin(); d != g->data()->constEnd(); ++d) {
            const QPointF p = g->coordsToPixels(d->key, d->value);
            const double distance = std::hypot(p.x() - pos.x(), p.y() - pos.y());
            if (distance >= bestDistance) continue;
            bestDistance = distance;
            const GraphInfo& info = it.value();
            const QString run =
                info.repeats > 0
                    ? tr("%1: mean of %2 repeats").arg(info.run.chopped(int(qstrlen(" mean")))).arg(info.repeats)
                    : info.run;
            text = tr("%1\nepoch %2\n%3 %4")
                       .arg(run)
                       .arg(d->key, 0, 'f', info.column == QLatin1String("batch_loss") ? 2 : 0)
                       .arg(columnName(info.column))
                       .arg(d->value, 0, 'g', 4);
            if (info.repeats > 0) text += tr("\nClick a repeat's own curve to choose its epoch.");
        }
    }
    return text;
}

void CurvesPanel::onHover(QCustomPlot* plot, QMouseEvent* event) {
    const QString text = pointText(plot, event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot);
}

}  // namespace faultke::gui
