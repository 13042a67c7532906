#include "gui/widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace faultke::gui {

namespace {

class WheelFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus()) return false;
        // Not taken here: ignored, the wheel goes on to the scroll area around the form.
        event->ignore();
        return true;
    }
};

}  // namespace

void guardWheel(QWidget* root) {
    auto* filter = new WheelFilter(root);
    auto guard = [filter](QWidget* w) {
        w->setFocusPolicy(Qt::StrongFocus);  // no focus from the wheel either
        w->installEventFilter(filter);
    };
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>()) guard(box);
    for (QComboBox* box : root->findChildren<QComboBox*>()) guard(box);
}

}  // namespace faultke::gui
