#pragma once
// Preferences: interface language, compute device, CPU threads, default project folder.
#include <QDialog>

#include "gui/app/Preferences.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace faultke::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    // The choices as the dialog shows them now.
    Preferences preferences() const;

    // The editors, for tests.
    QComboBox* languageBox() const { return language_; }
    QComboBox* deviceBox() const { return device_; }
    QSpinBox* threadsBox() const { return threads_; }
    QLineEdit* projectFolderEdit() const { return projectFolder_; }

private:
    void browseProjectFolder();
    void updateRestartNote();

    QString initialLanguage_;
    QComboBox* language_;
    QLabel* restartNote_;
    QComboBox* device_;
    QSpinBox* threads_;
    QLineEdit* projectFolder_;
};

}  // namespace faultke::gui
