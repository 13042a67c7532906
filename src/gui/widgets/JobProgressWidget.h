#pragma once
// A compact "what is running" strip: title, progress bar and Cancel. Shown while the
// BackgroundJob it follows runs (e.g. in the status bar), hidden otherwise.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace faultke::gui {

class BackgroundJob;

class JobProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget* parent = nullptr);

    // Follows `job` (several widgets may follow one job; a widget follows one job at a time).
    void follow(BackgroundJob* job);
    BackgroundJob* job() const { return job_; }

private:
    void showProgress(double fraction, const QString& message);

    BackgroundJob* job_ = nullptr;
    QLabel* title_;
    QProgressBar* bar_;
    QToolButton* cancel_;
};

}  // namespace faultke::gui
