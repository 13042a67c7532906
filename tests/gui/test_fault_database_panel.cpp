// A fault database on the Predict page: the layer dialog's grouping, every fault predicted off the
// GUI thread into the Faults tab's table and map as they arrive, sorting and filtering, a chosen
// fault shown as an input, and the layers exported. The database is made up here with OGR.
#include <QtTest>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/gis/FaultKeLayers.h"
#include "core/gis/SyntheticFaultDatabase.h"
#include "core/model/Ensemble.h"
#include "core/model/Predictor.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/jobs/LatestJob.h"
#include "gui/predict/FaultDatabasePanel.h"
#include "gui/predict/FaultOverviewMap.h"
#include "gui/predict/PredictPage.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/TraceLayerDialog.h"
#include "support/TestSupport.h"

using namespace faultke;
using namespace faultke::gui;

namespace {

// One member of the bundled model: a few thousand faults in seconds.
std::shared_ptr<const Ensemble> oneMember() {
    return std::make_shared<const Ensemble>(
        Ensemble({std::make_shared<const Predictor>(Predictor::load(kBundledModel, "best", DeviceChoice::Cpu))}));
}

int curvePoints(QCustomPlot* plot) {
    int points = 0;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* curve = qobject_cast<QCPCurve*>(plot->plottable(i))) points += curve->dataCount();
    return points;
}

}  // namespace

class TestFaultDatabasePanel : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void aDatabaseOfThousandsOfFaultsIsListedAndMapped() {
        const std::string database = dir_.filePath("faults.gpkg").toStdString();
        writeSyntheticFaultDatabase(database, {3000, 24000, 1.0, 5});
        FaultDatabasePanel panel;
        panel.resize(1400, 800);
        panel.show();
        DatabasePredictionOptions options;
        options.grouping = parseFaultGrouping("feature");
        QSignalSpy ended(panel.job(), &BackgroundJob::ended);
        QSignalSpy finished(panel.job(), &BackgroundJob::finished);
        QSignalSpy rowsArrived(panel.faults(), &QAbstractItemModel::rowsInserted);
        panel.predict(QString::fromStdString(database), options, oneMember());
        QVERIFY(ended.wait(600000));
        QVERIFY2(finished.count() == 1, qPrintable(panel.status()->text()));
        // Rows arrived in batches while the work ran: the GUI thread was free to show them.
        QVERIFY2(rowsArrived.count() > 1, qPrintable(QString::number(rowsArrived.count())));
        QCOMPARE(panel.faults()->rowCount(), 3000);
        int predicted = 0, refused = 0;
        for (const FaultRow& row : panel.faults()->rows()) {
            predicted += row.windows > 0;
            refused += !row.reason.isEmpty();
        }
        QVERIFY(predicted > 1000);
        QVERIFY(refused > 0);  // the shortest faults are shorter than one window
        QVERIFY2(panel.status()->text().contains("3000 faults"), qPrintable(panel.status()->text()));
        test::flushEvents();
        QVERIFY(curvePoints(panel.map()->plot()) > 3000);
        QVERIFY(panel.map()->plot()->xAxis->label().contains("Longitude"));

        // Sorted by median KE, highest first; filtered by name.
        panel.table()->sortByColumn(FaultTableModel::Median, Qt::DescendingOrder);
        const QAbstractItemModel* shown = panel.table()->model();
        const double first =
            shown->data(shown->index(0, FaultTableModel::Median), FaultTableModel::SortRole).toDouble();
        const double second =
            shown->data(shown->index(1, FaultTableModel::Median), FaultTableModel::SortRole).toDouble();
        QVERIFY(first >= second && first > 0);
        panel.filter()->setText("fault 1234");
        QCOMPARE(shown->rowCount(), 1);
        panel.filter()->clear();

        // A click on a predicted fault asks the page to show it: its file and its feature.
        QSignalSpy show(&panel, &FaultDatabasePanel::showFault);
        int row = 0;
        while (panel.faults()->row(row).windows == 0) ++row;
        panel.table()->sortByColumn(FaultTableModel::Id, Qt::AscendingOrder);
        QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          panel.table()->visualRect(shown->index(row, 0)).center());
        QCOMPARE(show.count(), 1);
        const auto query = show.front().at(1).value<TraceQuery>();
        QCOMPARE(query.fids, panel.faults()->row(row).fids);

        // Export: the two layers, as the command writes them.
        const QString out = dir_.filePath("exported.gpkg");
        QVERIFY(panel.exportLayers(out));
        GDALAllRegister();
        GDALDataset* dataset = GDALDataset::Open(out.toStdString().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
        QVERIFY(dataset);
        QCOMPARE(dataset->GetLayerByName(kFaultLayerName)->GetFeatureCount(), GIntBig(3000));
        QVERIFY(dataset->GetLayerByName(kWindowLayerName)->GetFeatureCount() > predicted);
        GDALClose(dataset);
    }

    void theLayerDialogSendsADatabaseToTheFaultsTab() {
        const std::string database = dir_.filePath("small.gpkg").toStdString();
        writeSyntheticFaultDatabase(database, {40, 1200, 1.0, 8});
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model() != nullptr && !page.modelJob()->isRunning(), 120000);
        page.openFiles({QString::fromStdString(database)});
        TraceLayerDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<TraceLayerDialog*>()) != nullptr, 30000);
        // More than 20 features: each is a fault by default; the attributes are offered too.
        QCOMPARE(int(dialog->grouping().kind), int(FaultGrouping::Feature));
        QVERIFY(dialog->groupingBox()->findText("zone", Qt::MatchContains) >= 0);
        dialog->groupingBox()->setCurrentIndex(dialog->groupingBox()->findText("zone", Qt::MatchContains));
        QCOMPARE(int(dialog->grouping().kind), int(FaultGrouping::Attribute));
        QCOMPARE(QString::fromStdString(dialog->grouping().attribute), QString("zone"));
        QSignalSpy ended(page.faultsPanel()->job(), &BackgroundJob::ended);
        QSignalSpy finished(page.faultsPanel()->job(), &BackgroundJob::finished);
        dialog->accept();
        QVERIFY(ended.wait(300000));
        QVERIFY2(finished.count() == 1,
                 qPrintable(page.faultsPanel()->status()->text() + " / " + page.messageLabel()->text()));
        QCOMPARE(page.findChild<QTabWidget*>()->currentWidget(), static_cast<QWidget*>(page.faultsPanel()));
        const int zones = page.faultsPanel()->faults()->rowCount();
        QVERIFY(zones > 10 && zones < 40);  // one to three features per zone

        // A chosen zone comes back as an input of the page, predicted as one fault.
        int row = 0;
        while (page.faultsPanel()->faults()->row(row).windows == 0) ++row;
        const QAbstractItemModel* shown = page.faultsPanel()->table()->model();  // sorted: find the row
        const QModelIndexList at = shown->match(shown->index(0, FaultTableModel::Id), Qt::DisplayRole,
                                                page.faultsPanel()->faults()->row(row).id, 1, Qt::MatchExactly);
        QCOMPARE(at.size(), 1);
        emit page.faultsPanel()->table()->clicked(at.front());
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->rowCount() == 1 && !page.table()->input(0).results.empty(), 120000);
        QCOMPARE(page.table()->input(0).traces->traces.size(), page.faultsPanel()->faults()->row(row).fids.size());
    }

    // With FAULTKE_SCREENSHOTS=DIR: the Faults tab with a made-up database (3,000 faults, or
    // FAULTKE_SCREENSHOT_FAULTS of them at the largest databases' mean length, 47 km), predicted by
    // one member of the bundled model, then the chosen fault along strike.
    void screenshots() {
        const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (out.isEmpty()) QSKIP("set FAULTKE_SCREENSHOTS=DIR to write screenshots");
        QDir().mkpath(out);
        const int count = qEnvironmentVariableIntValue("FAULTKE_SCREENSHOT_FAULTS");
        const int faults = count > 0 ? count : 3000;
        const std::string database = dir_.filePath("shown.gpkg").toStdString();
        writeSyntheticFaultDatabase(database, {faults, faults * 660000.0 / 14000, 1.0, 1});
        PredictPage page;
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model() != nullptr && !page.modelJob()->isRunning(), 120000);
        auto* tabs = page.findChild<QTabWidget*>();
        tabs->setCurrentWidget(page.faultsPanel());
        QSignalSpy ended(page.faultsPanel()->job(), &BackgroundJob::ended);
        page.faultsPanel()->predict(QString::fromStdString(database), {}, oneMember());
        QVERIFY(ended.wait(3600000));
        page.faultsPanel()->table()->sortByColumn(FaultTableModel::Median, Qt::DescendingOrder);
        const QAbstractItemModel* shown = page.faultsPanel()->table()->model();
        int row = 0;
        while (row < shown->rowCount() &&
               shown->data(shown->index(row, FaultTableModel::Length), FaultTableModel::SortRole).toDouble() < 60)
            ++row;
        page.faultsPanel()->table()->selectRow(row);
        emit page.faultsPanel()->table()->clicked(shown->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->rowCount() == 1 && !page.table()->input(0).results.empty(), 300000);
        tabs->setCurrentWidget(page.faultsPanel());
        test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-faults.png"));
        tabs->setCurrentIndex(0);
        test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-faults-chosen.png"));
    }
};

QTEST_MAIN(TestFaultDatabasePanel)
#include "test_fault_database_panel.moc"
