#pragma once
// The colour of each split (train, eval, test), shared by everything that draws one: the split
// panel's histogram and the windows on the frame.
#include <QColor>

#include "core/data/Split.h"

namespace faultke::gui {

inline QColor splitColor(Split split) {
    switch (split) {
    case Split::Train: return QColor(55, 110, 190);
    case Split::Eval: return QColor(240, 150, 30);
    case Split::Test: return QColor(200, 50, 50);
    }
    return Qt::gray;
}

}  // namespace faultke::gui
