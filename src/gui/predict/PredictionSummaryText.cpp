#include "gui/predict/PredictionSummaryText.h"

#include <QStringList>

#include <algorithm>

namespace faultke::gui {

QString PredictionSummaryText::of(const PredictInput& input, size_t modelCount) {
    QStringList lines;
    for (const MapPrediction& p : input.results) {
        const PredictionSummary& s = p.summary;
        QString line = input.results.size() > 1 ? tr("Trace %1 px: ").arg(p.thickness) : QString();
        if (s.count == 0) {
            line += tr("no window kept");
        } else {
            line += tr("%n window(s) · mean KE %1 · median %2 · range %3–%4 · SD %5", nullptr, s.count)
                        .arg(s.mean, 0, 'f', 3)
                        .arg(s.median, 0, 'f', 3)
                        .arg(s.min, 0, 'f', 3)
                        .arg(s.max, 0, 'f', 3)
                        .arg(s.sd, 0, 'f', 3);
        }
        if (!p.map.leftOut.empty()) line += tr(" · %n left out", nullptr, int(p.map.leftOut.size()));
        // The labels the models learnt lie in [0, 1]; more is the network extrapolating.
        const auto above =
            std::count_if(p.windows.begin(), p.windows.end(), [](const MapWindowKe& w) { return w.ke > 1; });
        if (above > 0) line += tr(" · <b>%n above 1</b> (outside what the model learnt)", nullptr, int(above));
        lines << line;
    }
    if (modelCount > 1)
        lines << tr("Ensemble of %1 models: each window's KE is their mean; its SD says how much they disagree.")
                     .arg(modelCount);
    if (const TypicalInterval typical = typicalInterval(input.results); typical.present)
        lines << tr("Calibrated %1 % intervals (the bars along strike): windows like the model's eval windows "
                    "have their true KE inside about %1 % of them; a typical one here spans %2–%3.")
                     .arg(typical.level * 100, 0, 'f', 0)
                     .arg(typical.low, 0, 'f', 2)
                     .arg(typical.high, 0, 'f', 2);
    return lines.join(QStringLiteral("<br>"));
}

}  // namespace faultke::gui
