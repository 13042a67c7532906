#pragma once
// One run's training curves as the Train page draws them: its history per epoch, the per-batch
// training loss of a run in progress, its best epoch, and how it is drawn.
#include <QColor>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

#include "core/model/Run.h"

namespace faultke::gui {

struct CurveSeries {
    QString name;   // the run's name, or the reference's file name
    QString group;  // repeats of one setting share it; empty when alone
    std::vector<HistoryRow> history;
    std::optional<HistoryRow> start;  // a run from a trained model: the starting model's figures, at epoch 0
    std::vector<QPointF> batchLoss;   // x: fractional epoch, y: the batch's training loss
    int bestEpoch = 0;
    bool reference = false;  // a Keras history or another run's history.csv: drawn dashed
    bool selected = false;   // the run shown in the epoch table: drawn on top, thicker
    QColor color;
};

}  // namespace faultke::gui
