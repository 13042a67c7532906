#include "gui/predict/PredictionDisplay.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

#include "core/gis/TracePrediction.h"
#include "gui/predict/FaultMapView.h"
#include "gui/predict/KeAlongStrikePlot.h"
#include "gui/predict/PredictionSummaryText.h"
#include "gui/predict/PreprocessPanel.h"
#include "gui/predict/ThicknessStyle.h"
#include "gui/predict/TraceMapView.h"

namespace faultke::gui {
namespace {

// "2, 3, 4 px", or "as drawn".
QString thicknessList(const std::vector<int>& pixels) {
    if (pixels.size() == 1) return thicknessName(pixels.front());
    QStringList numbers;
    for (int p : pixels) numbers << QString::number(p);
    return PredictionDisplay::tr("%1 px").arg(numbers.join(QStringLiteral(", ")));
}

QString errorText(const QString& error) {
    return QStringLiteral("<span style='color:#a00000'>%1</span>").arg(error.toHtmlEscaped());
}

}  // namespace

PredictionDisplay::PredictionDisplay(PreprocessPanel* preprocess, QWidget* parent)
    : QWidget(parent), preprocess_(preprocess) {
    mapView_ = new FaultMapView;
    mapView_->setObjectName("predictMap");
    traceView_ = new TraceMapView;
    stack_ = new QStackedWidget;
    stack_->addWidget(mapView_);
    stack_->addWidget(traceView_);
    alongStrike_ = new KeAlongStrikePlot;
    summary_ = new QLabel;
    summary_->setObjectName("predictSummary");
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // With several thicknesses ticked the map can show one only: which, and a choice of it.
    caption_ = new QLabel;
    caption_->setObjectName("predictMapCaption");
    thickness_ = new QComboBox;
    thickness_->setObjectName("predictMapThickness");
    thickness_->setToolTip(
        tr("The trace thickness the map shows; KE along strike, the table and the chart take every one"));
    // The caption row keeps its height when empty: showing it must not make the page taller.
    caption_->setMinimumHeight(thickness_->sizeHint().height());
    connect(thickness_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        shownThickness_ = thickness_->itemData(index).toInt();
        emit thicknessChosen();
    });
    connect(mapView_, &FaultMapView::windowSelected, alongStrike_, &KeAlongStrikePlot::setSelectedWindow);
    connect(traceView_, &TraceMapView::windowSelected, alongStrike_, &KeAlongStrikePlot::setSelectedWindow);

    auto* captionRow = new QHBoxLayout;
    captionRow->addWidget(caption_);
    captionRow->addWidget(thickness_);
    captionRow->addStretch();
    // The summary scrolls when it holds more lines than fit: a long one made the window taller
    // than a 720 px screen.
    auto* summaryScroll = new QScrollArea;
    summaryScroll->setWidget(summary_);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setMinimumHeight(2 * summary_->fontMetrics().lineSpacing());
    summaryScroll->setMaximumHeight(6 * summary_->fontMetrics().lineSpacing());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(captionRow);
    layout->addWidget(stack_, 1);
    layout->addWidget(summaryScroll);
}

QWidget* PredictionDisplay::shownMap() const { return stack_->currentWidget(); }

const MapPrediction* PredictionDisplay::shownResult(const PredictInput* input) const {
    if (!input || input->results.empty()) return nullptr;
    for (const MapPrediction& p : input->results)
        if (p.thickness == shownThickness_) return &p;
    return &input->results.front();
}

void PredictionDisplay::showInput(const PredictInput* input, const ModelState& model) {
    const bool traces = input && input->traces;
    stack_->setCurrentWidget(traces ? static_cast<QWidget*>(traceView_) : mapView_);
    preprocess_->setTracesShown(traces);
    showCaption(input);
    if (!input) {
        summary_->clear();
        mapView_->clear(FaultMapView::dropHint());
        traceView_->clear();  // nothing predicted is left: no colour bar either
        alongStrike_->clear();
        preprocess_->setFound({});
    } else if (traces) {
        showTraces(*input, model);
    } else {
        showMap(*input, model);
    }
}

void PredictionDisplay::showTraces(const PredictInput& in, const ModelState& model) {
    preprocess_->setFound({});
    if (!in.error.isEmpty() || !in.tracePrediction) {
        traceView_->setTraces(in.traces);
        alongStrike_->clear();
        summary_->setText(!in.error.isEmpty() ? errorText(in.error)
                                              : tr("%1 km of fault trace in %2; %3")
                                                    .arg(in.traces->lengthKm(), 0, 'f', 1)
                                                    .arg(QString::fromStdString(in.traces->frame.sourceName))
                                                    .arg(model.loaded ? tr("predicting…") : tr("waiting for a model")));
        return;
    }
    const int selected = traceView_->selectedWindow();
    traceView_->setPrediction(in.tracePrediction);
    alongStrike_->setPredictions(in.results);
    alongStrike_->setSelectedWindow(selected);
    const TracePrediction& p = *in.tracePrediction;
    summary_->setText(PredictionSummaryText::of(in, model.members) + QStringLiteral("<br>") +
                      tr("%1 km along strike in %2 (read in a %3); windows %4 km tall every %5 km")
                          .arg(p.geometry.lengthKm, 0, 'f', 1)
                          .arg(QString::fromStdString(p.traces.frame.sourceName))
                          .arg(QString::fromStdString(p.traces.frame.description()))
                          .arg(p.geometry.options.windowKm, 0, 'g', 3)
                          .arg(p.geometry.options.strideKm, 0, 'g', 3));
}

void PredictionDisplay::showMap(const PredictInput& in, const ModelState& model) {
    if (!in.error.isEmpty()) {
        mapView_->clear(in.error);
        alongStrike_->clear();
        summary_->setText(errorText(in.error));
        preprocess_->setFound({});
        return;
    }
    if (in.results.empty()) {
        mapView_->setMap(in.preview);
        alongStrike_->clear();
        preprocess_->setFound(in.preview, in.name);
        summary_->setText(in.preview.rows ? tr("%n window(s) to predict; %1", nullptr, int(in.preview.windows.size()))
                                                .arg(model.loaded ? tr("predicting…") : tr("waiting for a model"))
                                          : tr("Preprocessing…"));
        return;
    }
    const int selected = mapView_->selectedWindow();
    const MapPrediction& shown = *shownResult(&in);
    mapView_->setPrediction(shown);
    mapView_->selectWindow(selected);
    alongStrike_->setPredictions(in.results);
    alongStrike_->setSelectedWindow(mapView_->selectedWindow());
    preprocess_->setFound(shown.map, in.name);
    summary_->setText(PredictionSummaryText::of(in, model.members));
}

void PredictionDisplay::showCaption(const PredictInput* in) {
    const std::vector<int> ticked = preprocess_->thicknesses();
    QString caption;
    std::vector<int> predicted;
    if (in && in->error.isEmpty()) {
        for (const MapPrediction& p : in->results) predicted.push_back(p.thickness);
        const MapPrediction* shown = shownResult(in);
        const bool binary = in->source && in->source->binary();
        if (in->traces) {
            // The trace view colours each window by its KE over every thickness.
            if (!predicted.empty())
                caption = predicted.size() > 1
                              ? tr("Windows coloured by the mean KE over %1").arg(thicknessList(predicted))
                          : predicted.front() == 0 ? tr("Windows coloured by KE, traces as drawn")
                                                   : tr("Windows coloured by KE at %1").arg(thicknessList(predicted));
        } else if (binary && (shown || in->preview.rows) && ticked != std::vector<int>{0}) {
            caption = tr("Map as read (a .npy or .mat map keeps its own traces; %1 apply to pictures)")
                          .arg(thicknessList(ticked));
        } else if (shown) {
            const QString at =
                shown->thickness == 0 ? tr("Map as drawn") : tr("Map at %1").arg(thicknessName(shown->thickness));
            caption = predicted.size() > 1 ? tr("%1 (of %2)").arg(at, thicknessList(predicted)) : at;
        } else if (in->preview.rows) {
            // The preview is cut at the first thickness ticked.
            const QString at =
                ticked.front() == 0 ? tr("Preview as drawn") : tr("Preview at %1").arg(thicknessName(ticked.front()));
            caption = ticked.size() > 1 ? tr("%1 (of %2)").arg(at, thicknessList(ticked)) : at;
        }
    }
    caption_->setText(caption);
    // Shown even when empty: its row keeps its height, so a caption never makes the page taller.
    caption_->setVisible(true);
    const bool choice = in && !in->traces && predicted.size() > 1;
    {
        const QSignalBlocker blocker(thickness_);
        thickness_->clear();
        if (choice) {
            for (int p : predicted) thickness_->addItem(thicknessName(p), p);
            thickness_->setCurrentIndex(std::max(0, thickness_->findData(shownResult(in)->thickness)));
        }
    }
    thickness_->setVisible(choice);
}

}  // namespace faultke::gui
