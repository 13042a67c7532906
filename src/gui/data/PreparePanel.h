#pragma once
// Writing the dataset file: where it goes, a Prepare button, progress with Cancel, the outcome.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace faultke::gui {

class PreparePanel : public QWidget {
    Q_OBJECT
public:
    explicit PreparePanel(QWidget* parent = nullptr);

    void setOutputPath(const QString& path);
    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    // Shows how the last run ended; `error` draws it in red.
    void setOutcome(const QString& text, bool error);

    bool isRunning() const { return running_; }
    QPushButton* prepareButton() const { return prepare_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* outcomeLabel() const { return outcome_; }

signals:
    void prepareRequested();
    void cancelRequested();

private:
    QLabel* output_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* message_;
    QLabel* outcome_;
    bool running_ = false;
};

}  // namespace faultke::gui
