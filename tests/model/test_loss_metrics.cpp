// The two losses, the accuracies and the regression figures, against hand computations.
#include <QtTest>

#include <cmath>

#include "core/model/Evaluation.h"
#include "core/model/Loss.h"
#include "core/model/Metrics.h"
#include "core/util/Error.h"

using namespace faultke;

class TestLossMetrics : public QObject {
    Q_OBJECT
private slots:
    void originalLossIsBatchMseTimesMeanWeight();
    void perSampleLossWeightsEachSample();
    void lossesAgreeWhenSdIsConstant();
    void lossNamesParse();
    void accuracyUsesLessOrEqual();
    void metricsOverSplit();
    void everySampleIsScoredIncludingPartialBatch();
    void r2IsZeroWithoutSpread();
    void aModelThatHasNotLearntIsSaidToBe();
};

// Predictions that hardly vary (a run of a few epochs) are said to be; ones that follow the labels
// are not, even when they are far off.
void TestLossMetrics::aModelThatHasNotLearntIsSaidToBe() {
    EvaluationResult result;
    for (int i = 0; i < 20; ++i) {
        SamplePrediction s;
        s.ke = i / 20.0;
        s.prediction = 0.52 + 0.001 * (i % 3);
        result.samples.push_back(s);
    }
    const QString notice = QString::fromStdString(notLearntNotice(result));
    QVERIFY2(notice.contains("has not learnt yet") && notice.contains("SD 0.001"), qPrintable(notice));
    for (SamplePrediction& s : result.samples) s.prediction = 1 - s.ke;  // wrong, but it varies
    QVERIFY(notLearntNotice(result).empty());
    result.samples.resize(1);
    QVERIFY(notLearntNotice(result).empty());
}

void TestLossMetrics::originalLossIsBatchMseTimesMeanWeight() {
    const std::vector<float> pred{0.5f, 0.0f}, ke{0.0f, 1.0f}, sd{1.0f, 0.5f};
    const double mse = (0.25 + 1.0) / 2;
    const double meanWeight = (1 / (1 + 1e-5) + 1 / (0.25 + 1e-5)) / 2;
    QVERIFY(std::abs(batchLoss(LossKind::Original, pred, ke, sd) - mse * meanWeight) < 1e-5);
}

void TestLossMetrics::perSampleLossWeightsEachSample() {
    const std::vector<float> pred{0.5f, 0.0f}, ke{0.0f, 1.0f}, sd{1.0f, 0.5f};
    const double expected = (0.25 / (1 + 1e-5) + 1.0 / (0.25 + 1e-5)) / 2;
    QVERIFY(std::abs(batchLoss(LossKind::PerSample, pred, ke, sd) - expected) < 1e-5);
    // And it differs from the original's function here.
    QVERIFY(std::abs(batchLoss(LossKind::Original, pred, ke, sd) - expected) > 0.1);
}

void TestLossMetrics::lossesAgreeWhenSdIsConstant() {
    const std::vector<float> pred{0.1f, 0.4f, 0.9f}, ke{0.2f, 0.3f, 0.5f}, sd{0.1f, 0.1f, 0.1f};
    QVERIFY(std::abs(batchLoss(LossKind::Original, pred, ke, sd) - batchLoss(LossKind::PerSample, pred, ke, sd)) <
            1e-4);
    // SD = 0 (a two-decimal label) gives the weight 1e5, not a division by zero.
    const double zeroSd = batchLoss(LossKind::PerSample, {0.1f}, {0.0f}, {0.0f});
    QVERIFY(std::abs(zeroSd - 0.01 * 1e5) < 1e-2);
}

void TestLossMetrics::lossNamesParse() {
    QVERIFY(parseLossKind("original") == LossKind::Original);
    QVERIFY(parseLossKind("per-sample") == LossKind::PerSample);
    QCOMPARE(std::string(lossKindName(LossKind::PerSample)), std::string("per-sample"));
    QVERIFY_THROWS_EXCEPTION(Error, parseLossKind("mse"));
}

void TestLossMetrics::accuracyUsesLessOrEqual() {
    QVERIFY(withinSd(0.7, 0.5, 0.1, 2.0));  // exactly 2 SD away: correct, as the code's "<="
    QVERIFY(!withinSd(0.71, 0.5, 0.1, 2.0));
    QVERIFY(!withinSd(0.7, 0.5, 0.1, 1.0));
    QVERIFY(withinSd(0.3, 0.5, 0.1, 2.0));
}

void TestLossMetrics::metricsOverSplit() {
    // errors 0, 0.1, -0.3, 0.05 with SD 0.1: within 2 SD 3 of 4; within 1 SD 2 of 4, since in
    // float 0.6f - 0.5f is slightly more than 0.1f
    const std::vector<float> ke{0.0f, 0.5f, 1.0f, 0.5f}, pred{0.0f, 0.6f, 0.7f, 0.55f}, sd(4, 0.1f);
    const SplitMetrics m = computeMetrics(LossKind::PerSample, pred, ke, sd, 256);
    QCOMPARE(m.count, int64_t(4));
    QCOMPARE(m.accuracy2sd, 0.75);
    QCOMPARE(m.accuracy1sd, 0.5);
    const double sse = 0 + 0.01 + 0.09 + 0.0025;
    QVERIFY(std::abs(m.mse - sse / 4) < 1e-6);
    QVERIFY(std::abs(m.mae - (0.1 + 0.3 + 0.05) / 4) < 1e-6);
    const double sst = 0.25 + 0 + 0.25 + 0;  // mean KE 0.5
    QVERIFY(std::abs(m.r2 - (1 - sse / sst)) < 1e-5);
    QVERIFY(std::abs(m.loss - sse / 4 / (0.01 + 1e-5)) < 1e-2);
}

void TestLossMetrics::everySampleIsScoredIncludingPartialBatch() {
    // 5 samples in batches of 2: batches {0,1}, {2,3}, {4}; the loss is the sample-weighted mean.
    const std::vector<float> ke{0, 0, 0, 0, 0}, pred{0.1f, 0.1f, 0.2f, 0.2f, 0.3f}, sd{1, 1, 1, 1, 1};
    const SplitMetrics m = computeMetrics(LossKind::Original, pred, ke, sd, 2);
    QCOMPARE(m.count, int64_t(5));
    const double w = 1 / (1 + 1e-5);
    const double expected = (2 * 0.01 * w + 2 * 0.04 * w + 1 * 0.09 * w) / 5;
    QVERIFY(std::abs(m.loss - expected) < 1e-6);
    QVERIFY_THROWS_EXCEPTION(Error, computeMetrics(LossKind::Original, pred, ke, {1.0f}, 2));
}

void TestLossMetrics::r2IsZeroWithoutSpread() {
    const SplitMetrics m = computeMetrics(LossKind::Original, {0.4f, 0.6f}, {0.5f, 0.5f}, {0.1f, 0.1f}, 8);
    QCOMPARE(m.r2, 0.0);
    QCOMPARE(m.accuracy2sd, 1.0);
}

QTEST_GUILESS_MAIN(TestLossMetrics)
#include "test_loss_metrics.moc"
