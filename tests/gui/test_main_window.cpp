// The application shell: pages and their shortcuts, the status bar, projects through the
// controller (a new one only in a new or empty folder), recent projects, the first-start sample
// project, errors, the German translation, and a stale dataset sent from Train to Prepare.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

#include <QElapsedTimer>

#include <filesystem>
#include <fstream>

#include "core/data/Dataset.h"
#include "core/data/Project.h"
#include "gui/MainWindow.h"
#include "gui/app/NewProjectDialog.h"
#include "gui/app/ProjectController.h"
#include "gui/app/RecentProjects.h"
#include "gui/app/Translations.h"
#include "gui/data/CropEditor.h"
#include "gui/data/DataPage.h"
#include "gui/data/PreparePanel.h"
#include "gui/evaluate/EvaluatePage.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/predict/ModelChooser.h"
#include "gui/predict/PredictPage.h"
#include "gui/train/TrainPage.h"
#include "support/TestSupport.h"

using faultke::gui::MainWindow;
using faultke::gui::ProjectController;
using faultke::gui::RecentProjects;
using Page = MainWindow::Page;

namespace {

QMessageBox* visibleErrorBox() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) return box;
    return nullptr;
}

void closeErrorBoxes() {
    while (QMessageBox* box = visibleErrorBox()) box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void hasTheFourPagesAndSwitchesBetweenThem();
    void statusBarShowsTheComputeDevice();
    void newAndOpenProjectRoundTrip();
    void editsAreSavedSoonAndBeforeSwitching();
    void editsThatCannotBeSavedKeepTheWindowOpen();
    void recentProjectsArePersisted();
    void lastProjectIsReopenedOnStart();
    void firstStartCreatesTheSampleProject();
    void cancelledSampleLeavesNothingAndComesBack();
    void firstStartWelcomesOnceWithATrainedSampleRun();
    void brokenProjectJsonShowsAClearError();
    void predictPageOffersTheBundledModelAndTheProjectsRuns();
    void germanTranslationLoads();
    void newProjectTakesANewOrEmptyFolder();
    void newProjectDialogSaysWhatCreateWillDo();
    void staleDatasetSendsTheTrainPageToPrepare();
    void wheelOverAFormLeavesItsValuesAlone();
};

void TestMainWindow::initTestCase() {
    // Settings and data locations of their own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultKE-test"));
    QCoreApplication::setApplicationName(QStringLiteral("FaultKE-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    qputenv("FAULTKE_SAMPLE_FRAMES", "2");
}

void TestMainWindow::init() {
    QSettings().clear();
    QDir(ProjectController::sampleProjectFolder()).removeRecursively();
    closeErrorBoxes();
}

void TestMainWindow::hasTheFourPagesAndSwitchesBetweenThem() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QVERIFY(stack);
    QCOMPARE(stack->count(), 4);
    for (int i = 0; i < 4; ++i) QCOMPARE(stack->widget(i), window.page(static_cast<Page>(i)));
    QCOMPARE(window.pageAction(Page::Predict)->shortcut(), QKeySequence(QStringLiteral("Ctrl+4")));

    window.pageAction(Page::Train)->trigger();
    QCOMPARE(window.currentPage(), Page::Train);
    QCOMPARE(stack->currentWidget(), window.page(Page::Train));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), Page::Evaluate);
    QVERIFY(window.pageAction(Page::Evaluate)->isChecked());
    QVERIFY(!window.pageAction(Page::Train)->isChecked());

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), Page::Data);

    // The page shown last comes back on the next start.
    window.showPage(Page::Predict);
    window.close();
    MainWindow again;
    QCOMPARE(again.currentPage(), Page::Predict);
}

void TestMainWindow::statusBarShowsTheComputeDevice() {
    MainWindow window;
    auto* device = window.findChild<QLabel*>(QStringLiteral("computeStatus"));
    QVERIFY(device);
    const QString text = device->text();
    QVERIFY2(text.startsWith(QStringLiteral("CPU · ")) || text.startsWith(QStringLiteral("GPU · ")), qPrintable(text));
    if (text.startsWith(QStringLiteral("CPU"))) QVERIFY2(text.contains(QStringLiteral("thread")), qPrintable(text));
    auto* project = window.findChild<QLabel*>(QStringLiteral("projectStatus"));
    QVERIFY(project);
    QCOMPARE(project->text(), QStringLiteral("No project"));
}

void TestMainWindow::newAndOpenProjectRoundTrip() {
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("Kaolin Study"));
    MainWindow window;
    ProjectController* controller = window.projectController();
    QSignalSpy changed(controller, &ProjectController::projectChanged);

    QVERIFY(controller->newProject(folder));
    QCOMPARE(changed.count(), 1);
    QVERIFY(controller->hasProject());
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Kaolin Study")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("projectStatus"))->text(),
             QStringLiteral("Project: Kaolin Study"));

    controller->project()->settings.evalWindows = 5;
    controller->project()->settings.experiments.push_back(
        {folder.toStdString() + "/data/EB_025_1.mat", faultke::ExperimentRole::TrainOnly});
    QVERIFY(controller->save());

    controller->closeProject();
    QVERIFY(!controller->hasProject());
    QCOMPARE(window.windowTitle(), QStringLiteral("FaultKE"));

    QVERIFY(controller->openProject(folder + QStringLiteral("/project.json")));
    QCOMPARE(controller->project()->settings.evalWindows, 5);
    QCOMPARE(controller->project()->settings.experiments.size(), size_t(1));
    QCOMPARE(controller->project()->settings.experiments[0].path, std::string("data/EB_025_1.mat"));

    // Creating a project where one exists fails with a message and keeps the open project.
    QSignalSpy failed(controller, &ProjectController::failed);
    QVERIFY(!controller->newProject(folder));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("already a FaultKE project")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("open it")));
    QVERIFY(controller->hasProject());
    closeErrorBoxes();
}

void TestMainWindow::editsAreSavedSoonAndBeforeSwitching() {
    QTemporaryDir tmp;
    const std::string folder = tmp.filePath(QStringLiteral("edits")).toStdString();
    MainWindow window;
    ProjectController* controller = window.projectController();
    QVERIFY(controller->newProject(QString::fromStdString(folder)));

    // A burst of edits marks the window and is written once, shortly after.
    controller->project()->settings.evalWindows = 7;
    controller->markModified();
    controller->project()->settings.evalWindows = 8;
    controller->markModified();
    QVERIFY(window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isModified(), 10000);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(faultke::Project::open(folder).settings.evalWindows, 8);

    // An edit just before the project closes is not lost.
    controller->project()->settings.testWindows = 3;
    controller->markModified();
    controller->closeProject();
    QCOMPARE(faultke::Project::open(folder).settings.testWindows, 3);
}

void TestMainWindow::editsThatCannotBeSavedKeepTheWindowOpen() {
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("study"));
    const QString json = folder + "/project.json";
    const auto unsavedBox = [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("unsavedEditsBox") && w->isVisible())
                return qobject_cast<QMessageBox*>(w);
        return static_cast<QMessageBox*>(nullptr);
    };
    {
        MainWindow window;
        window.show();
        QVERIFY(window.projectController()->newProject(folder));
        // project.json cannot be replaced: a folder stands in its place.
        QVERIFY(QFile::remove(json) && QDir().mkdir(json));
        window.projectController()->project()->settings.evalWindows = 8;
        window.projectController()->markModified();

        QVERIFY(!window.close());  // refused: the edits are not saved
        QTRY_VERIFY(unsavedBox());
        QVERIFY2(unsavedBox()->text().contains("project.json"), qPrintable(unsavedBox()->text()));
        unsavedBox()->button(QMessageBox::Cancel)->click();
        QVERIFY(window.isVisible());
        QVERIFY(window.projectController()->isModified());

        // Retry once saving works again: the window closes with the edits saved.
        QVERIFY(!window.close());
        QTRY_VERIFY(unsavedBox());
        QVERIFY(QDir().rmdir(json));
        unsavedBox()->button(QMessageBox::Retry)->click();
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(faultke::Project::open(folder.toStdString()).settings.evalWindows, 8);
    }
    closeErrorBoxes();
    {
        MainWindow window;
        window.show();
        QVERIFY(window.projectController()->openProject(folder));
        QVERIFY(QFile::remove(json) && QDir().mkdir(json));
        window.projectController()->project()->settings.evalWindows = 5;
        window.projectController()->markModified();
        QVERIFY(!window.close());
        QTRY_VERIFY(unsavedBox());
        unsavedBox()->button(QMessageBox::Discard)->click();  // Quit Without Saving
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(QFileInfo(json).isDir());  // nothing written on the way out
    }
    closeErrorBoxes();
}

void TestMainWindow::recentProjectsArePersisted() {
    QTemporaryDir tmp;
    {
        MainWindow window;
        for (int i = 0; i < 10; ++i)
            QVERIFY(window.projectController()->newProject(tmp.filePath(QString("p%1").arg(i))));
        QVERIFY(window.projectController()->openProject(tmp.filePath(QStringLiteral("p3"))));
    }
    const QStringList recent = RecentProjects::list();
    QCOMPARE(recent.size(), RecentProjects::kMaximum);
    QCOMPARE(recent.first(), QDir::cleanPath(tmp.filePath(QStringLiteral("p3"))));
    QCOMPARE(recent.at(1), QDir::cleanPath(tmp.filePath(QStringLiteral("p9"))));
    QVERIFY(!recent.contains(QDir::cleanPath(tmp.filePath(QStringLiteral("p0")))));
    QCOMPARE(recent.count(recent.first()), 1);

    // The File ▸ Open Recent menu lists them and opens one.
    MainWindow window;
    auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction* p9 = nullptr;
    for (QAction* a : menu->actions())
        if (a->data().toString() == QDir::cleanPath(tmp.filePath(QStringLiteral("p9")))) p9 = a;
    QVERIFY(p9);
    p9->trigger();
    QCOMPARE(window.projectController()->name(), QStringLiteral("p9"));
    QCOMPARE(RecentProjects::list().first(), QDir::cleanPath(tmp.filePath(QStringLiteral("p9"))));
}

void TestMainWindow::lastProjectIsReopenedOnStart() {
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("last"));
    {
        MainWindow window;
        QVERIFY(window.projectController()->newProject(folder));
    }
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::startupFinished);
    window.startUp();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(window.projectController()->folder(), QDir::cleanPath(folder));

    // A last project that disappeared is forgotten, without an error on start.
    window.projectController()->closeProject();
    RecentProjects::setLast(tmp.filePath(QStringLiteral("gone")));
    MainWindow next;
    next.startUp();
    QVERIFY(!next.projectController()->hasProject());
    QVERIFY(RecentProjects::last().isEmpty());
}

void TestMainWindow::firstStartCreatesTheSampleProject() {
    const QString sample = ProjectController::sampleProjectFolder();
    QVERIFY(sample.endsWith(QStringLiteral("/sample-project")));
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::startupFinished);
        window.startUp();
        QVERIFY(window.projectController()->sampleJob()->isRunning() || window.projectController()->hasProject());
        QVERIFY(finished.wait(120000));
        QVERIFY(window.projectController()->hasProject());
        QCOMPARE(window.projectController()->folder(), QDir::cleanPath(sample));
        const faultke::Project* project = window.projectController()->project();
        QCOMPARE(project->settings.experiments.size(), size_t(4));
        QCOMPARE(project->settings.experiments[0].role, faultke::ExperimentRole::TrainOnly);
        for (const std::string& file : project->experimentFiles())
            QVERIFY2(std::filesystem::exists(file), file.c_str());
    }
    // Later starts reopen it (it is the last project) instead of generating it again.
    const auto stamp = std::filesystem::last_write_time((sample + "/project.json").toStdString());
    {
        MainWindow window;
        window.startUp();
        QVERIFY(window.isStartupFinished());
        QCOMPARE(window.projectController()->folder(), QDir::cleanPath(sample));
        QVERIFY(!window.projectController()->sampleJob()->isRunning());
    }
    QCOMPARE(std::filesystem::last_write_time((sample + "/project.json").toStdString()), stamp);

    // Not the first start and no last project: no sample project is forced on the user.
    RecentProjects::setLast({});
    QDir(sample).removeRecursively();
    MainWindow window;
    window.startUp();
    QVERIFY(window.isStartupFinished());
    QVERIFY(!window.projectController()->hasProject());
    QVERIFY(!window.projectController()->sampleJob()->isRunning());
}

void TestMainWindow::cancelledSampleLeavesNothingAndComesBack() {
    const QString sample = ProjectController::sampleProjectFolder();
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::startupFinished);
        window.startUp();
        QVERIFY(window.projectController()->sampleJob()->isRunning());
        window.projectController()->sampleJob()->cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(!window.projectController()->hasProject());
        QVERIFY2(!QFileInfo::exists(sample), "a cancelled sample project left its folder");
    }
    // The next start offers it again: the first start did not count.
    {
        MainWindow window;
        window.startUp();
        QVERIFY(window.projectController()->sampleJob()->isRunning());
        window.projectController()->sampleJob()->cancel();
        window.projectController()->sampleJob()->wait();
    }
    // File ▸ Open Sample Project makes it on demand.
    QSettings().setValue("projects/startedBefore", true);
    MainWindow window;
    window.startUp();
    QVERIFY(!window.projectController()->hasProject());
    QSignalSpy changed(window.projectController(), &ProjectController::projectChanged);
    window.openSampleAction()->trigger();
    QVERIFY(changed.wait(120000));
    QCOMPARE(window.projectController()->folder(), QDir::cleanPath(sample));
}

// The first start: the sample project comes with a short trained run, so the Evaluate page has
// figures, and Getting Started says what to do next; it is not shown again on later starts.
void TestMainWindow::firstStartWelcomesOnceWithATrainedSampleRun() {
    // Enough frames for training batches (the other tests keep the sample tiny and untrained).
    const QByteArray frames = qgetenv("FAULTKE_SAMPLE_FRAMES");
    qunsetenv("FAULTKE_SAMPLE_FRAMES");
    const auto restore = qScopeGuard([frames] { qputenv("FAULTKE_SAMPLE_FRAMES", frames); });
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::startupFinished);
        QElapsedTimer clock;
        clock.start();
        window.startUp();
        QVERIFY(window.projectController()->sampleJob()->isRunning());
        QVERIFY(!window.gettingStartedBox());  // not over the progress dialog
        QVERIFY(finished.wait(300000));
        qInfo("sample project with its trained run: %lld ms", clock.elapsed());
        QVERIFY(window.projectController()->hasProject());

        QMessageBox* welcome = window.gettingStartedBox();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QCOMPARE(welcome->windowModality(), Qt::WindowModal);  // open(), not exec(): the window keeps working
        QVERIFY2(welcome->text().contains(QStringLiteral("Evaluate")), qPrintable(welcome->text()));

        // The sample run is finished and listed on the Evaluate page.
        const std::string run = window.projectController()->project()->experimentsDir() + "/sample-run";
        QVERIFY2(std::filesystem::exists(run + "/params.json"), run.c_str());
        QVERIFY(std::filesystem::exists(window.projectController()->project()->datasetPath()));
        window.showPage(Page::Evaluate);
        auto* evaluate = qobject_cast<faultke::gui::EvaluatePage*>(window.page(Page::Evaluate));
        // The runs are listed off the GUI thread: the page shows them once they are in.
        QTRY_VERIFY(evaluate->runBox()->findText(QStringLiteral("sample-run")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(!evaluate->result().samples.empty(), 120000);
        QVERIFY(!evaluate->emptyStateLabel()->isVisible());

        const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
                window.resize(size);
                window.showPage(Page::Data);
                faultke::test::flushEvents();
                // The window with the welcome box over it, as the screen shows them.
                QPixmap shot = window.grab();
                QPainter painter(&shot);
                painter.drawPixmap(welcome->geometry().topLeft() - window.geometry().topLeft(), welcome->grab());
                QVERIFY(
                    shot.save(shots + QStringLiteral("/first-start-%1x%2.png").arg(size.width()).arg(size.height())));
            }
        }
        welcome->close();
        QTRY_VERIFY(!window.gettingStartedBox());
    }
    // A second start (the same settings) reopens the sample without the welcome.
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startUp();
        QVERIFY(window.isStartupFinished());
        QVERIFY(window.projectController()->hasProject());
        QVERIFY(!window.gettingStartedBox());
    }
    // Even when the sample is made again (it was removed), the welcome came once.
    QSettings().setValue(QStringLiteral("projects/startedBefore"), false);
    RecentProjects::setLast({});
    QDir(ProjectController::sampleProjectFolder()).removeRecursively();
    qputenv("FAULTKE_SAMPLE_EPOCHS", "0");
    const auto noEpochs = qScopeGuard([] { qunsetenv("FAULTKE_SAMPLE_EPOCHS"); });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::startupFinished);
    window.startUp();
    QVERIFY(finished.wait(120000));
    QVERIFY(window.projectController()->hasProject());
    QVERIFY(!window.gettingStartedBox());
}

void TestMainWindow::brokenProjectJsonShowsAClearError() {
    QTemporaryDir tmp;
    const QString good = tmp.filePath(QStringLiteral("good"));
    const QString broken = tmp.filePath(QStringLiteral("broken"));
    faultke::Project::create(broken.toStdString());
    {
        std::ofstream out((broken + "/project.json").toStdString(), std::ios::trunc);
        out << "{ \"experiments\": [ { \"path\": \"a.mat\" ";
    }
    MainWindow window;
    window.show();
    QVERIFY(window.projectController()->newProject(good));
    QVERIFY(!window.projectController()->openProject(broken));

    QMessageBox* box = visibleErrorBox();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Cannot open project"));
    QVERIFY2(box->text().contains(QDir::cleanPath(broken) + QStringLiteral("/project.json")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("broken JSON")), qPrintable(box->text()));
    // The project that was open stays open.
    QCOMPARE(window.projectController()->name(), QStringLiteral("good"));
    closeErrorBoxes();
}

void TestMainWindow::predictPageOffersTheBundledModelAndTheProjectsRuns() {
    QTemporaryDir tmp;
    MainWindow window;
    auto* predict = qobject_cast<faultke::gui::PredictPage*>(window.page(Page::Predict));
    QVERIFY(predict);
    QComboBox* models = predict->modelChooser()->modelBox();
    QCOMPARE(models->count(), 1);  // no project: the bundled model alone
    QVERIFY(models->itemText(0).contains(QStringLiteral("Bundled")));
    QVERIFY(window.projectController()->newProject(tmp.filePath(QStringLiteral("p"))));
    QCOMPARE(models->currentIndex(), 0);
}

// Scrolling past a spin box must not change it: only one that has focus takes the wheel.
void TestMainWindow::wheelOverAFormLeavesItsValuesAlone() {
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(Page::Predict);
    QDoubleSpinBox* box = nullptr;
    for (QDoubleSpinBox* b : window.page(Page::Predict)->findChildren<QDoubleSpinBox*>())
        if (b->isVisible() && b->isEnabled() && !box) box = b;
    QVERIFY(box);
    box->setRange(-1e9, 1e9);
    box->setValue(0.5);
    auto wheel = [box] {
        const QPointF at(box->width() / 2.0, box->height() / 2.0);
        QWheelEvent event(at, box->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &event);
    };
    window.setFocus();
    QVERIFY(!box->hasFocus());
    wheel();
    QCOMPARE(box->value(), 0.5);
    QCOMPARE(box->focusPolicy(), Qt::StrongFocus);
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    wheel();
    QVERIFY(box->value() != 0.5);
}

void TestMainWindow::germanTranslationLoads() {
    QCOMPARE(faultke::gui::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
    {
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.pageAction(Page::Data)->text(), QStringLiteral("&Daten"));
        QCOMPARE(window.pageAction(Page::Predict)->text(), QStringLiteral("&Vorhersage"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("projectStatus"))->text(), QStringLiteral("Kein Projekt"));
    }
    QCOMPARE(faultke::gui::installTranslations(qApp, QStringLiteral("en")), QStringLiteral("en"));
    MainWindow english;
    QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    // English plural forms come from faultke_en.ts.
    const char* source = "%n window(s) of %1 × %2 on a %3 × %4 frame";
    QCOMPARE(QCoreApplication::translate("faultke::gui::CropEditor", source, nullptr, 1),
             QStringLiteral("1 window of %1 × %2 on a %3 × %4 frame"));
    QCOMPARE(QCoreApplication::translate("faultke::gui::CropEditor", source, nullptr, 5),
             QStringLiteral("5 windows of %1 × %2 on a %3 × %4 frame"));
}

// "Choose an empty folder": a folder holding files is refused, naming it; one that is not there is made.
void TestMainWindow::newProjectTakesANewOrEmptyFolder() {
    QTemporaryDir tmp;
    const QString photos = tmp.filePath(QStringLiteral("photos"));
    QVERIFY(QDir().mkpath(photos));
    { std::ofstream((photos + "/beach.jpg").toStdString()) << "jpeg"; }
    MainWindow window;
    ProjectController* controller = window.projectController();
    QSignalSpy failed(controller, &ProjectController::failed);
    QVERIFY(!controller->newProject(photos));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Cannot create project"));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.startsWith(QDir::cleanPath(photos) + QStringLiteral(": is not empty (it holds beach.jpg)")),
             qPrintable(message));
    QVERIFY(!controller->hasProject());
    QCOMPARE(QDir(photos).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("beach.jpg")});
    closeErrorBoxes();

    const QString fresh = tmp.filePath(QStringLiteral("studies/Kaolin 2024"));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(controller->newProject(fresh));
    QVERIFY(QFileInfo(fresh + QStringLiteral("/project.json")).isFile());
    QCOMPARE(controller->name(), QStringLiteral("Kaolin 2024"));
}

// The dialog File ▸ New Project opens: a location and a folder name that may not exist yet, with
// what Create will do (or why not) said before it is pressed.
void TestMainWindow::newProjectDialogSaysWhatCreateWillDo() {
    QTemporaryDir tmp;
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("New Project"))));  // taken: the dialog offers the next name
    faultke::gui::NewProjectDialog dialog(tmp.path());
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("New Project 2"));
    QVERIFY(dialog.createButton()->isEnabled());

    dialog.nameEdit()->setText(QStringLiteral("Field Study"));
    QCOMPARE(dialog.folder(), QDir::cleanPath(tmp.filePath(QStringLiteral("Field Study"))));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY2(dialog.statusLabel()->text().remove(QChar(0x200B)).startsWith(QStringLiteral("Creates the folder ")),
             qPrintable(dialog.statusLabel()->text()));
    const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/new-project.png")));
    }

    // An existing folder holding files: refused in the core's words, Create disabled.
    { std::ofstream((tmp.path() + "/notes.txt").toStdString()) << "x"; }
    dialog.nameEdit()->clear();  // the location itself
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.statusLabel()->text().remove(QChar(0x200B)).contains(QStringLiteral("is not empty")),
             qPrintable(dialog.statusLabel()->text()));
    if (!shots.isEmpty()) QVERIFY(dialog.grab().save(shots + QStringLiteral("/new-project-refused.png")));

    // An empty folder is taken as it is; a project is to be opened instead.
    dialog.nameEdit()->setText(QStringLiteral("New Project"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().remove(QChar(0x200B)).startsWith(QStringLiteral("The empty folder ")));
    faultke::Project::create(tmp.filePath(QStringLiteral("existing")).toStdString());
    dialog.nameEdit()->setText(QStringLiteral("existing"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().remove(QChar(0x200B)).contains(QStringLiteral("open it instead")));
}

// A setting changed after Prepare: the Train page says so, and its "Prepare Now" shows the Data page
// preparing the file again, after which the dataset is current.
void TestMainWindow::staleDatasetSendsTheTrainPageToPrepare() {
    QTemporaryDir tmp;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectController* controller = window.projectController();
    QVERIFY(controller->newProject(tmp.filePath(QStringLiteral("study"))));
    const QString data = QString::fromStdString(controller->project()->dataDir());
    auto* dataPage = qobject_cast<faultke::gui::DataPage*>(window.page(Page::Data));
    auto* trainPage = qobject_cast<faultke::gui::TrainPage*>(window.page(Page::Train));
    QVERIFY(dataPage && trainPage);
    QCOMPARE(dataPage->addExperimentFiles(
                 {QString::fromStdString(faultke::test::writeSyntheticExperiment(data, "EB_025_1", 6, 1)),
                  QString::fromStdString(faultke::test::writeSyntheticExperiment(data, "PP_050_1", 6, 2))}),
             2);
    dataPage->prepareDataset();
    QTRY_VERIFY_WITH_TIMEOUT(trainPage->datasetLabel()->text().startsWith(QStringLiteral("Dataset: ")), 60000);

    dataPage->cropEditor()->strideBox()->setValue(25);
    const QString stale = QStringLiteral(
        "Dataset out of date: crop stride now 25 (was 50); prepare it again on the "
        "Data page.");
    QVERIFY2(trainPage->datasetLabel()->text().startsWith(stale), qPrintable(trainPage->datasetLabel()->text()));
    QVERIFY(!dataPage->preparePanel()->stateLabel()->isHidden());
    const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTRY_VERIFY_WITH_TIMEOUT(!dataPage->isLabelling(), 60000);
        for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
            window.resize(size);
            for (Page page : {Page::Data, Page::Train}) {
                window.showPage(page);
                faultke::test::flushEvents();
                QVERIFY(window.grab().save(shots + QStringLiteral("/window-%1-stale-%2x%3.png")
                                                       .arg(MainWindow::pageKey(page))
                                                       .arg(size.width())
                                                       .arg(size.height())));
            }
        }
    }

    window.showPage(Page::Train);
    QVERIFY(!trainPage->startTraining());
    QMessageBox* box = trainPage->staleDatasetQuestion();
    QVERIFY(box && box->isVisible());
    box->findChild<QPushButton*>(QStringLiteral("prepareNowButton"))->click();
    QCOMPARE(window.currentPage(), Page::Data);
    QVERIFY(dataPage->isPreparing());
    QTRY_VERIFY_WITH_TIMEOUT(trainPage->datasetLabel()->text().startsWith(QStringLiteral("Dataset: ")), 60000);
    QVERIFY(trainPage->datasetStaleReason().isEmpty());
    QVERIFY(dataPage->preparePanel()->stateLabel()->isHidden());
    QCOMPARE(faultke::Dataset::loadSettings(controller->project()->datasetPath()).crop.stride, 25);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
