// The Data page's frame viewer: its colour scale shows only over a frame it draws, never a range
// left from an earlier experiment (after New Project, or over a channel that is not loaded).
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include "core/data/Experiment.h"
#include "gui/data/FrameViewer.h"
#include "support/TestSupport.h"

using namespace faultke;

class TestFrameViewer : public QObject {
    Q_OBJECT

private slots:
    void theColourScaleShowsOnlyOverAFrame() {
        QTemporaryDir dir;
        const std::string file = test::writeSyntheticExperiment(dir.path(), "EB_025_1", 4, 1);
        auto experiment = std::make_shared<const Experiment>(Experiment::load(file));
        gui::FrameViewer viewer;
        viewer.resize(800, 400);
        QVERIFY(!viewer.colorScale()->visible());  // nothing to show yet
        viewer.setExperiment(experiment);
        viewer.setChannel(Channel::Curl);
        QVERIFY(viewer.colorScale()->visible());
        QVERIFY(viewer.colorScale()->dataRange().upper > 0);
        viewer.setExperiment(nullptr);  // the project closed, or a new one opened
        QVERIFY(!viewer.colorScale()->visible());
        QCOMPARE(viewer.colorMap()->data()->keySize(), 0);
    }
};

QTEST_MAIN(TestFrameViewer)
#include "test_frame_viewer.moc"
