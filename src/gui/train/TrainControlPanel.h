#pragma once
// Start, Pause/Resume and Stop of training, the run's name and how many repeats, and the
// progress: epoch k of N, batch, samples/s, elapsed, ETA and the device.
#include <QElapsedTimer>
#include <QWidget>

#include "core/model/Trainer.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace faultke::gui {

class TrainControlPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainControlPanel(QWidget* parent = nullptr);

    QString runName() const;
    void setRunName(const QString& name);
    int repeats() const;
    // Why Start cannot be pressed (invalid parameters, no dataset); empty enables it.
    void setBlocker(const QString& reason);

    void setRunning(bool running);
    void setPaused(bool paused);
    void showStarted(const QString& run);
    void showBatch(const BatchProgress& batch);
    void showDevice(const QString& device);
    void showMessage(const QString& text, bool error = false);

    QPushButton* startButton() const { return start_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QLineEdit* nameEdit() const { return name_; }
    QSpinBox* repeatBox() const { return repeats_; }
    QLabel* progressLabel() const { return progressText_; }

signals:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void stopRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void setProgressText(const QString& text);
    void elideProgress();

    QLineEdit* name_;
    QSpinBox* repeats_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;
    QProgressBar* bar_;
    QLabel* progressText_;
    QLabel* message_;
    QString progress_;  // in full; the label shows it elided to its width
    QString blocker_;
    QString device_;
    QString run_;
    QElapsedTimer elapsed_;
    bool running_ = false;
    bool paused_ = false;
};

}  // namespace faultke::gui
