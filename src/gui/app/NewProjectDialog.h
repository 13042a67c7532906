#pragma once
// File ▸ New Project: where the project goes, as a location and a folder name, so that a folder
// that does not exist yet is simply typed. Before Create is pressed it says what will happen (a
// new folder is made, an empty one is used) or, as Project::create decides, why not (the folder
// holds other files, or is a project already).
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace faultke::gui {

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    // `location`: the folder the new project's folder goes into, at first.
    explicit NewProjectDialog(const QString& location, QWidget* parent = nullptr);

    // The project's folder: location/name, or the location itself when the name is empty.
    QString folder() const;

    QLineEdit* locationEdit() const { return location_; }
    QLineEdit* nameEdit() const { return name_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* createButton() const { return create_; }

private:
    void chooseLocation();
    void updateStatus();

    QLineEdit* location_;
    QLineEdit* name_;
    QLabel* status_;
    QPushButton* create_;
};

}  // namespace faultke::gui
