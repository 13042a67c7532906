// faultke-bench-gui: how responsive the GUI thread stays while the Train page trains a real run.
// A 10 ms timer ticks on the GUI thread; the figure is the largest gap between two ticks over
// the whole training (a training on the GUI thread would stall it for whole epochs). A figure for
// the log (scripts/test.sh prints it), never a pass/fail: speed targets live in the benches.
//   faultke-bench-gui [EPOCHS]      (QT_QPA_PLATFORM=offscreen without a display)
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include "core/data/Project.h"
#include "gui/train/ParamsForm.h"
#include "gui/train/TrainControlPanel.h"
#include "gui/train/TrainPage.h"
#include "gui/train/TrainingSession.h"
#include "support/TestDatasets.h"

using namespace faultke;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
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

    QElapsedTimer clock;
    qint64 last = 0, largestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        largestGap = std::max(largestGap, now - last);
        last = now;
    });
    QObject::connect(page.session(), &gui::TrainingSession::allDone, &loop, &QEventLoop::quit);
    if (!page.startTraining()) {
        std::fprintf(stderr, "faultke-bench-gui: the training did not start\n");
        return 1;
    }
    clock.start();
    ticker.start();
    loop.exec();
    ticker.stop();
    std::printf(
        "GUI thread while the Train page trains (%d epochs, %lld ms, on %d threads): largest gap between "
        "10 ms timer ticks %lld ms\n",
        epochs, static_cast<long long>(clock.elapsed()), QThread::idealThreadCount(),
        static_cast<long long>(largestGap));
    return 0;
}
