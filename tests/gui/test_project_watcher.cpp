// What other programs do to the open project shows in the window: a training run by
// `faultke-cli` in another process appears in the Train page's runs and grows epoch by epoch;
// a dataset rewritten on disk is read again; a project folder that disappears closes the project
// with a message and is not written again.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Project.h"
#include "gui/MainWindow.h"
#include "gui/app/ProjectController.h"
#include "gui/app/ProjectRuns.h"
#include "gui/app/ProjectWatcher.h"
#include "gui/data/DataPage.h"
#include "gui/evaluate/EvaluatePage.h"
#include "gui/predict/PredictPage.h"
#include "gui/train/RunListModel.h"
#include "gui/train/TrainPage.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;
using faultke::gui::MainWindow;

namespace {

QMessageBox* visibleErrorBox() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) return box;
    return nullptr;
}

int epochsOf(const gui::RunListModel* runs, const QString& name) {
    const RunSummary* run = runs->run(name);
    return run ? run->epochs() : -1;
}

}  // namespace

class TestProjectWatcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FaultKE-test"));
        QCoreApplication::setApplicationName(QStringLiteral("FaultKE-test-watcher"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void aRunTrainedByAnotherProcessShowsAsItGrows() {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("study"));
        MainWindow window;
        window.projectWatcher()->setInterval(100);
        QVERIFY(window.projectController()->newProject(folder));
        const Project* project = window.projectController()->project();
        test::lineDataset(120, 4).save(project->datasetPath());
        const QString params = tmp.filePath(QStringLiteral("params.json"));
        {
            QFile f(params);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"batch_size": 16, "num_epochs": 20, "num_channels": 2, "seed": 1})");
        }
        auto* trainPage = static_cast<gui::TrainPage*>(window.page(MainWindow::Page::Train));
        const gui::RunListModel* runs = trainPage->runModel();
        QCOMPARE(runs->rowCount(), 0);

        QProcess cli;
        const QString run = QDir(QString::fromStdString(project->experimentsDir())).filePath("from-cli");
        cli.start(QStringLiteral(FAULTKE_CLI_PATH), {"train", "--data", QString::fromStdString(project->datasetPath()),
                                                     "--params", params, "-o", run, "--device", "cpu"});
        QVERIFY(cli.waitForStarted());
        // The run appears while it trains: not finished, with fewer epochs than it will end with.
        const auto seenTraining = [&] {
            const RunSummary* r = runs->run("from-cli");
            return r && r->status != RunStatus::Finished && r->epochs() >= 1 && r->epochs() < 20;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seenTraining(), 60000);
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(epochsOf(runs, "from-cli"), 20, 10000);
        QCOMPARE(QString::fromLatin1(runStatusName(runs->run("from-cli")->status)), QStringLiteral("finished"));
        // One list of runs for the whole window: every page reads the one the watcher feeds.
        const gui::ProjectRuns* shared = window.projectRuns();
        QCOMPARE(trainPage->projectRuns(), shared);
        QCOMPARE(static_cast<gui::EvaluatePage*>(window.page(MainWindow::Page::Evaluate))->projectRuns(), shared);
        QCOMPARE(static_cast<gui::PredictPage*>(window.page(MainWindow::Page::Predict))->projectRuns(), shared);
        QVERIFY(shared->run("from-cli"));
        QCOMPARE(shared->run("from-cli")->epochs(), 20);

        // Removed by another program: it leaves the list.
        QVERIFY(QDir(run).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 0, 10000);
    }

    void aDatasetRewrittenOnDiskIsReadAgain() {
        QTemporaryDir tmp;
        MainWindow window;
        window.projectWatcher()->setInterval(100);
        QVERIFY(window.projectController()->newProject(tmp.filePath(QStringLiteral("study"))));
        const std::string dataset = window.projectController()->project()->datasetPath();
        test::lineDataset(50, 1).save(dataset);
        auto* trainPage = static_cast<gui::TrainPage*>(window.page(MainWindow::Page::Train));
        QTRY_VERIFY_WITH_TIMEOUT(trainPage->datasetLabel()->text().contains(QStringLiteral("30 train")), 10000);
        // As `faultke-cli prepare` would rewrite it: a new file renamed into place.
        test::lineDataset(100, 1).save(dataset);
        QTRY_VERIFY_WITH_TIMEOUT(trainPage->datasetLabel()->text().contains(QStringLiteral("60 train")), 10000);
    }

    // Prepare on the Data page writes the dataset: FaultKE's own write is no news. Another
    // program's write afterwards is.
    void onlyOtherProgramsDatasetWritesAreReported() {
        QTemporaryDir tmp;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.projectWatcher()->setInterval(20);  // many looks while Prepare writes
        QVERIFY(window.projectController()->newProject(tmp.filePath(QStringLiteral("study"))));
        const Project* project = window.projectController()->project();
        QStringList reported;
        connect(window.statusBar(), &QStatusBar::messageChanged, this, [&reported](const QString& text) {
            if (text.contains(QStringLiteral("changed on disk"))) reported << text;
        });
        QSignalSpy changed(window.projectWatcher(), &gui::ProjectWatcher::datasetChanged);
        auto* dataPage = qobject_cast<gui::DataPage*>(window.page(MainWindow::Page::Data));
        const QString data = QString::fromStdString(project->dataDir());
        QCOMPARE(dataPage->addExperimentFiles(
                     {QString::fromStdString(test::writeSyntheticExperiment(data, "EB_025_1", 6, 1)),
                      QString::fromStdString(test::writeSyntheticExperiment(data, "PP_050_1", 6, 2))}),
                 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dataPage->isLabelling(), 60000);
        dataPage->prepareDataset();
        QVERIFY(dataPage->isPreparing());
        QTRY_VERIFY_WITH_TIMEOUT(!dataPage->isPreparing(), 60000);
        QVERIFY(QFileInfo::exists(QString::fromStdString(project->datasetPath())));
        // Looks after the write: still nothing reported.
        for (int i = 0; i < 3; ++i) window.projectWatcher()->checkNow();
        QCOMPARE(changed.count(), 0);
        QVERIFY2(reported.isEmpty(), qPrintable(reported.join('\n')));

        // Another program rewrites it: reported.
        test::lineDataset(100, 1).save(project->datasetPath());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The dataset file changed on disk"));
    }

    void aProjectFolderThatDisappearsIsClosedAndNotWrittenAgain() {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("study"));
        MainWindow window;
        window.projectWatcher()->setInterval(100);
        QVERIFY(window.projectController()->newProject(folder));
        window.projectController()->project()->settings.evalWindows = 3;
        window.projectController()->markModified();  // an unsaved edit: it must not recreate the folder
        QVERIFY(QDir(folder).removeRecursively());

        QTRY_VERIFY_WITH_TIMEOUT(!window.projectController()->hasProject(), 10000);
        QMessageBox* box = visibleErrorBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(folder)) && box->text().contains("no longer there"),
                 qPrintable(box->text()));
        // Neither a save nor the window's end writes it again.
        QVERIFY(!window.projectController()->isModified());
        QVERIFY(!window.projectController()->save());
        box->close();
        window.close();
        QVERIFY2(!QFileInfo::exists(folder), "the gone folder was written again");
    }
};

QTEST_MAIN(TestProjectWatcher)
#include "test_project_watcher.moc"
