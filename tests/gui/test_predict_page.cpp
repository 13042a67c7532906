// The Predict page with real widgets and real drag-and-drop events: images, .npy maps, .mat
// frames, broken and unsupported files dropped on it; preprocessing changed and checked against
// the core called directly; an ensemble's mean and SD; the occlusion map of a selected window;
// the batch table and the thickness chart, exported.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/data/FaultMapSource.h"
#include "core/gis/TracePrediction.h"
#include "core/io/Npy.h"
#include "core/model/MapPrediction.h"
#include "core/model/Occlusion.h"
#include "core/model/RunCatalog.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/jobs/LatestJob.h"
#include "gui/predict/FaultMapView.h"
#include "gui/predict/KeAlongStrikePlot.h"
#include "gui/predict/ModelChooser.h"
#include "gui/predict/PredictPage.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/PreprocessPanel.h"
#include "gui/predict/ThicknessChart.h"
#include "support/DropFiles.h"
#include "support/FaultMapDrawings.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"
#include "support/TraceFiles.h"

using namespace faultke;
using namespace faultke::gui;

namespace {

// Every input read, predicted (or failed) by the page's current model.
bool settled(const PredictPage& page) {
    if (page.readJob()->isRunning() || page.modelJob()->isRunning() || page.predictJob()->isRunning() ||
        page.predictionScheduled())
        return false;
    if (!page.model()) return false;
    for (const PredictInput& in : page.table()->inputs())
        if (in.error.isEmpty() && in.results.empty()) return false;
    return true;
}

#define WAIT_SETTLED(page) QTRY_VERIFY_WITH_TIMEOUT(settled(page), 120000)

int rowNamed(const PredictPage& page, const QString& name) {
    for (int r = 0; r < page.table()->rowCount(); ++r)
        if (page.table()->input(r).name == name) return r;
    return -1;
}

}  // namespace

class TestPredictPage : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    QString file(const QString& name) const { return dir_.filePath(name); }

private slots:
    void droppedFilesArePredictedAndBadOnesRefusedInPlace() {
        PredictPage page;
        page.resize(1400, 900);
        QVERIFY(page.frameBox()->isHidden());  // nothing open: no frame to choose
        const QString straight = test::drawStraightTrace(file("straight.png"));
        std::vector<double> map(128 * 400, 0.0);
        for (int c = 0; c < 400; ++c) map[60 * 400 + c] = map[61 * 400 + c] = 1;
        writeNpy(file("map.npy").toStdString(), {128, 400}, map.data());
        const QString mat = QString::fromStdString(test::writeSyntheticExperiment(dir_.path(), "EB_100_1", 4, 9));

        // Nothing to export before a prediction.
        auto button = [&page](const QString& text) {
            for (QPushButton* b : page.findChildren<QPushButton*>())
                if (b->text() == text) return b;
            return static_cast<QPushButton*>(nullptr);
        };
        for (const char* text : {"Export Table…", "Export Chart…", "Export Profile…"}) {
            QVERIFY(button(QString::fromUtf8(text)));
            QVERIFY(!button(QString::fromUtf8(text))->isEnabled());
        }

        test::dropFiles(&page, {straight, file("map.npy"), mat});
        WAIT_SETTLED(page);
        QCOMPARE(page.table()->rowCount(), 3);
        for (const char* text : {"Export Table…", "Export Chart…", "Export Profile…"})
            QVERIFY2(button(QString::fromUtf8(text))->isEnabled(), text);
        QVERIFY(page.messageLabel()->isHidden());
        QVERIFY(page.modelChooser()->inUseLabel()->text().contains("synthetic"));

        // Each row against the core called directly with the page's model and settings.
        for (int r = 0; r < 3; ++r) {
            const PredictInput& in = page.table()->input(r);
            QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
            const MapPrediction direct = predictMap(*page.model(), *in.source, page.preprocessPanel()->options());
            QCOMPARE(in.results.size(), size_t(1));
            QCOMPARE(in.results.front().windows.size(), direct.windows.size());
            QVERIFY(!direct.windows.empty());
            for (size_t w = 0; w < direct.windows.size(); ++w)
                QVERIFY(std::abs(in.results.front().windows[w].ke - direct.windows[w].ke) < 1e-9);
        }
        const int matRow = rowNamed(page, "EB_100_1.mat");
        QCOMPARE(page.table()->input(matRow).source->frame, 3);  // the last frame

        // Broken and unsupported files: refused by name, the earlier results stay.
        QFile broken(file("broken.png"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG not really");
        broken.close();
        QFile notes(file("notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        test::dropFiles(&page, {file("broken.png"), file("notes.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(!page.readJob()->isRunning(), 60000);
        QTRY_VERIFY(!page.messageLabel()->isHidden());
        const QString message = page.messageLabel()->text();
        QVERIFY2(message.contains("notes.txt") && message.contains("unsupported file type"), qPrintable(message));
        QVERIFY2(message.contains(file("broken.png")), qPrintable(message));
        QCOMPARE(page.table()->rowCount(), 3);
        QVERIFY(!page.table()->input(0).results.empty());

        // The frame chooser of a .mat input reads another frame.
        page.selectInput(matRow);
        QVERIFY(page.frameBox()->isVisibleTo(&page));
        page.frameBox()->setValue(2);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->input(matRow).source->frame, 2, 60000);
        WAIT_SETTLED(page);
    }

    // The page and `faultke-cli predict` are one path: the same files and settings give the same
    // numbers, window by window, for a picture, a .mat frame and GIS traces, at 2, 3 and 4 px.
    // At 1280 x 720 the page has about 600 px: a map and its summary must not make it taller.
    void aMapOpenKeepsThePageWithinASmallScreen() {
        PredictPage page;
        page.resize(1178, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = page.minimumSizeHint().height();
        test::dropFiles(&page, {test::drawStraightTrace(file("fits.png"))});
        WAIT_SETTLED(page);
        test::flushEvents();
        const int after = page.minimumSizeHint().height();
        QVERIFY2(after <= before && after <= 600, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    // Holding an arrow key on the stride box steps it many times: the page predicts once the
    // settings rest, not once per step, and shows the final stride's windows.
    void settingsArePredictedOnceTheyRest() {
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::dropFiles(&page, {test::drawStepover(file("rest.png"))});
        WAIT_SETTLED(page);
        const int before = page.predictJob()->tally().requested;
        QSpinBox* stride = page.preprocessPanel()->strideBox();
        QVERIFY(stride->isEnabled());
        const int from = stride->value();
        for (int i = 0; i < 10; ++i) QTest::keyClick(stride, Qt::Key_Up);
        QCOMPARE(stride->value(), from + 10 * stride->singleStep());
        QVERIFY(page.predictionScheduled());
        QCOMPARE(page.predictJob()->tally().requested, before);
        WAIT_SETTLED(page);
        QCOMPARE(page.predictJob()->tally().requested, before + 1);
        const std::vector<MapPrediction>& shown = page.table()->input(0).results;
        QVERIFY(!shown.empty());
        for (const WindowRect& w : shown.front().map.windows) QCOMPARE(w.col, w.index * stride->value());
    }

    void pageAndCommandLineGiveTheSameNumbers() {
        PredictPage page;
        page.resize(1400, 900);
        test::Drawing tilted;
        tilted.degrees = 8;
        const QString stepover = test::drawStepover(file("same-stepover.png"), tilted);
        const QString mat = QString::fromStdString(test::writeSyntheticExperiment(dir_.path(), "EB_075_1", 3, 21));
        // One feature of two parts (several features would open the feature chooser).
        const std::vector<test::TraceFeature> segments = test::stepoverFault();
        const QString traces = test::writeTraceFile(file("same-traces.geojson"), "GeoJSON", 4326,
                                                    {{"stepover", {segments[0].parts[0], segments[1].parts[0]}}});
        page.preprocessPanel()->setThicknesses({2, 3, 4});
        test::dropFiles(&page, {stepover, mat, traces});
        WAIT_SETTLED(page);
        QCOMPARE(page.table()->rowCount(), 3);

        const test::CliResult cli =
            test::runCli({"predict", "--format", "json", "--thicknesses", "2,3,4", stepover, mat});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const nlohmann::json doc = nlohmann::json::parse(cli.out.toStdString());
        size_t compared = 0;
        for (const auto& p : doc.at("predictions")) {
            const QString input = QString::fromStdString(p.at("input").get<std::string>());
            const PredictInput& in = page.table()->input(rowNamed(page, QFileInfo(input).fileName()));
            // A .mat frame keeps its traces: one prediction, thickness 0.
            const MapPrediction* result = nullptr;
            for (const MapPrediction& r : in.results)
                if (r.thickness == p.at("thickness").get<int>()) result = &r;
            QVERIFY2(result, qPrintable(input));
            const MapWindowKe* window = nullptr;
            for (const MapWindowKe& w : result->windows)
                if (w.rect.index == p.at("window").get<int>()) window = &w;
            QVERIFY2(window, qPrintable(input));
            QVERIFY(std::abs(window->ke - p.at("ke").get<double>()) < 1e-6);
            ++compared;
        }
        size_t shown = 0;
        for (int r = 0; r < 2; ++r)
            for (const MapPrediction& m : page.table()->input(r).results) shown += m.windows.size();
        QCOMPARE(compared, shown);
        QVERIFY(compared > 10);

        const test::CliResult gis = test::runCli({"predict", "--format", "json", "--group-by", "all", traces});
        QVERIFY2(gis.exitCode == 0, qPrintable(gis.err));
        const nlohmann::json windows =
            nlohmann::json::parse(gis.out.toStdString()).at("inputs")[0].at("faults")[0].at("window_ke");
        const TracePrediction& onPage = *page.table()->input(rowNamed(page, "same-traces.geojson")).tracePrediction;
        QCOMPARE(windows.size(), onPage.windows.size());
        for (size_t w = 0; w < windows.size(); ++w)
            for (int t = 0; t < 3; ++t)
                QVERIFY(std::abs(onPage.windows[w].byThickness[t] -
                                 windows[w].at("ke_by_thickness").at(std::to_string(2 + t) + "px").get<double>()) <
                        1e-6);
    }

    void preprocessingChangesPreviewAndPredictions() {
        PredictPage page;
        page.resize(1400, 900);
        test::Drawing partial;
        partial.extent = 0.62;  // the trace ends inside a window
        test::dropFiles(&page, {test::drawStraightTrace(file("partial.png"), partial)});
        WAIT_SETTLED(page);
        const PredictInput& in = page.table()->input(0);
        const size_t before = in.results.front().windows.size();

        // A stride of 100 halves the windows; the map view shows the same ones.
        page.preprocessPanel()->strideBox()->setValue(100);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.table()->input(0).results.front().map.windows.size() < before,
                                 30000);
        const MapPrediction direct = predictMap(*page.model(), *in.source, page.preprocessPanel()->options());
        QCOMPARE(page.table()->input(0).results.front().windows.size(), direct.windows.size());
        QCOMPARE(page.mapView()->map().windows.size(), direct.map.windows.size());

        // A coverage of 90% leaves windows out, hatched, each with its reason.
        page.preprocessPanel()->strideBox()->setValue(50);
        page.preprocessPanel()->minCoverageBox()->setValue(90);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page.table()->input(0).results.front().map.leftOut.empty(), 60000);
        bool lowCoverage = false;
        for (const LeftOutWindow& w : page.mapView()->map().leftOut) {
            QVERIFY(!w.reason.empty());
            lowCoverage = lowCoverage || QString::fromStdString(w.reason).contains("trace covers");
        }
        QVERIFY(lowCoverage);
        QVERIFY(page.summaryLabel()->text().contains("left out"));

        // Fig. 4's three thicknesses at once: three predictions, three marker kinds in the chart.
        page.preprocessPanel()->minCoverageBox()->setValue(25);
        page.preprocessPanel()->thicknessBox(2)->setChecked(true);
        page.preprocessPanel()->thicknessBox(4)->setChecked(true);
        QCOMPARE(page.preprocessPanel()->thicknesses(), (std::vector<int>{2, 3, 4}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.table()->input(0).results.size() == 3, 60000);
        QTRY_VERIFY(page.thicknessChart()->markerCount(2) > 0);
        QCOMPARE(page.thicknessChart()->markerCount(4), int(page.table()->input(0).results[2].windows.size()));
        QCOMPARE(page.alongStrikePlot()->seriesCount(), 3);

        // "As drawn" replaces them.
        page.preprocessPanel()->thicknessBox(0)->setChecked(true);
        QCOMPARE(page.preprocessPanel()->thicknesses(), std::vector<int>{0});
    }

    // The preprocessing is one set for every input (inputs carry no settings of their own): the
    // panel says so, and a change re-predicts each input with it.
    void preprocessingAppliesToEveryInputAndSaysSo() {
        PredictPage page;
        page.resize(1400, 900);
        QGroupBox* settings = page.settingsBox();
        QVERIFY(settings);
        test::Drawing turned;
        turned.rows = 500;
        turned.degrees = 12;
        page.preprocessPanel()->rotationBox()->setCurrentIndex(0);  // off
        page.openFiles(
            {test::drawStraightTrace(file("level.png")), test::drawStraightTrace(file("tilted.png"), turned)});
        WAIT_SETTLED(page);
        QCOMPARE(page.table()->rowCount(), 2);
        QVERIFY2(settings->title().contains("applies to all 2 inputs"), qPrintable(settings->title()));

        // Automatic rotation chosen while the tilted map is shown: both maps follow it, as the core
        // gives them with the panel's settings.
        const int tilted = rowNamed(page, "tilted.png");
        page.selectInput(tilted);
        QVERIFY(!page.table()->input(tilted).results.front().map.rotated);
        page.preprocessPanel()->rotationBox()->setCurrentIndex(1);
        std::vector<MapPrediction> direct;
        for (int r = 0; r < 2; ++r)
            direct.push_back(
                predictMap(*page.model(), *page.table()->input(r).source, page.preprocessPanel()->options()));
        QVERIFY(direct[size_t(tilted)].map.rotated);
        auto follows = [&](int r) {
            const PredictInput& in = page.table()->input(r);
            return !in.results.empty() && in.results.front().map.rotated == direct[size_t(r)].map.rotated &&
                   in.results.front().map.cols == direct[size_t(r)].map.cols &&
                   in.results.front().windows.size() == direct[size_t(r)].windows.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && follows(0) && follows(1), 60000);
        QCOMPARE(page.currentInput(), tilted);

        // The title counts the inputs as they come and go.
        page.openFiles({test::drawStepover(file("third.png"))});
        QTRY_VERIFY_WITH_TIMEOUT(settings->title().contains("applies to all 3 inputs"), 30000);
        WAIT_SETTLED(page);
    }

    // With 2, 3 and 4 px ticked the map shows one of them: a caption says which, a selector
    // changes it; the KE along strike keeps all three.
    void mapSaysWhichThicknessItShows() {
        PredictPage page;
        page.resize(1400, 900);
        page.preprocessPanel()->setThicknesses({2, 3, 4});
        page.openFiles({test::drawStepover(file("thick.png"))});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.table()->input(0).results.size() == 3, 60000);
        QLabel* caption = page.mapCaption();
        QComboBox* which = page.mapThicknessBox();
        QVERIFY(caption && which);
        QCOMPARE(caption->text(), QString("Map at 2 px (of 2, 3, 4 px)"));
        QVERIFY(which->isVisibleTo(&page));
        QCOMPARE(which->count(), 3);
        QCOMPARE(which->currentText(), QString("2 px"));
        const PredictInput& in = page.table()->input(0);
        QCOMPARE(page.mapView()->map().binary, in.results[0].map.binary);

        which->setCurrentIndex(2);
        QCOMPARE(caption->text(), QString("Map at 4 px (of 2, 3, 4 px)"));
        QVERIFY(in.results[2].map.binary != in.results[0].map.binary);
        QCOMPARE(page.mapView()->map().binary, in.results[2].map.binary);
        QCOMPARE(page.alongStrikePlot()->seriesCount(), 3);

        // One thickness: said, nothing to choose.
        page.preprocessPanel()->setThicknesses({3});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.table()->input(0).results.size() == 1, 60000);
        QTRY_COMPARE(caption->text(), QString("Map at 3 px"));
        QVERIFY(!which->isVisibleTo(&page));
    }

    // A refusal belongs to the drop that caused it: a later prediction that succeeds, or another
    // model, takes it away; the same drop's predictions do not.
    void refusalGoesWithALaterPredictionOrModel() {
        PredictPage page;
        page.resize(1400, 900);
        QFile notes(file("later-notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        page.openFiles({test::drawStraightTrace(file("later.png")), file("later-notes.txt")});
        WAIT_SETTLED(page);
        QVERIFY(!page.messageLabel()->isHidden());
        QVERIFY2(page.messageLabel()->text().startsWith("Refused"), qPrintable(page.messageLabel()->text()));

        const size_t before = page.table()->input(0).results.front().windows.size();
        page.preprocessPanel()->strideBox()->setValue(100);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.table()->input(0).results.front().windows.size() < before,
                                 60000);
        QTRY_VERIFY(page.messageLabel()->isHidden());

        page.openFiles({file("later-notes.txt")});
        QVERIFY(!page.messageLabel()->isHidden());
        page.modelChooser()->chooseFile(file("no-such-model.pt"));
        QVERIFY(page.messageLabel()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(page.modelChooser()->inUseLabel()->text().startsWith("No model in use"), 30000);
    }

    void ensembleShowsTheMembersMeanAndSd() {
        const Dataset d = test::lineDataset(32, 5, test::fullSizeLines(test::LineSplits::FourthEvalFifthTest));
        test::trainTinyRun(d, file("runs/g-r1").toStdString(), 1, 1);
        test::trainTinyRun(d, file("runs/g-r2").toStdString(), 1, 2);
        PredictPage page;
        page.resize(1400, 900);
        page.modelChooser()->setRuns(listRuns(file("runs").toStdString()));
        QComboBox* models = page.modelChooser()->modelBox();
        const int ensemble = models->findText("Ensemble: g (2 repeat", Qt::MatchStartsWith);
        QVERIFY2(ensemble > 0, qPrintable(models->itemText(models->count() - 1)));
        models->setCurrentIndex(ensemble);
        test::dropFiles(&page, {test::drawStepover(file("ens.png"))});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.model()->size() == 2, 60000);
        QVERIFY(page.colourBox()->isEnabled());

        const MapPrediction& p = page.table()->input(0).results.front();
        const std::vector<float> windows = p.map.allWindows();
        const std::vector<double> a = page.model()->member(0).predictWindows(windows.data(), p.windows.size());
        const std::vector<double> b = page.model()->member(1).predictWindows(windows.data(), p.windows.size());
        for (size_t i = 0; i < p.windows.size(); ++i) {
            QVERIFY(std::abs(p.windows[i].ke - (a[i] + b[i]) / 2) < 1e-9);
            QVERIFY(std::abs(p.windows[i].sd - std::abs(a[i] - b[i]) / 2) < 1e-9);
        }
        page.colourBox()->setCurrentIndex(1);
        QCOMPARE(page.mapView()->colourBy(), FaultMapView::ColourBy::Sd);
        QVERIFY(page.summaryLabel()->text().contains("Ensemble of 2 models"));
    }

    // The bundled model is an ensemble of 5 with calibrated intervals: error bars along strike
    // from each window's interval, and the typical interval in the table.
    void bundledModelDrawsCalibratedIntervals() {
        PredictPage page;
        page.resize(1400, 900);
        test::dropFiles(&page, {test::drawStepover(file("intervals.png"))});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.model() && !page.table()->input(0).results.empty(), 60000);
        QCOMPARE(page.model()->size(), size_t(5));
        const MapPrediction& p = page.table()->input(0).results.front();
        for (const MapWindowKe& w : p.windows) QVERIFY(w.hasInterval() && w.low < w.ke && w.ke < w.high);
        const QString typical = page.table()->index(0, PredictionTableModel::Interval).data().toString();
        QVERIFY2(typical.contains("(90 %)"), qPrintable(typical));
        QCPErrorBars* bars = nullptr;
        for (int i = 0; i < page.alongStrikePlot()->plot()->plottableCount(); ++i)
            if (auto* b = qobject_cast<QCPErrorBars*>(page.alongStrikePlot()->plot()->plottable(i))) bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->name(), QString("90 % interval (calibrated)"));
        QVERIFY(bars->dataCount() >= int(p.windows.size()));
        QVERIFY(std::abs(bars->data()->at(0).errorMinus - (p.windows[0].ke - p.windows[0].low)) < 1e-9);
    }

    void clickingAWindowExplainsItsPrediction() {
        PredictPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::dropFiles(&page, {test::drawStepover(file("explain.png"))});
        WAIT_SETTLED(page);
        const MapPrediction& p = page.table()->input(0).results.front();
        const int window = int(p.windows.size()) / 2;
        QTest::mouseClick(page.mapView(), Qt::LeftButton, Qt::NoModifier,
                          page.mapView()->windowArea(window).center().toPoint());
        QCOMPARE(page.mapView()->selectedWindow(), window);
        QTRY_VERIFY_WITH_TIMEOUT(page.occlusion().has_value(), 60000);
        const OcclusionMap direct = occlusionMap(*page.model(), p.map.window(size_t(window)));
        QCOMPARE(page.occlusion()->delta.size(), direct.delta.size());
        for (size_t i = 0; i < direct.delta.size(); ++i)
            QVERIFY(std::abs(page.occlusion()->delta[i] - direct.delta[i]) < 1e-9);
    }

    void batchTableSortsAndExportsWithReferenceRanges() {
        PredictPage page;
        page.resize(1400, 900);
        page.openFiles({test::drawStraightTrace(file("a-straight.png")), test::drawStepover(file("b-stepover.png"))});
        WAIT_SETTLED(page);
        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.tabs()->currentWidget(), page.tableView());
        // Sorted by mean KE, descending, then ascending: the higher mean first, then last.
        auto shown = [&](int row, int column) { return page.tableView()->model()->index(row, column).data(); };
        page.tableView()->sortByColumn(PredictionTableModel::Mean, Qt::DescendingOrder);
        QVERIFY(shown(0, PredictionTableModel::Mean).toDouble() > shown(1, PredictionTableModel::Mean).toDouble());
        const QString higher = shown(0, PredictionTableModel::File).toString();
        page.tableView()->sortByColumn(PredictionTableModel::Mean, Qt::AscendingOrder);
        QCOMPARE(shown(1, PredictionTableModel::File).toString(), higher);
        // A reference range typed in the table goes to the chart and the CSV.
        const QModelIndex reference =
            page.table()->index(rowNamed(page, "b-stepover.png"), PredictionTableModel::Reference);
        QVERIFY(!page.table()->setData(reference, "lots", Qt::EditRole));
        QVERIFY(page.table()->setData(reference, "0.2-0.4", Qt::EditRole));
        QFile blocker(file("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!page.exportTable(file("blocker/table.csv")));  // a file is in the way: said, nothing written
        QVERIFY(page.messageLabel()->text().contains("blocker/table.csv"));
        QVERIFY(page.exportTable(file("table.csv")));
        QFile csv(file("table.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].endsWith("reference_low,reference_high"));
        QVERIFY(lines.filter("b-stepover.png").first().endsWith(",0.2,0.4"));
        QVERIFY(page.exportChart(file("chart.png")));
        QVERIFY(page.exportChart(file("chart.svg")));
        QVERIFY(QFileInfo(file("chart.png")).size() > 1000);
        QCOMPARE(page.thicknessChart()->columnCount(), 2);
    }

    void pastedPictureIsPredicted() {
        PredictPage page;
        QImage picture(900, 200, QImage::Format_RGB32);
        picture.fill(Qt::white);
        {
            QPainter painter(&picture);
            painter.fillRect(0, 97, 900, 6, Qt::black);
        }
        QVERIFY(page.addImage(picture));
        QVERIFY(!page.addImage(QImage()));
        QVERIFY(page.messageLabel()->text().contains("no picture"));
        WAIT_SETTLED(page);
        QVERIFY(page.table()->input(0).name.startsWith("clipboard"));
        QVERIFY(page.table()->input(0).results.front().summary.count > 0);
    }

    // With FAULTKE_SCREENSHOTS=DIR: one map, a batch, and fig. 4 for three maps at three thicknesses,
    // at 1600 × 1000 and then at 1280 × 720.
    void screenshots() {
        const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (out.isEmpty()) QSKIP("set FAULTKE_SCREENSHOTS=DIR to write screenshots");
        QDir().mkpath(out);
        PredictPage page;
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::Drawing wide;
        wide.cols = 1400;
        page.openFiles({test::drawStepover(file("stepover-fault.png"), wide)});
        WAIT_SETTLED(page);
        // The window with the highest KE among those holding both segments (the middle third).
        const MapPrediction& shown = page.table()->input(0).results.front();
        int explained = int(shown.windows.size()) / 2;
        for (int i = int(shown.windows.size()) / 3; i < 2 * int(shown.windows.size()) / 3; ++i)
            if (shown.windows[size_t(i)].ke > shown.windows[size_t(explained)].ke) explained = i;
        QTest::mouseClick(page.mapView(), Qt::LeftButton, Qt::NoModifier,
                          page.mapView()->windowArea(explained).center().toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(page.occlusion().has_value(), 60000);
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-map.png"));

        test::Drawing turned;
        turned.rows = 500;
        turned.degrees = 12;
        page.openFiles({test::drawStraightTrace(file("straight-fault.png")),
                        test::drawStraightTrace(file("rotated-fault.png"), turned)});
        page.preprocessPanel()->rotationBox()->setCurrentIndex(1);
        WAIT_SETTLED(page);
        page.tabs()->setCurrentWidget(page.tableView());
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-batch.png"));

        page.preprocessPanel()->thicknessBox(2)->setChecked(true);
        page.preprocessPanel()->thicknessBox(4)->setChecked(true);
        page.table()->setData(
            page.table()->index(rowNamed(page, "straight-fault.png"), PredictionTableModel::Reference), "0.8-0.95",
            Qt::EditRole);
        // Every map at three thicknesses, and the chart drawn from them (it follows on a timer).
        auto allThree = [&] {
            int markers = 0;
            for (const PredictInput& in : page.table()->inputs()) {
                if (in.results.size() != 3) return false;
                markers += int(in.results[2].windows.size());
            }
            return page.thicknessChart()->markerCount(4) == markers;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && allThree(), 60000);
        page.tabs()->setCurrentWidget(page.thicknessChart());
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-thickness.png"));
        QVERIFY(page.exportChart(out + "/predict-thickness-chart.png"));

        // A smaller screen: the same page at 1280 × 720, the map and the chart.
        page.resize(1280, 720);
        page.tabs()->setCurrentWidget(page.alongStrikePlot());
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-map-1280x720.png"));
        page.tabs()->setCurrentWidget(page.thicknessChart());
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/predict-thickness-1280x720.png"));
    }
};

QTEST_MAIN(TestPredictPage)
#include "test_predict_page.moc"
