// Datasets nothing sound can be trained on are refused where they enter: prepare does not write
// one without samples or without training samples (an earlier file stays intact), and loading one
// whose labels hold NaN or Inf names the variable and the sample.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

#include "core/data/Dataset.h"
#include "core/data/Prepare.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestDatasetRefusals : public QObject {
    Q_OBJECT

private slots:
    void prepareWritesNoDatasetWithoutTrainingSamples() {
        QTemporaryDir dir;
        const std::string experiment = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 12, 4);
        const QString output = dir.filePath("dataset.mat");
        {
            QFile earlier(output);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("an earlier file");
        }
        PrepareOptions options;
        options.split.evalWindows = 3;  // with the test window, every one of the 5 windows
        options.split.testWindows = 2;
        const QString message = test::errorOf([&] { prepareDatasetFile({experiment}, options, output.toStdString()); });
        QVERIFY2(message.startsWith(output + ": not written"), qPrintable(message));
        QVERIFY2(message.contains("training split"), qPrintable(message));
        QFile earlier(output);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("an earlier file"));
        QCOMPARE(QDir(dir.path()).entryList({"*.tmp*", ".*tmp*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void labelsThatAreNotFiniteAreRefused_data() {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<double>("value");
        QTest::newRow("ke NaN") << "ke" << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("sd_label Inf") << "sd_label" << std::numeric_limits<double>::infinity();
    }
    void labelsThatAreNotFiniteAreRefused() {
        QFETCH(QString, variable);
        QFETCH(double, value);
        QTemporaryDir dir;
        const std::string experiment = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 12, 4);
        Dataset data = prepareDataset({experiment}, PrepareOptions{});
        QVERIFY(data.size() > 3);
        Sample& s = data.samples[2];
        (variable == "ke" ? s.ke : s.sdLabel) = value;
        const std::string path = dir.filePath("bad.mat").toStdString();
        data.save(path);
        const QString message = test::errorOf([&] { Dataset::load(path); });
        QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
        QVERIFY2(message.contains("'" + variable + "', sample 3"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestDatasetRefusals)
#include "test_dataset_refusals.moc"
