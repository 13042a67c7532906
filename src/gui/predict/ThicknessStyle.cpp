#include "gui/predict/ThicknessStyle.h"

#include <QCoreApplication>

namespace faultke::gui {

QCPScatterStyle::ScatterShape thicknessShape(int pixels) {
    switch (pixels) {
    case 2: return QCPScatterStyle::ssCircle;
    case 3: return QCPScatterStyle::ssSquare;
    case 4: return QCPScatterStyle::ssTriangle;
    }
    return QCPScatterStyle::ssDiamond;
}

QColor thicknessColour(int pixels) {
    switch (pixels) {
    case 2: return QColor(31, 119, 180);
    case 3: return QColor(214, 39, 40);
    case 4: return QColor(44, 160, 44);
    }
    return QColor(60, 60, 60);
}

QString thicknessName(int pixels) {
    return pixels == 0 ? QCoreApplication::translate("ThicknessStyle", "as drawn")
                       : QCoreApplication::translate("ThicknessStyle", "%1 px").arg(pixels);
}

}  // namespace faultke::gui
