// The Train page with real widgets and real training on a tiny synthetic dataset: invalid input,
// start, curves and table per epoch, pause/resume/stop, the same run as faultke-cli train,
// best epoch by click, repeats drawn as a band, resume of a stopped run, references, export,
// stopping before the project goes, a dataset out of date with the project's settings, and
// curves that redraw on a timer while training.
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <qcustomplot.h>

#include "core/data/Dataset.h"
#include "core/data/Prepare.h"
#include "core/data/Project.h"
#include "core/model/Run.h"
#include "core/model/RunCatalog.h"
#include "core/model/TrainParamTable.h"
#include "gui/app/Translations.h"
#include "gui/predict/ModelChooser.h"
#include "gui/train/CurvesPanel.h"
#include "gui/train/EpochTableModel.h"
#include "gui/train/ParamsForm.h"
#include "gui/train/RunListModel.h"
#include "gui/train/RunsPanel.h"
#include "gui/train/TrainControlPanel.h"
#include "gui/train/TrainPage.h"
#include "gui/train/TrainingSession.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;
using faultke::gui::TrainPage;

namespace {

constexpr int kWaitMs = 120000;

// Small and quick: 2 channels, batch 16, CPU.
void setTinyParams(TrainPage& page, int epochs) {
    gui::ParamsForm* form = page.paramsForm();
    form->epochsBox()->setValue(epochs);
    form->batchBox()->setValue(16);
    form->channelsBox()->setValue(2);
    form->seedBox()->setValue(5);
    form->deviceBox()->setCurrentIndex(form->deviceBox()->findData("cpu"));
    QCOMPARE(form->device(), DeviceChoice::Cpu);
}

QStringList historyWithoutTimes(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QStringList rows;
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts))
        rows << line.section(',', 0, -3);  // seconds and samples/s differ between runs
    return rows;
}

}  // namespace

class TestTrainPage : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Project> project_;

    void waitForDataset(TrainPage& page) {
        QTRY_VERIFY_WITH_TIMEOUT(page.controlPanel()->startButton()->isEnabled(), kWaitMs);
    }
    void train(TrainPage& page) {
        QSignalSpy done(page.session(), &gui::TrainingSession::allDone);
        QVERIFY(page.startTraining());
        QVERIFY(done.wait(kWaitMs));
    }

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        project_ = std::make_unique<Project>(Project::create(dir_.filePath("project").toStdString()));
        const Dataset data = test::lineDataset(96, 3);
        data.save(project_->datasetPath());
    }

    void invalidInputDisablesStart() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        QVERIFY(page.datasetLabel()->text().contains("train"));
        QPushButton* start = page.controlPanel()->startButton();
        QVERIFY(start->isEnabled());
        page.paramsForm()->learningRateEdit()->setText("fast");
        QVERIFY(!start->isEnabled());
        QVERIFY(!page.paramsForm()->errorLabel()->isHidden());
        QVERIFY(page.paramsForm()->errorLabel()->text().contains("'fast' is not a number"));
        QCOMPARE(start->toolTip(), page.paramsForm()->error());
        page.paramsForm()->learningRateEdit()->setText("0.005");
        QVERIFY(start->isEnabled());
        page.paramsForm()->batchBox()->setValue(0);  // below its range: the box keeps 1
        QVERIFY(page.paramsForm()->isValid());
        QVERIFY(page.paramsForm()->parameterCountLabel()->text().contains("trainable parameters"));
        page.controlPanel()->nameEdit()->clear();
        QVERIFY(!start->isEnabled());
    }

    // The form is the core's table of parameters: a field for every key it shows, with the key
    // and both presets' values in its tooltip; every value goes through the form and back.
    void theFormHasAFieldForEveryTableKey() {
        gui::ParamsForm form;
        TrainParams p = TrainParams::forPreset(Preset::Original);
        p.learningRate = 2e-4;
        p.augmentation.thicknessSteps = 2;  // a key the form did not show before the table
        p.augmentation.shiftCols = 0.35;
        p.earlyStopping = {true, "eval_acc2sd", 7};
        p.bestEpochRule = BestEpochRule::User;
        p.bestEpoch = 12;
        p.network.denseWidth = 16;
        p.seed = 123;
        p.numParallelCalls = 9;  // no field: kept as loaded
        int shown = 0;
        for (const TrainParamSpec& spec : trainParamTable()) {
            QWidget* field = form.field(QString::fromStdString(spec.key));
            QCOMPARE(field != nullptr, !spec.group.empty());
            if (!field) continue;
            ++shown;
            QVERIFY2(field->toolTip().contains(QString::fromStdString(spec.key)), spec.key.c_str());
            QVERIFY2(field->toolTip().contains("The original: "), spec.key.c_str());
        }
        QVERIFY(shown >= 30);
        form.setParams(p);
        QCOMPARE(form.params().toJson(), p.toJson());
        QVERIFY(form.isValid());
        // A field counts only with the value it depends on.
        QVERIFY(form.field("best_epoch")->isEnabled());
        QVERIFY(!form.field("warmup_epochs")->isEnabled());
        form.fieldAs<QCheckBox>("augment")->setChecked(false);
        QVERIFY(!form.field("thickness_range")->isEnabled() && !form.field("zoom_range")->isEnabled());
        // What is out of range is said with the key and the range, from the table.
        form.learningRateEdit()->setText("20");
        QVERIFY(!form.isValid());
        QVERIFY2(form.error().contains("\"learning_rate\" is out of range: must be in (0, 10]"),
                 qPrintable(form.error()));
    }

    // New runs start from the steady recipe; the original's params.json shows as the original's;
    // a changed field says the recipe was changed.
    void theFormShowsTheRecipeInForce() {
        gui::ParamsForm form;
        QCOMPARE(form.presetBox()->currentData().toString(), QString("steady"));
        QVERIFY(form.params().recipeIs(Preset::Steady));
        QCOMPARE(form.presetStateLabel()->text(), QString("In force: the steady recipe."));
        const QString original = dir_.filePath("original-params.json");
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"learning_rate": 0.005, "batch_size": 256, "num_epochs": 50, "num_channels": 4})");
        f.close();
        QVERIFY(form.loadFile(original));
        QCOMPARE(form.presetBox()->currentData().toString(), QString("original"));
        QVERIFY(form.params().init == WeightInit::Keras && form.params().sdFloor == 0);
        QCOMPARE(form.emaBox()->value(), 0.0);
        QCOMPARE(form.bestRuleBox()->currentText(), QString("max-eval-accuracy"));
        QCOMPARE(form.params().network.dropout, 0.2);
        QCOMPARE(form.presetStateLabel()->text(), QString("In force: the original recipe."));
        form.bnRecalibrationBox()->setChecked(true);
        QCOMPARE(form.presetStateLabel()->text(), QString("In force: the original recipe, changed below."));
        // Choosing a preset sets its recipe and keeps the other fields.
        form.batchBox()->setValue(32);
        const int steady = form.presetBox()->findData(QString("steady"));
        form.presetBox()->setCurrentIndex(steady);
        emit form.presetBox()->activated(steady);
        QVERIFY(form.params().recipeIs(Preset::Steady));
        QCOMPARE(form.emaBox()->value(), 3.0);
        QCOMPARE(form.bestRuleBox()->currentText(), QString("last-epoch"));
        QVERIFY(form.params().startAtMeanKe);
        QCOMPARE(form.params().network.dropout, 0.0);  // the Network group's field, set by the preset
        QCOMPARE(form.params().batchSize, 32);
        QVERIFY(TrainParams::fromJson(form.params().toJson()).recipeIs(Preset::Steady));
    }

    void trainsLikeTheCliAndFillsCurvesAndTable() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 3);
        page.controlPanel()->setRunName("gui-run");
        train(page);
        const QString runDir = QString::fromStdString(project_->experimentsDir()) + "/gui-run";
        const RunSummary run = readRunSummary(runDir.toStdString());
        QCOMPARE(run.status, RunStatus::Finished);
        QCOMPARE(run.epochs(), 3);
        QCOMPARE(page.epochModel()->rowCount(), 3);
        page.curvesPanel()->redrawNow();
        QVERIFY(page.curvesPanel()->graphOf("gui-run", "eval_acc2sd"));
        QCOMPARE(page.curvesPanel()->graphOf("gui-run", "eval_acc2sd")->dataCount(), 3);
        QVERIFY(page.curvesPanel()->graphOf("gui-run", "train_loss"));
        QVERIFY(page.curvesPanel()->graphOf("gui-run", "batch_loss"));
        QCOMPARE(page.runModel()->run("gui-run")->best.epoch, page.epochModel()->bestEpoch());

        // faultke-cli train with the run's params.json makes the same history on the CPU.
        const QString cliRun = dir_.filePath("cli-run");
        const test::CliResult r = test::runCli({"train", "--data", QString::fromStdString(project_->datasetPath()),
                                                "--params", runDir + "/params.json", "-o", cliRun, "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(historyWithoutTimes(cliRun + "/history.csv"), historyWithoutTimes(runDir + "/history.csv"));
        QVERIFY(QFile::exists(cliRun + "/checkpoints/epoch-003.pt"));
        QVERIFY(QFile::exists(runDir + "/checkpoints/epoch-003.pt"));
        QVERIFY(QFile::exists(runDir + "/best.json"));

        // A click on the table's first row makes epoch 1 the run's best.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.runsPanel()->selectRun("gui-run");
        QTableView* table = page.epochTable();
        const QRect row0 = table->visualRect(page.epochModel()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, row0.center());
        QCOMPARE(RunFolder(runDir.toStdString()).readBest().epoch, 1);
        QCOMPARE(RunFolder(runDir.toStdString()).readBest().rule, BestEpochRule::User);
        QCOMPARE(page.epochModel()->bestEpoch(), 1);
        QVERIFY(page.runModel()
                    ->data(page.runModel()->index(page.runModel()->rowOf("gui-run"), gui::RunListModel::BestColumn))
                    .toString()
                    .contains("you"));
        // A click on a curve point does the same.
        page.curvesPanel()->redrawNow();
        QCPGraph* eval = page.curvesPanel()->graphOf("gui-run", "eval_acc2sd");
        QVERIFY(eval);
        QCustomPlot* plot = page.curvesPanel()->accuracyPlot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const double value3 = (eval->data()->constBegin() + 2)->value;
        const QPointF at = eval->coordsToPixels(3, value3);
        // Hovering names the curve as the user reads it, not by its history column.
        const QString hover = page.curvesPanel()->pointText(plot, at);
        QVERIFY2(hover.contains("eval 2SD accuracy") && !hover.contains("acc2sd"), qPrintable(hover));
        QCPGraph* trainLoss = page.curvesPanel()->graphOf("gui-run", "train_loss");
        QCustomPlot* lossPlot = page.curvesPanel()->lossPlot();
        lossPlot->replot(QCustomPlot::rpImmediateRefresh);
        const QPointF lossAt = trainLoss->coordsToPixels(1, trainLoss->data()->constBegin()->value);
        const QString lossHover = page.curvesPanel()->pointText(lossPlot, lossAt);
        QVERIFY2(lossHover.contains("training loss") && !lossHover.contains("train_loss"), qPrintable(lossHover));
        // The loss says what it is: its axis and a tooltip with the definition.
        QVERIFY2(lossPlot->yAxis->label().contains("SD²"), qPrintable(lossPlot->yAxis->label()));
        QVERIFY(page.curvesPanel()->lossHelp()->toolTip().contains("(prediction − KE)² / SD²"));
        QVERIFY(page.curvesPanel()->lossHelp()->toolTip().contains("per-sample"));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QCOMPARE(RunFolder(runDir.toStdString()).readBest().epoch, 3);
        // Test windows choose nothing: no test curve to click, one marker at the chosen epoch.
        page.curvesPanel()->redrawNow();
        QVERIFY(!page.curvesPanel()->graphOf("gui-run", "test_acc2sd"));
        QVERIFY(!page.curvesPanel()->graphOf("gui-run", "test_loss"));
        QList<QCPGraph*> testMarkers;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->objectName() == QLatin1String("testAtChosenEpoch")) testMarkers << plot->graph(i);
        QCOMPARE(testMarkers.size(), 1);
        QCOMPARE(testMarkers[0]->dataCount(), 1);
        QCOMPARE(testMarkers[0]->data()->constBegin()->key, 3.0);

        // Export: both plots in three formats and the epoch table.
        const QString out = dir_.filePath("export");
        QDir().mkpath(out);
        QVERIFY(page.exportTo(out));
        for (const QString& f : {"loss.png", "loss.svg", "loss.pdf", "accuracy.png", "accuracy.svg", "accuracy.pdf"})
            QVERIFY2(QFileInfo(out + "/" + f).size() > 100, qPrintable(f));
        QFile csv(out + "/epochs.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).count('\n'), 4);  // header + 3 epochs
    }

    // "Start from": the project's runs in the model chooser the Predict page uses; a run of it at
    // an epoch is params.json's start_from, the fine-tune preset lowers the learning rate, and the
    // run's curves begin at epoch 0 with the starting model's eval figures.
    void startsFromARunOfTheProject() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 2);
        page.controlPanel()->nameEdit()->setText("ft-source");
        train(page);
        gui::ParamsForm* form = page.paramsForm();
        QComboBox* models = form->startFromChooser()->modelBox();
        QCOMPARE(models->itemText(0), QString("Random weights (from scratch)"));
        QCOMPARE(form->params().startFrom, std::string());
        QTRY_VERIFY_WITH_TIMEOUT(models->findText("Run ft-source") >= 0, kWaitMs);
        models->setCurrentIndex(models->findText("Run ft-source"));
        QComboBox* epochs = form->startFromChooser()->epochBox();
        epochs->setCurrentIndex(epochs->findData(QString("1")));
        const std::string source = project_->experimentsDir() + "/ft-source";
        QCOMPARE(form->params().startFrom, source + ":1");
        const int fineTune = form->presetBox()->findData(QString("fine-tune"));
        form->presetBox()->setCurrentIndex(fineTune);
        emit form->presetBox()->activated(fineTune);
        QCOMPARE(form->params().learningRate, 1e-3);
        QCOMPARE(form->presetStateLabel()->text(), QString("In force: the fine-tune recipe."));
        QCOMPARE(form->params().startFrom, source + ":1");  // the preset keeps the starting point
        setTinyParams(page, 2);
        page.controlPanel()->nameEdit()->setText("ft-run");
        train(page);
        const std::string run = project_->experimentsDir() + "/ft-run";
        const std::optional<RunStart> start = RunFolder(run).readStart();
        QVERIFY(start);
        QCOMPARE(start->startFrom, source + ":1");
        QCOMPARE(start->figures.eval().accuracy2sd,
                 RunFolder(source).readHistory()[0].eval().accuracy2sd);  // the source's epoch 1
        // Epoch 0 on the eval curve: the starting model.
        QTRY_VERIFY_WITH_TIMEOUT(
            page.curvesPanel()->series().size() > 0 &&
                [&] {
                    page.curvesPanel()->redrawNow();
                    QCPGraph* eval = page.curvesPanel()->graphOf("ft-run", "eval_acc2sd");
                    return eval && eval->dataCount() == 3 && eval->data()->at(0)->key == 0;
                }(),
            kWaitMs);
    }

    void pauseResumeStopAndResumeTheRun() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 400);
        page.controlPanel()->setRunName("long");
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        faultke::test::flushEvents();
        const int minimumWidthBefore = page.minimumSizeHint().width();
        QSignalSpy epochs(page.session(), &gui::TrainingSession::epochDone);
        QSignalSpy done(page.session(), &gui::TrainingSession::allDone);
        QSignalSpy log(page.session(), &gui::TrainingSession::logLine);
        QSignalSpy batches(page.session(), &gui::TrainingSession::batchDone);
        QVERIFY(page.startTraining());
        QVERIFY(!page.controlPanel()->startButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 1 && batches.count() >= 1, kWaitMs);
        faultke::test::flushEvents();
        // The progress line (epoch, batch, speed, ETA, device) does not widen the page.
        QVERIFY(page.controlPanel()->progressLabel()->toolTip().contains("ETA"));
        QVERIFY2(
            page.minimumSizeHint().width() <= minimumWidthBefore,
            qPrintable(QString("minimum width %1 -> %2").arg(minimumWidthBefore).arg(page.minimumSizeHint().width())));
        QVERIFY(page.width() <= 1280);

        const auto buttonGeometries = [&page] {
            return QList<QRect>{page.controlPanel()->startButton()->geometry(),
                                page.controlPanel()->pauseButton()->geometry(),
                                page.controlPanel()->stopButton()->geometry()};
        };
        const QList<QRect> running = buttonGeometries();
        QTest::mouseClick(page.controlPanel()->pauseButton(), Qt::LeftButton);
        QVERIFY(page.session()->isPaused());
        QCOMPARE(page.controlPanel()->pauseButton()->text(), QString("Resume"));
        faultke::test::flushEvents();
        QCOMPARE(buttonGeometries(), running);  // Pause -> Resume does not shift the row
        // Fixed, whatever the style's minimum button width: fits the longest text in any state.
        for (QPushButton* button : {page.controlPanel()->startButton(), page.controlPanel()->pauseButton(),
                                    page.controlPanel()->stopButton()}) {
            QCOMPARE(button->minimumWidth(), button->maximumWidth());
            for (const QString& text : {"Start", "Pause", "Resume", "Stop"})
                QVERIFY(button->width() >= button->fontMetrics().horizontalAdvance(text) + 8);
        }
        // The trainer says "paused" when it holds; the reports it sent before arrive before that line.
        const auto holding = [&] {
            for (const QList<QVariant>& line : log)
                if (line.at(0).toString().contains("paused")) return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(holding(), kWaitMs);
        QCOMPARE(page.runModel()->data(page.runModel()->index(page.runModel()->rowOf("long"), 1)).toString(),
                 QString("paused"));
        const int whilePaused = epochs.count(), batchesWhilePaused = batches.count();
        QCoreApplication::processEvents();
        QCOMPARE(epochs.count(), whilePaused);
        QCOMPARE(batches.count(), batchesWhilePaused);
        QTest::mouseClick(page.controlPanel()->pauseButton(), Qt::LeftButton);
        QVERIFY(!page.session()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() > whilePaused, kWaitMs);

        QTest::mouseClick(page.controlPanel()->stopButton(), Qt::LeftButton);
        QVERIFY(done.wait(kWaitMs));
        const std::string runDir = project_->experimentsDir() + "/long";
        RunSummary run = readRunSummary(runDir);
        QCOMPARE(run.status, RunStatus::Stopped);
        QVERIFY(run.epochs() >= 2);
        QCOMPARE(page.runModel()->data(page.runModel()->index(page.runModel()->rowOf("long"), 1)).toString(),
                 QString("stopped"));

        // Resume it to the end, from the runs list, with fewer epochs left to go.
        TrainParams shorter = run.params;
        shorter.numEpochs = run.epochs() + 1;
        shorter.save(RunFolder(runDir).paramsPath());
        page.runModel()->updateRun(readRunSummary(runDir));
        page.runsPanel()->selectRun("long");
        QVERIFY(page.runsPanel()->resumeButton()->isEnabled());
        QTest::mouseClick(page.runsPanel()->resumeButton(), Qt::LeftButton);
        QVERIFY(done.wait(kWaitMs));
        run = readRunSummary(runDir);
        QCOMPARE(run.status, RunStatus::Finished);
        QCOMPARE(run.epochs(), shorter.numEpochs);
    }

    void repeatsAreDrawnAsABand() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 2);
        page.controlPanel()->setRunName("rep");
        page.controlPanel()->repeatBox()->setValue(2);
        train(page);
        const RunSummary* r1 = page.runModel()->run("rep-r1");
        const RunSummary* r2 = page.runModel()->run("rep-r2");
        QVERIFY(r1 && r2);
        QCOMPARE(r1->params.seed + 1, r2->params.seed);
        QCOMPARE(r1->epochs(), 2);
        // Selecting one repeat brings its group along: no ticks needed.
        page.runsPanel()->selectRun("rep-r1");
        page.curvesPanel()->redrawNow();
        QCPGraph* mean = page.curvesPanel()->graphOf("rep mean", "eval_acc2sd");
        QVERIFY(mean);
        QCOMPARE(mean->dataCount(), 2);
        QVERIFY(mean->name().contains("mean of 2"));

        // At 1280 x 720 every legend entry fits its place and the plot.
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        faultke::test::flushEvents();
        page.curvesPanel()->redrawNow();
        for (QCustomPlot* plot : {page.curvesPanel()->lossPlot(), page.curvesPanel()->accuracyPlot()}) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            QVERIFY(plot->legend->itemCount() > 0);
            for (int i = 0; i < plot->legend->itemCount(); ++i) {
                auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i));
                QVERIFY(item);
                const QRect rect = item->outerRect();
                const int needed = static_cast<QCPLayoutElement*>(item)->minimumOuterSizeHint().width();
                QVERIFY2(rect.width() >= needed && plot->viewport().contains(rect),
                         qPrintable(QString("%1: %2 px of %3, at %4..%5 in %6 px")
                                        .arg(item->plottable()->name())
                                        .arg(rect.width())
                                        .arg(needed)
                                        .arg(rect.left())
                                        .arg(rect.right())
                                        .arg(plot->viewport().width())));
            }
        }

        // A click on the mean curve says why it chooses nothing.
        QCustomPlot* lossPlot = page.curvesPanel()->lossPlot();
        // The mean's point farthest from every run's: the click picks the nearest curve.
        QList<QCPGraph*> means, others;
        for (const QString& run : {QString("rep-r1"), QString("rep-r2"), QString("rep mean")})
            for (const QString& column : {QString("train_loss"), QString("eval_loss")})
                if (QCPGraph* g = page.curvesPanel()->graphOf(run, column)) (run == "rep mean" ? means : others) << g;
        QCOMPARE(means.size(), 2);
        QPointF meanAt;
        double alone = 0;
        for (QCPGraph* mean : means)
            for (auto d = mean->data()->constBegin(); d != mean->data()->constEnd(); ++d) {
                const QPointF p = mean->coordsToPixels(d->key, d->value);
                double nearest = 1e9;
                for (QCPGraph* g : others)
                    for (auto o = g->data()->constBegin(); o != g->data()->constEnd(); ++o)
                        nearest = std::min(nearest, QLineF(p, g->coordsToPixels(o->key, o->value)).length());
                if (nearest > alone) {
                    alone = nearest;
                    meanAt = p;
                }
            }
        QVERIFY2(alone > 3, qPrintable(QString::number(alone)));
        QSignalSpy notices(page.curvesPanel(), &gui::CurvesPanel::notice);
        QSignalSpy epochClicks(page.curvesPanel(), &gui::CurvesPanel::epochClicked);
        QTest::mouseClick(lossPlot, Qt::LeftButton, Qt::NoModifier, meanAt.toPoint());
        QCOMPARE(notices.count(), 1);
        QVERIFY2(notices.at(0).at(0).toString().contains("mean of 2 repeats"),
                 qPrintable(notices.at(0).at(0).toString()));
        QVERIFY(notices.at(0).at(0).toString().contains("click a repeat's own curve"));
        QCOMPARE(epochClicks.count(), 0);
        QVERIFY(page.curvesPanel()->pointText(lossPlot, meanAt).contains("mean of 2 repeats"));

        // The original's Keras history as a dashed reference.
        const QString keras = test::sharedFile("reference/keras-archive/history.json");
        if (!keras.isEmpty()) {
            QVERIFY(page.addReference(keras));
            page.curvesPanel()->redrawNow();
            const auto& series = page.curvesPanel()->series();
            QVERIFY(std::any_of(series.begin(), series.end(), [](const gui::CurveSeries& s) { return s.reference; }));
        }
        QVERIFY(!page.addReference(dir_.filePath("missing.json")));
    }

    void askingBeforeTheProjectGoes() {
        TrainPage page;
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 400);
        page.controlPanel()->setRunName("asked");
        QSignalSpy epochs(page.session(), &gui::TrainingSession::epochDone);
        QVERIFY(page.startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 1, kWaitMs);
        int asked = 0;
        page.setStopQuestion([&](const QString& run) {
            ++asked;
            return run == "asked" && asked > 1;  // no the first time, yes the second
        });
        QVERIFY(!page.stopTrainingAfterAsking());
        QVERIFY(page.isTraining());
        QVERIFY(page.stopTrainingAfterAsking());
        QVERIFY(!page.isTraining());
        const RunSummary run = readRunSummary(project_->experimentsDir() + "/asked");
        QCOMPARE(run.status, RunStatus::Stopped);
        // Nothing half-written: every listed epoch has its checkpoint, no temporary files.
        QCOMPARE(RunFolder(run.dir).lastCompleteEpoch(), run.epochs());
        const QStringList hidden = QDir(QString::fromStdString(run.dir)).entryList(QDir::Hidden | QDir::Files);
        QVERIFY2(hidden.filter(".tmp").isEmpty(), qPrintable(hidden.join(' ')));
    }

    // A crop changed after Prepare: the page says the file is out of date and, at Start, asks
    // (window-modal, without blocking) whether to prepare again, train on the old file or cancel.
    void staleDatasetIsSaidAndAskedAbout() {
        const QString raw = dir_.filePath("stale-raw");
        QVERIFY(QDir().mkpath(raw));
        Project project = Project::create(dir_.filePath("stale").toStdString());
        project.addExperiment(test::writeSyntheticExperiment(raw, "EB_025_1", 6, 1));
        project.addExperiment(test::writeSyntheticExperiment(raw, "PP_050_1", 6, 2));
        prepareDatasetFile(project.experimentFiles(), project.prepareOptions(), project.datasetPath());
        const SplitCounts old = Dataset::readCounts(project.datasetPath());

        TrainPage page;
        page.resize(1600, 930);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(&project);
        waitForDataset(page);
        QVERIFY(page.datasetStaleReason().isEmpty());
        QCOMPARE(page.datasetLabel()->text(), QString("Dataset: %1 train, %2 eval, %3 test samples")
                                                  .arg(old.samples[0])
                                                  .arg(old.samples[1])
                                                  .arg(old.samples[2]));

        project.settings.crop.stride = 25;
        page.projectSettingsChanged();  // what an edit on the Data page leads to
        QCOMPARE(page.datasetStaleReason(), QString("crop stride now 25 (was 50)"));
        const QString label = page.datasetLabel()->text();
        QVERIFY2(label.startsWith("Dataset out of date: crop stride now 25 (was 50); prepare it again on the Data "
                                  "page."),
                 qPrintable(label));
        QVERIFY(label.contains(QString("%1 train").arg(old.samples[0])));
        const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");

        setTinyParams(page, 1);
        page.controlPanel()->setRunName("stale");
        const QString runDir = QString::fromStdString(project.experimentsDir()) + "/stale";
        QSignalSpy prepare(&page, &TrainPage::prepareRequested);
        const auto ask = [&page] {
            QTest::mouseClick(page.controlPanel()->startButton(), Qt::LeftButton);
            QMessageBox* box = page.staleDatasetQuestion();
            return box && box->isVisible() ? box : nullptr;
        };

        // Cancel: nothing trains.
        QMessageBox* box = ask();
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY2(box->text().contains("crop stride now 25 (was 50)"), qPrintable(box->text()));
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
                page.resize(size);
                faultke::test::flushEvents();
                QVERIFY(
                    page.grab().save(shots + QString("/train-stale-%1x%2.png").arg(size.width()).arg(size.height())));
            }
            QVERIFY(box->grab().save(shots + "/train-stale-question.png"));
        }
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.staleDatasetQuestion());
        QVERIFY(!page.isTraining());
        QVERIFY(!QFileInfo::exists(runDir));
        QCOMPARE(prepare.count(), 0);

        // Prepare Now hands over to the Data page; nothing trains here.
        box = ask();
        QVERIFY(box);
        box->findChild<QPushButton*>("prepareNowButton")->click();
        QCOMPARE(prepare.count(), 1);
        QVERIFY(!page.isTraining());
        QVERIFY(!QFileInfo::exists(runDir));

        // Train on the Old File: it trains, on the file as it is.
        QSignalSpy done(page.session(), &gui::TrainingSession::allDone);
        QTRY_VERIFY(!page.staleDatasetQuestion());
        box = ask();
        QVERIFY(box);
        box->findChild<QPushButton*>("trainOnOldFileButton")->click();
        QVERIFY(page.isTraining());
        QVERIFY(done.wait(kWaitMs));
        const RunSummary run = readRunSummary(runDir.toStdString());
        QCOMPARE(run.status, RunStatus::Finished);
        QCOMPARE(run.epochs(), 1);
        QVERIFY(Dataset::readCounts(project.datasetPath()).samples == old.samples);  // the old file, untouched
    }

    // With FAULTKE_SCREENSHOTS=DIR: the page mid-training, after three repeats with the original's
    // Keras history as reference, and in German, as PNGs for the README and for looking at.
    void screenshots() {
        const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (out.isEmpty()) QSKIP("set FAULTKE_SCREENSHOTS=DIR to write screenshots");
        QDir().mkpath(out);
        // A project of its own, with a larger dataset: the other tests' runs stay out of the pictures.
        Project project = Project::create(dir_.filePath("pictures").toStdString());
        const Dataset data = test::lineDataset(400, 11);
        data.save(project.datasetPath());
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            gui::installTranslations(qApp, language);
            TrainPage page;
            page.resize(1600, 930);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setProject(&project);
            waitForDataset(page);
            if (language == QLatin1String("en")) {
                setTinyParams(page, 30);
                page.paramsForm()->channelsBox()->setValue(4);
                page.controlPanel()->setRunName("fig2");
                page.controlPanel()->repeatBox()->setValue(3);
                QSignalSpy epochs(page.session(), &gui::TrainingSession::epochDone);
                QSignalSpy done(page.session(), &gui::TrainingSession::allDone);
                QVERIFY(page.startTraining());
                QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 45, kWaitMs);
                faultke::test::flushEvents();
                QVERIFY(page.grab().save(out + "/train-training.png"));
                // The sizes the page is checked at: nothing clipped, the window not wider.
                for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
                    page.resize(size);
                    faultke::test::flushEvents();
                    QVERIFY(page.grab().save(
                        out + QString("/train-training-%1x%2.png").arg(size.width()).arg(size.height())));
                }
                page.resize(1600, 930);
                QVERIFY(done.wait(kWaitMs));
            }
            page.runsPanel()->selectRun("fig2-r3");
            const QString keras = test::sharedFile("reference/keras-archive/history.json");
            if (!keras.isEmpty()) page.addReference(keras);
            page.curvesPanel()->redrawNow();
            faultke::test::flushEvents();
            QVERIFY(page.grab().save(out + (language == QLatin1String("en") ? "/train-repeats.png" : "/train-de.png")));
            if (language == QLatin1String("en")) {
                page.resize(1280, 720);
                page.curvesPanel()->redrawNow();
                faultke::test::flushEvents();
                QVERIFY(page.grab().save(out + "/train-repeats-1280x720.png"));
            }
        }
        gui::installTranslations(qApp, "en");
    }

    // Reports from a real training are coalesced: the curves redraw at most ten times a second
    // (a single-shot 100 ms timer), however many epochs and batches arrive. How long the GUI
    // thread stalls meanwhile is a figure of the benches (faultke-bench-gui), not a test.
    void curvesRedrawOnATimerWhileTraining() {
        TrainPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(project_.get());
        waitForDataset(page);
        setTinyParams(page, 60);
        page.controlPanel()->setRunName("coalesced");
        QSignalSpy done(page.session(), &gui::TrainingSession::allDone);
        QSignalSpy batches(page.session(), &gui::TrainingSession::batchDone);
        QElapsedTimer clock;
        const int redrawsBefore = page.curvesPanel()->redrawCount();
        QVERIFY(page.startTraining());
        clock.start();
        QVERIFY(done.wait(kWaitMs));
        const qint64 trainingMs = clock.elapsed();
        const int redraws = page.curvesPanel()->redrawCount() - redrawsBefore;
        QVERIFY2(redraws < batches.count(),
                 qPrintable(QString("%1 redraws for %2 batch reports").arg(redraws).arg(batches.count())));
        QVERIFY2(redraws <= trainingMs / 100 + 3,
                 qPrintable(QString("%1 redraws in %2 ms").arg(redraws).arg(trainingMs)));
    }
};

QTEST_MAIN(TestTrainPage)
#include "test_train_page.moc"
