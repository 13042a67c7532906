// Calibrated intervals (split-conformal, scaled by the ensemble's SD): the scale is the
// ceil((n + 1) level)-th smallest score, the intervals then hold at least that share of the
// calibration windows and about that share of new windows drawn alike; refusals name the problem.
#include <QtTest>

#include <cmath>
#include <random>

#include "core/model/IntervalCalibration.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestIntervalCalibration : public QObject {
    Q_OBJECT
private slots:
    void scaleIsTheConformalQuantile() {
        // Scores |truth - mean| / (sd + 0.01) = 1, 2, ..., 19: with n = 19 and level 0.9 the
        // ceil(20 * 0.9) = 18th smallest, 18.
        std::vector<double> truth, mean, sd;
        for (int i = 1; i <= 19; ++i) {
            truth.push_back(0.5 + i * 0.1);
            mean.push_back(0.5);
            sd.push_back(0.09);
        }
        const IntervalCalibration c = calibrateIntervals(truth, mean, sd, 0.9);
        QVERIFY(std::abs(c.scale - 18) < 1e-9);
        QCOMPARE(c.windows, 19);
        QVERIFY(std::abs(c.halfWidth(0.09) - 1.8) < 1e-9);
        QCOMPARE(intervalCoverage(c, truth, mean, sd), 18.0 / 19);
    }

    void newWindowsAreCoveredAtTheLevel() {
        // Errors proportional to the SD, as an ensemble's are when its spread is informative.
        std::mt19937_64 random(3);
        std::normal_distribution<double> noise;
        std::uniform_real_distribution<double> spread(0.01, 0.2);
        auto draw = [&](int n, std::vector<double>& truth, std::vector<double>& mean, std::vector<double>& sd) {
            for (int i = 0; i < n; ++i) {
                sd.push_back(spread(random));
                mean.push_back(0.6);
                truth.push_back(0.6 + 1.5 * (sd.back() + 0.01) * noise(random));
            }
        };
        std::vector<double> t1, m1, s1, t2, m2, s2;
        draw(1000, t1, m1, s1);
        draw(5000, t2, m2, s2);
        const IntervalCalibration c = calibrateIntervals(t1, m1, s1, 0.9);
        QVERIFY(std::abs(c.scale - 1.5 * 1.645) < 0.25);
        QVERIFY2(std::abs(intervalCoverage(c, t2, m2, s2) - 0.9) < 0.03, qPrintable(QString::number(c.scale)));
    }

    void refusalsNameTheProblem() {
        QVERIFY(test::errorOf([] { calibrateIntervals({0.1}, {0.1, 0.2}, {0, 0}); }).contains("1 true values"));
        QVERIFY(test::errorOf([] { calibrateIntervals({0.1, 0.2}, {0.1, 0.2}, {0, 0}); }).contains("too few"));
        QVERIFY(test::errorOf([] {
                    calibrateIntervals(std::vector<double>(20, 0.5), std::vector<double>(20, std::nan("")),
                                       std::vector<double>(20, 0));
                }).contains("not finite"));
    }

    void jsonRoundTripAndBrokenFiles() {
        IntervalCalibration c;
        c.scale = 2.5;
        c.windows = 40;
        c.source = "eval windows of d.mat";
        c.testCoverage = 0.91;
        const IntervalCalibration back = parseIntervalCalibration(intervalCalibrationJson(c), "c.json");
        QCOMPARE(back.scale, 2.5);
        QCOMPARE(back.level, 0.9);
        QCOMPARE(back.windows, 40);
        QCOMPARE(back.testCoverage, 0.91);
        QCOMPARE(back.source, c.source);
        const QString broken = test::errorOf([] { parseIntervalCalibration("{\"level\": 0.9", "c.json"); });
        QVERIFY2(broken.contains("c.json") && broken.contains("not an interval calibration"), qPrintable(broken));
        const QString zero = test::errorOf(
            [] { parseIntervalCalibration(R"({"level": 0.9, "scale": 0, "sd_floor": 0.01})", "z.json"); });
        QVERIFY2(zero.contains("z.json") && zero.contains("positive"), qPrintable(zero));
    }
};

QTEST_GUILESS_MAIN(TestIntervalCalibration)
#include "test_interval_calibration.moc"
