#pragma once
// FaultKE's application window: a page per stage of the workflow (Data, Train, Evaluate,
// Predict) chosen from the bar on the left, the menus, and a status bar with the open project
// and the compute device. The window owns the open project through its ProjectController.
#include <QMainWindow>

#include <array>

#include "gui/app/PageWidget.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressDialog;
class QStackedWidget;
class QToolBar;

namespace faultke {
class Project;
}

namespace faultke::gui {

class ComputeStatus;
class DataPage;
class EvaluatePage;
class PredictPage;
class TrainPage;
class JobProgressWidget;
class ProjectController;
class ProjectWatcher;
class ProjectRuns;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Data = 0, Train = 1, Evaluate = 2, Predict = 3 };
    static constexpr int kPageCount = 4;
    // "data", "train", "evaluate", "predict"; parsePage returns false for anything else.
    static QString pageKey(Page page);
    static bool parsePage(const QString& key, Page& page);

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reopens the last project; on the very first start (no project ever opened) creates and
    // opens the bundled sample project in the background. Emits startupFinished when done.
    void startUp();
    bool isStartupFinished() const { return startupFinished_; }
    // True while background work runs: the sample project, or the Data page reading, labelling
    // or preparing experiments.
    bool isBusy() const;

    ProjectController* projectController() const { return controller_; }
    Page currentPage() const;
    void showPage(Page page);
    QWidget* page(Page page) const { return pages_[static_cast<size_t>(page)]; }
    QAction* pageAction(Page page) const { return pageActions_[static_cast<size_t>(page)]; }
    ComputeStatus* computeStatus() const { return computeStatus_; }
    ProjectWatcher* projectWatcher() const { return watcher_; }
    ProjectRuns* projectRuns() const { return projectRuns_; }

    // File ▸ Add Experiments… and Prepare Dataset: they show the Data page and start the
    // page's own dialog / preparation.
    QAction* addExperimentsAction() const { return addExperimentsAction_; }
    QAction* prepareDatasetAction() const { return prepareDatasetAction_; }
    // File ▸ Open Sample Project: opens the bundled sample, generating it when missing.
    QAction* openSampleAction() const { return openSampleAction_; }
    // Help ▸ Getting Started, also shown once by itself after the first start; nullptr when not open.
    QMessageBox* gettingStartedBox() const { return gettingStarted_; }

public slots:
    void newProject();
    void openProject();
    void showPreferences();

signals:
    void startupFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreLayout();
    void saveLayout() const;

    void onProjectChanged(faultke::Project* project);
    void onProjectModified();
    void watchProject();
    void showError(const QString& title, const QString& message);
    // Closing found edits it could not save: Retry, Quit Without Saving or Cancel (stay open).
    void askAboutUnsavedEdits(const QString& error);
    void rebuildRecentMenu();
    void updateActions();
    void finishStartUp();
    void showSampleProgress();
    void showGettingStarted();
    void welcomeIfFirstStart();
    void showAbout();

    ProjectController* controller_;
    ProjectWatcher* watcher_;
    ProjectRuns* projectRuns_;  // the one list of the project's runs the pages read
    QStackedWidget* stack_;
    QToolBar* pageBar_;
    QActionGroup* pageGroup_;
    std::array<PageWidget*, kPageCount> pages_{};  // in Page's order
    std::array<QAction*, kPageCount> pageActions_{};
    DataPage* dataPage_ = nullptr;
    TrainPage* trainPage_ = nullptr;
    EvaluatePage* evaluatePage_ = nullptr;
    PredictPage* predictPage_ = nullptr;

    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* addExperimentsAction_ = nullptr;
    QAction* prepareDatasetAction_ = nullptr;
    QAction* openSampleAction_ = nullptr;
    QAction* closeProjectAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* fullScreenAction_ = nullptr;
    QAction* preferencesAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;

    QLabel* projectStatus_ = nullptr;
    ComputeStatus* computeStatus_ = nullptr;
    JobProgressWidget* jobProgress_ = nullptr;
    QProgressDialog* sampleProgress_ = nullptr;
    QMessageBox* gettingStarted_ = nullptr;
    bool startupFinished_ = false;
    bool welcomePending_ = false;         // this is the first start: say what to do once it is done
    bool discardUnsavedOnClose_ = false;  // the user chose to quit without saving
};

}  // namespace faultke::gui
