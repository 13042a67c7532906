// Real training through libtorch on a tiny in-memory dataset of 32 x 16 windows: learning,
// reproducibility, stop, pause, early stopping and bad input.
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "core/model/Evaluation.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "support/TestDatasets.h"
#include "support/TinyTraining.h"

using namespace faultke;

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void learnsAndReportsEveryEpoch();
    void sameSeedGivesTheSameHistoryAndWeights();
    void stopEndsWithinOneBatch();
    void pauseHoldsUntilResumed();
    void earlyStoppingStopsAfterPatience();
    void badInputIsAnError();
};

void TestTrainer::initTestCase() {
    // These tiny networks gain nothing from a second thread, and on a busy machine the threads'
    // barriers cost far more than the work: one thread keeps the suite fast.
    if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
}

void TestTrainer::learnsAndReportsEveryEpoch() {
    const Dataset data = test::lineDataset(200, 1);
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    Trainer trainer(data, test::tinyTrainParams(4, 7), options);
    int batchCalls = 0, epochCalls = 0;
    trainer.onBatch = [&](const BatchProgress& b) {
        ++batchCalls;
        QCOMPARE(b.batches, 120 / 16);  // 120 training samples, the remainder dropped
        QVERIFY(b.batch >= 1 && b.batch <= b.batches);
    };
    trainer.onEpoch = [&](const EpochStats& e) {
        ++epochCalls;
        QCOMPARE(e.train().count, int64_t(112));
        QCOMPARE(e.eval().count, int64_t(40));  // every eval sample, in 3 batches (16, 16, 8)
        QCOMPARE(e.test().count, int64_t(40));
    };
    const TrainResult result = trainer.run();
    QCOMPARE(epochCalls, 4);
    QCOMPARE(batchCalls, 4 * 7);
    QCOMPARE(int(result.history.size()), 4);
    QVERIFY(!result.stopped);
    QVERIFY(result.history.back().train().loss < result.history.front().train().loss);
    QVERIFY(result.best.epoch >= 1 && result.best.epoch <= 4);
}

void TestTrainer::sameSeedGivesTheSameHistoryAndWeights() {
    const Dataset data = test::lineDataset(120, 2);
    QTemporaryDir dir;
    std::vector<HistoryRow> histories[2];
    EvaluationResult evaluations[2];
    for (int k = 0; k < 2; ++k) {
        TrainOptions options;
        options.device = DeviceChoice::Cpu;
        options.runDir = dir.filePath(QString("run%1").arg(k)).toStdString();
        Trainer trainer(data, test::tinyTrainParams(2, 7), options);
        histories[k] = trainer.run().history;
        evaluations[k] = evaluateRun(options.runDir, data, "2", DeviceChoice::Cpu);
    }
    for (int e = 0; e < 2; ++e)
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(histories[0][e].splits[s].loss, histories[1][e].splits[s].loss);
            QCOMPARE(histories[0][e].splits[s].mse, histories[1][e].splits[s].mse);
        }
    for (size_t i = 0; i < data.size(); ++i)
        QCOMPARE(evaluations[0].samples[i].prediction, evaluations[1].samples[i].prediction);
    // A different seed trains differently.
    TrainParams other = test::tinyTrainParams(1, 7);
    other.seed = 8;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    QVERIFY(Trainer(data, other, options).run().history[0].train().loss != histories[0][0].train().loss);
}

void TestTrainer::stopEndsWithinOneBatch() {
    const Dataset data = test::lineDataset(200, 3);
    QTemporaryDir dir;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir.filePath("run").toStdString();
    Trainer trainer(data, test::tinyTrainParams(3, 7), options);
    int batches = 0;
    trainer.onBatch = [&](const BatchProgress& b) {
        ++batches;
        if (b.epoch == 2 && b.batch == 2) trainer.requestStop();
    };
    const TrainResult result = trainer.run();
    QVERIFY(result.stopped);
    QCOMPARE(batches, 7 + 2);
    QCOMPARE(int(result.history.size()), 1);  // the unfinished epoch 2 is discarded
    QCOMPARE(int(RunFolder(options.runDir).readHistory().size()), 1);
    QCOMPARE(RunFolder(options.runDir).lastCompleteEpoch(), 1);
}

void TestTrainer::pauseHoldsUntilResumed() {
    const Dataset data = test::lineDataset(120, 4);
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    Trainer trainer(data, test::tinyTrainParams(1, 7), options);
    std::atomic<int> batches{0};
    std::atomic<bool> holding{false}, resumed{false}, batchWhileHeld{false};
    trainer.onBatch = [&](const BatchProgress&) {
        if (holding.load() && !resumed.load()) batchWhileHeld = true;
        if (++batches == 2) trainer.requestPause();
    };
    // The trainer says "paused" as it starts to hold: the state this test waits for.
    trainer.onLog = [&](const std::string& message) {
        if (message.find("paused") != std::string::npos) holding = true;
    };
    std::atomic<bool> heldAfterRequest{false};
    std::thread controller([&] {
        while (!holding.load()) std::this_thread::yield();
        heldAfterRequest = trainer.isPaused() && batches.load() == 2;
        resumed = true;
        trainer.resume();
    });
    const TrainResult result = trainer.run();
    controller.join();
    QVERIFY(heldAfterRequest.load());  // no batch after the one that asked for the pause
    QVERIFY(!batchWhileHeld.load());
    QCOMPARE(batches.load(), 72 / 16);  // every batch ran after resuming
    QCOMPARE(int(result.history.size()), 1);
}

void TestTrainer::earlyStoppingStopsAfterPatience() {
    const Dataset data = test::lineDataset(120, 5);
    TrainParams p = test::tinyTrainParams(10, 7);
    // Nothing can change: a negligible step and frozen running statistics, so eval accuracy
    // never improves after epoch 1.
    p.learningRate = 1e-12;
    p.network.bnMomentum = 1.0;
    p.network.dropout = 0.0;
    p.earlyStopping.enabled = true;
    p.earlyStopping.metric = "eval_acc2sd";
    p.earlyStopping.patience = 2;
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    const TrainResult result = Trainer(data, p, options).run();
    QVERIFY(result.earlyStopped);
    QCOMPARE(int(result.history.size()), 3);
}

void TestTrainer::badInputIsAnError() {
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    Dataset onlyEval = test::lineDataset(10, 6);
    for (auto& s : onlyEval.samples) s.split = Split::Eval;
    QVERIFY_THROWS_EXCEPTION(Error, Trainer(onlyEval, test::tinyTrainParams(1, 7), options).run());
    TrainParams p = test::tinyTrainParams(1, 7);
    p.earlyStopping.enabled = true;
    p.earlyStopping.metric = "no_such_column";
    QVERIFY_THROWS_EXCEPTION(Error, Trainer(test::lineDataset(10, 6), p, options));
    // A folder that already holds a run is not overwritten.
    QTemporaryDir dir;
    options.runDir = dir.filePath("run").toStdString();
    const Dataset data = test::lineDataset(40, 6);
    Trainer(data, test::tinyTrainParams(1, 7), options).run();
    QVERIFY_THROWS_EXCEPTION(Error, Trainer(data, test::tinyTrainParams(1, 7), options).run());
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"
