// ProjectRuns, the one list of a project's runs the pages read: listed off the GUI thread (the
// call returns at once, the runs arrive with `reset`), kept in name order as runs are added,
// changed and removed, and followed by a page that owns none of it.
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Project.h"
#include "core/model/RunCatalog.h"
#include "gui/app/ProjectRuns.h"
#include "gui/predict/ModelChooser.h"
#include "gui/predict/PredictPage.h"
#include "support/TestDatasets.h"
#include "support/TinyTraining.h"

using namespace faultke;
using faultke::gui::ChangedRun;
using faultke::gui::ProjectRuns;

namespace {

ChangedRun changedRun(const std::string& dir, const std::string& name) {
    RunSummary summary = readRunSummary(dir);
    summary.name = name;
    return {QString::fromStdString(name), summary};
}

QStringList namesOf(const std::vector<RunSummary>& runs) {
    QStringList names;
    for (const RunSummary& r : runs) names << QString::fromStdString(r.name);
    return names;
}

}  // namespace

class TestProjectRuns : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Project> project_;

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("FAULTKE_THREADS")) qputenv("FAULTKE_THREADS", "1");
        project_ = std::make_unique<Project>(Project::create(dir_.filePath("project").toStdString()));
        const Dataset data = test::lineDataset(48, 4);
        for (const char* name : {"b", "d"}) test::trainTinyRun(data, project_->experimentsDir() + "/" + name, 1);
    }

    void listsOffTheGuiThread() {
        ProjectRuns runs;
        QSignalSpy reset(&runs, &ProjectRuns::reset);
        runs.setProject(project_.get());
        // setProject returned before the folders were read: nothing is listed yet.
        QVERIFY(runs.isListing());
        QVERIFY(runs.runs().empty());
        QVERIFY(reset.wait(60000));
        QCOMPARE(namesOf(runs.runs()), QStringList({"b", "d"}));
        QCOMPARE(runs.run("d")->epochs(), 1);

        runs.setProject(nullptr);
        QVERIFY(runs.runs().empty());
        QVERIFY(!runs.isListing());
    }

    void followsAddedChangedAndRemovedRunsInNameOrder() {
        ProjectRuns runs;
        runs.setProject(project_.get());
        runs.waitUntilListed();
        QSignalSpy changed(&runs, &ProjectRuns::changed);
        const std::string b = project_->experimentsDir() + "/b";
        runs.apply({changedRun(b, "c"), changedRun(b, "a"), changedRun(b, "sweep/e")});
        QCOMPARE(namesOf(runs.runs()), QStringList({"a", "b", "c", "d", "sweep/e"}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<std::vector<ChangedRun>>().size(), size_t(3));

        RunSummary longer = readRunSummary(b);
        longer.name = "d";
        longer.history.push_back(longer.history.back());
        runs.apply({{QStringLiteral("d"), longer}, {QStringLiteral("a"), std::nullopt}});
        QCOMPARE(namesOf(runs.runs()), QStringList({"b", "c", "d", "sweep/e"}));
        QCOMPARE(runs.run("d")->epochs(), 2);
        runs.apply({{QStringLiteral("missing"), std::nullopt}});  // removing what is not there: nothing
        QCOMPARE(runs.runs().size(), size_t(4));
    }

    void aPageFollowsTheListItIsGiven() {
        ProjectRuns runs;
        gui::PredictPage page(&runs);
        page.setProject(project_.get());
        // The page does not list runs itself: the list it was given is read when it comes in.
        QVERIFY(!runs.isListing());
        QCOMPARE(page.projectRuns(), &runs);
        QSignalSpy reset(&runs, &ProjectRuns::reset);
        runs.setProject(project_.get());
        QVERIFY(reset.wait(60000));
        QComboBox* models = page.modelChooser()->modelBox();
        QVERIFY(models->findText(QStringLiteral("b"), Qt::MatchContains) >= 0);
        QVERIFY(models->findText(QStringLiteral("d"), Qt::MatchContains) >= 0);
    }
};

QTEST_MAIN(TestProjectRuns)
#include "test_project_runs.moc"
