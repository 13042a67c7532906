#include <QApplication>

#include "MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("FaultKE");
    QApplication::setOrganizationName("FaultKE");
    faultke::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
