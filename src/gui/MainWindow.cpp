#include "gui/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include "core/data/Project.h"
#include "gui/app/ComputeStatus.h"
#include "gui/app/NewProjectDialog.h"
#include "gui/app/Preferences.h"
#include "gui/app/PreferencesDialog.h"
#include "gui/app/ProjectController.h"
#include "gui/app/ProjectRuns.h"
#include "gui/app/ProjectWatcher.h"
#include "gui/app/RecentProjects.h"
#include "gui/app/Translations.h"
#include "gui/data/DataPage.h"
#include "gui/data/PreparePanel.h"
#include "gui/evaluate/EvaluatePage.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/predict/PredictPage.h"
#include "gui/train/RunsPanel.h"
#include "gui/train/TrainPage.h"
#include "gui/widgets/JobProgressWidget.h"
#include "gui/widgets/WheelGuard.h"

// The icons are compiled into the static GUI library; register them before the first use.
static void initResources() { Q_INIT_RESOURCE(faultke); }

namespace faultke::gui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kStartedBeforeKey = QStringLiteral("projects/startedBefore");
const QString kWelcomedKey = QStringLiteral("help/gettingStartedShown");

const char* const kPageKeys[MainWindow::kPageCount] = {"data", "train", "evaluate", "predict"};

// The README: installed beside the binary (share/doc/...), or in the source tree of a build.
QString documentationFile() {
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../" FAULTKE_INSTALL_DOCDIR "/README.md"),
        QStringLiteral(FAULTKE_SOURCE_README),
    };
    for (const QString& file : candidates)
        if (QFileInfo::exists(file)) return QFileInfo(file).canonicalFilePath();
    return {};
}

}  // namespace

QString MainWindow::pageKey(Page page) { return QString::fromLatin1(kPageKeys[static_cast<int>(page)]); }

bool MainWindow::parsePage(const QString& key, Page& page) {
    for (int i = 0; i < kPageCount; ++i) {
        if (key.compare(QLatin1String(kPageKeys[i]), Qt::CaseInsensitive) == 0) {
            page = static_cast<Page>(i);
            return true;
        }
    }
    return false;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      controller_(new ProjectController(this)),
      watcher_(new ProjectWatcher(this)),
      projectRuns_(new ProjectRuns(this)),
      stack_(new QStackedWidget(this)),
      pageBar_(new QToolBar(this)),
      pageGroup_(new QActionGroup(this)) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faultke.svg")));
    setCentralWidget(stack_);

    createPages();
    createActions();
    createMenus();
    createStatusBar();

    connect(controller_, &ProjectController::projectChanged, this, &MainWindow::onProjectChanged);
    watchProject();
    connect(controller_, &ProjectController::failed, this, &MainWindow::showError);
    connect(controller_, &ProjectController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(controller_->sampleJob(), &BackgroundJob::started, this, &MainWindow::showSampleProgress);
    connect(controller_, &ProjectController::sampleProjectAbandoned, this, [this] {
        statusBar()->showMessage(tr("No project open: create one with File ▸ New Project…"), 10000);
        finishStartUp();
    });

    onProjectChanged(nullptr);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages() {
    // What ties one page to another; everything else a page does on its own.
    dataPage_ = new DataPage(this);
    connect(dataPage_, &DataPage::projectModified, this, &MainWindow::onProjectModified);
    connect(dataPage_, &DataPage::predictRequested, this, [this](const QStringList& images) {
        showPage(Page::Predict);
        predictPage_->openFiles(images);
    });
    trainPage_ = new TrainPage(projectRuns_, this);
    connect(dataPage_->preparePanel()->job(), &BackgroundJob::finished, trainPage_, &TrainPage::refreshDataset);
    connect(trainPage_, &TrainPage::prepareRequested, this, [this] {
        showPage(Page::Data);
        dataPage_->prepareDataset();
    });
    evaluatePage_ = new EvaluatePage(projectRuns_, this);
    // The Evaluate page follows the run chosen on the Train page.
    evaluatePage_->setFollowedRun([this] { return trainPage_->runsPanel()->currentRun(); });
    connect(evaluatePage_, &EvaluatePage::showOnDataPage, this,
            [this](const QString& experiment, int frame, int window) {
                showPage(Page::Data);
                dataPage_->showSample(experiment, frame, window);
            });
    predictPage_ = new PredictPage(projectRuns_, this);

    // In Page's order.
    pages_ = {dataPage_, trainPage_, evaluatePage_, predictPage_};
    for (int i = 0; i < kPageCount; ++i) {
        PageWidget* page = pages_[static_cast<size_t>(i)];
        page->setObjectName(pageKey(static_cast<Page>(i)) + QStringLiteral("Page"));
        connect(page, &PageWidget::statusMessage, this,
                [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
        stack_->addWidget(page);
        guardWheel(page);
    }
}

void MainWindow::createActions() {
    for (int i = 0; i < kPageCount; ++i) {
        const Page page = static_cast<Page>(i);
        const PageWidget* widget = pages_[static_cast<size_t>(i)];
        const QString tip = widget->pageToolTip();
        auto* action =
            new QAction(QIcon(QStringLiteral(":/icons/page-%1.svg").arg(pageKey(page))), widget->pageTitle(), this);
        action->setObjectName(pageKey(page) + QStringLiteral("PageAction"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        pageGroup_->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        pageActions_[static_cast<size_t>(i)] = action;
    }
    pageActions_[0]->setChecked(true);

    newAction_ = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project…"), this);
    newAction_->setShortcut(QKeySequence::New);
    newAction_->setStatusTip(tr("Create a project in a new or empty folder"));
    connect(newAction_, &QAction::triggered, this, &MainWindow::newProject);

    openAction_ = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), this);
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setStatusTip(tr("Open a project folder or its project.json"));
    connect(openAction_, &QAction::triggered, this, &MainWindow::openProject);

    addExperimentsAction_ = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Experiments…"), this);
    addExperimentsAction_->setObjectName(QStringLiteral("addExperimentsAction"));
    addExperimentsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addExperimentsAction_->setStatusTip(tr("Add experiment files (.mat) to the project"));
    connect(addExperimentsAction_, &QAction::triggered, this, [this] {
        showPage(Page::Data);
        dataPage_->addExperimentsDialog();
    });

    prepareDatasetAction_ = new QAction(tr("&Prepare Dataset"), this);
    prepareDatasetAction_->setObjectName(QStringLiteral("prepareDatasetAction"));
    prepareDatasetAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    prepareDatasetAction_->setStatusTip(tr("Label, cut and split the experiments into the project's dataset file"));
    connect(prepareDatasetAction_, &QAction::triggered, this, [this] {
        showPage(Page::Data);
        dataPage_->prepareDataset();
    });

    openSampleAction_ = new QAction(tr("Open &Sample Project"), this);
    openSampleAction_->setObjectName(QStringLiteral("openSampleAction"));
    openSampleAction_->setStatusTip(
        tr("Open the bundled sample project of synthetic experiments (made anew when missing)"));
    connect(openSampleAction_, &QAction::triggered, controller_, [this] {
        if (trainPage_->stopTrainingAfterAsking()) controller_->openSampleProject();
    });

    closeProjectAction_ = new QAction(tr("&Close Project"), this);
    connect(closeProjectAction_, &QAction::triggered, controller_, [this] {
        if (trainPage_->stopTrainingAfterAsking()) controller_->closeProject();
    });

    quitAction_ = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    fullScreenAction_ = new QAction(tr("&Full Screen"), this);
    fullScreenAction_->setCheckable(true);
    fullScreenAction_->setShortcut(QKeySequence::FullScreen);
    connect(fullScreenAction_, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    preferencesAction_ = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Pr&eferences…"), this);
    preferencesAction_->setObjectName(QStringLiteral("preferencesAction"));
    // Many Linux desktops define no standard key for Preferences: Ctrl+, is the common choice.
    const QKeySequence preferencesKey(QKeySequence::Preferences);
    preferencesAction_->setShortcut(preferencesKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferencesKey);
    preferencesAction_->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction_, &QAction::triggered, this, &MainWindow::showPreferences);

    // The page bar: ilastik-like, one large button per stage of the workflow.
    pageBar_->setObjectName(QStringLiteral("pageBar"));
    pageBar_->setWindowTitle(tr("Pages"));
    pageBar_->setMovable(false);
    pageBar_->setFloatable(false);
    pageBar_->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    pageBar_->setIconSize(QSize(iconSize, iconSize));
    pageBar_->toggleViewAction()->setEnabled(false);
    pageBar_->setContextMenuPolicy(Qt::PreventContextMenu);
    for (QAction* action : pageActions_) {
        pageBar_->addAction(action);
        if (auto* button = qobject_cast<QToolButton*>(pageBar_->widgetForAction(action)))
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QPalette barPalette = pageBar_->palette();
    barPalette.setColor(QPalette::Window, barPalette.color(QPalette::Window).darker(108));
    pageBar_->setPalette(barPalette);
    pageBar_->setAutoFillBackground(true);
    addToolBar(Qt::LeftToolBarArea, pageBar_);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(openSampleAction_);
    file->addSeparator();
    file->addAction(addExperimentsAction_);
    file->addAction(prepareDatasetAction_);
    file->addSeparator();
    file->addAction(closeProjectAction_);
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(preferencesAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* action : pageActions_) view->addAction(action);
    view->addSeparator();
    view->addAction(fullScreenAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* gettingStarted = help->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    const QString readme = documentationFile();
    QAction* documentation = help->addAction(tr("&Documentation (README)"), this,
                                             [readme] { QDesktopServices::openUrl(QUrl::fromLocalFile(readme)); });
    documentation->setEnabled(!readme.isEmpty());
    documentation->setStatusTip(readme.isEmpty() ? tr("The README is not installed")
                                                 : QDir::toNativeSeparators(readme));
    help->addSeparator();
    help->addAction(tr("&About FaultKE"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar() {
    jobProgress_ = new JobProgressWidget(this);
    jobProgress_->follow(controller_->sampleJob());
    // Preparing the dataset stays visible (and cancellable) from every page.
    auto* prepareProgress = new JobProgressWidget(this);
    prepareProgress->follow(dataPage_->preparePanel()->job());
    statusBar()->addPermanentWidget(prepareProgress);
    projectStatus_ = new QLabel(this);
    projectStatus_->setObjectName(QStringLiteral("projectStatus"));
    computeStatus_ = new ComputeStatus(this);
    computeStatus_->refresh(Preferences::load().device);
    statusBar()->addPermanentWidget(jobProgress_);
    statusBar()->addPermanentWidget(projectStatus_);
    statusBar()->addPermanentWidget(computeStatus_);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, centred.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size = available.size() * 0.9;
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    Page page = Page::Data;
    if (parsePage(settings.value(kPageKey).toString(), page)) showPage(page);
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, pageKey(currentPage()));
}

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(stack_->currentIndex()); }

void MainWindow::showPage(Page page) {
    stack_->setCurrentIndex(static_cast<int>(page));
    pageAction(page)->setChecked(true);
    pages_[static_cast<size_t>(page)]->pageShown();
}

void MainWindow::startUp() {
    QSettings settings;
    // Recorded once a project is open (onProjectChanged): a cancelled sample comes back next time.
    const bool startedBefore = settings.value(kStartedBeforeKey, false).toBool();
    if (controller_->hasProject()) {  // opened from the command line
        finishStartUp();
        return;
    }

    const QString last = RecentProjects::last();
    if (!last.isEmpty()) {
        if (controller_->openProject(last)) {
            finishStartUp();
            return;
        }
        RecentProjects::setLast({});
    }
    if (!startedBefore && controller_->openSampleProject()) {
        welcomePending_ = true;
        if (controller_->hasProject()) finishStartUp();  // it already existed
        return;  // generating: finishStartUp follows projectChanged or sampleProjectAbandoned
    }
    finishStartUp();
}

bool MainWindow::isBusy() const {
    return controller_->sampleJob()->isRunning() || dataPage_->isLabelling() || dataPage_->isPreparing() ||
           trainPage_->isTraining();
}

void MainWindow::finishStartUp() {
    if (startupFinished_) return;
    startupFinished_ = true;
    welcomeIfFirstStart();
    emit startupFinished();
}

// A new user sees the sample project and what to do next, once in FaultKE's life.
void MainWindow::welcomeIfFirstStart() {
    if (!welcomePending_ || isHidden()) return;  // hidden: e.g. tests that never show the window
    welcomePending_ = false;
    QSettings settings;
    if (settings.value(kWelcomedKey, false).toBool()) return;
    settings.setValue(kWelcomedKey, true);
    showGettingStarted();
}

void MainWindow::newProject() {
    if (!trainPage_->stopTrainingAfterAsking()) return;
    NewProjectDialog dialog(Preferences::load().effectiveProjectFolder(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (controller_->newProject(dialog.folder()))
        statusBar()->showMessage(tr("Created project %1").arg(controller_->name()), 5000);
}

void MainWindow::openProject() {
    if (!trainPage_->stopTrainingAfterAsking()) return;
    const QString start = controller_->hasProject() ? QFileInfo(controller_->folder()).path()
                                                    : Preferences::load().effectiveProjectFolder();
    QFileDialog dialog(this, tr("Open Project: choose the project folder or its project.json"), start);
    // Either a folder or a project.json: the non-native dialog switches between choosing
    // folders and files with what is highlighted.
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setFileMode(QFileDialog::Directory);
    const QString filter = tr("FaultKE project (project.json)");
    dialog.setNameFilter(filter);
    connect(&dialog, &QFileDialog::currentChanged, &dialog, [&dialog, filter](const QString& path) {
        dialog.setFileMode(QFileInfo(path).isDir() ? QFileDialog::Directory : QFileDialog::ExistingFile);
        dialog.setNameFilter(filter);  // switching to Directory mode replaces it
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return;
    if (controller_->openProject(dialog.selectedFiles().constFirst()))
        statusBar()->showMessage(tr("Opened project %1").arg(controller_->name()), 5000);
}

void MainWindow::showPreferences() {
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences after = dialog.preferences();
    after.save();
    if (after.device != before.device) computeStatus_->refresh(after.device);
    if (after.language != before.language || after.cpuThreads != before.cpuThreads)
        statusBar()->showMessage(tr("The new settings take effect when FaultKE restarts."), 10000);
}

void MainWindow::onProjectChanged(faultke::Project* project) {
    watcher_->setProject(project);
    projectRuns_->setProject(project);
    for (PageWidget* page : pages_) page->setProject(project);

    if (project) {
        const QString folder = QDir::toNativeSeparators(QString::fromStdString(project->folder()));
        setWindowTitle(tr("%1[*] — FaultKE").arg(QString::fromStdString(project->name())));
        projectStatus_->setText(tr("Project: %1").arg(QString::fromStdString(project->name())));
        projectStatus_->setToolTip(folder);
        QSettings().setValue(kStartedBeforeKey, true);
        statusBar()->showMessage(tr("Opened project %1").arg(QString::fromStdString(project->name())), 5000);
        finishStartUp();
    } else {
        setWindowTitle(tr("FaultKE"));
        projectStatus_->setText(tr("No project"));
        projectStatus_->setToolTip(QString());
    }
    setWindowModified(controller_->isModified());
    updateActions();
}

// What other programs do to the open project shows here as it happens.
void MainWindow::watchProject() {
    connect(watcher_, &ProjectWatcher::projectFolderGone, this, [this](const QString& folder) {
        trainPage_->stopTraining();
        controller_->abandonProject();
        showError(tr("Project folder gone"),
                  tr("%1 is no longer there (removed, moved or unmounted). FaultKE closed the project without "
                     "writing anything; open it again once the folder is back.")
                      .arg(QDir::toNativeSeparators(folder)));
    });
    // Prepare writes the dataset: the watcher must not report it as another program's write.
    BackgroundJob* prepare = dataPage_->preparePanel()->job();
    connect(prepare, &BackgroundJob::started, watcher_, &ProjectWatcher::ownWriteStarted);
    connect(prepare, &BackgroundJob::ended, watcher_, &ProjectWatcher::ownWriteEnded);
    connect(watcher_, &ProjectWatcher::datasetChanged, this, [this] {
        dataPage_->preparePanel()->datasetFileChanged();
        trainPage_->refreshDataset();
        evaluatePage_->datasetChangedOnDisk();
        statusBar()->showMessage(tr("The dataset file changed on disk"), 5000);
    });
    // The pages follow projectRuns_ themselves.
    connect(watcher_, &ProjectWatcher::runsChanged, projectRuns_, &ProjectRuns::apply);
}

void MainWindow::onProjectModified() {
    controller_->markModified();
    // The settings may no longer match the dataset file: the pages that use it say so.
    trainPage_->projectSettingsChanged();
    evaluatePage_->projectSettingsChanged();
}

void MainWindow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();  // never blocks the event loop: background work keeps reporting
    statusBar()->showMessage(title, 10000);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = RecentProjects::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString folder = recent[i];
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(folder));
        QAction* action = recentMenu_->addAction(label, this, [this, folder] {
            if (!trainPage_->stopTrainingAfterAsking()) return;
            if (!controller_->openProject(folder)) RecentProjects::remove(folder);
        });
        action->setData(folder);
    }
    if (recent.isEmpty()) recentMenu_->addAction(tr("No recent projects"))->setEnabled(false);
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("&Clear List"), this, [] { RecentProjects::clear(); });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions() {
    const bool open = controller_->hasProject();
    addExperimentsAction_->setEnabled(open);
    prepareDatasetAction_->setEnabled(open);
    closeProjectAction_->setEnabled(open);
}

void MainWindow::showSampleProgress() {
    if (isHidden()) return;  // e.g. tests that never show the window
    if (!sampleProgress_) {
        sampleProgress_ = new QProgressDialog(this);
        sampleProgress_->setWindowTitle(tr("Welcome to FaultKE"));
        sampleProgress_->setRange(0, 1000);
        sampleProgress_->setAutoClose(false);
        sampleProgress_->setAutoReset(false);
        sampleProgress_->setMinimumDuration(0);
        sampleProgress_->setWindowModality(Qt::WindowModal);
        BackgroundJob* job = controller_->sampleJob();
        connect(job, &BackgroundJob::progress, sampleProgress_, [this](double fraction, const QString& message) {
            sampleProgress_->setValue(static_cast<int>(fraction * 1000));
            if (!message.isEmpty()) sampleProgress_->setLabelText(tr("Creating the sample project…\n%1").arg(message));
        });
        connect(job, &BackgroundJob::ended, sampleProgress_, &QProgressDialog::hide);
        connect(sampleProgress_, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    }
    sampleProgress_->setLabelText(tr("Creating the sample project: synthetic clay-box experiments to try FaultKE on…"));
    sampleProgress_->setValue(0);
    sampleProgress_->show();
}

void MainWindow::showGettingStarted() {
    if (gettingStarted_) {
        gettingStarted_->raise();
        return;
    }
    QString text = helpPage(QStringLiteral("getting-started"));
    if (controller_->hasProject() && controller_->folder() == QDir::cleanPath(ProjectController::sampleProjectFolder()))
        text.prepend(
            tr("<p><b>The sample project is open:</b> synthetic experiments with a prepared dataset and a "
               "short trained run. Look at its figures on the <b>Evaluate</b> page, then train a longer "
               "run on the <b>Train</b> page, or start your own project with File ▸ New Project…</p>"));
    gettingStarted_ = new QMessageBox(QMessageBox::Information, tr("Getting Started"), text, QMessageBox::Ok, this);
    gettingStarted_->setObjectName(QStringLiteral("gettingStartedBox"));
    gettingStarted_->setTextFormat(Qt::RichText);
    gettingStarted_->setAttribute(Qt::WA_DeleteOnClose);
    gettingStarted_->setWindowModality(Qt::WindowModal);
    connect(gettingStarted_, &QObject::destroyed, this, [this] { gettingStarted_ = nullptr; });
    gettingStarted_->open();  // never blocks: the sample job or a training keeps reporting
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About FaultKE"),
                       tr("<h3>FaultKE %1</h3>"
                          "<p>Kinematic efficiency of strike-slip faults from fault maps, with a convolutional "
                          "network trained on analogue clay-box experiments.</p>"
                          "<p>Built with Qt %2 and libtorch.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!trainPage_->stopTrainingAfterAsking()) {
        event->ignore();
        return;
    }
    BackgroundJob* job = controller_->sampleJob();
    if (job->isRunning()) {
        job->cancel();
        job->wait();
    }
    QString error;
    if (controller_->isModified() && !discardUnsavedOnClose_ && !controller_->trySave(&error)) {
        event->ignore();  // the edits are still here: the user decides
        askAboutUnsavedEdits(error);
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::askAboutUnsavedEdits(const QString& error) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot save project"),
                        tr("The project's edits could not be saved:\n%1\n\nQuitting now loses them.").arg(error),
                        QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedEditsBox"));
    box->button(QMessageBox::Discard)->setText(tr("Quit Without Saving"));
    box->setDefaultButton(QMessageBox::Retry);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Retry) {
            close();  // saves again; asks again if it still fails
        } else if (choice == QMessageBox::Discard) {
            discardUnsavedOnClose_ = true;
            controller_->abandonProject();  // nothing is written on the way out either
            close();
        }
    });
    box->open();
}

}  // namespace faultke::gui
