#pragma once
// Writing the project's dataset file: where it goes, a Prepare button, progress with Cancel, the
// outcome. Preparing runs the core's prepareDatasetFile (what `faultke-cli prepare` runs) as a
// BackgroundJob, so it goes on, and stays cancellable, from every page.
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace faultke {
class Dataset;
class Project;
}  // namespace faultke

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
    // Says when the dataset file no longer matches the project's settings; hidden otherwise.
    QLabel* stateLabel() const { return state_; }

public slots:
    // Prepares the project's dataset from its current settings.
    void prepare();
    // The project's settings were edited: does the dataset file still match them?
    void projectSettingsChanged();
    // The dataset file was written or changed on disk: reads what it was prepared with again.
    void datasetFileChanged();

signals:
    void statusMessage(const QString& text, int timeoutMs);

private:
    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    // Shows how the last run ended; `error` draws it in red.
    void setOutcome(const QString& text, bool error);
    void showDatasetState();

    const faultke::Project* project_ = nullptr;
    BackgroundJob* job_;
    QLabel* output_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* message_;
    QLabel* outcome_;
    QLabel* state_;
    std::shared_ptr<const faultke::Dataset> preparedWith_;  // settings only; null without a readable file
};

}  // namespace faultke::gui
