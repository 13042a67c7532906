#pragma once
#include <QMainWindow>

namespace faultke::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

}  // namespace faultke::gui
