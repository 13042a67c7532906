// The project folder and its project.json: round trips, clear errors, paths, roles.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "core/data/Prepare.h"
#include "core/data/Project.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"
#include "support/TestSupport.h"

using namespace faultke;
namespace fs = std::filesystem;

namespace {

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// The message of the Error that `open` throws, or an empty string when it does not throw.
QString openError(const std::string& folder) {
    return test::errorOf([&] { Project::open(folder); });
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void createMakesTheFolderLayout();
    void createRefusesAnExistingProject();
    void saveAndOpenRoundTrip();
    void openAcceptsTheSettingsFile();
    void openRejectsAFolderWithoutProject();
    void brokenJsonNamesTheFile();
    void badValuesNameTheFileAndTheKey_data();
    void badValuesNameTheFileAndTheKey();
    void missingKeysTakeDefaults();
    void pathsInsideTheProjectAreStoredRelative();
    void rolesBecomeSplitSpecAndPrepareOptions();
    void sampleProjectIsGeneratedAndOpens();
    void sampleProjectCanBeCancelled();
    void addExperimentRefusesWhatIsNoExperiment();
    void createTakesOnlyANewOrEmptyFolder();
    void addExperimentRefusesADatasetFile();
    void datasetChangesNameWhatChangedSincePrepare();
};

void TestProject::createMakesTheFolderLayout() {
    QTemporaryDir tmp;
    const std::string folder = tmp.filePath("p1").toStdString();
    const Project p = Project::create(folder);
    QVERIFY(fs::is_regular_file(p.settingsPath()));
    QVERIFY(fs::is_directory(p.dataDir()));
    QVERIFY(fs::is_directory(p.experimentsDir()));
    QCOMPARE(QString::fromStdString(p.name()), QStringLiteral("p1"));
    QCOMPARE(p.datasetPath(), (fs::path(p.folder()) / "dataset.mat").string());
    QVERIFY(Project::isProject(folder));
    QVERIFY(!Project::isProject(tmp.path().toStdString()));
}

void TestProject::createRefusesAnExistingProject() {
    QTemporaryDir tmp;
    Project::create(tmp.path().toStdString());
    try {
        Project::create(tmp.path().toStdString());
        QFAIL("creating a project over an existing one must fail");
    } catch (const Error& e) {
        QVERIFY(QString(e.what()).contains("project.json"));
        QVERIFY2(QString(e.what()).contains("already a FaultKE project"), e.what());
        QVERIFY(QString(e.what()).endsWith("open it instead"));
    }
}

void TestProject::saveAndOpenRoundTrip() {
    QTemporaryDir tmp;
    Project p = Project::create(tmp.path().toStdString());
    p.settings.experiments = {{"data/EB_025_1.mat", ExperimentRole::TrainOnly},
                              {"/elsewhere/PP_050_1.mat", ExperimentRole::Excluded},
                              {"data/PP_025_1.mat", ExperimentRole::Split}};
    p.settings.crop = CropSpec{3, 40, 128, 64};
    p.settings.dx = 0.5;
    p.settings.evalWindows = 3;
    p.settings.testWindows = 0;
    p.settings.seed = 1234567890123ull;
    p.settings.names.curl = "curlz";
    p.settings.datasetFile = "sets/ds.mat";
    p.save();

    const Project q = Project::open(tmp.path().toStdString());
    QCOMPARE(q.settings.experiments.size(), size_t(3));
    QCOMPARE(q.settings.experiments[0].path, std::string("data/EB_025_1.mat"));
    QCOMPARE(q.settings.experiments[0].role, ExperimentRole::TrainOnly);
    QCOMPARE(q.settings.experiments[1].path, std::string("/elsewhere/PP_050_1.mat"));
    QCOMPARE(q.settings.experiments[1].role, ExperimentRole::Excluded);
    QCOMPARE(q.settings.experiments[2].role, ExperimentRole::Split);
    QVERIFY(q.settings.crop == (CropSpec{3, 40, 128, 64}));
    QCOMPARE(q.settings.dx, 0.5);
    QCOMPARE(q.settings.evalWindows, 3);
    QCOMPARE(q.settings.testWindows, 0);
    QCOMPARE(q.settings.seed, uint64_t(1234567890123ull));
    QCOMPARE(q.settings.names.curl, std::string("curlz"));
    QCOMPARE(q.settings.names.fault, std::string("altBW_filt"));
    QCOMPARE(q.datasetPath(), (fs::path(q.folder()) / "sets" / "ds.mat").string());
    // Saving leaves no temporary file beside project.json.
    int files = 0;
    for (const auto& entry : fs::directory_iterator(q.folder())) files += entry.is_regular_file() ? 1 : 0;
    QCOMPARE(files, 1);
}

void TestProject::openAcceptsTheSettingsFile() {
    QTemporaryDir tmp;
    const Project p = Project::create(tmp.path().toStdString());
    const Project q = Project::open(p.settingsPath());
    QCOMPARE(q.folder(), p.folder());
}

void TestProject::openRejectsAFolderWithoutProject() {
    QTemporaryDir tmp;
    const QString message = openError(tmp.path().toStdString());
    QVERIFY2(message.contains("no project.json"), qPrintable(message));
    QVERIFY(message.contains(tmp.path()));
    QVERIFY(openError(tmp.filePath("missing").toStdString()).contains("no such folder"));
}

void TestProject::brokenJsonNamesTheFile() {
    QTemporaryDir tmp;
    const Project p = Project::create(tmp.path().toStdString());
    writeText(p.settingsPath(), "{\n  \"experiments\": [\n    {\"path\": \"a.mat\",, }\n");
    const QString message = openError(p.folder());
    QVERIFY2(message.startsWith(QString::fromStdString(p.settingsPath()) + ": broken JSON"), qPrintable(message));
    QVERIFY2(message.contains("line 3"), qPrintable(message));
}

void TestProject::badValuesNameTheFileAndTheKey_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an object") << "[1, 2]"
                                   << "top level must be a JSON object";
    QTest::newRow("negative eval") << R"({"split": {"evalWindows": -1}})"
                                   << "\"split.evalWindows\" must not be negative";
    QTest::newRow("text seed") << R"({"split": {"seed": "x"}})"
                               << "\"split.seed\" must be a non-negative integer";
    QTest::newRow("unknown role") << R"({"experiments": [{"path": "a.mat", "role": "maybe"}]})"
                                  << "unknown experiment role 'maybe'";
    QTest::newRow("no path") << R"({"experiments": [{"role": "split"}]})"
                             << "\"experiments[0]\" has no \"path\"";
    QTest::newRow("zero stride") << R"({"crop": {"stride": 0}})"
                                 << "\"crop.stride\" must be positive";
    QTest::newRow("text dx") << R"({"dx": "big"})"
                             << "\"dx\" must be a number";
    QTest::newRow("negative dx") << R"({"dx": -1})"
                                 << "\"dx\" must be a positive grid step";
    QTest::newRow("empty variable") << R"({"variables": {"u": ""}})"
                                    << "\"variables.u\" must not be empty";
    QTest::newRow("other format") << R"({"format": "something-else"})"
                                  << "is not a FaultKE project";
    QTest::newRow("newer version") << R"({"version": 99})"
                                   << "newer FaultKE";
}

void TestProject::badValuesNameTheFileAndTheKey() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    const Project p = Project::create(tmp.path().toStdString());
    writeText(p.settingsPath(), json.toStdString());
    const QString message = openError(p.folder());
    QVERIFY2(message.startsWith(QString::fromStdString(p.settingsPath()) + ": "), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestProject::missingKeysTakeDefaults() {
    QTemporaryDir tmp;
    const Project p = Project::create(tmp.path().toStdString());
    writeText(p.settingsPath(), R"({"experiments": [{"path": "data/x.mat"}], "crop": "5,50,128,64"})");
    const Project q = Project::open(p.folder());
    QCOMPARE(q.settings.experiments.size(), size_t(1));
    QCOMPARE(q.settings.experiments[0].role, ExperimentRole::Split);
    QCOMPARE(q.settings.crop.firstRow, 5);
    QCOMPARE(q.settings.evalWindows, 2);
    QCOMPARE(q.settings.testWindows, 1);
    QCOMPARE(q.settings.seed, uint64_t(42));
    QCOMPARE(q.settings.datasetFile, std::string("dataset.mat"));
}

void TestProject::pathsInsideTheProjectAreStoredRelative() {
    QTemporaryDir tmp;
    Project p = Project::create(tmp.filePath("proj").toStdString());
    const std::string inside = (fs::path(p.dataDir()) / "EB_025_1.mat").string();
    const std::string outside = tmp.filePath("other/PP_025_1.mat").toStdString();
    QCOMPARE(p.storedPath(inside), std::string("data/EB_025_1.mat"));
    QCOMPARE(p.storedPath(outside), outside);
    // A sibling folder whose name starts like the project's is outside it.
    QCOMPARE(p.storedPath(tmp.filePath("proj2/a.mat").toStdString()), tmp.filePath("proj2/a.mat").toStdString());

    // Absolute paths set by the caller are saved relative, and resolve back after a move.
    p.settings.experiments = {{inside, ExperimentRole::Split}, {outside, ExperimentRole::Split}};
    p.save();
    fs::rename(tmp.filePath("proj").toStdString(), tmp.filePath("moved").toStdString());
    const Project q = Project::open(tmp.filePath("moved").toStdString());
    QCOMPARE(q.settings.experiments[0].path, std::string("data/EB_025_1.mat"));
    QCOMPARE(q.absolutePath(q.settings.experiments[0]), (fs::path(q.folder()) / "data" / "EB_025_1.mat").string());
    QCOMPARE(q.absolutePath(q.settings.experiments[1]), outside);
}

void TestProject::rolesBecomeSplitSpecAndPrepareOptions() {
    QTemporaryDir tmp;
    Project p = Project::create(tmp.path().toStdString());
    p.settings.experiments = {{"data/EB_025_1.mat", ExperimentRole::TrainOnly},
                              {"data/PP_025_1.mat", ExperimentRole::Split},
                              {"data/PP_150_1.mat", ExperimentRole::Excluded},
                              {"data/EB_050_1.mat", ExperimentRole::TrainOnly}};
    p.settings.evalWindows = 4;
    p.settings.testWindows = 2;
    p.settings.seed = 9;
    p.settings.crop.firstRow = 7;
    p.settings.dx = 2.0;
    p.settings.names.fault = "faults";

    const SplitSpec spec = p.splitSpec();
    QCOMPARE(spec.trainOnly, (std::vector<std::string>{"EB_025_1", "EB_050_1"}));
    QCOMPARE(spec.excluded, (std::vector<std::string>{"PP_150_1"}));
    QCOMPARE(spec.roleOf("PP_025_1"), ExperimentRole::Split);
    QCOMPARE(spec.evalWindows, 4);
    QCOMPARE(spec.testWindows, 2);
    QCOMPARE(spec.seed, uint64_t(9));

    const PrepareOptions options = p.prepareOptions();
    QCOMPARE(options.crop.firstRow, 7);
    QCOMPARE(options.dx, 2.0);
    QCOMPARE(options.names.fault, std::string("faults"));
    QCOMPARE(options.split.trainOnly, spec.trainOnly);

    const std::vector<std::string> files = p.experimentFiles();
    QCOMPARE(files.size(), size_t(3));
    QCOMPARE(fs::path(files[2]).filename().string(), std::string("EB_050_1.mat"));
    QVERIFY(fs::path(files[0]).is_absolute());
}

void TestProject::sampleProjectIsGeneratedAndOpens() {
    QTemporaryDir tmp;
    const std::string folder = tmp.filePath("sample").toStdString();
    SampleProjectOptions options;
    options.experiments = 4;
    options.frames = 3;
    double lastFraction = -1;
    Progress progress;
    progress.report = [&](double f, const std::string&) { lastFraction = f; };
    const Project p = createSampleProject(folder, options, &progress);
    QCOMPARE(lastFraction, 1.0);
    QCOMPARE(p.settings.experiments.size(), size_t(4));
    QCOMPARE(p.settings.experiments[0].role, ExperimentRole::TrainOnly);
    for (size_t i = 1; i < 4; ++i) QCOMPARE(p.settings.experiments[i].role, ExperimentRole::Split);
    QVERIFY(QString::fromStdString(p.settings.experiments[0].path).startsWith("data/"));
    // Both boundary conditions and two loading rates.
    QStringList names;
    for (const auto& e : p.settings.experiments) names << QString::fromStdString(fs::path(e.path).stem().string());
    QCOMPARE(names, (QStringList{"EB_025_1", "PP_025_1", "EB_050_1", "PP_050_1"}));

    const Project reopened = Project::open(folder);
    for (const std::string& file : reopened.experimentFiles()) {
        QVERIFY2(fs::is_regular_file(file), file.c_str());
        const ExperimentInfo info = Experiment::inspect(file);
        QCOMPARE(info.rows, 135);
        QCOMPARE(info.cols, 313);
        QCOMPARE(info.frames, 3);
    }
}

void TestProject::sampleProjectCanBeCancelled() {
    QTemporaryDir tmp;
    const std::string folder = tmp.filePath("sample").toStdString();
    std::atomic<bool> cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    SampleProjectOptions options;
    options.frames = 2;
    QVERIFY_THROWS_EXCEPTION(Cancelled, createSampleProject(folder, options, &progress));
    // No project.json: the next start generates it again instead of opening a half-made one.
    QVERIFY(!Project::isProject(folder));
    QVERIFY(!QFileInfo::exists(QString::fromStdString(folder)));

    // Cancelled after some experiments were written: they go again, and so does the folder.
    cancel = false;
    int written = 0;
    progress.report = [&](double, const std::string& message) {
        if (message.rfind("Writing", 0) == 0 && ++written == 2) cancel = true;
    };
    QVERIFY_THROWS_EXCEPTION(Cancelled, createSampleProject(folder, options, &progress));
    QCOMPARE(written, 2);
    QVERIFY(!QFileInfo::exists(QString::fromStdString(folder)));

    // A folder that was there before stays, without what generation put in it.
    QDir().mkpath(QString::fromStdString(folder));
    written = 0;
    cancel = false;
    QVERIFY_THROWS_EXCEPTION(Cancelled, createSampleProject(folder, options, &progress));
    QVERIFY(QFileInfo::exists(QString::fromStdString(folder)));
    QVERIFY(QDir(QString::fromStdString(folder)).isEmpty());
}

void TestProject::addExperimentRefusesWhatIsNoExperiment() {
    QTemporaryDir tmp;
    Project project = Project::create(tmp.filePath("p").toStdString());
    const std::string good = test::writeSyntheticExperiment(tmp.path(), "EB_025_1", 2, 1);
    project.addExperiment(good);
    QCOMPARE(project.settings.experiments.size(), size_t(1));
    QCOMPARE(project.settings.experiments[0].role, ExperimentRole::Split);

    writeText(tmp.filePath("map.PNG").toStdString(), "x");
    writeText(tmp.filePath("notes.mat").toStdString(), "plain text");
    QDir().mkpath(tmp.filePath("other"));
    QVERIFY(QFile::copy(QString::fromStdString(good), tmp.filePath("other/EB_025_1.mat")));
    auto refusal = [&](const QString& name) {
        return test::errorOf([&] { project.addExperiment(tmp.filePath(name).toStdString()); });
    };
    QVERIFY(refusal("map.PNG").endsWith(
        "map.PNG: an image, not an experiment: predict its KE on the Predict page instead"));
    QVERIFY(refusal("notes.mat").endsWith("notes.mat: not a MAT file, so not an experiment"));
    QVERIFY(refusal("missing.mat").endsWith("missing.mat: no such file"));
    QVERIFY(refusal("EB_025_1.mat").endsWith("EB_025_1.mat: already in the project"));
    QVERIFY(refusal("other/EB_025_1.mat").contains("already has an experiment named EB_025_1"));
    // A name that is not UTF-8 (an old Latin-1 file system): said, never a JSON library's error.
    const std::string latin1 = tmp.path().toStdString() + "/EB_100_\xe9.mat";
    std::filesystem::copy_file(good, latin1);
    const QString message = test::errorOf([&] { project.addExperiment(latin1); });
    QVERIFY2(message.contains("is not UTF-8 text, which project.json cannot hold: rename it") &&
                 !message.contains("json.exception"),
             qPrintable(message));
    QCOMPARE(project.settings.experiments.size(), size_t(1));
}

// "Choose an empty folder" is what the dialog says, and what create() holds to; a folder that is
// not there yet is made.
void TestProject::createTakesOnlyANewOrEmptyFolder() {
    QTemporaryDir tmp;
    const QString full = tmp.filePath("holiday photos");
    QVERIFY(QDir().mkpath(full + "/2023"));
    writeText((full + "/notes.txt").toStdString(), "mine");
    const QString refusal = test::errorOf([&] { Project::create(full.toStdString()); });
    QVERIFY2(refusal.startsWith(QDir::cleanPath(full) + ": is not empty (it holds 2023, notes.txt)"),
             qPrintable(refusal));
    QVERIFY(refusal.contains("a project needs a new or empty folder"));
    QCOMPARE(QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), (QStringList{"2023", "notes.txt"}));
    QVERIFY_THROWS_EXCEPTION(Error, Project::checkNewProjectFolder(full.toStdString()));

    // What a desktop drops into every folder it shows does not count.
    const QString shown = tmp.filePath("shown in Finder");
    QVERIFY(QDir().mkpath(shown));
    writeText((shown + "/.DS_Store").toStdString(), "x");
    Project::checkNewProjectFolder(shown.toStdString());
    QVERIFY(Project::isProject(Project::create(shown.toStdString()).folder()));

    // A folder that is not there yet, two levels deep, is made.
    const QString fresh = tmp.filePath("studies/kaolin 2024");
    Project::checkNewProjectFolder(fresh.toStdString());
    const Project made = Project::create(fresh.toStdString());
    QVERIFY(QFileInfo(fresh + "/project.json").isFile());
    QCOMPARE(QString::fromStdString(made.name()), QString("kaolin 2024"));

    // A file is no folder.
    writeText(tmp.filePath("plain").toStdString(), "x");
    QVERIFY(test::errorOf([&] {
                Project::create(tmp.filePath("plain").toStdString());
            }).endsWith("plain: is a file, not a folder"));
}

// A prepared dataset is a MAT file too, but no experiment: adding one is refused with what it is.
void TestProject::addExperimentRefusesADatasetFile() {
    QTemporaryDir tmp;
    Project project = Project::create(tmp.filePath("p").toStdString());
    const std::string experiment = test::writeSyntheticExperiment(tmp.path(), "EB_025_1", 4, 1);
    project.addExperiment(experiment);
    prepareDatasetFile(project.experimentFiles(), project.prepareOptions(), project.datasetPath());
    QVERIFY(Dataset::isDatasetFile(project.datasetPath()));
    QVERIFY(!Dataset::isDatasetFile(experiment));

    const QString own = test::errorOf([&] { project.addExperiment(project.datasetPath()); });
    QVERIFY2(own.endsWith("dataset.mat: this project's dataset, the file Prepare writes, not an experiment"),
             qPrintable(own));
    const QString copy = tmp.filePath("from-elsewhere.mat");
    QVERIFY(QFile::copy(QString::fromStdString(project.datasetPath()), copy));
    const QString other = test::errorOf([&] { project.addExperiment(copy.toStdString()); });
    QVERIFY2(other.endsWith("from-elsewhere.mat: a FaultKE dataset (a file Prepare writes), not an experiment: add "
                            "the experiment files it was prepared from"),
             qPrintable(other));
    QCOMPARE(project.settings.experiments.size(), size_t(1));

    // Listed anyway (by hand, or by an older FaultKE): reading it says what it is, and preparing
    // is refused before it would overwrite its own input.
    project.settings.experiments.push_back({copy.toStdString(), ExperimentRole::Split});
    QVERIFY(test::errorOf([&] { Experiment::inspect(copy.toStdString()); })
                .endsWith("from-elsewhere.mat: a FaultKE dataset (a file Prepare writes), not an experiment: remove "
                          "it from the experiments"));
    project.checkDatasetIsNoExperiment();
    project.settings.experiments.push_back({project.datasetPath(), ExperimentRole::Split});
    QVERIFY(test::errorOf([&] { project.checkDatasetIsNoExperiment(); })
                .endsWith("dataset.mat: is listed as an experiment, but it is the file Prepare writes: remove it "
                          "from the experiments, then prepare again"));
    project.settings.experiments.back().role = ExperimentRole::Excluded;
    project.checkDatasetIsNoExperiment();  // excluded: not read, so not overwritten either
}

void TestProject::datasetChangesNameWhatChangedSincePrepare() {
    QTemporaryDir tmp;
    Project project = Project::create(tmp.filePath("p").toStdString());
    // No file yet, or no experiments listed (a dataset made elsewhere): nothing to compare.
    QVERIFY(datasetIsCurrent(project));
    const std::string first = test::writeSyntheticExperiment(tmp.path(), "EB_025_1", 4, 1);
    const std::string second = test::writeSyntheticExperiment(tmp.path(), "PP_050_1", 4, 2);
    const std::string third = test::writeSyntheticExperiment(tmp.path(), "PP_100_1", 4, 3);
    project.addExperiment(first);
    project.addExperiment(second);
    project.settings.experiments[1].role = ExperimentRole::Excluded;
    prepareDatasetFile(project.experimentFiles(), project.prepareOptions(), project.datasetPath());
    const Dataset preparedWith = Dataset::loadSettings(project.datasetPath());
    QVERIFY(preparedWith.samples.empty() && preparedWith.windows.empty());
    QVERIFY2(datasetIsCurrent(project), describeDatasetChanges(datasetChanges(project)).c_str());
    QVERIFY(datasetChanges(project).empty());

    Project edited = project;
    edited.settings.crop.stride = 25;
    edited.settings.dx = 0.5;
    edited.settings.seed = 7;
    edited.settings.names.fault = "faults";
    edited.settings.experiments[0].role = ExperimentRole::TrainOnly;
    edited.settings.experiments[1].role = ExperimentRole::Split;
    edited.addExperiment(third);
    QVERIFY(!datasetIsCurrent(edited));
    const std::vector<std::string> expected = {"crop stride now 25 (was 50)",
                                               "dx now 0.5 mm (was 1.14 mm)",
                                               "split seed now 7 (was 42)",
                                               "fault variable now faults (was altBW_filt)",
                                               "PP_100_1 added",
                                               "EB_025_1 now train-only (was split)",
                                               "PP_050_1 now split (was excluded)"};
    QCOMPARE(datasetChanges(edited, preparedWith), expected);
    QCOMPARE(QString::fromStdString(describeDatasetChanges(expected)),
             QString("crop stride now 25 (was 50); dx now 0.5 mm (was 1.14 mm); split seed now 7 (was 42); fault "
                     "variable now faults (was altBW_filt); 3 more changes"));

    Project removed = project;
    removed.settings.experiments.erase(removed.settings.experiments.begin());
    QCOMPARE(datasetChanges(removed, preparedWith), (std::vector<std::string>{"EB_025_1 removed"}));

    Dataset centred = preparedWith;
    centred.centreTracesWithin = 12;
    QCOMPARE(datasetChanges(project, centred),
             (std::vector<std::string>{"windows now as cut (was traces moved to within 12 rows of the middle)"}));

    // A file from before inputs were recorded: the experiments in it and the excluded ones count.
    Dataset older = preparedWith;
    older.inputs.clear();
    older.variables.reset();
    QVERIFY(datasetChanges(project, older).empty());
    Project renamed = project;
    renamed.settings.names.fault = "faults";
    QVERIFY(datasetChanges(renamed, older).empty());  // not recorded, so not compared
}

QTEST_GUILESS_MAIN(TestProject)
#include "test_project.moc"
