#pragma once
// The Train page's sweeps: "Sweep…" opens the grid dialog, writes the sweep and starts
// `faultke-cli sweep run` as a process of its own (its runs appear in the runs list as they train,
// through the project watcher, and it goes on if the window closes, as a cluster job would);
// "Sweep table…" shows any sweep's results; "Stop sweep" stops the local one cleanly.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

#include <nlohmann/json.hpp>

class QLabel;
class QProcess;
class QPushButton;

namespace faultke::gui {

class SweepDialog;

class SweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit SweepPanel(QWidget* parent = nullptr);
    ~SweepPanel() override;

    // Where sweeps go (experiments/ of the project) and what they train on; empty: no project.
    void setProject(const QString& experimentsDir, const QString& dataset);
    // The form's parameters, read when the dialog opens.
    void setBaseParams(std::function<nlohmann::json()> base) { base_ = std::move(base); }
    // Why a sweep cannot start now (no dataset, invalid form); empty enables the button.
    void setBlocker(const QString& reason);

    // Writes the dialog's sweep and starts it; false (with the reason shown) when it cannot.
    bool startSweep(const SweepDialog& dialog);
    bool isRunning() const;
    void stop();

    QPushButton* sweepButton() const { return sweep_; }
    QPushButton* tableButton() const { return table_; }
    QLabel* statusLabel() const { return status_; }

signals:
    // Runs to draw on the curves ("<sweep>/<run>"), chosen in the sweep table.
    void overlayRequested(const QStringList& runs);

private:
    void openDialog();
    void openTable();
    void showStatus(const QString& text, bool error);

    QString experimentsDir_, dataset_, running_;
    std::function<nlohmann::json()> base_;
    QPushButton* sweep_;
    QPushButton* table_;
    QPushButton* stop_;
    QLabel* status_;
    QProcess* process_;
};

}  // namespace faultke::gui
