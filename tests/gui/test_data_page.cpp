// The Data page with real widgets (offscreen) and real synthetic .mat files: adding files (a
// broken one included), editing the crop by spin box and by dragging on the frame, frame
// navigation, the split summary, preparing the dataset file, dataset files refused as
// experiments and a dataset file out of date with the settings.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <memory>

#include "core/data/Dataset.h"
#include "core/data/Labels.h"
#include "core/data/Prepare.h"
#include "core/data/Project.h"
#include "gui/data/CropEditor.h"
#include "gui/data/DataPage.h"
#include "gui/data/ExperimentListModel.h"
#include "gui/data/ExperimentListPanel.h"
#include "gui/data/FramePanel.h"
#include "gui/data/FrameViewer.h"
#include "gui/data/KeTimelinePlot.h"
#include "gui/data/PreparePanel.h"
#include "gui/data/SplitColors.h"
#include "gui/data/SplitPanel.h"
#include "gui/jobs/BackgroundJob.h"
#include "support/TestSupport.h"

using faultke::gui::DataPage;
using faultke::gui::ExperimentListModel;

namespace {
constexpr int kFrames = 8;
constexpr int kWaitMs = 60000;
}  // namespace

class TestDataPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void addingFilesShowsInfoAndErrors();
    void cropSpinBoxUpdatesOverlayAndSampleCounts();
    void draggingOnTheViewerUpdatesSpinBoxes();
    void frameNavigationUpdatesLabelAndImage();
    void splitSummaryMatchesAssignWindows();
    void prepareWritesWhatPrepareDatasetGives();
    void refusesWhatIsNotAnExperiment();
    void worksAt1280x720();
    void showSampleOpensExperimentFrameAndWindow();
    void nothingStaleAfterDeleteOrProjectSwitch();
    void overlayShowsSplitsAndHighlightsTheTimeline();
    void prepareLeavesOutUnreadableExperiments();
    void datasetFilesAreNoExperiments();
    void datasetBoxSaysWhenTheFileIsOutOfDate();
    void windowLabelsNameTheirSd();

private:
    // Prepares the page's project and waits until the file is written.
    void prepare(DataPage& page);
    // A fresh project folder listing the given experiment files.
    std::unique_ptr<faultke::Project> makeProject(const QStringList& files);
    // Shows the page at the application's design size and waits until every experiment is read
    // and labelled and the selected one is loaded.
    void showAndSettle(DataPage& page);
    static size_t directSampleCount(const QString& file, const faultke::CropSpec& crop);

    QTemporaryDir dir_;
    QString first_, second_, broken_;
    int projects_ = 0;
};

void TestDataPage::initTestCase() {
    QVERIFY(dir_.isValid());
    const QString raw = dir_.filePath("raw");
    QVERIFY(QDir().mkpath(raw));
    first_ = QString::fromStdString(faultke::test::writeSyntheticExperiment(raw, "EB_025_1", kFrames, 1));
    second_ = QString::fromStdString(faultke::test::writeSyntheticExperiment(raw, "PP_050_1", kFrames, 2));
    // A MAT file cut short: it is an experiment, but cannot be read.
    broken_ = QDir(raw).filePath("broken.mat");
    QFile whole(first_);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile file(broken_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(whole.read(whole.size() / 3));
}

std::unique_ptr<faultke::Project> TestDataPage::makeProject(const QStringList& files) {
    const QString folder = dir_.filePath(QString("project%1").arg(++projects_));
    auto project = std::make_unique<faultke::Project>(faultke::Project::create(folder.toStdString()));
    for (const QString& f : files)
        project->settings.experiments.push_back({f.toStdString(), faultke::ExperimentRole::Split});
    return project;
}

void TestDataPage::showAndSettle(DataPage& page) {
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLabelling(), kWaitMs);
    if (page.selectedRow() >= 0 && page.experimentModel()->row(page.selectedRow()).fileError.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(page.framePanel()->experiment() != nullptr, kWaitMs);
}

size_t TestDataPage::directSampleCount(const QString& file, const faultke::CropSpec& crop) {
    const faultke::Experiment exp =
        faultke::Experiment::load(file.toStdString(), {}, faultke::Experiment::Content::LabelsOnly);
    return faultke::labelExperiment(exp, crop).kept.size();
}

void TestDataPage::addingFilesShowsInfoAndErrors() {
    auto project = makeProject({});
    DataPage page;
    page.setProject(project.get());
    QSignalSpy modified(&page, &DataPage::projectModified);

    QCOMPARE(page.addExperimentFiles({first_, broken_}), 2);
    QCOMPARE(project->settings.experiments.size(), size_t(2));
    QVERIFY(modified.count() >= 1);

    // Dropping the folder adds the one .mat file of it that is not listed yet.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QFileInfo(first_).absolutePath())});
    QCOMPARE(page.dropExperiments(&mime), 1);
    QCOMPARE(project->settings.experiments.size(), size_t(3));
    QCOMPARE(QString::fromStdString(project->settings.experiments[2].path), second_);
    showAndSettle(page);

    ExperimentListModel* model = page.experimentModel();
    QCOMPARE(model->rowCount(), 3);
    for (int r : {0, 2}) {
        QVERIFY2(model->row(r).error().isEmpty(), qPrintable(model->row(r).error()));
        QCOMPARE(model->data(model->index(r, ExperimentListModel::FramesColumn)).toInt(), kFrames);
        QCOMPARE(model->data(model->index(r, ExperimentListModel::SizeColumn)).toString(), QString("135×313"));
        QVERIFY(model->row(r).velRange.has_value());
        const int samples = model->data(model->index(r, ExperimentListModel::SamplesColumn)).toInt();
        QCOMPARE(size_t(samples), directSampleCount(model->row(r).absolutePath, project->settings.crop));
    }
    // The broken file: the core's message in the row, in red, in full in the tooltip.
    const QString error = model->row(1).fileError;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains("broken.mat"), qPrintable(error));
    const QString shown = model->data(model->index(1, ExperimentListModel::FramesColumn)).toString();
    QVERIFY2(shown.startsWith("error: ") && error.endsWith(shown.mid(7)), qPrintable(shown));
    QCOMPARE(model->data(model->index(1, ExperimentListModel::NameColumn), Qt::ToolTipRole).toString(), error);
    QCOMPARE(model->data(model->index(1, 0), Qt::ForegroundRole).value<QBrush>().color(), QColor(190, 20, 20));

    // Selecting it shows the error instead of a frame; the page keeps working.
    page.selectExperiment(1);
    QVERIFY(page.framePanel()->experiment() == nullptr);
    QCOMPARE(page.framePanel()->viewer()->experiment(), nullptr);

    // Adding a folder adds only what is not listed yet.
    QCOMPARE(page.addExperimentFiles({QFileInfo(first_).absolutePath()}), 0);

    page.removeExperiment(1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(project->settings.experiments.size(), size_t(2));
    QCOMPARE(model->row(1).name(), QString("PP_050_1"));
}

void TestDataPage::cropSpinBoxUpdatesOverlayAndSampleCounts() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    faultke::gui::FrameViewer* viewer = page.framePanel()->viewer();
    QCOMPARE(viewer->overlayWindowCount(), 5);  // 1 + (313 - 64) / 50

    QSignalSpy modified(&page, &DataPage::projectModified);
    page.cropEditor()->strideBox()->setValue(80);
    QCOMPARE(project->settings.crop.stride, 80);
    QCOMPARE(viewer->crop().stride, 80);
    QCOMPARE(viewer->overlayWindowCount(), 4);  // 1 + (313 - 64) / 80
    QVERIFY(modified.count() >= 1);
    QVERIFY(page.isLabelling());

    QTRY_VERIFY_WITH_TIMEOUT(!page.isLabelling(), kWaitMs);
    ExperimentListModel* model = page.experimentModel();
    for (int r : {0, 1}) {
        const int samples = model->data(model->index(r, ExperimentListModel::SamplesColumn)).toInt();
        QCOMPARE(size_t(samples), directSampleCount(model->row(r).absolutePath, project->settings.crop));
        for (const faultke::WindowLabel& s : model->row(r).labels->kept) QVERIFY(s.window < 4);
    }

    // Windows without fault traces at the current frame are drawn as skipped.
    const faultke::Experiment* exp = page.framePanel()->experiment();
    QVERIFY(exp);
    for (int w = 0; w < 4; ++w) {
        const auto label = faultke::labelWindow(*exp, project->settings.crop, w, page.framePanel()->currentFrame());
        QCOMPARE(viewer->windowDrawnEmpty(w), label.status != faultke::SampleStatus::Kept);
    }
}

void TestDataPage::draggingOnTheViewerUpdatesSpinBoxes() {
    auto project = makeProject({first_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    faultke::gui::FrameViewer* viewer = page.framePanel()->viewer();
    faultke::gui::CropEditor* editor = page.cropEditor();
    viewer->fitView();
    viewer->replot(QCustomPlot::rpImmediateRefresh);

    auto drag = [viewer](QPointF fromCell, QPointF toCell) {
        const QPoint from = viewer->widgetPoint(fromCell.x(), fromCell.y());
        const QPoint to = viewer->widgetPoint(toCell.x(), toCell.y());
        QTest::mousePress(viewer, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(viewer, (from + to) / 2);
        QTest::mouseMove(viewer, to);
        QTest::mouseRelease(viewer, Qt::LeftButton, Qt::NoModifier, to);
    };

    // Inside a window, vertically: the first row moves (135 rows leave room for 7).
    QCOMPARE(viewer->handleAt(viewer->widgetPoint(20, 60)), faultke::gui::FrameViewer::Handle::Move);
    drag({20, 60}, {20, 65});
    QCOMPARE(editor->firstRowBox()->value(), 5);
    QCOMPARE(project->settings.crop.firstRow, 5);

    // The left edge of window 1: the stride.
    drag({49.5, 70}, {59.5, 70});
    QCOMPARE(editor->strideBox()->value(), 60);
    QCOMPARE(viewer->crop().stride, 60);

    // The right edge of window 0: the width.
    drag({63.5, 70}, {55.5, 70});
    QCOMPARE(editor->widthBox()->value(), 56);
    QCOMPARE(project->settings.crop, (faultke::CropSpec{5, 60, 128, 56}));

    // Dragging the background pans the view and leaves the crop alone.
    drag({300, 2}, {290, 2});
    QCOMPARE(project->settings.crop, (faultke::CropSpec{5, 60, 128, 56}));
}

void TestDataPage::frameNavigationUpdatesLabelAndImage() {
    auto project = makeProject({first_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    const faultke::Experiment* exp = page.framePanel()->experiment();
    QVERIFY(exp);
    faultke::gui::FrameViewer* viewer = page.framePanel()->viewer();
    page.framePanel()->channelBox()->setCurrentIndex(
        page.framePanel()->channelBox()->findData(int(faultke::Channel::Curl)));
    QCOMPARE(viewer->channel(), faultke::Channel::Curl);
    // An experiment opens on its last frame, where the fault is most developed.
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame %1 of 0–%1").arg(kFrames - 1));
    QCOMPARE(page.framePanel()->currentFrame(), kFrames - 1);
    page.framePanel()->frameSlider()->setValue(0);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame 0 of 0–%1").arg(kFrames - 1));

    auto showsFrame = [&](int t) {
        for (int r = 0; r < exp->rows(); r += 7)
            for (int c = 0; c < exp->cols(); c += 11) {
                const double expected = exp->value(faultke::Channel::Curl, t, r, c);
                const double shown = viewer->shownValue(r, c);
                if (!(expected == shown || (std::isnan(expected) && std::isnan(shown)))) return false;
            }
        return true;
    };
    QVERIFY(showsFrame(0));

    QTest::mouseClick(page.findChild<QToolButton*>("nextFrameButton"), Qt::LeftButton);
    QCOMPARE(page.framePanel()->currentFrame(), 1);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame 1 of 0–%1").arg(kFrames - 1));
    QCOMPARE(viewer->frame(), 1);
    QVERIFY(showsFrame(1));
    QVERIFY(!showsFrame(0));  // the synthetic curl changes between frames

    page.framePanel()->frameSlider()->setValue(5);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame 5 of 0–%1").arg(kFrames - 1));
    QVERIFY(showsFrame(5));
    QCOMPARE(page.framePanel()->timeline()->currentFrame(), 5);

    QTest::mouseClick(page.findChild<QToolButton*>("prevFrameButton"), Qt::LeftButton);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame 4 of 0–%1").arg(kFrames - 1));
    QCOMPARE(page.framePanel()->frameSlider()->value(), 4);

    // Clicking the KE timeline goes to that frame (0-based, as the label says).
    faultke::gui::KeTimelinePlot* timeline = page.framePanel()->timeline();
    timeline->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint atFrame3(qRound(timeline->xAxis->coordToPixel(3)), qRound(timeline->yAxis->coordToPixel(0.5)));
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, atFrame3);
    QCOMPARE(page.framePanel()->currentFrame(), 3);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame 3 of 0–%1").arg(kFrames - 1));
    QVERIFY(showsFrame(3));
    page.framePanel()->setCurrentFrame(4);

    // The KE timeline holds every kept sample of the experiment.
    const auto& labels = page.experimentModel()->row(0).labels;
    QVERIFY(labels);
    QCOMPARE(size_t(page.framePanel()->timeline()->pointsGraph()->dataCount()), labels->kept.size());

    // Hovering a window reads its labels for the current frame.
    // (The color scale's labels change with the frame and so can the plot's margins: lay out first.)
    viewer->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint inWindow = viewer->widgetPoint(30, 60);
    QTest::mouseMove(viewer, inWindow);
    QVERIFY2(page.framePanel()->windowInfoLabel()->text().startsWith("Window 0 · frame 4: "),
             qPrintable(page.framePanel()->windowInfoLabel()->text()));
    const int row = qRound(viewer->yAxis->pixelToCoord(inWindow.y()));
    const int col = qRound(viewer->xAxis->pixelToCoord(inWindow.x()));
    QVERIFY(std::abs(row - 60) <= 1 && std::abs(col - 30) <= 1);
    const QString expected = QString("Row %1, column %2").arg(row).arg(col);
    QVERIFY2(page.framePanel()->cursorLabel()->text().startsWith(expected),
             qPrintable(page.framePanel()->cursorLabel()->text()));
    QVERIFY(page.framePanel()->cursorLabel()->text().endsWith("1/frame"));
}

void TestDataPage::splitSummaryMatchesAssignWindows() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    ExperimentListModel* model = page.experimentModel();
    QVERIFY(model->setData(model->index(1, ExperimentListModel::RoleColumn), int(faultke::ExperimentRole::TrainOnly)));
    QCOMPARE(project->settings.experiments[1].role, faultke::ExperimentRole::TrainOnly);
    page.splitPanel()->evalBox()->setValue(1);
    page.splitPanel()->testBox()->setValue(2);
    page.splitPanel()->seedBox()->setValue(7);
    QCOMPARE(project->settings.evalWindows, 1);
    QCOMPARE(project->settings.testWindows, 2);
    QCOMPARE(project->settings.seed, uint64_t(7));
    showAndSettle(page);

    std::array<int, 3> expected{};
    const faultke::SplitSpec spec = project->splitSpec();
    for (const QString& file : {first_, second_}) {
        const faultke::Experiment exp =
            faultke::Experiment::load(file.toStdString(), {}, faultke::Experiment::Content::LabelsOnly);
        const auto table = faultke::labelExperiment(exp, project->settings.crop);
        const auto splits = faultke::assignWindows(spec, exp.name(), project->settings.crop.windowCount(exp.cols()));
        const bool trainOnly = spec.roleOf(exp.name()) == faultke::ExperimentRole::TrainOnly;
        for (const auto& s : table.kept) ++expected[trainOnly ? 0 : int(splits[size_t(s.window)])];
    }
    QVERIFY(expected[1] > 0 && expected[2] > 0);
    for (int s = 0; s < 3; ++s) QCOMPARE(page.splitPanel()->shownSamples(s), expected[size_t(s)]);
    QCOMPARE(page.splitPanel()->shownSamples(3), expected[0] + expected[1] + expected[2]);

    // Excluding an experiment removes its samples at once.
    QVERIFY(model->setData(model->index(1, ExperimentListModel::RoleColumn), int(faultke::ExperimentRole::Excluded)));
    QVERIFY(page.splitPanel()->shownSamples(3) < expected[0] + expected[1] + expected[2]);
}

void TestDataPage::prepareWritesWhatPrepareDatasetGives() {
    auto project = makeProject({first_, second_, broken_});
    project->settings.crop = faultke::CropSpec{3, 45, 128, 64};
    project->settings.seed = 11;
    DataPage page;
    page.setProject(project.get());
    ExperimentListModel* model = page.experimentModel();
    QVERIFY(model->setData(model->index(2, ExperimentListModel::RoleColumn), int(faultke::ExperimentRole::Excluded)));
    showAndSettle(page);

    const QString output = QString::fromStdString(project->datasetPath());
    QVERIFY(!QFile::exists(output));
    page.prepareDataset();
    QVERIFY(page.isPreparing());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isPreparing(), kWaitMs);
    const QString outcome = page.preparePanel()->outcomeLabel()->text().remove(QChar(0x200B));
    QVERIFY2(QFile::exists(output), qPrintable(outcome));
    QVERIFY2(outcome.startsWith("Wrote"), qPrintable(outcome));

    const faultke::Dataset written = faultke::Dataset::load(output.toStdString());
    const faultke::Dataset direct = faultke::prepareDataset(project->experimentFiles(), project->prepareOptions());
    QCOMPARE(written.experiments, direct.experiments);
    QCOMPARE(written.crop, direct.crop);
    QCOMPARE(written.dx, direct.dx);
    QCOMPARE(written.size(), direct.size());
    QVERIFY(written.size() > 0);
    for (size_t i = 0; i < direct.size(); ++i) {
        const faultke::Sample& a = written.samples[i];
        const faultke::Sample& b = direct.samples[i];
        QCOMPARE(a.experiment, b.experiment);
        QCOMPARE(a.window, b.window);
        QCOMPARE(a.frame, b.frame);
        QCOMPARE(a.ke, b.ke);
        QCOMPARE(a.sd, b.sd);
        QCOMPARE(a.keLabel, b.keLabel);
        QCOMPARE(a.split, b.split);
    }
    QVERIFY(written.windows == direct.windows);
    // The page's summary promised the same counts.
    const faultke::SplitCounts counts = direct.counts();
    for (int s = 0; s < 3; ++s) QCOMPARE(page.splitPanel()->shownSamples(s), counts.samples[size_t(s)]);

    // Optional picture of the page for a visual check.
    const QString shot = qEnvironmentVariable("FAULTKE_DATA_PAGE_SCREENSHOT");
    if (!shot.isEmpty()) {
        page.selectExperiment(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.framePanel()->experiment() != nullptr, kWaitMs);
        page.framePanel()->setCurrentFrame(kFrames - 1);
        page.framePanel()->viewer()->setHighlightedWindow(1);
        faultke::test::flushEvents();
        QVERIFY(page.grab().save(shot));
    }
}

void TestDataPage::overlayShowsSplitsAndHighlightsTheTimeline() {
    auto project = makeProject({first_});
    project->settings.evalWindows = 1;
    project->settings.testWindows = 1;
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    faultke::gui::FrameViewer* viewer = page.framePanel()->viewer();
    const int windows = viewer->overlayWindowCount();
    QVERIFY(windows >= 3);
    const std::vector<faultke::Split> splits = faultke::assignWindows(project->splitSpec(), "EB_025_1", windows);
    for (int w = 0; w < windows; ++w)
        QCOMPARE(viewer->windowColor(w), faultke::gui::splitColor(splits[size_t(w)]).darker(115));

    // Train-only: every window is drawn as train.
    page.experimentModel()->setData(page.experimentModel()->index(0, ExperimentListModel::RoleColumn),
                                    int(faultke::ExperimentRole::TrainOnly));
    for (int w = 0; w < windows; ++w)
        QCOMPARE(viewer->windowColor(w), faultke::gui::splitColor(faultke::Split::Train).darker(115));

    // Faint, then hidden.
    QComboBox* overlay = page.framePanel()->overlayBox();
    overlay->setCurrentIndex(1);
    QVERIFY(viewer->windowColor(0).alphaF() < 0.5);
    overlay->setCurrentIndex(2);
    QCOMPARE(viewer->overlayWindowCount(), 0);
    overlay->setCurrentIndex(0);
    QCOMPARE(viewer->overlayWindowCount(), windows);

    // Clicking a window draws its KE through the frames on the timeline.
    viewer->replot(QCustomPlot::rpImmediateRefresh);
    QTest::mouseClick(viewer, Qt::LeftButton, Qt::NoModifier, viewer->widgetPoint(150, 60));
    const int clicked = viewer->highlightedWindow();
    QVERIFY(clicked >= 0);
    const auto& labels = page.experimentModel()->row(0).labels;
    const auto inWindow = std::count_if(labels->kept.begin(), labels->kept.end(),
                                        [clicked](const faultke::WindowLabel& l) { return l.window == clicked; });
    QVERIFY(inWindow > 0);
    QCOMPARE(page.framePanel()->timeline()->highlightGraph()->dataCount(), int(inWindow));
}

void TestDataPage::nothingStaleAfterDeleteOrProjectSwitch() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    QTableView* table = page.experimentPanel()->table();

    // Deleting the shown experiment: whatever the table highlights is what the frame shows.
    page.selectExperiment(0);
    emit page.experimentPanel()->removeRequested(0);
    QCOMPARE(page.experimentModel()->rowCount(), 1);
    QCOMPARE(table->currentIndex().row(), page.selectedRow());
    if (page.selectedRow() >= 0) {
        QTRY_VERIFY_WITH_TIMEOUT(page.framePanel()->experiment() != nullptr, kWaitMs);
        QCOMPARE(QString::fromStdString(page.framePanel()->experiment()->name()), QString("PP_050_1"));
    } else {
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    }

    // A look at curl on frame 3, a failed prepare; then a new, empty project.
    page.framePanel()->channelBox()->setCurrentIndex(1);
    page.framePanel()->setCurrentFrame(3);
    page.preparePanel()->outcomeLabel()->setText("Failed: something");
    auto empty = makeProject({});
    page.setProject(empty.get());
    QCOMPARE(page.framePanel()->channelBox()->currentIndex(), 0);
    QCOMPARE(page.framePanel()->frameLabel()->text(), QString("Frame –"));
    QCOMPARE(page.framePanel()->timeline()->currentFrame(), 0);
    QVERIFY(!page.cropEditor()->findChildren<QLabel*>().isEmpty());
    for (QLabel* label : page.cropEditor()->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains("313"), qPrintable(label->text()));  // the old frame size
    QVERIFY(page.preparePanel()->outcomeLabel()->text().isEmpty());
    QVERIFY(page.experimentPanel()->noticeLabel()->isHidden());
}

// What a click on the Evaluate page asks for: that experiment, frame and window.
void TestDataPage::showSampleOpensExperimentFrameAndWindow() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    QVERIFY(page.showSample("PP_050_1", 3, 2));
    QCOMPARE(page.selectedRow(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.framePanel()->experiment() != nullptr && page.framePanel()->experiment()->name() == "PP_050_1", kWaitMs);
    QCOMPARE(page.framePanel()->currentFrame(), 3);
    QCOMPARE(page.framePanel()->viewer()->highlightedWindow(), 2);
    // Already shown: at once.
    QVERIFY(page.showSample("PP_050_1", 5, 1));
    QCOMPARE(page.framePanel()->currentFrame(), 5);
    QCOMPARE(page.framePanel()->viewer()->highlightedWindow(), 1);
    QVERIFY(!page.showSample("NOPE_1", 0, 0));
}

// The page's share of a 1280 x 720 window: Prepare in view, names whole, a usable frame slider.
void TestDataPage::worksAt1280x720() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    page.resize(1180, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLabelling(), kWaitMs);

    QPushButton* prepare = page.preparePanel()->prepareButton();
    const QRect inPage(prepare->mapTo(&page, QPoint(0, 0)), prepare->size());
    QVERIFY2(page.rect().contains(inPage), "the Prepare button is out of view");
    QVERIFY(!prepare->visibleRegion().isEmpty());

    QTableView* table = page.experimentPanel()->table();
    const int nameWidth = table->fontMetrics().horizontalAdvance("PP_050_1");
    QVERIFY2(table->columnWidth(ExperimentListModel::NameColumn) > nameWidth,
             qPrintable(QString::number(table->columnWidth(ExperimentListModel::NameColumn))));
    QVERIFY(page.framePanel()->frameSlider()->width() >= 100);
    QVERIFY(page.framePanel()->frameLabel()->width() >=
            page.framePanel()->frameLabel()->fontMetrics().horizontalAdvance(page.framePanel()->frameLabel()->text()));
}

void TestDataPage::refusesWhatIsNotAnExperiment() {
    auto project = makeProject({first_});
    DataPage page;
    page.setProject(project.get());
    QSignalSpy modified(&page, &DataPage::projectModified);
    QSignalSpy predict(&page, &DataPage::predictRequested);
    QLabel* notice = page.experimentPanel()->noticeLabel();

    const QString image = dir_.filePath("calico.png");
    QImage picture(64, 32, QImage::Format_Grayscale8);
    picture.fill(255);
    QVERIFY(picture.save(image));
    const QString text = dir_.filePath("notes.mat");
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a MATLAB file");
    notes.close();
    const QString otherFolder = dir_.filePath("other");
    QVERIFY(QDir().mkpath(otherFolder));
    const QString sameName = otherFolder + "/EB_025_1.mat";
    QVERIFY(QFile::copy(second_, sameName));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(image), QUrl::fromLocalFile(text), QUrl::fromLocalFile(sameName)});
    QCOMPARE(page.dropExperiments(&mime), 0);
    QCOMPARE(project->settings.experiments.size(), size_t(1));
    QCOMPARE(page.experimentModel()->rowCount(), 1);
    QCOMPARE(modified.count(), 0);
    QVERIFY(!notice->isHidden());
    const QString shown = notice->text().remove(QChar(0x200B));  // the break opportunities in paths
    QVERIFY2(shown.contains("calico.png: an image, not an experiment"), qPrintable(shown));
    QVERIFY(shown.contains("notes.mat: not a MAT file"));
    QVERIFY(shown.contains("already has an experiment named EB_025_1"));

    // The offer to predict the image instead.
    emit page.experimentPanel()->noticeLinkActivated("predict");
    QCOMPARE(predict.count(), 1);
    QCOMPARE(predict.first().first().toStringList(), QStringList{QFileInfo(image).absoluteFilePath()});

    // A good add, or another project, clears the message.
    QCOMPARE(page.addExperimentFiles({second_}), 1);
    QVERIFY(notice->isHidden());
    page.dropExperiments(&mime);
    QVERIFY(!notice->isHidden());
    page.setProject(nullptr);
    QVERIFY(notice->isHidden());
}

void TestDataPage::prepareLeavesOutUnreadableExperiments() {
    auto project = makeProject({first_, broken_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    QVERIFY(!page.experimentModel()->row(1).fileError.isEmpty());
    QSignalSpy ended(page.preparePanel()->job(), &faultke::gui::BackgroundJob::ended);
    page.prepareDataset();
    QVERIFY(ended.wait(kWaitMs));
    const QString outcome = page.preparePanel()->outcomeLabel()->text().remove(QChar(0x200B));
    QVERIFY2(outcome.contains("Left out, unreadable: broken"), qPrintable(outcome));
    const faultke::Dataset written = faultke::Dataset::load(project->datasetPath());
    QCOMPARE(written.experiments, (std::vector<std::string>{"EB_025_1", "PP_050_1"}));
}

void TestDataPage::prepare(DataPage& page) {
    QSignalSpy ended(page.preparePanel()->job(), &faultke::gui::BackgroundJob::ended);
    page.prepareDataset();
    QVERIFY(ended.wait(kWaitMs));
    const QString outcome = page.preparePanel()->outcomeLabel()->text().remove(QChar(0x200B));
    QVERIFY2(outcome.startsWith("Wrote"), qPrintable(outcome));
}

// A prepared dataset is a MAT file too: adding it is refused with what it is, and a project that
// lists it anyway is told so in the page's own terms (there is no output to choose here).
void TestDataPage::datasetFilesAreNoExperiments() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    prepare(page);
    const QString dataset = QString::fromStdString(project->datasetPath());
    QSignalSpy modified(&page, &DataPage::projectModified);
    QLabel* notice = page.experimentPanel()->noticeLabel();

    QCOMPARE(page.addExperimentFiles({dataset}), 0);
    QString shown = notice->text().remove(QChar(0x200B));
    QVERIFY2(shown.contains("dataset.mat: this project&#x27;s dataset, the file Prepare writes, not an experiment") ||
                 shown.contains("dataset.mat: this project's dataset, the file Prepare writes, not an experiment"),
             qPrintable(shown));
    const QString elsewhere = dir_.filePath("prepared-elsewhere.mat");
    QVERIFY(QFile::copy(dataset, elsewhere));
    QCOMPARE(page.addExperimentFiles({elsewhere}), 0);
    shown = notice->text().remove(QChar(0x200B));
    QVERIFY2(shown.contains("prepared-elsewhere.mat: a FaultKE dataset (a file Prepare writes), not an experiment"),
             qPrintable(shown));
    QCOMPARE(page.experimentModel()->rowCount(), 2);
    QCOMPARE(modified.count(), 0);

    // Listed anyway, as an older FaultKE let it be: the row says what the file is, briefly.
    project->settings.experiments.push_back({dataset.toStdString(), faultke::ExperimentRole::Split});
    page.setProject(project.get());
    showAndSettle(page);
    const QString rowError = page.experimentModel()->row(2).fileError;
    QVERIFY2(rowError.endsWith("dataset.mat: a FaultKE dataset (a file Prepare writes), not an experiment: remove it "
                               "from the experiments"),
             qPrintable(rowError));
    // Prepare refuses before it starts, saying what to do on this page.
    page.prepareDataset();
    QVERIFY(!page.isPreparing());
    const QString outcome = page.preparePanel()->outcomeLabel()->text().remove(QChar(0x200B));
    QVERIFY2(outcome.endsWith("dataset.mat: is listed as an experiment, but it is the file Prepare writes: remove it "
                              "from the experiments, then prepare again"),
             qPrintable(outcome));
    QVERIFY(!outcome.contains("output"));
    QVERIFY(faultke::Dataset::isDatasetFile(project->datasetPath()));  // untouched

    const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        page.selectExperiment(2);
        QDir().mkpath(shots);
        for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
            page.resize(size);
            faultke::test::flushEvents();
            QVERIFY(page.grab().save(shots +
                                     QString("/data-dataset-listed-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }
}

// Settings edited after Prepare: the Dataset box says the file no longer matches them, until it
// is prepared again.
void TestDataPage::datasetBoxSaysWhenTheFileIsOutOfDate() {
    auto project = makeProject({first_, second_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    QLabel* state = page.preparePanel()->stateLabel();
    QVERIFY(state->isHidden());  // no file yet: nothing to be out of date
    prepare(page);
    QVERIFY(state->isHidden());

    page.cropEditor()->strideBox()->setValue(25);
    QVERIFY(!state->isHidden());
    QCOMPARE(state->text().remove(QChar(0x200B)),
             QString("Dataset out of date: crop stride now 25 (was 50); prepare it again."));
    QVERIFY(page.preparePanel()->outcomeLabel()->text().isEmpty());  // "Wrote ..." is of the old settings
    page.experimentModel()->setData(page.experimentModel()->index(1, ExperimentListModel::RoleColumn),
                                    int(faultke::ExperimentRole::TrainOnly));
    QCOMPARE(state->text().remove(QChar(0x200B)),
             QString("Dataset out of date: crop stride now 25 (was 50); PP_050_1 now train-only (was split); "
                     "prepare it again."));
    page.cropEditor()->strideBox()->setValue(50);
    page.experimentModel()->setData(page.experimentModel()->index(1, ExperimentListModel::RoleColumn),
                                    int(faultke::ExperimentRole::Split));
    QVERIFY(state->isHidden());  // back to what the file was prepared with

    page.cropEditor()->strideBox()->setValue(25);
    QVERIFY(!state->isHidden());
    const QString shots = qEnvironmentVariable("FAULTKE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        // With a refused dataset file in the list's notice too.
        page.addExperimentFiles({QString::fromStdString(project->datasetPath())});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLabelling(), kWaitMs);
        page.framePanel()->selectWindow(6);  // its labels, with the SD named
        QDir().mkpath(shots);
        for (const QSize& size : {QSize(1600, 1000), QSize(1280, 720)}) {
            page.resize(size);
            faultke::test::flushEvents();
            QVERIFY(page.grab().save(shots + QString("/data-stale-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }
    prepare(page);
    QVERIFY(state->isHidden());
}

// The Data page gives a label with its SD named, as the Evaluate page does.
void TestDataPage::windowLabelsNameTheirSd() {
    auto project = makeProject({first_});
    DataPage page;
    page.setProject(project.get());
    showAndSettle(page);
    const auto& labels = page.experimentModel()->row(0).labels;
    QVERIFY(labels && !labels->kept.empty());
    const faultke::WindowLabel& kept = labels->kept.back();
    page.framePanel()->setCurrentFrame(kept.frame);
    page.framePanel()->selectWindow(kept.window);
    QCOMPARE(page.framePanel()->windowInfoLabel()->text(), QString("Window %1 · frame %2: KE %3 ± %4 (1SD), kept")
                                                               .arg(kept.window)
                                                               .arg(kept.frame)
                                                               .arg(kept.label.ke, 0, 'f', 2)
                                                               .arg(kept.label.sd, 0, 'f', 2));
}

QTEST_MAIN(TestDataPage)
#include "test_data_page.moc"
