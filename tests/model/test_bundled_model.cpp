// The bundled model's card tells the truth: its dataset made again from the card's recipe (the
// generator is seeded), the members calibrated on its eval windows give the card's scale, and
// their intervals hold 90 % +- 3 % of the test windows' true KE; the test windows score the card's
// figures, against the target of the old single model's card. Runs everywhere (nothing of
// ../shared); about two minutes on 2 cores, most of it making the 36 experiments.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "core/model/BundledModel.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestBundledModel : public QObject {
    Q_OBJECT

private slots:
    void intervalsHoldNinetyPercentOfItsTestWindows() {
        const ModelCard card = readBundledModelCard();
        QVERIFY(card.intervals.calibrated());
        QTemporaryDir dir;
        // As scripts/make-bundled-model.sh makes it.
        test::CliResult r = test::runCli({"synth", "-o", dir.filePath("experiments"), "--experiments", "36", "--frames",
                                          "40", "--seed", "7", "--drawing", "varied"},
                                         {}, QProcessEnvironment::systemEnvironment(), 1200000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = test::runCli({"prepare", dir.filePath("experiments"), "-o", dir.filePath("dataset.mat"), "--eval-windows",
                          "1", "--test-windows", "1", "--centre-traces", "12"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = test::runCli({"calibrate", "bundled", "--data", dir.filePath("dataset.mat"), "--device", "cpu", "-o",
                          dir.filePath("intervals.json")},
                         {}, QProcessEnvironment::systemEnvironment(), 1200000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qInfo("%s", qPrintable(r.out));

        const QRegularExpressionMatch scale = QRegularExpression(R"(mean \+- ([0-9.]+) x)").match(r.out);
        QVERIFY2(scale.hasMatch(), qPrintable(r.out));
        QVERIFY2(
            std::abs(scale.captured(1).toDouble() - card.intervals.scale) < 1e-3,
            qPrintable(QString("calibrated %1, the card says %2").arg(scale.captured(1)).arg(card.intervals.scale)));
        const QRegularExpressionMatch coverage =
            QRegularExpression(R"(test windows: (\d+), ([0-9.]+) % of their true KE)").match(r.out);
        QVERIFY2(coverage.hasMatch(), qPrintable(r.out));
        QCOMPARE(coverage.captured(1).toInt(), card.testSamples);
        const double covered = coverage.captured(2).toDouble() / 100;
        QVERIFY2(std::abs(covered - 0.9) <= 0.03, qPrintable(coverage.captured(0)));
        QVERIFY(std::abs(covered - card.intervals.testCoverage) < 1e-3);

        // "test SAMPLES ACCURACY R2" of the ensemble's mean.
        const QRegularExpressionMatch test =
            QRegularExpression(R"(^test\s+(\d+)\s+([0-9.]+)\s+(-?[0-9.]+)\s*$)", QRegularExpression::MultilineOption)
                .match(r.out);
        QVERIFY2(test.hasMatch(), qPrintable(r.out));
        const double accuracy = test.captured(2).toDouble(), r2 = test.captured(3).toDouble();
        QVERIFY2(std::abs(accuracy - card.testAccuracy) < 2e-3 && std::abs(r2 - card.testR2) < 2e-3,
                 qPrintable(QString("test %1 / %2, the card says %3 / %4")
                                .arg(accuracy)
                                .arg(r2)
                                .arg(card.testAccuracy)
                                .arg(card.testR2)));
        // As good as the old single model's card (on the classic drawing's split) or better.
        QVERIFY2(accuracy >= 0.835 && r2 >= 0.747, qPrintable(QString("test %1 / %2").arg(accuracy).arg(r2)));
    }
};

QTEST_GUILESS_MAIN(TestBundledModel)
#include "test_bundled_model.moc"
