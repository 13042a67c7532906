// Stored evaluations: computed once per run and epoch, reused while the dataset is the same,
// computed again when it changed; predictions CSV read back; figures of filtered subsets.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/model/EvaluationStore.h"
#include "core/model/Trainer.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

class TestEvaluationStore : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string run_;
    Dataset data_;

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        data_ = test::lineDataset(80, 2);
        run_ = dir_.filePath("run").toStdString();
        test::trainTinyRun(data_, run_, 2);
    }

    void storedOnceReusedWhileTheDatasetIsTheSame() {
        bool reused = true;
        const EvaluationResult first = evaluateRunStored(run_, data_, "1", DeviceChoice::Cpu, &reused);
        QVERIFY(!reused);
        QVERIFY(QFile::exists(QString::fromStdString(run_) + "/evaluations/epoch-001.csv"));
        const EvaluationResult again = evaluateRunStored(run_, data_, "1", DeviceChoice::Cpu, &reused);
        QVERIFY(reused);
        QCOMPARE(again.samples.size(), first.samples.size());
        for (size_t i = 0; i < first.samples.size(); ++i) {
            QCOMPARE(again.samples[i].split, first.samples[i].split);
            QCOMPARE(again.samples[i].correct, first.samples[i].correct);
            QVERIFY(std::abs(again.samples[i].prediction - first.samples[i].prediction) < 1e-6);
        }
        for (int s = 0; s < 3; ++s) QCOMPARE(again.splits[size_t(s)].accuracy2sd, first.splits[size_t(s)].accuracy2sd);

        // The figures from the samples agree with the evaluation's own.
        const auto figures = summarizePredictions(first.samples);
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(int64_t(figures[size_t(s)].count), first.splits[size_t(s)].count);
            QVERIFY(std::abs(figures[size_t(s)].accuracy2sd - first.splits[size_t(s)].accuracy2sd) < 1e-9);
        }

        // A changed dataset is evaluated again, not reused.
        Dataset changed = data_;
        changed.samples[0].ke += 0.01;
        QVERIFY(datasetFingerprint(changed) != datasetFingerprint(data_));
        evaluateRunStored(run_, changed, "1", DeviceChoice::Cpu, &reused);
        QVERIFY(!reused);
    }

    void badInputIsNamed() {
        QVERIFY(test::errorOf([&] {
                    evaluateRunStored(dir_.filePath("none").toStdString(), data_, "best", DeviceChoice::Cpu);
                }).contains("not a training run"));
        QFile::remove(QString::fromStdString(run_) + "/checkpoints/epoch-002.pt");
        QVERIFY(!test::errorOf([&] { evaluateRunStored(run_, data_, "2", DeviceChoice::Cpu); }).isEmpty());
        const QString csv = dir_.filePath("bad.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("split,experiment,window,frame,ke,sd,prediction,correct\ntrain,a,0,0,x,0.1,0.5,1\n");
        f.close();
        QVERIFY(test::errorOf([&] { readPredictionsCsv(csv.toStdString()); }).contains("line 2"));
    }

    void filtersChangeTheFigures() {
        std::vector<SamplePrediction> s(4);
        s[0] = {Split::Test, "a", 0, 0, 0.5, 0.1, 0.55, true};
        s[1] = {Split::Test, "a", 1, 0, 0.8, 0.1, 0.30, false};
        s[2] = {Split::Test, "b", 0, 0, 0.2, 0.1, 0.25, true};
        s[3] = {Split::Train, "b", 0, 1, 0.9, 0.1, 0.9, true};
        auto all = summarizePredictions(s);
        QCOMPARE(all[2].count, 3);
        QCOMPARE(all[2].correct, 2);
        QCOMPARE(all[0].count, 1);
        PredictionFilter onlyA;
        onlyA.experiments = {"a"};
        QCOMPARE(summarizePredictions(s, onlyA)[2].count, 2);
        PredictionFilter wrong;
        wrong.correct = false;
        const auto w = summarizePredictions(s, wrong);
        QCOMPARE(w[2].count, 1);
        QCOMPARE(w[2].accuracy2sd, 0.0);
        QVERIFY(std::abs(w[2].mae - 0.5) < 1e-12);
        PredictionFilter range;
        range.keMin = 0.4;
        range.keMax = 0.85;
        QCOMPARE(summarizePredictions(s, range)[2].count, 2);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationStore)
#include "test_evaluation_store.moc"
