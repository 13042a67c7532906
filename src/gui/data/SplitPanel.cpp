#include "gui/data/SplitPanel.h"

#include <qcustomplot.h>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/data/SplitColors.h"

namespace faultke::gui {

namespace {
constexpr double kBinWidth = 0.05;
}  // namespace

SplitPanel::SplitPanel(QWidget* parent) : QWidget(parent) {
    eval_ = new QSpinBox;
    eval_->setObjectName("evalWindows");
    eval_->setRange(0, 1000);
    eval_->setToolTip(tr("Windows of each split experiment that go to evaluation"));
    test_ = new QSpinBox;
    test_->setObjectName("testWindows");
    test_->setRange(0, 1000);
    test_->setToolTip(tr("Windows of each split experiment that go to testing"));
    seed_ = new QSpinBox;
    seed_->setObjectName("splitSeed");
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setToolTip(tr("The same seed always gives the same split"));
    for (QSpinBox* box : {eval_, test_, seed_}) {
        box->setKeyboardTracking(false);
        connect(box, QOverload<int>::of(&QSpinBox::valueChanged), this, &SplitPanel::settingsChanged);
    }

    table_ = new QTableWidget(4, 2);
    table_->setObjectName("splitSummary");
    table_->setHorizontalHeaderLabels({tr("Samples"), tr("Ratio")});
    table_->setVerticalHeaderLabels({tr("Train"), tr("Eval"), tr("Test"), tr("Total")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    int tableHeight = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
    for (int r = 0; r < 4; ++r) tableHeight += table_->verticalHeader()->sectionSizeHint(r);
    table_->setFixedHeight(tableHeight + 2);

    note_ = new QLabel;
    note_->setObjectName("splitNote");
    note_->setWordWrap(true);
    note_->setStyleSheet("color: #666;");

    histogram_ = new QCustomPlot;
    histogram_->setObjectName("splitHistogram");
    histogram_->setMinimumHeight(200);
    histogram_->xAxis->setLabel(tr("KE"));
    histogram_->yAxis->setLabel(tr("Samples"));
    auto* group = new QCPBarsGroup(histogram_);
    const QString names[3] = {tr("Train"), tr("Eval"), tr("Test")};
    for (int s = 0; s < 3; ++s) {
        bars_[s] = new QCPBars(histogram_->xAxis, histogram_->yAxis);
        bars_[s]->setName(names[s]);
        bars_[s]->setPen(QPen(splitColor(static_cast<Split>(s)).darker(130)));
        bars_[s]->setBrush(splitColor(static_cast<Split>(s)));
        bars_[s]->setWidth(kBinWidth / 3.5);
        bars_[s]->setBarsGroup(group);
    }
    group->setSpacing(0);
    // The legend goes in a row of its own under the plot, where it cannot hide bars.
    QCPLegend* legend = histogram_->legend;
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    histogram_->axisRect()->insetLayout()->take(legend);
    histogram_->plotLayout()->addElement(1, 0, legend);
    histogram_->plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setMargins(QMargins(4, 0, 4, 4));

    auto* form = new QFormLayout;
    form->addRow(tr("Eval windows"), eval_);
    form->addRow(tr("Test windows"), test_);
    form->addRow(tr("Seed"), seed_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(table_);
    layout->addWidget(note_);
    layout->addWidget(histogram_, 1);
    setSummary(SplitSummary{});
}

int SplitPanel::evalWindows() const { return eval_->value(); }
int SplitPanel::testWindows() const { return test_->value(); }
uint64_t SplitPanel::seed() const { return static_cast<uint64_t>(seed_->value()); }

void SplitPanel::setSettings(int evalWindows, int testWindows, uint64_t seed) {
    const QSignalBlocker b1(eval_), b2(test_), b3(seed_);
    eval_->setValue(evalWindows);
    test_->setValue(testWindows);
    seed_->setValue(static_cast<int>(std::min<uint64_t>(seed, uint64_t(std::numeric_limits<int>::max()))));
}

int SplitPanel::shownSamples(int row) const { return table_->item(row, 0)->data(Qt::UserRole).toInt(); }

void SplitPanel::setSummary(const SplitSummary& summary) {
    for (int s = 0; s < 4; ++s) {
        const int n = s < 3 ? summary.samples[size_t(s)] : summary.total();
        QTableWidgetItem* count = table_->item(s, 0);
        count->setText(QLocale().toString(n));
        count->setData(Qt::UserRole, n);
        const double ratio = s < 3 ? summary.ratio(Split(s)) : (summary.total() ? 1.0 : 0.0);
        table_->item(s, 1)->setText(summary.total() ? QString::number(100.0 * ratio, 'f', 1) + " %" : QString("–"));
    }
    if (summary.experimentsPending > 0)
        note_->setText(tr("%n experiment(s) still being labelled", nullptr, summary.experimentsPending));
    else
        note_->setText(tr("%n experiment(s) in the dataset", nullptr, summary.experimentsCounted));

    // Histogram: shared bins of kBinWidth so the three splits line up side by side.
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const auto& values : summary.ke)
        for (double v : values)
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (lo > hi) lo = 0, hi = 1;
    const int firstBin = int(std::floor(lo / kBinWidth)), lastBin = int(std::floor(hi / kBinWidth));
    double maxCount = 1;
    for (int s = 0; s < 3; ++s) {
        std::vector<double> counts(size_t(lastBin - firstBin + 1), 0.0);
        for (double v : summary.ke[size_t(s)])
            if (std::isfinite(v)) counts[size_t(int(std::floor(v / kBinWidth)) - firstBin)] += 1;
        QVector<double> keys, values;
        for (size_t i = 0; i < counts.size(); ++i) {
            keys.push_back((firstBin + int(i) + 0.5) * kBinWidth);
            values.push_back(counts[i]);
            maxCount = std::max(maxCount, counts[i]);
        }
        bars_[s]->setData(keys, values, true);
    }
    histogram_->xAxis->setRange(std::min(0.0, firstBin * kBinWidth), std::max(1.0, (lastBin + 1) * kBinWidth));
    histogram_->yAxis->setRange(0, maxCount * 1.1);
    histogram_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace faultke::gui
