#pragma once
// Scrolling a form with the mouse wheel scrolls the form: a spin box or combo box under the pointer
// takes the wheel only once it has focus (a click or Tab), so a value never changes while the user
// scrolls past it.
class QWidget;

namespace faultke::gui {

// Guards every spin box and combo box inside `root` that exists now.
void guardWheel(QWidget* root);

}  // namespace faultke::gui
