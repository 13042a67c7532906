// faultke-bench-gui: how responsive the GUI thread stays. A 10 ms timer ticks on the GUI thread;
// the figure is the largest gap between two ticks. Figures for the log (scripts/test.sh prints
// the first), never a pass/fail: speed targets live in the benches.
//   faultke-bench-gui [EPOCHS]
//       while the Train page trains a real run (a training on the GUI thread would stall it for
//       whole epochs);
//   faultke-bench-gui runs [RUNS] [EPOCHS] [--list-on-gui-thread]
//       the whole window on the Evaluate page of a project of RUNS runs (default 200, a sweep's),
//       while `faultke-cli train` writes another one epoch by epoch and the project watcher reports
//       it every second. --list-on-gui-thread also lists the runs twice on the GUI thread at every
//       report, as the Evaluate page did before the pages shared one list (ProjectRuns).
//   faultke-bench-gui preview [SECONDS]
//       the Predict page with a 600 x 6000 px map and the bundled model while the up arrow is held
//       on the stride box for SECONDS (default 5; 30 steps a second): how many predictions were
//       asked for, ran to their end or were cancelled, and the time from the key's release to
//       the final stride's picture.
// QT_QPA_PLATFORM=offscreen without a display.
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <filesystem>
#include <functional>

#include "core/data/Project.h"
#include "core/model/RunCatalog.h"
#include "core/model/Trainer.h"
#include "gui/MainWindow.h"
#include "gui/app/ProjectController.h"
#include "gui/app/ProjectWatcher.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/jobs/LatestJob.h"
#include "gui/predict/PredictPage.h"
#include "gui/predict/PredictionTableModel.h"
#include "gui/predict/PreprocessPanel.h"
#include "gui/train/ParamsForm.h"
#include "gui/train/TrainControlPanel.h"
#include "gui/train/TrainPage.h"
#include "gui/train/TrainingSession.h"
#include "support/FaultMapDrawings.h"
#include "support/TestDatasets.h"

using namespace faultke;

namespace {

// The largest gap between ticks of a 10 ms timer on the GUI thread while `loop` runs.
qint64 largestGapWhile(QEventLoop& loop, qint64* elapsed) {
    QElapsedTimer clock;
    qint64 last = 0, largestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        largestGap = std::max(largestGap, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    loop.exec();
    *elapsed = clock.elapsed();
    return largestGap;
}

int benchRuns(int runs, int epochs, bool listOnGuiThread) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultKE-bench"));
    QTemporaryDir dir;
    const QString folder = dir.filePath("sweep");
    Project project = Project::create(folder.toStdString());
    const Dataset data = test::lineDataset(1200, 3);  // a few seconds per epoch of the run in training
    data.save(project.datasetPath());
    // One real run, copied: a sweep's worth of run folders.
    const std::string first = project.experimentsDir() + "/s-0001";
    TrainParams params;
    params.batchSize = 16;
    params.numEpochs = 20;
    params.network.baseChannels = 2;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = first;
    Trainer(data, params, options).run();
    for (int i = 2; i <= runs; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/s-%04d", i);
        std::filesystem::copy(first, project.experimentsDir() + name, std::filesystem::copy_options::recursive);
    }
    const QString paramsFile = dir.filePath("params.json");
    {
        QFile f(paramsFile);
        if (!f.open(QIODevice::WriteOnly)) return 1;
        f.write(QByteArray(R"({"batch_size": 16, "num_channels": 2, "seed": 1, "num_epochs": )") +
                QByteArray::number(epochs) + "}");
    }

    gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.projectController()->openProject(folder)) return 1;
    window.showPage(gui::MainWindow::Page::Evaluate);
    const std::string experiments = project.experimentsDir();
    if (listOnGuiThread)
        QObject::connect(window.projectWatcher(), &gui::ProjectWatcher::runsChanged, &window, [experiments] {
            listRuns(experiments);
            listRuns(experiments);
        });
    // Settle: the runs listed, the Evaluate page's first evaluation done.
    QEventLoop settle;
    QTimer::singleShot(5000, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer listing;
    listing.start();
    listRuns(experiments);
    const qint64 listMs = listing.elapsed();

    QProcess cli;
    QEventLoop loop;
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    cli.start(QStringLiteral(FAULTKE_CLI_PATH),
              {"train", "--data", QString::fromStdString(project.datasetPath()), "--params", paramsFile, "-o",
               QString::fromStdString(experiments + "/training"), "--device", "cpu"});
    if (!cli.waitForStarted()) return 1;
    qint64 elapsed = 0;
    const qint64 gap = largestGapWhile(loop, &elapsed);
    std::printf(
        "GUI thread on the Evaluate page of a project of %d runs while faultke-cli trains another (%d epochs, %lld "
        "ms)%s: largest gap between 10 ms timer ticks %lld ms (listing the %d runs once takes %lld ms)\n",
        runs + 1, epochs, static_cast<long long>(elapsed),
        listOnGuiThread ? ", the runs listed twice on the GUI thread at each report" : "", static_cast<long long>(gap),
        runs, static_cast<long long>(listMs));
    return cli.exitCode();
}

// Every input read and predicted, nothing left to ask.
bool previewSettled(const gui::PredictPage& page) {
    if (page.readJob()->isRunning() || page.modelJob()->isRunning() || page.predictJob()->isRunning() ||
        page.predictionScheduled() || !page.model())
        return false;
    for (const gui::PredictInput& in : page.table()->inputs())
        if (in.error.isEmpty() && in.results.empty()) return false;
    return true;
}

void waitUntil(const std::function<bool()>& done) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done()) loop.quit();
    });
    poll.start(1);
    loop.exec();
}

int benchPreview(int seconds) {
    QTemporaryDir dir;
    test::Drawing drawing;
    drawing.rows = 600;
    drawing.cols = 6000;
    const QString picture = test::drawStepover(dir.filePath("map.png"), drawing);
    gui::PredictPage page;
    page.resize(1400, 900);
    page.show();
    page.openFiles({picture});
    waitUntil([&] { return previewSettled(page); });
    QSpinBox* stride = page.preprocessPanel()->strideBox();
    stride->setFocus();
    const gui::LatestJob::Tally before = page.predictJob()->tally();
    const int from = stride->value();

    // The key held: a press every 33 ms, as a keyboard's autorepeat sends them.
    QElapsedTimer clock;
    clock.start();
    QEventLoop holding;
    QTimer repeat;
    QObject::connect(&repeat, &QTimer::timeout, [&] {
        if (clock.elapsed() >= seconds * 1000) {
            QTest::keyRelease(stride, Qt::Key_Up);
            holding.quit();
            return;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier, QString(), clock.elapsed() > 0);
        QApplication::sendEvent(stride, &press);
    });
    repeat.start(33);
    holding.exec();
    repeat.stop();
    QElapsedTimer released;
    released.start();
    waitUntil([&] { return previewSettled(page); });
    const qint64 toFinal = released.elapsed();
    // Replaced requests may still be ending: count them once they have.
    page.predictJob()->waitForAll();
    const gui::LatestJob::Tally after = page.predictJob()->tally();
    std::printf(
        "Predict page, 600 x 6000 px map, bundled model, up arrow held %d s on the stride box (%d -> %d px): "
        "%d predictions asked for, %d ran to their end, %d cancelled; release to the final picture %lld ms\n",
        seconds, from, stride->value(), after.requested - before.requested, after.completed - before.completed,
        after.cancelled - before.cancelled, static_cast<long long>(toFinal));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "preview") return benchPreview(argc > 2 ? std::max(1, atoi(argv[2])) : 5);
    if (argc > 1 && QByteArray(argv[1]) == "runs") {
        const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 200;
        const int epochs = argc > 3 ? std::max(1, atoi(argv[3])) : 30;
        const bool onGui = argc > 4 && QByteArray(argv[4]) == "--list-on-gui-thread";
        return benchRuns(runs, epochs, onGui);
    }
    const int epochs = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    QTemporaryDir dir;
    Project project = Project::create(dir.filePath("bench").toStdString());
    test::lineDataset(96, 3).save(project.datasetPath());

    gui::TrainPage page;
    page.resize(1400, 900);
    page.show();
    page.setProject(&project);
    QEventLoop loop;
    QTimer poll;  // the dataset is read off the GUI thread: Start turns on when it is known
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (page.controlPanel()->startButton()->isEnabled()) loop.quit();
    });
    poll.start(20);
    loop.exec();
    poll.stop();

    gui::ParamsForm* form = page.paramsForm();
    form->epochsBox()->setValue(epochs);
    form->batchBox()->setValue(16);
    form->channelsBox()->setValue(2);
    form->deviceBox()->setCurrentIndex(form->deviceBox()->findData("cpu"));
    page.controlPanel()->setRunName("responsive");

    QObject::connect(page.session(), &gui::TrainingSession::allDone, &loop, &QEventLoop::quit);
    if (!page.startTraining()) {
        std::fprintf(stderr, "faultke-bench-gui: the training did not start\n");
        return 1;
    }
    qint64 elapsed = 0;
    const qint64 largestGap = largestGapWhile(loop, &elapsed);
    std::printf(
        "GUI thread while the Train page trains (%d epochs, %lld ms, on %d threads): largest gap between "
        "10 ms timer ticks %lld ms\n",
        epochs, static_cast<long long>(elapsed), QThread::idealThreadCount(), static_cast<long long>(largestGap));
    return 0;
}
