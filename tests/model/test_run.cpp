// Run folders: params.json, history.csv, best epoch rules, crash consistency and resume giving
// the same result as an uninterrupted run; evaluation of a run's epoch.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/model/Evaluation.h"
#include "core/model/Run.h"
#include "core/model/TrainParams.h"
#include "core/model/Trainer.h"
#include "core/util/Error.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

HistoryRow row(int epoch, double evalAccuracy, double evalLoss) {
    HistoryRow r;
    r.epoch = epoch;
    r.splits[1].accuracy2sd = evalAccuracy;
    r.splits[1].loss = evalLoss;
    r.splits[1].count = 10;
    return r;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void expectSameHistory(const std::vector<HistoryRow>& a, const std::vector<HistoryRow>& b) {
    QCOMPARE(a.size(), b.size());
    for (size_t e = 0; e < a.size(); ++e)
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(a[e].splits[s].count, b[e].splits[s].count);
            QCOMPARE(a[e].splits[s].loss, b[e].splits[s].loss);
            QCOMPARE(a[e].splits[s].accuracy2sd, b[e].splits[s].accuracy2sd);
            QCOMPARE(a[e].splits[s].r2, b[e].splits[s].r2);
        }
}

}  // namespace

class TestRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void paramsReadTheOriginalKeys();
    void paramsKeepUnknownKeysAndRoundTrip();
    void brokenParamsNameTheFileAndPlace();
    void historyRoundTripsExactly();
    void malformedHistoryIsAnError();
    void bestEpochRules();
    void runFolderHoldsEverything();
    void resumeGivesTheSameResultAsOneRun();
    void killedBetweenCheckpointAndHistoryResumes();
    void evaluateRunScoresEverySample();
};

void TestRun::initTestCase() {
    if (!qEnvironmentVariableIsSet("FAULTKE_THREADS"))
        qputenv("FAULTKE_THREADS", "1");  // tiny networks: see test_trainer
}

void TestRun::paramsReadTheOriginalKeys() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("params.json").toStdString();
    std::ofstream(path) << R"({"learning_rate": 1e-3, "batch_size": 64, "num_epochs": 7, "num_channels": 6,
        "use_batch_norm": false, "bn_momentum": 0.9, "use_random_flip": false, "num_parallel_calls": 4,
        "save_summary_steps": 1})";
    const TrainParams p = TrainParams::load(path);
    QCOMPARE(p.learningRate, 1e-3);
    QCOMPARE(p.batchSize, 64);
    QCOMPARE(p.numEpochs, 7);
    QCOMPARE(p.network.baseChannels, 6);
    QCOMPARE(p.network.batchNorm, false);
    QCOMPARE(p.network.bnMomentum, 0.9);
    QVERIFY(!p.augmentation.flipVertical && !p.augmentation.flipHorizontal);
    QVERIFY(p.augmentation.zoomRange > 0);  // the rest of the augmentation stays on
    QVERIFY(p.loss == LossKind::Original);
    QCOMPARE(p.adamEpsilon, 1e-7);
    QVERIFY(!p.earlyStopping.enabled);
    // The project's own default file is the original's.
    const TrainParams defaults = TrainParams::load(FAULTKE_SOURCE_DIR "/experiments/params.json");
    QCOMPARE(defaults.learningRate, 5e-3);
    QCOMPARE(defaults.batchSize, 256);
    QCOMPARE(defaults.numEpochs, 50);
    QCOMPARE(defaults.network.bnMomentum, 0.8);
}

void TestRun::paramsKeepUnknownKeysAndRoundTrip() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("params.json").toStdString();
    std::ofstream(path) << R"({"batch_size": 32, "my_note": {"who": "me"}, "loss": "per-sample",
        "shift_range": {"rows": 0.2, "cols": 0.05}, "label_precision": "full",
        "early_stopping": {"metric": "eval_acc2sd", "patience": 4}, "best_epoch_rule": "min-eval-loss"})";
    TrainParams p = TrainParams::load(path);
    QVERIFY(p.loss == LossKind::PerSample);
    QCOMPARE(p.augmentation.shiftRows, 0.2);
    QCOMPARE(p.augmentation.shiftCols, 0.05);
    QVERIFY(p.labelPrecision == LabelPrecision::Full);
    QVERIFY(p.earlyStopping.enabled);
    QCOMPARE(p.earlyStopping.patience, 4);
    QVERIFY(p.bestEpochRule == BestEpochRule::MinEvalLoss);
    const std::string out = dir.filePath("out.json").toStdString();
    p.save(out);
    QVERIFY(readFile(out).find("\"my_note\"") != std::string::npos);
    const TrainParams back = TrainParams::load(out);
    QCOMPARE(back.batchSize, 32);
    QCOMPARE(back.earlyStopping.metric, std::string("eval_acc2sd"));
    QCOMPARE(back.augmentation.shiftRows, 0.2);
    QCOMPARE(back.toJson(), p.toJson());
}

void TestRun::brokenParamsNameTheFileAndPlace() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("bad.json").toStdString();
    std::ofstream(path) << "{\n  \"batch_size\": 256,\n  \"num_epochs\": ,\n}";
    try {
        TrainParams::load(path);
        QFAIL("expected an Error");
    } catch (const Error& e) {
        const std::string what = e.what();
        QVERIFY2(what.find("bad.json") != std::string::npos, what.c_str());
        QVERIFY2(what.find("line 3") != std::string::npos, what.c_str());
    }
    std::ofstream(path) << R"({"batch_size": "big"})";
    try {
        TrainParams::load(path);
        QFAIL("expected an Error");
    } catch (const Error& e) {
        QVERIFY(std::string(e.what()).find("batch_size") != std::string::npos);
    }
    std::ofstream(path) << R"({"loss": "huber"})";
    QVERIFY_THROWS_EXCEPTION(Error, TrainParams::load(path));
    std::ofstream(path) << R"({"batch_size": 0})";
    QVERIFY_THROWS_EXCEPTION(Error, TrainParams::load(path));
    // Said, never truncated, wrapped or let through to diverge.
    const std::vector<std::pair<std::string, std::string>> refused = {
        {R"({"batch_size": 7.9})", "whole number"},
        {R"({"num_epochs": 3e9})", "out of range"},
        {R"({"num_epochs": 3000000000})", "out of range"},
        {R"({"learning_rate": 1e30})", "(0, 10]"},
    };
    for (const auto& [text, expected] : refused) {
        std::ofstream(path) << text;
        const QString error = test::errorOf([&] { TrainParams::load(path); });
        QVERIFY2(error.contains(QString::fromStdString(expected)),
                 qPrintable(QString::fromStdString(text) + ": " + error));
    }
    std::ofstream(path) << R"({"batch_size": 64.0})";  // a whole number written as a float is one
    QCOMPARE(TrainParams::load(path).batchSize, 64);
    QVERIFY_THROWS_EXCEPTION(Error, TrainParams::load(dir.filePath("missing.json").toStdString()));
}

void TestRun::historyRoundTripsExactly() {
    QTemporaryDir dir;
    RunFolder run(dir.filePath("run").toStdString());
    run.create();
    HistoryRow a = row(1, 0.1 + 0.2, 1.0 / 3.0);
    a.splits[0].r2 = -0.123456789012345678;
    a.splits[2].count = 1530;
    a.seconds = 12.5;
    a.samplesPerSecond = 1e-300;
    HistoryRow b = row(2, 0.97, 2.0);
    run.writeHistory({a, b});
    const auto back = run.readHistory();
    QCOMPARE(int(back.size()), 2);
    QCOMPARE(back[0].eval().accuracy2sd, 0.1 + 0.2);
    QCOMPARE(back[0].eval().loss, 1.0 / 3.0);
    QCOMPARE(back[0].train().r2, -0.123456789012345678);
    QCOMPARE(back[0].test().count, int64_t(1530));
    QCOMPARE(back[0].samplesPerSecond, 1e-300);
    QCOMPARE(back[1].value("eval_acc2sd"), 0.97);
    QVERIFY(readFile(run.historyPath()).rfind("epoch,train_count,train_loss,train_acc2sd", 0) == 0);
    QCOMPARE(run.lastCompleteEpoch(), 0);  // no checkpoints: nothing complete
}

void TestRun::malformedHistoryIsAnError() {
    QTemporaryDir dir;
    RunFolder run(dir.filePath("run").toStdString());
    run.create();
    run.writeHistory({row(1, 0.5, 1.0)});
    std::string text = readFile(run.historyPath());
    std::ofstream(run.historyPath()) << text << "2,abc\n";
    try {
        run.readHistory();
        QFAIL("expected an Error");
    } catch (const Error& e) {
        QVERIFY(std::string(e.what()).find("history.csv") != std::string::npos);
    }
}

void TestRun::bestEpochRules() {
    const std::vector<HistoryRow> h{row(1, 0.80, 5.0), row(2, 0.90, 4.0), row(3, 0.90, 3.0), row(4, 0.85, 1.0)};
    BestEpoch best = chooseBestEpoch(h, BestEpochRule::MaxEvalAccuracy);
    QCOMPARE(best.epoch, 3);  // tie on accuracy: the lower eval loss
    QCOMPARE(best.value, 0.90);
    best = chooseBestEpoch(h, BestEpochRule::MinEvalLoss);
    QCOMPARE(best.epoch, 4);
    QCOMPARE(best.metric, std::string("eval_loss"));
    best = chooseBestEpoch(h, BestEpochRule::LastEpoch);
    QCOMPARE(best.epoch, 4);
    QCOMPARE(best.value, 0.85);
    QCOMPARE(parseBestEpochRule(bestEpochRuleName(BestEpochRule::LastEpoch)), BestEpochRule::LastEpoch);
    QCOMPARE(chooseBestEpoch(h, BestEpochRule::User, 2).epoch, 2);
    QVERIFY_THROWS_EXCEPTION(Error, chooseBestEpoch(h, BestEpochRule::User, 9));
    QVERIFY_THROWS_EXCEPTION(Error, chooseBestEpoch({}, BestEpochRule::MinEvalLoss));
}

void TestRun::runFolderHoldsEverything() {
    QTemporaryDir dir;
    const Dataset data = test::lineDataset(80, 1);
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir.filePath("run").toStdString();
    const TrainResult result = Trainer(data, test::tinyTrainParams(2, 11), options).run();
    RunFolder run(options.runDir);
    QVERIFY(run.exists());
    QVERIFY(std::filesystem::exists(run.checkpointPath(1)));
    QVERIFY(std::filesystem::exists(run.checkpointPath(2)));
    QVERIFY(run.checkpointPath(2).find("epoch-002.pt") != std::string::npos);
    QCOMPARE(run.lastCompleteEpoch(), 2);
    QCOMPARE(run.readBest().epoch, result.best.epoch);
    QCOMPARE(TrainParams::load(run.paramsPath()).seed, uint64_t(11));
    QVERIFY(readFile(run.logPath()).find("epoch 2") != std::string::npos);
    expectSameHistory(run.readHistory(), result.history);
    // No temporary files are left behind.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(options.runDir))
        QVERIFY2(entry.path().filename().string().find("tmp") == std::string::npos, entry.path().c_str());
}

void TestRun::resumeGivesTheSameResultAsOneRun() {
    QTemporaryDir dir;
    const Dataset data = test::lineDataset(100, 2);
    TrainOptions straight;
    straight.device = DeviceChoice::Cpu;
    straight.runDir = dir.filePath("straight").toStdString();
    const TrainResult full = Trainer(data, test::tinyTrainParams(4, 11), straight).run();

    TrainOptions first = straight;
    first.runDir = dir.filePath("resumed").toStdString();
    first.epochs = 2;
    Trainer(data, test::tinyTrainParams(4, 11), first).run();
    TrainOptions second = first;
    second.resume = true;
    second.epochs = 4;
    TrainParams ignored = test::tinyTrainParams(4, 11);
    ignored.seed = 999;  // on resume the run's own params.json is used
    const TrainResult resumed = Trainer(data, ignored, second).run();

    expectSameHistory(resumed.history, full.history);
    expectSameHistory(RunFolder(second.runDir).readHistory(), full.history);
    const auto a = evaluateRun(straight.runDir, data, "4", DeviceChoice::Cpu);
    const auto b = evaluateRun(second.runDir, data, "4", DeviceChoice::Cpu);
    for (size_t i = 0; i < data.size(); ++i) QCOMPARE(a.samples[i].prediction, b.samples[i].prediction);
}

void TestRun::killedBetweenCheckpointAndHistoryResumes() {
    QTemporaryDir dir;
    const Dataset data = test::lineDataset(80, 3);
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir.filePath("run").toStdString();
    const TrainResult full = Trainer(data, test::tinyTrainParams(3, 11), options).run();
    RunFolder run(options.runDir);
    // As if killed after epoch 3's checkpoint but before its history row, with a stray
    // temporary file of an unfinished write.
    auto history = run.readHistory();
    history.pop_back();
    run.writeHistory(history);
    std::ofstream(run.checkpointsDir() + "/epoch-004.pt.tmp") << "partial";
    QCOMPARE(run.lastCompleteEpoch(), 2);
    // And a history row whose checkpoint is gone does not count.
    TrainOptions again = options;
    again.resume = true;
    const TrainResult resumed = Trainer(data, test::tinyTrainParams(3, 11), again).run();
    expectSameHistory(resumed.history, full.history);
    QCOMPARE(run.lastCompleteEpoch(), 3);
    std::filesystem::remove(run.checkpointPath(3));
    QCOMPARE(run.lastCompleteEpoch(), 2);
}

void TestRun::evaluateRunScoresEverySample() {
    QTemporaryDir dir;
    const Dataset data = test::lineDataset(60, 4);
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = dir.filePath("run").toStdString();
    const TrainResult trained = Trainer(data, test::tinyTrainParams(2, 11), options).run();
    const EvaluationResult result = evaluateRun(options.runDir, data, "best", DeviceChoice::Cpu);
    QCOMPARE(result.epoch, trained.best.epoch);
    QCOMPARE(result.samples.size(), data.size());
    QCOMPARE(result.splits[0].count, int64_t(36));
    QCOMPARE(result.splits[1].count, int64_t(12));
    QCOMPARE(result.splits[2].count, int64_t(12));
    // The run's eval figures at that epoch are the evaluation's.
    const HistoryRow& h = trained.history[size_t(result.epoch - 1)];
    QVERIFY(std::abs(result.splits[1].accuracy2sd - h.eval().accuracy2sd) < 1e-12);
    QVERIFY(std::abs(result.splits[1].loss - h.eval().loss) < 1e-6 * std::max(1.0, h.eval().loss));
    int correct = 0;
    for (const auto& s : result.samples)
        if (s.split == Split::Test) correct += s.correct;
    QVERIFY(std::abs(correct / 12.0 - result.splits[2].accuracy2sd) < 1e-12);
    QCOMPARE(result.samples[7].experiment, std::string("tiny_b"));
    const std::string csv = dir.filePath("pred.csv").toStdString();
    writePredictionsCsv(csv, result);
    const std::string text = readFile(csv);
    QVERIFY(text.rfind("split,experiment,window,frame,ke,sd,prediction,correct\n", 0) == 0);
    QCOMPARE(int(std::count(text.begin(), text.end(), '\n')), 61);
    QVERIFY_THROWS_EXCEPTION(Error, evaluateRun(options.runDir, data, "9", DeviceChoice::Cpu));
    QVERIFY_THROWS_EXCEPTION(Error, evaluateRun(dir.filePath("nothing").toStdString(), data));
}

QTEST_GUILESS_MAIN(TestRun)
#include "test_run.moc"
