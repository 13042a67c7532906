// GIS fault traces on the Predict page with real widgets: a shapefile dropped on the page, a
// GeoPackage of several faults through the layer and feature chooser, the traces drawn in km with
// windows coloured by KE, the KE profile along strike, and the windows layer and the profile
// exported. With FAULTKE_SCREENSHOTS=DIR, pictures of the page.
#include <QtTest>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/gis/FaultKeLayers.h"
#include "core/gis/TracePrediction.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/jobs/LatestJob.h"
#include "gui/predict/FaultMapView.h"
#include "gui/predict/KeAlongStrikePlot.h"
#include "gui/predict/ModelChooser.h"
#include "gui/predict/PredictPage.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/PreprocessPanel.h"
#include "gui/predict/ThicknessChart.h"
#include "gui/predict/TraceLayerDialog.h"
#include "gui/predict/TraceMapView.h"
#include "support/DropFiles.h"
#include "support/FaultMapDrawings.h"
#include "support/TestSupport.h"
#include "support/TraceFiles.h"

using namespace faultke;
using namespace faultke::gui;

namespace {

bool settled(const PredictPage& page, int inputs) {
    if (page.readJob()->isRunning() || page.modelJob()->isRunning() || page.predictJob()->isRunning() ||
        page.predictionScheduled())
        return false;
    if (!page.model() || page.table()->rowCount() != inputs) return false;
    for (const PredictInput& in : page.table()->inputs())
        if (in.error.isEmpty() && in.results.empty()) return false;
    return true;
}

QCPColorScale* colourScaleOf(TraceMapView* view) {
    QCPLayoutGrid* layout = view->plot()->plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto* scale = qobject_cast<QCPColorScale*>(layout->elementAt(i))) return scale;
    return nullptr;
}

// What a widget has repainted since it was installed.
class PaintedRegion : public QObject {
public:
    explicit PaintedRegion(QWidget* widget) { widget->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint) painted += static_cast<QPaintEvent*>(event)->region();
        return false;
    }
};

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
    for (QPushButton* button : parent->findChildren<QPushButton*>())
        if (button->text() == text) return button;
    return nullptr;
}

}  // namespace

class TestPredictTraces : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void droppedShapefileIsWindowedAndPredicted() {
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        const QString shp =
            test::writeTraceFile(dir_.filePath("stepover.shp"), "ESRI Shapefile", 32611, {test::stepoverFault()[0]});
        const QString two = test::writeTraceFile(dir_.filePath("two.geojson"), "GeoJSON", 4326, test::stepoverFault());
        page.preprocessPanel()->setThicknesses(kFig4Thicknesses);
        test::dropFiles(&page, {shp});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 1), 120000);
        QVERIFY2(page.messageLabel()->isHidden(), qPrintable(page.messageLabel()->text()));
        const PredictInput& in = page.table()->input(0);
        QVERIFY(in.traces && in.tracePrediction);
        QCOMPARE(in.results.size(), size_t(3));  // fig4's 2, 3 and 4 px
        QCOMPARE(page.shownMap(), static_cast<QWidget*>(page.traceView()));
        QCOMPARE(page.traceView()->traceCurves(), 1);
        QCOMPARE(page.traceView()->windowCurves(), int(in.tracePrediction->windows.size()));
        QVERIFY(page.exportLayerButton()->isEnabled());
        QCOMPARE(page.alongStrikePlot()->seriesCount(), 3);
        QVERIFY(page.alongStrikePlot()->plot()->xAxis->label().contains("km"));
        QVERIFY(page.summaryLabel()->text().contains("UTM zone 11N"));
        const QString read =
            page.table()->data(page.table()->index(0, PredictionTableModel::Read), Qt::DisplayRole).toString();
        QVERIFY2(read.contains("1 fault trace"), qPrintable(read));

        // A smaller window height gives more windows; the stride follows it.
        const size_t before = in.tracePrediction->windows.size();
        page.preprocessPanel()->traceWindowKmBox()->setValue(2);
        QCOMPARE(page.preprocessPanel()->traceStrideKmBox()->value(), 0.781);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 1) && page.table()->input(0).tracePrediction &&
                                     page.table()->input(0).tracePrediction->geometry.options.windowKm == 2,
                                 120000);
        QVERIFY(page.table()->input(0).tracePrediction->windows.size() > before);

        // A click on a window selects it.
        const TraceWindowKe& third = page.table()->input(0).tracePrediction->windows[2];
        QCustomPlot* map = page.traceView()->plot();
        map->replot(QCustomPlot::rpImmediateRefresh);
        const QPoint at(int(map->xAxis->coordToPixel(third.window.centre.x)),
                        int(map->yAxis->coordToPixel(third.window.centre.y)));
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(page.traceView()->selectedWindow(), 2);

        // Exports: the layer opens with OGR, the profile is one row per window.
        const QString layer = dir_.filePath("windows.geojson");
        QVERIFY(page.exportWindowLayer(layer));
        GDALAllRegister();
        GDALDataset* dataset = GDALDataset::Open(layer.toStdString().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
        QVERIFY(dataset);
        QCOMPARE(dataset->GetLayerByName(kWindowLayerName)->GetFeatureCount(),
                 GIntBig(page.table()->input(0).tracePrediction->windows.size()));
        GDALClose(dataset);
        const QString profile = dir_.filePath("profile.csv");
        QVERIFY(page.exportProfile(profile));
        QFile csv(profile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).trimmed().split('\n').size(),
                 1 + int(page.table()->input(0).tracePrediction->windows.size()));
        QVERIFY(page.exportProfile(dir_.filePath("profile.png")));
        QVERIFY(QFileInfo(dir_.filePath("profile.png")).size() > 1000);

        // Several features: the chooser asks which make up the fault.
        test::dropFiles(&page, {two});
        TraceLayerDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<TraceLayerDialog*>()) != nullptr, 30000);
        QCOMPARE(dialog->featureList()->count(), 2);
        QCOMPARE(dialog->featureList()->item(1)->text(), QString("south segment"));
        dialog->featureList()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog->query().fids.size(), size_t(1));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 2), 120000);
        QCOMPARE(page.table()->input(1).traces->traces.size(), size_t(1));
        QCOMPARE(QString::fromStdString(page.table()->input(1).traces->traces[0].label), QString("south segment"));
    }

    void badGisFilesAreRefusedWithTheirProblem() {
        PredictPage page;
        const QString noCrs =
            test::writeTraceFile(dir_.filePath("nocrs.shp"), "ESRI Shapefile", 0, test::straightFault());
        const QString points =
            test::writePointFile(dir_.filePath("wells.geojson"), {{test::kEasting, test::kNorthing}});
        page.openFiles({noCrs, points});
        QTRY_VERIFY_WITH_TIMEOUT(!page.readJob()->isRunning() && !page.messageLabel()->isHidden(), 30000);
        const QString message = page.messageLabel()->text();
        QVERIFY2(message.contains("nocrs.shp: has no coordinate system") &&
                     message.contains("wells.geojson: holds no line features"),
                 qPrintable(message));
        QCOMPARE(page.table()->rowCount(), 0);
    }

    // The colour bar says what the windows' colours mean: without a prediction (the model failed,
    // or every input removed) there is none.
    void colourBarGoesWithThePrediction() {
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        const QString shp =
            test::writeTraceFile(dir_.filePath("bar.shp"), "ESRI Shapefile", 32611, {test::stepoverFault()[0]});
        test::dropFiles(&page, {shp});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 1), 120000);
        QCPColorScale* scale = colourScaleOf(page.traceView());
        QVERIFY(scale && scale->visible());

        page.modelChooser()->chooseFile(dir_.filePath("no-such-model.pt"));
        QTRY_VERIFY_WITH_TIMEOUT(page.modelChooser()->inUseLabel()->text().startsWith("No model in use"), 30000);
        QTRY_VERIFY(!scale->visible());
        QCOMPARE(page.traceView()->windowCurves(), 0);

        page.modelChooser()->modelBox()->setCurrentIndex(0);  // the bundled model again
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 1), 120000);
        QTRY_VERIFY(scale->visible());

        QPushButton* remove = buttonNamed(&page, "Remove");
        QVERIFY(remove);
        remove->click();
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(!scale->visible());
        QVERIFY(!page.mapView()->hasPrediction());
        QCOMPARE(page.shownMap(), static_cast<QWidget*>(page.mapView()));
    }

    // "None" and "All" in the feature chooser: every visible tick repaints at once, not when the
    // list next scrolls.
    void featureChooserRepaintsEveryTick() {
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        std::vector<test::TraceFeature> features;
        for (int i = 0; i < 40; ++i) {
            test::TraceFeature f = test::straightFault(4)[0];
            f.name = QString("segment %1").arg(i + 1);
            for (auto& part : f.parts)
                for (auto& point : part) point.second += 500.0 * i;
            features.push_back(f);
        }
        page.openFiles({test::writeTraceFile(dir_.filePath("many.gpkg"), "GPKG", 4326, features)});
        TraceLayerDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<TraceLayerDialog*>()) != nullptr, 30000);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        faultke::test::flushEvents();
        QListWidget* list = dialog->featureList();
        QCOMPARE(list->count(), 40);
        list->scrollToItem(list->item(20));
        faultke::test::flushEvents();
        QRegion visible;
        for (int i = 0; i < list->count(); ++i)
            visible += list->visualItemRect(list->item(i)).intersected(list->viewport()->rect());
        QVERIFY(!visible.isEmpty());

        for (const auto& [button, state] : {std::pair{QString("None"), Qt::Unchecked}, {QString("All"), Qt::Checked}}) {
            PaintedRegion painted(list->viewport());
            QTest::mouseClick(buttonNamed(dialog, button), Qt::LeftButton);
            for (int i = 0; i < list->count(); ++i) QCOMPARE(list->item(i)->checkState(), state);
            QTRY_VERIFY2((visible - painted.painted).isEmpty(), qPrintable(button));
        }
        dialog->reject();
    }

    // Fig. 4's chart tells a picture and a KML of the same name apart, and long names leave the
    // plot most of its height at 1280 × 720.
    void chartNamesAreDistinctAndShort() {
        PredictPage page;
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QStringList files{test::drawStraightTrace(dir_.filePath("san-andreas.png")),
                          test::writeTraceFile(dir_.filePath("san-andreas.kml"), "KML", 4326, test::straightFault())};
        for (const char* name : {"northern-san-andreas-creeping-section-survey-2019-a.png",
                                 "northern-san-andreas-creeping-section-survey-2019-b.png",
                                 "southern-san-andreas-big-bend-and-mojave-segment-mapping.png",
                                 "garlock-fault-central-segment-field-mapping-campaign.png"})
            files << test::drawStraightTrace(dir_.filePath(name));
        page.openFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 6), 180000);
        page.tabs()->setCurrentWidget(page.thicknessChart());
        QTRY_COMPARE(page.thicknessChart()->columnCount(), 6);
        faultke::test::flushEvents();
        QCustomPlot* plot = page.thicknessChart()->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);

        // At most two lines each, read as one.
        QStringList labels;
        for (const QString& label : page.thicknessChart()->labels()) {
            QVERIFY2(label.count('\n') <= 1, qPrintable(label));
            labels << QString(label).remove('\n');
        }
        QCOMPARE(labels.size(), 6);
        QVERIFY2(labels.contains("san-andreas.png") && labels.contains("san-andreas.kml"),
                 qPrintable(labels.join(" | ")));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 6);
        QVERIFY2(plot->axisRect()->height() >= plot->height() / 2,
                 qPrintable(QString("plot %1 px of %2").arg(plot->axisRect()->height()).arg(plot->height())));
        if (const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS"); !out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(page.grab().save(out + "/predict-chart-names-1280x720.png"));
        }
    }

    void screenshots() {
        const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (out.isEmpty()) QSKIP("set FAULTKE_SCREENSHOTS=DIR to write screenshots");
        QDir().mkpath(out);
        PredictPage page;
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto arc = test::arcFault(12);
        auto step = test::stepoverFault(16, 1.6, 2);
        for (auto& f : step)
            for (auto& part : f.parts)
                for (auto& [x, y] : part) {
                    x += 14000;
                    y += 9000;
                }
        std::vector<test::TraceFeature> features = arc;
        features.insert(features.end(), step.begin(), step.end());
        page.preprocessPanel()->setThicknesses(kFig4Thicknesses);
        page.openFiles({test::writeTraceFile(dir_.filePath("mojave.gpkg"), "GPKG", 4326, features)});
        TraceLayerDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<TraceLayerDialog*>()) != nullptr, 30000);
        faultke::test::flushEvents();
        QVERIFY(dialog->grab().save(out + "/predict-traces-chooser.png"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page, 1), 120000);
        page.traceView()->selectWindow(5);
        page.alongStrikePlot()->setSelectedWindow(5);
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-traces.png"));
    }
};

QTEST_MAIN(TestPredictTraces)
#include "test_predict_traces.moc"
