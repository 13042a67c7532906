#pragma once
// Writing the project's dataset file: where it goes, a Prepare button, progress with Cancel, the
// outcome. Preparing runs the core's prepareDatasetFile (what `faultke-cli prepare` runs) as a
// BackgroundJob, so it goes on, and stays cancellable, from every page.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace faultke {
class Project;
}

namespace faultke::gui {

class BackgroundJob;

class PreparePanel : public QWidget {
    Q_OBJECT
public:
    explicit PreparePanel(QWidget* parent = nullptr);

    // The project to prepare (owned by the caller); nullptr when none is open.
    void setProject(const faultke::Project* project);

    bool isRunning() const;
    BackgroundJob* job() const { return job_; }
    QPushButton* prepareButton() const { return prepare_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* outcomeLabel() const { return outcome_; }

public slots:
    // Prepares the project's dataset from its current settings.
    void prepare();

signals:
    void statusMessage(const QString& text, int timeoutMs);

private:
    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    // Shows how the last run ended; `error` draws it in red.
    void setOutcome(const QString& text, bool error);

    const faultke::Project* project_ = nullptr;
    BackgroundJob* job_;
    QLabel* output_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* message_;
    QLabel* outcome_;
};

}  // namespace faultke::gui
