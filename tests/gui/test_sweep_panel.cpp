// Sweeps from the Train page: the dialog counts the runs of its grid as it is edited, refuses
// values no run could use, and shows the SLURM script; a sweep started from the page trains in a
// faultke-cli process of its own while the window stays free, its runs appear in the runs list as
// they train, and the sweep table averages them and draws chosen ones on the curves.
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Project.h"
#include "gui/MainWindow.h"
#include "gui/app/ProjectController.h"
#include "gui/app/ProjectWatcher.h"
#include "gui/app/Translations.h"
#include "gui/train/ParamsForm.h"
#include "gui/train/RunListModel.h"
#include "gui/train/SweepDialog.h"
#include "gui/train/SweepPanel.h"
#include "gui/train/SweepTableDialog.h"
#include "gui/train/TrainPage.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;
using faultke::gui::MainWindow;

class TestSweepPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FaultKE-test"));
        QCoreApplication::setApplicationName(QStringLiteral("FaultKE-test-sweep"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        gui::installTranslations(qApp, "en");  // the plurals, as the application shows them
    }

    void theDialogCountsRunsAndShowsTheScript() {
        QTemporaryDir tmp;
        gui::SweepDialog dialog({{"num_epochs", 2}}, tmp.filePath("data.mat"), tmp.path());
        dialog.nameEdit()->setText("grid");
        dialog.addGridRow("batch_size", "16, 32");
        dialog.repeatsBox()->setValue(2);
        QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("8 runs: 4 combinations × 2 seeds"));
        const SweepSpec spec = dialog.spec();
        QCOMPARE(spec.grid.size(), size_t(2));
        QCOMPARE(spec.grid[0].values[1].get<double>(), 5e-3);

        dialog.addGridRow("num_channels", "2, 2.5");
        QVERIFY2(dialog.summaryLabel()->text().contains("whole number, not 2.5"),
                 qPrintable(dialog.summaryLabel()->text()));
        // The keys offered are the table's sweepable ones, each with its range and presets'
        // values as its tooltip; shift_range is one key for both shifts.
        auto* keys = dialog.findChild<QTableWidget*>("sweepGrid")->cellWidget(0, 0);
        auto* box = qobject_cast<QComboBox*>(keys);
        QVERIFY(box);
        for (const char* key : {"learning_rate", "thickness_range", "shift_range", "dropout"})
            QVERIFY2(box->findText(key) >= 0, key);
        QCOMPARE(box->findText("shift_range.rows"), -1);
        QCOMPARE(box->findText("seed"), -1);  // the repeats' seeds are the sweep's own
        const QString tip = box->itemData(box->findText("learning_rate"), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("(0, 10]") && tip.contains("original: 0.005"), qPrintable(tip));
        QVERIFY(box->itemData(box->findText("shift_range"), Qt::ToolTipRole).toString().contains("shift_range.cols"));

        QTemporaryDir other;
        gui::SweepDialog cluster({}, other.filePath("data.mat"), other.path());
        cluster.backendBox()->setCurrentIndex(1);
        const QString script = cluster.scriptView()->toPlainText();
        QVERIFY2(script.contains("#SBATCH --array=0-5\n") && script.contains("sweep task"),
                 qPrintable(script + cluster.summaryLabel()->text()));
    }

    void aSweepFromThePageTrainsAndFillsTheTable() {
        QTemporaryDir tmp;
        MainWindow window;
        window.projectWatcher()->setInterval(200);
        QVERIFY(window.projectController()->newProject(tmp.filePath("study")));
        const Project* project = window.projectController()->project();
        test::lineDataset(120, 2).save(project->datasetPath());
        auto* page = static_cast<gui::TrainPage*>(window.page(MainWindow::Page::Train));
        page->refreshDataset();
        QTRY_VERIFY_WITH_TIMEOUT(page->sweepPanel()->sweepButton()->isEnabled(), 10000);

        TrainParams params = page->paramsForm()->params();
        params.numEpochs = 2;
        params.network.baseChannels = 2;
        params.batchSize = 16;
        gui::SweepDialog dialog(nlohmann::json::parse(params.toJson()), QString::fromStdString(project->datasetPath()),
                                QString::fromStdString(project->experimentsDir()));
        dialog.nameEdit()->setText("lr");
        dialog.repeatsBox()->setValue(1);
        QVERIFY(page->sweepPanel()->startSweep(dialog));
        QVERIFY(page->sweepPanel()->isRunning());

        // The window stays free while the sweep's runs appear and grow.
        const gui::RunListModel* runs = page->runModel();
        QTRY_VERIFY_WITH_TIMEOUT(runs->run("lr/lr=0.001-r1") && runs->run("lr/lr=0.005-r1") &&
                                     runs->run("lr/lr=0.001-r1")->epochs() == 2 &&
                                     runs->run("lr/lr=0.005-r1")->epochs() == 2,
                                 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->sweepPanel()->isRunning(), 30000);
        QVERIFY2(page->sweepPanel()->statusLabel()->text().contains("done"),
                 qPrintable(page->sweepPanel()->statusLabel()->text()));

        gui::SweepTableDialog table(QString::fromStdString(project->experimentsDir()));
        QCOMPARE(table.sweeps(), QStringList{"lr"});
        QTRY_COMPARE_WITH_TIMEOUT(table.table()->rowCount(), 2, 10000);  // read off the GUI thread
        QVERIFY2(table.statusLabel()->text().startsWith("2 runs: 2 finished"), qPrintable(table.statusLabel()->text()));
        QCOMPARE(table.table()->item(0, 1)->text(), QStringLiteral("1/1"));
        QVERIFY(table.table()->item(0, 2)->text().contains(" ± "));
        // Sorted by eval accuracy, best first.
        QVERIFY(table.table()->item(0, 2)->data(Qt::UserRole).toDouble() >=
                table.table()->item(1, 2)->data(Qt::UserRole).toDouble());
        // A click on a test column's header keeps the eval ranking: test windows choose nothing.
        QHeaderView* header = table.table()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(5) + header->sectionSize(5) / 2, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), 2);
        QVERIFY(table.table()->item(0, 2)->data(Qt::UserRole).toDouble() >=
                table.table()->item(1, 2)->data(Qt::UserRole).toDouble());
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(3) + header->sectionSize(3) / 2, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), 3);  // an eval column ranks
        connect(&table, &gui::SweepTableDialog::overlayRequested, page->sweepPanel(),
                &gui::SweepPanel::overlayRequested);
        table.table()->selectRow(0);
        table.findChild<QPushButton*>("overlayButton")->click();
        QCOMPARE(runs->checked().size(), 1);
        QVERIFY(runs->checked().values().first().startsWith("lr/"));

        // FAULTKE_SCREENSHOTS=DIR: the dialog, the table and the page, to look at.
        const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            dialog.backendBox()->setCurrentIndex(1);
            dialog.addGridRow("batch_size", "32, 64");
            dialog.resize(640, 900);
            dialog.grab().save(shots + "/sweep-dialog.png");
            table.resize(900, 300);
            table.grab().save(shots + "/sweep-table.png");
            window.resize(1600, 1000);
            window.showPage(MainWindow::Page::Train);
            window.show();
            faultke::test::flushEvents();
            window.grab().save(shots + "/train-page-sweep.png");
        }
    }
};

QTEST_MAIN(TestSweepPanel)
#include "test_sweep_panel.moc"
