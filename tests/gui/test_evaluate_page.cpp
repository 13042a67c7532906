// The Evaluate page on a tiny synthetic dataset and a short real run: the plots hold what
// faultke-cli evaluate reports, stored evaluations are reused, filters change the counts as
// the core computes them, hover shows the sample's window, click asks for the Data page,
// export writes files, and bad runs or datasets say what is wrong.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <qcustomplot.h>

#include "core/data/Dataset.h"
#include "core/data/Project.h"
#include "core/model/Evaluation.h"
#include "core/model/EvaluationStore.h"
#include "core/model/Trainer.h"
#include "gui/app/ProjectRuns.h"
#include "gui/evaluate/DiagnosticPlots.h"
#include "gui/evaluate/EvaluateFilterPanel.h"
#include "gui/evaluate/EvaluatePage.h"
#include "gui/evaluate/PredictionPlot.h"
#include "gui/evaluate/SampleInset.h"
#include "gui/jobs/BackgroundJob.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;
using faultke::gui::EvaluatePage;

namespace {

constexpr int kWaitMs = 120000;

// The row "<split> <samples> <acc2sd> ..." of faultke-cli evaluate's table.
QStringList cliRow(const QString& out, const QString& split) {
    for (const QString& line : out.split('\n')) {
        const QStringList f = line.split(' ', Qt::SkipEmptyParts);
        if (!f.isEmpty() && f[0] == split) return f;
    }
    return {};
}

}  // namespace

class TestEvaluatePage : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Project> project_;
    QString runDir_;

    bool evaluate(EvaluatePage& page) {
        QSignalSpy ended(page.job(), &gui::BackgroundJob::ended);
        if (!page.job()->isRunning() && !page.evaluate()) return false;  // choosing a run may have started it
        return ended.wait(kWaitMs);
    }

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        project_ = std::make_unique<Project>(Project::create(dir_.filePath("project").toStdString()));
        const Dataset data = test::lineDataset(120, 4);
        data.save(project_->datasetPath());
        runDir_ = QString::fromStdString(project_->experimentsDir()) + "/run";
        test::trainTinyRun(data, runDir_.toStdString(), 2);
    }

    void plotsHoldWhatTheCliReports() {
        EvaluatePage page;
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(project_.get());
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        QCOMPARE(page.runBox()->currentText(), QString("run"));
        QVERIFY(page.epochBox()->itemText(0).startsWith("best"));
        QVERIFY(evaluate(page));
        QVERIFY(!page.result().samples.empty());

        const test::CliResult r = test::runCli(
            {"evaluate", runDir_, "--data", QString::fromStdString(project_->datasetPath()), "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (Split s : {Split::Train, Split::Eval, Split::Test}) {
            const QStringList row = cliRow(r.out, splitName(s));
            QVERIFY(row.size() >= 3);
            gui::PredictionPlot* plot = page.plot(s);
            QCOMPARE(plot->correctCount() + plot->incorrectCount(), row[1].toInt());
            const double share = double(plot->correctCount()) / (plot->correctCount() + plot->incorrectCount());
            QVERIFY2(std::abs(share - row[2].toDouble()) < 1e-4, qPrintable(row.join(' ')));
            QVERIFY(plot->figuresLabel()->text().contains("2SD accuracy " + QString::number(share, 'f', 3)));
        }
        QVERIFY(QFile::exists(runDir_ + "/evaluations/epoch-00" + QString::number(page.result().epoch) + ".csv"));
        // The page and the command say alike whether the model has learnt yet.
        const bool notLearnt = !notLearntNotice(page.result()).empty();
        QCOMPARE(page.messageLabel()->text().contains("has not learnt yet"), notLearnt);
        QCOMPARE(r.err.contains("has not learnt yet"), notLearnt);

        // Reopening is instant: the stored evaluation is taken.
        QVERIFY(evaluate(page));
        QVERIFY(page.lastWasReused());
        QVERIFY(page.messageLabel()->text().contains("stored evaluation"));

        // Filters: no correct samples, then one experiment only.
        gui::EvaluateFilterPanel* filters = page.filters();
        filters->correctBox()->setChecked(false);
        const auto expected = summarizePredictions(page.result().samples, filters->filter());
        for (Split s : {Split::Train, Split::Eval, Split::Test}) {
            QCOMPARE(page.plot(s)->correctCount(), 0);
            QCOMPARE(page.plot(s)->incorrectCount(), expected[size_t(s)].count);
        }
        filters->correctBox()->setChecked(true);
        filters->experimentList()->item(0)->setCheckState(Qt::Unchecked);
        const auto one = summarizePredictions(page.result().samples, filters->filter());
        QCOMPARE(page.plot(Split::Test)->correctCount() + page.plot(Split::Test)->incorrectCount(),
                 one[size_t(Split::Test)].count);
        QVERIFY(one[size_t(Split::Test)].count <
                summarizePredictions(page.result().samples)[size_t(Split::Test)].count);
        filters->experimentList()->item(0)->setCheckState(Qt::Checked);

        // Hover a test point: its window and labels; click: the Data page is asked for it.
        gui::PredictionPlot* test = page.plot(Split::Test);
        test->plot()->replot(QCustomPlot::rpImmediateRefresh);
        int index = -1;
        for (size_t i = 0; i < page.result().samples.size(); ++i)
            if (page.result().samples[i].split == Split::Test) index = int(i);
        QVERIFY(index >= 0);
        const SamplePrediction& sample = page.result().samples[size_t(index)];  // a test point to aim at
        const QPoint at(qRound(test->plot()->xAxis->coordToPixel(sample.prediction)),
                        qRound(test->plot()->yAxis->coordToPixel(sample.ke)));
        QVERIFY(test->sampleAt(at) >= 0);
        QSignalSpy hoveredSpy(test, &gui::PredictionPlot::sampleHovered);
        QTest::mouseMove(test->plot(), at);
        QTRY_VERIFY(!hoveredSpy.isEmpty() && hoveredSpy.last().at(0).toInt() >= 0);
        // Points may overlap: the one under the cursor is whichever the plot names.
        const SamplePrediction& hovered = page.result().samples[size_t(hoveredSpy.last().at(0).toInt())];
        QVERIFY(page.inset()->textLabel()->text().contains(QString::fromStdString(hovered.experiment)));
        QVERIFY(page.inset()->textLabel()->text().contains(
            QString("frame %1, window %2").arg(hovered.frame).arg(hovered.window)));
        // The label with its SD named as the Data page names it; correct means within 2SD.
        QVERIFY2(page.inset()->textLabel()->text().contains(
                     QString("label KE %1 ± %2 (1SD)").arg(hovered.ke, 0, 'f', 2).arg(hovered.sd, 0, 'f', 2)),
                 qPrintable(page.inset()->textLabel()->text()));
        QVERIFY(page.inset()->textLabel()->text().contains(
            QString("%1 2SD (± %2)").arg(hovered.correct ? "within" : "outside").arg(2 * hovered.sd, 0, 'f', 2)));
        QVERIFY(!page.inset()->imageLabel()->pixmap().isNull());
        QSignalSpy show(&page, &EvaluatePage::showOnDataPage);
        QTest::mouseClick(test->plot(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().at(0).toString(), QString::fromStdString(hovered.experiment));
        QCOMPARE(show.first().at(1).toInt(), hovered.frame);
        QCOMPARE(show.first().at(2).toInt(), hovered.window);

        // Export.
        const QString out = dir_.filePath("export");
        QDir().mkpath(out);
        QVERIFY(page.exportTo(out));
        for (const QString& f : {"predicted-vs-true-test.png", "predicted-vs-true-train.svg",
                                 "predicted-vs-true-eval.pdf", "timeline.png", "residuals.svg"})
            QVERIFY2(QFileInfo(out + "/" + f).size() > 100, qPrintable(f));
        QCOMPARE(readPredictionsCsv((out + "/predictions.csv").toStdString()).size(), page.result().samples.size());
    }

    // Without a run there is nothing to draw: a message in the middle instead of empty axes.
    void noRunShowsAnEmptyStateInsteadOfAxes() {
        Project empty = Project::create(dir_.filePath("no-runs").toStdString());
        EvaluatePage page;
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(&empty);
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        QCOMPARE(page.runBox()->count(), 0);
        QVERIFY(page.emptyStateLabel()->isVisible());
        QCOMPARE(page.emptyStateLabel()->text(),
                 QString("No trained run yet: train one on the Train page, then choose it here."));
        for (Split s : {Split::Train, Split::Eval, Split::Test}) QVERIFY(!page.plot(s)->isVisible());
        QVERIFY(!page.diagnostics()->isVisible());
        const QRect label = page.emptyStateLabel()->geometry();
        QVERIFY2(label.width() > page.width() / 2, "the message is not centred in the page");

        // A run: evaluated, the plots come back and the message goes.
        page.setProject(project_.get());
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        QVERIFY(evaluate(page));
        QTRY_VERIFY(!page.emptyStateLabel()->isVisible());
        for (Split s : {Split::Train, Split::Eval, Split::Test}) QVERIFY(page.plot(s)->isVisible());
    }

    // Every plot's legend sits below its axes, in the plot, so no point is hidden behind it.
    void legendsCoverNoPoints() {
        EvaluatePage page;
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(project_.get());
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        QVERIFY(evaluate(page));
        for (QCustomPlot* plot :
             {page.plot(Split::Train)->plot(), page.plot(Split::Eval)->plot(), page.plot(Split::Test)->plot(),
              page.diagnostics()->timelinePlot(), page.diagnostics()->residualPlot()}) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            const QRect legend = plot->legend->outerRect();
            QVERIFY2(plot->legend->layout() == plot->plotLayout(), qPrintable(plot->objectName()));
            QVERIFY(plot->legend->visible() && legend.isValid() && plot->legend->itemCount() > 0);
            QVERIFY2(!legend.intersects(plot->axisRect()->rect()), qPrintable(plot->objectName()));
            int points = 0;
            for (int g = 0; g < plot->graphCount(); ++g)
                for (auto it = plot->graph(g)->data()->constBegin(); it != plot->graph(g)->data()->constEnd(); ++it) {
                    const QPointF pixel = plot->graph(g)->coordsToPixels(it->key, it->value);
                    QVERIFY2(!legend.contains(pixel.toPoint()), qPrintable(plot->objectName()));
                    ++points;
                }
            QVERIFY(points > 0);
        }
    }

    void comparesRunsAndRepeatGroups() {
        Dataset data = Dataset::load(project_->datasetPath());
        for (int r = 1; r <= 2; ++r) {
            test::trainTinyRun(data, project_->experimentsDir() + "/rep-r" + std::to_string(r), 1, 100 + r);
        }
        EvaluatePage page;
        page.setProject(project_.get());
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        QVERIFY(evaluate(page));
        QVERIFY(page.compareBox()->findData("group:rep") >= 0);
        QVERIFY(page.compareBox()->findData("rep-r1") >= 0);
        QSignalSpy ended(page.compareJob(), &gui::BackgroundJob::ended);
        QVERIFY(page.compareWith("group:rep"));
        QVERIFY(ended.wait(kWaitMs));
        QTableWidget* table = page.comparisonTable();
        QVERIFY(!table->isHidden());
        QCOMPARE(table->rowCount(), 3);  // the run and both repeats
        QCOMPARE(table->columnCount(), 9);
        QVERIFY(table->verticalHeaderItem(1)->text().startsWith("rep-r1"));
        // The cells are the core's figures of each run.
        const EvaluationResult r1 =
            evaluateRunStored(project_->experimentsDir() + "/rep-r1", data, "best", DeviceChoice::Cpu);
        const auto figures = summarizePredictions(r1.samples);
        QCOMPARE(table->item(1, 6)->text(), QString::number(figures[size_t(Split::Test)].accuracy2sd, 'f', 3));
        QVERIFY(page.compareWith({}));
        QVERIFY(table->isHidden());
    }

    // The project's settings moved on after its dataset was prepared: the figures say so.
    void outOfDateDatasetIsSaid() {
        Project project = *project_;  // the same folder, with experiments that match its dataset
        const Dataset file = Dataset::loadSettings(project.datasetPath());
        for (const std::string& name : file.experiments)
            project.settings.experiments.push_back({name + ".mat", ExperimentRole::Split});
        project.settings.crop = file.crop;
        EvaluatePage page;
        page.setProject(&project);
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        QVERIFY(evaluate(page));
        QVERIFY(page.datasetStateLabel()->isHidden());

        project.settings.crop.stride = 25;
        page.projectSettingsChanged();
        QVERIFY(!page.datasetStateLabel()->isHidden());
        QCOMPARE(page.datasetStateLabel()->text(),
                 QString("Dataset out of date: crop stride now 25 (was 50); prepare it again on the Data page. These "
                         "figures are of the old file."));
        project.settings.crop = file.crop;
        page.projectSettingsChanged();
        QVERIFY(page.datasetStateLabel()->isHidden());
    }

    // With FAULTKE_SCREENSHOTS=DIR: the page with all three splits and a hover inset.
    void screenshots() {
        const QString out = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
        if (out.isEmpty()) QSKIP("set FAULTKE_SCREENSHOTS=DIR to write screenshots");
        QDir().mkpath(out);
        Project project = Project::create(dir_.filePath("pictures").toStdString());
        const Dataset data = test::lineDataset(600, 12);
        data.save(project.datasetPath());
        test::trainTinyRun(data, project.experimentsDir() + "/fig3", 12);
        EvaluatePage page;
        page.resize(1600, 930);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(&project);
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("fig3");
        QVERIFY(evaluate(page));
        gui::PredictionPlot* test = page.plot(Split::Test);
        test->plot()->replot(QCustomPlot::rpImmediateRefresh);
        // The inset of an incorrect test sample (real hovering is tested above).
        for (size_t i = 0; i < page.result().samples.size(); ++i)
            if (page.result().samples[i].split == Split::Test && !page.result().samples[i].correct) {
                emit test->sampleHovered(int(i));
                break;
            }
        QVERIFY(!page.inset()->imageLabel()->pixmap().isNull());
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(out + "/evaluate.png"));
        for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
            page.resize(size);
            faultke::test::flushEvents();
            QVERIFY(page.grab().save(out + QString("/evaluate-%1x%2.png").arg(size.width()).arg(size.height())));
        }

        // No run yet: the empty state.
        Project empty = Project::create(dir_.filePath("pictures-empty").toStdString());
        page.setProject(&empty);
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
            page.resize(size);
            faultke::test::flushEvents();
            QVERIFY(
                page.grab().save(out + QString("/evaluate-no-runs-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }

    void badRunsAndDatasetsAreNamed() {
        EvaluatePage page;
        page.setProject(project_.get());
        page.projectRuns()->waitUntilListed();  // listed off the GUI thread
        page.refreshRuns("run");
        // A dataset that no longer fits the run (other window size).
        const std::string saved = project_->datasetPath() + ".keep";
        QVERIFY(QFile::rename(QString::fromStdString(project_->datasetPath()), QString::fromStdString(saved)));
        const Dataset other = test::lineDataset(40, 9, test::fullSizeLines(test::LineSplits::FourthEvalFifthTest));
        other.save(project_->datasetPath());
        QVERIFY(evaluate(page));
        QVERIFY2(page.messageLabel()->text().contains("windows"), qPrintable(page.messageLabel()->text()));
        QFile::remove(QString::fromStdString(project_->datasetPath()));
        QVERIFY(QFile::rename(QString::fromStdString(saved), QString::fromStdString(project_->datasetPath())));

        // A run whose checkpoints are gone.
        QDir(runDir_ + "/checkpoints").removeRecursively();
        QDir(runDir_ + "/evaluations").removeRecursively();
        QVERIFY(evaluate(page));
        QVERIFY2(page.messageLabel()->text().contains("epoch-00"), qPrintable(page.messageLabel()->text()));
    }
};

QTEST_MAIN(TestEvaluatePage)
#include "test_evaluate_page.moc"
