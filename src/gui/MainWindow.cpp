#include "MainWindow.h"

namespace faultke::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) { setWindowTitle(tr("FaultKE")); }

}  // namespace faultke::gui
