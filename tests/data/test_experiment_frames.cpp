// ExperimentFrames: an experiment read frame by frame, the four variables on threads of their
// own, gives exactly the experiment that was written, in every MAT format; prepare, which labels
// while it reads, gives the samples and windows of labelExperiment.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/data/ExperimentFrames.h"
#include "core/data/Labels.h"
#include "core/data/Prepare.h"
#include "core/data/Synthetic.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

SyntheticSpec smallSpec() {
    SyntheticSpec spec = syntheticSeries(1, 12, 5).front();
    return spec;
}

}  // namespace

class TestExperimentFrames : public QObject {
    Q_OBJECT

private slots:
    void framesEqualTheWrittenExperiment_data() {
        QTest::addColumn<int>("version");
        for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed, MatVersion::V73})
            QTest::newRow(qPrintable(test::matVersionName(v))) << int(v);
    }
    void framesEqualTheWrittenExperiment() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const Experiment written = generateExperiment(smallSpec());
        const std::string path = (dir.path() + "/EB_025_1.mat").toStdString();
        writeExperiment(written, path, MatVersion(version));

        const size_t frameSize = size_t(written.rows()) * size_t(written.cols());
        for (bool keep : {true, false}) {
            ExperimentFrames frames(path, {}, keep);
            QCOMPARE(frames.info().frames, written.frames());
            ExperimentFrame frame;
            int count = 0;
            while (frames.next(frame)) {
                const int t = frame.index;
                QCOMPARE(t, count++);
                QVERIFY(std::equal(frame.curl.begin(), frame.curl.end(), written.curlFrame(t)));
                QVERIFY(std::equal(frame.fault.begin(), frame.fault.end(), written.faultFrame(t)));
                QCOMPARE(frame.curl.size(), frameSize);
                if (keep) {
                    QVERIFY(std::equal(frame.u.begin(), frame.u.end(), written.uFrame(t)));
                    QVERIFY(std::equal(frame.v.begin(), frame.v.end(), written.vFrame(t)));
                } else {
                    QVERIFY(frame.u.empty());
                }
                QCOMPARE(frame.velTot, written.velTot(t));
            }
            QCOMPARE(count, written.frames());
            QVERIFY(!frames.next(frame));  // stays at the end
        }
    }

    void stoppingEarlyEndsTheReaders() {
        QTemporaryDir dir;
        const std::string path = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 40, 3);
        for (int taken : {0, 1, 7}) {
            ExperimentFrames frames(path, {}, false);
            ExperimentFrame frame;
            for (int i = 0; i < taken; ++i) QVERIFY(frames.next(frame));
        }  // the destructor must stop and join the four threads, not hang
    }

    void damagedFileFailsWithTheVariable() {
        QTemporaryDir dir;
        const std::string path = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 20, 3);
        // Cut inside the last variable: the headers still read, its frames do not.
        std::filesystem::resize_file(path, std::filesystem::file_size(path) - 5000);
        const QString message = test::errorOf([&] {
            ExperimentFrames frames(path, {}, false);
            ExperimentFrame frame;
            while (frames.next(frame)) {
            }
        });
        QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
        QVERIFY2(message.contains("truncated or corrupt"), qPrintable(message));
    }

    void prepareLabelsAsLabelExperimentDoes() {
        QTemporaryDir dir;
        const std::string path = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 30, 8);
        PrepareOptions options;
        const Dataset dataset = prepareDataset({path}, options);
        const Experiment exp = Experiment::load(path, {}, Experiment::Content::LabelsOnly);
        const LabelTable table = labelExperiment(exp, options.crop, options.dx);
        QVERIFY(!table.kept.empty());
        QCOMPARE(dataset.samples.size(), table.kept.size());
        const size_t windowSize = size_t(options.crop.height) * size_t(options.crop.width);
        for (size_t i = 0; i < table.kept.size(); ++i) {
            const Sample& s = dataset.samples[i];
            const WindowLabel& k = table.kept[i];
            QCOMPARE(s.window, k.window);
            QCOMPARE(s.frame, k.frame);
            QCOMPARE(s.ke, k.label.ke);
            QCOMPARE(s.keLabel, k.label.keLabel);
            // The window's pixels are the fault map under the window.
            const WindowRect rect = options.crop.window(k.window);
            const uint8_t* pixels = dataset.windows.data() + i * windowSize;
            for (int r = 0; r < rect.height; ++r)
                for (int c = 0; c < rect.width; ++c)
                    QCOMPARE(
                        int(pixels[size_t(r) * size_t(rect.width) + size_t(c)]),
                        int(exp.faultFrame(k.frame)[size_t(rect.row + r) * size_t(exp.cols()) + size_t(rect.col + c)] !=
                            kFaultEmpty));
        }
    }
};

QTEST_GUILESS_MAIN(TestExperimentFrames)
#include "test_experiment_frames.moc"
