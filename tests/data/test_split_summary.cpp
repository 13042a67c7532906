// The split summary: computed from label tables (as the Data page does, before preparing) it
// gives the numbers that the prepared dataset has; experiments without labels are pending.
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Dataset.h"
#include "core/data/Experiment.h"
#include "core/data/Labels.h"
#include "core/data/Prepare.h"
#include "core/data/SplitSummary.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestSplitSummary : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::vector<std::string> files_;

private slots:
    void initTestCase() {
        files_.push_back(test::writeSyntheticExperiment(dir_.path(), "EB_025_1", 8, 1));
        files_.push_back(test::writeSyntheticExperiment(dir_.path(), "EB_100_2", 8, 2));
        files_.push_back(test::writeSyntheticExperiment(dir_.path(), "PP_050_3", 8, 3));
    }

    void labelTablesGiveWhatPrepareWrites() {
        PrepareOptions options;
        options.split.trainOnly = {"EB_025_1"};
        options.split.excluded = {"PP_050_3"};
        options.split.evalWindows = 1;
        options.split.testWindows = 1;
        options.split.seed = 11;

        std::vector<LabelTable> tables;
        std::vector<LabelledExperiment> labelled;
        for (const std::string& file : files_) {
            const Experiment e = Experiment::load(file, options.names, Experiment::Content::LabelsOnly);
            tables.push_back(labelExperiment(e, options.crop, options.dx));
        }
        for (size_t i = 0; i < files_.size(); ++i) {
            const Experiment e = Experiment::load(files_[i], options.names, Experiment::Content::LabelsOnly);
            labelled.push_back({QFileInfo(QString::fromStdString(files_[i])).baseName().toStdString(),
                                options.crop.windowCount(e.cols()), &tables[i]});
        }
        const SplitSummary fromLabels = summarizeSplit(labelled, options.split);
        const SplitSummary fromDataset = summarizeSplit(prepareDataset(files_, options));
        QCOMPARE(fromLabels.samples, fromDataset.samples);
        for (int s = 0; s < 3; ++s) {
            std::vector<double> a = fromLabels.ke[size_t(s)], b = fromDataset.ke[size_t(s)];
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            QCOMPARE(a, b);
        }
        QCOMPARE(fromLabels.experimentsCounted, 2);  // the excluded one is not counted
        QVERIFY(fromLabels.samples[int(Split::Eval)] > 0);
        QVERIFY(fromLabels.samples[int(Split::Test)] > 0);

        // Train-only experiments put every sample into train.
        const SplitSummary onlyTrain = summarizeSplit({labelled[0]}, options.split);
        QCOMPARE(onlyTrain.samples[int(Split::Train)], int(tables[0].kept.size()));
        QCOMPARE(onlyTrain.total(), onlyTrain.samples[int(Split::Train)]);
    }

    void experimentsWithoutLabelsArePending() {
        const SplitSpec spec;
        const SplitSummary s = summarizeSplit({{"A_1", 4, nullptr}, {"B_2", 4, nullptr}}, spec);
        QCOMPARE(s.experimentsPending, 2);
        QCOMPARE(s.experimentsCounted, 0);
        QCOMPARE(s.total(), 0);
        QCOMPARE(s.ratio(Split::Train), 0.0);
    }

    void formatsATable() {
        SplitSummary s;
        s.samples = {3, 1, 0};
        s.ke[0] = {0.5, 0.7, 0.9};
        s.ke[1] = {0.6};
        const QString text = QString::fromStdString(formatSplitSummary(s));
        const QStringList lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].contains("KE mean"));
        QCOMPARE(lines[1].split(' ', Qt::SkipEmptyParts).mid(0, 6),
                 (QStringList{"train", "3", "0.750", "0.700", "0.50", "0.90"}));
        QCOMPARE(lines[3].split(' ', Qt::SkipEmptyParts).mid(0, 3), (QStringList{"test", "0", "0.000"}));
        QCOMPARE(lines[4].split(' ', Qt::SkipEmptyParts), (QStringList{"total", "4", "1.000"}));
    }
};

QTEST_GUILESS_MAIN(TestSplitSummary)
#include "test_split_summary.moc"
