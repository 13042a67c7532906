// The training recipes: each option of the steady preset changes what it should and nothing
// else (on a tiny dataset, one or two epochs on the CPU), and presets read, write and report as
// users expect (a params.json without "preset" is the original's).
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/model/Evaluation.h"
#include "core/model/TrainParams.h"
#include "core/model/Trainer.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

std::vector<HistoryRow> train(const Dataset& data, const TrainParams& params, const std::string& runDir = {},
                              int epochs = 0, bool resume = false) {
    TrainOptions options;
    options.device = DeviceChoice::Cpu;
    options.runDir = runDir;
    options.epochs = epochs;
    options.resume = resume;
    return Trainer(data, params, options).run().history;
}

}  // namespace

class TestTrainingRecipes : public QObject {
    Q_OBJECT
    Dataset data_ = test::lineDataset(160, 3);

private slots:
    void presetsReadAndWrite() {
        // The original's params.json has no "preset": the original recipe.
        const TrainParams original = TrainParams::fromJson(R"({"learning_rate": 0.005, "batch_size": 256})");
        QVERIFY(original.preset == Preset::Original);
        QVERIFY(original.recipeIs(Preset::Original));
        QVERIFY(original.init == WeightInit::Keras && !original.bnRecalibration);
        // New runs start from the steady recipe.
        const TrainParams fresh = TrainParams::defaults();
        QVERIFY(fresh.preset == Preset::Steady && fresh.recipeIs(Preset::Steady) && !fresh.recipeIs(Preset::Original));
        // Steady's result is its last epoch, the original's the highest eval 2SD accuracy; an
        // epoch the user picks changes neither recipe.
        QVERIFY(fresh.bestEpochRule == BestEpochRule::LastEpoch);
        QVERIFY(original.bestEpochRule == BestEpochRule::MaxEvalAccuracy);
        // Steady trains without dropout; the original keeps its 0.2.
        QCOMPARE(fresh.network.dropout, 0.0);
        QCOMPARE(original.network.dropout, 0.2);
        TrainParams picked = fresh;
        picked.bestEpochRule = BestEpochRule::User;
        picked.bestEpoch = 3;
        QVERIFY(picked.recipeIs(Preset::Steady));
        picked.bestEpochRule = BestEpochRule::MaxEvalAccuracy;
        QVERIFY(!picked.recipeIs(Preset::Steady));
        const TrainParams back = TrainParams::fromJson(fresh.toJson());
        QVERIFY(back.preset == Preset::Steady && back.recipeIs(Preset::Steady));
        QCOMPARE(back.toJson(), fresh.toJson());
        // Every key FaultKE writes is one it reads: none is carried as unknown (an unknown key
        // would be written back over the field's value).
        QCOMPARE(back.unknownKeysJson, std::string("{}"));
        // A preset with one key changed: still that preset, changed.
        const TrainParams changed = TrainParams::fromJson(R"({"preset": "steady", "init": "keras"})");
        QVERIFY(changed.preset == Preset::Steady && !changed.recipeIs(Preset::Steady));
        QCOMPARE(changed.sdFloor, 0.03);
        QCOMPARE(changed.emaEpochs, 3.0);
        QVERIFY(changed.startAtMeanKe);
        // A steady run written before the weight average existed resumes without it.
        const TrainParams older = TrainParams::fromJson(
            R"({"preset": "steady", "init": "torch", "lr_schedule": "warmup_cosine", "warmup_epochs": 2,
                "bn_recalibration": false, "sd_floor": 0.03})");
        QVERIFY(older.emaEpochs == 0 && !older.startAtMeanKe && older.sdFloor == 0.03);
        // One written before steady dropped dropout names its dropout (FaultKE writes every key):
        // it trains on with it, as steady changed.
        const TrainParams withDropout = TrainParams::fromJson(R"({"preset": "steady", "dropout": 0.2})");
        QCOMPARE(withDropout.network.dropout, 0.2);
        QVERIFY(!withDropout.recipeIs(Preset::Steady));
        TrainParams adopted = withDropout;
        adopted.adoptRecipe(Preset::Original);
        QCOMPARE(adopted.network.dropout, 0.2);
        adopted.adoptRecipe(Preset::Steady);
        QCOMPARE(adopted.network.dropout, 0.0);
        QVERIFY(test::errorOf([] {
                    TrainParams::fromJson(R"({"preset": "fast"})", "p.json");
                }).contains("p.json: unknown \"preset\" 'fast'"));
        QVERIFY(test::errorOf([] { TrainParams::fromJson(R"({"lr_schedule": "step"})"); }).contains("lr_schedule"));
        QVERIFY(test::errorOf([] { TrainParams::fromJson(R"({"sd_floor": 2})"); }).contains("sd_floor"));
        QVERIFY(test::errorOf([] { TrainParams::fromJson(R"({"init": "he"})"); }).contains("\"init\""));
        QVERIFY(test::errorOf([] { TrainParams::fromJson(R"({"warmup_epochs": -1})"); }).contains("warmup_epochs"));
        QVERIFY(test::errorOf([] { TrainParams::fromJson(R"({"ema_epochs": -0.5})"); }).contains("ema_epochs"));
        QCOMPARE(TrainParams::fromJson(R"({"ema_epochs": 1.5})").emaEpochs, 1.5);
    }

    void warmupCosineScheduleRisesThenDecays() {
        TrainParams p = TrainParams::forPreset(Preset::Original);
        QCOMPARE(p.learningRateAt(0, 10), p.learningRate);
        QCOMPARE(p.learningRateAt(499, 10), p.learningRate);
        p.learningRateSchedule = LearningRateSchedule::WarmupCosine;
        p.numEpochs = 10;
        p.warmupEpochs = 2;  // 20 of 100 batches
        QVERIFY(std::fabs(p.learningRateAt(0, 10) - p.learningRate / 20) < 1e-12);
        QVERIFY(std::fabs(p.learningRateAt(19, 10) - p.learningRate) < 1e-12);
        QVERIFY(std::fabs(p.learningRateAt(60, 10) - p.learningRate / 2) < 1e-12);  // half way through the decay
        QVERIFY(p.learningRateAt(99, 10) < p.learningRate * 1e-3);
        for (int step = 21; step < 100; ++step) QVERIFY(p.learningRateAt(step, 10) < p.learningRateAt(step - 1, 10));
        // A run shorter than twice the warm-up warms up over its first half.
        p.numEpochs = 1;
        QVERIFY(std::fabs(p.learningRateAt(4, 10) - p.learningRate) < 1e-12);
        QVERIFY(p.learningRateAt(9, 10) < p.learningRate / 2);
    }

    void torchInitializationStartsElsewhere() {
        TrainParams keras = test::tinyTrainParams(1, 5), torch = keras;
        torch.init = WeightInit::Torch;
        const auto a = train(data_, keras), b = train(data_, torch);
        QVERIFY(a[0].train().loss != b[0].train().loss);
        // The same recipe twice is the same run.
        QCOMPARE(train(data_, torch)[0].train().loss, b[0].train().loss);
    }

    void batchNormRecalibrationChangesOnlyWhatEvaluationSees() {
        TrainParams plain = test::tinyTrainParams(1, 5), recalibrated = plain;
        recalibrated.bnRecalibration = true;
        const auto a = train(data_, plain), b = train(data_, recalibrated);
        // The training batches are the same; the statistics evaluation uses are not.
        QCOMPARE(b[0].train().loss, a[0].train().loss);
        QVERIFY(b[0].eval().loss != a[0].eval().loss);
    }

    void weightAverageIsWhatEvaluationAndCheckpointsSee() {
        QTemporaryDir dir;
        TrainParams plain = test::tinyTrainParams(3, 5), averaged = plain;
        averaged.emaEpochs = 1;
        const auto a = train(data_, plain);
        const std::string runDir = dir.filePath("averaged").toStdString();
        const auto b = train(data_, averaged, runDir);
        // Training takes the same steps; evaluation scores the average, from the second epoch
        // on a different network (in the first epoch the average is still close to a plain mean).
        for (int e = 0; e < 3; ++e) QCOMPARE(b[size_t(e)].train().loss, a[size_t(e)].train().loss);
        QVERIFY(b[2].eval().loss != a[2].eval().loss);
        // The checkpoint's network is the one evaluation scored.
        const auto scored = evaluateRun(runDir, data_, "3", DeviceChoice::Cpu);
        QVERIFY2(
            std::fabs(scored.splits[size_t(Split::Eval)].loss - b[2].eval().loss) <= 1e-5 * std::fabs(b[2].eval().loss),
            qPrintable(QString("%1 against %2").arg(scored.splits[size_t(Split::Eval)].loss).arg(b[2].eval().loss)));
        // Resuming continues the same average and the same training.
        const std::string resumedDir = dir.filePath("resumed").toStdString();
        train(data_, averaged, resumedDir, 2);
        const auto c = train(data_, averaged, resumedDir, 3, true);
        QCOMPARE(c.size(), size_t(3));
        QCOMPARE(c[2].train().loss, b[2].train().loss);
        QCOMPARE(c[2].eval().loss, b[2].eval().loss);
    }

    void startAtMeanKeStartsNearTheLabels() {
        // The loss of the very first batch: the plain start predicts about 0 (Keras init, zero
        // biases, a ReLU output), the mean start about the mean KE, much nearer the labels.
        auto firstBatchLoss = [this](const TrainParams& params) {
            TrainOptions options;
            options.device = DeviceChoice::Cpu;
            Trainer trainer(data_, params, options);
            double first = -1;
            trainer.onBatch = [&](const BatchProgress& b) {
                if (first < 0) first = b.loss;
            };
            trainer.run();
            return first;
        };
        TrainParams plain = test::tinyTrainParams(1, 5), mean = plain;
        mean.startAtMeanKe = true;
        const double a = firstBatchLoss(plain), b = firstBatchLoss(mean);
        QVERIFY2(b < a / 2, qPrintable(QString("%1 against %2").arg(b).arg(a)));
        QVERIFY(TrainParams::fromJson(R"({"start_at_mean_ke": true})").startAtMeanKe);
        QVERIFY(!TrainParams::fromJson(R"({"start_at_mean_ke": true})").recipeIs(Preset::Original));
    }

    void scheduleChangesTheSteps() {
        TrainParams constant = test::tinyTrainParams(2, 5), scheduled = constant;
        scheduled.learningRateSchedule = LearningRateSchedule::WarmupCosine;
        scheduled.warmupEpochs = 1;
        const auto a = train(data_, constant), b = train(data_, scheduled);
        QVERIFY(b[0].train().loss != a[0].train().loss);
    }

    void sdFloorBoundsTheLossWeight() {
        TrainParams plain = test::tinyTrainParams(1, 5), floored = plain;
        floored.sdFloor = 0.5;  // 1/SD^2 at most 4
        const auto a = train(data_, plain), b = train(data_, floored);
        QVERIFY2(b[0].train().loss < a[0].train().loss / 2,
                 qPrintable(QString("%1 against %2").arg(b[0].train().loss).arg(a[0].train().loss)));
        // The eval loss is the original's, whatever the floor: comparable between recipes.
        QVERIFY(b[0].eval().loss > 0);
    }
};

QTEST_GUILESS_MAIN(TestTrainingRecipes)
#include "test_training_recipes.moc"
