#pragma once
// A FaultKE project: a folder holding `project.json` (the settings below), `data/` (raw
// experiments, by default), the prepared dataset file and `experiments/` (training runs).
// Shared by the GUI and the CLI; plain C++.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/CropSpec.h"
#include "core/data/Experiment.h"
#include "core/data/Prepare.h"
#include "core/data/Split.h"

namespace faultke {

struct Progress;
struct SampleProjectOptions;

struct ProjectExperiment {
    std::string path;  // as stored: relative to the project folder when inside it
    ExperimentRole role = ExperimentRole::Split;
};

struct ProjectSettings {
    std::vector<ProjectExperiment> experiments;
    CropSpec crop;
    double dx = kDefaultDx;
    int evalWindows = 2;
    int testWindows = 1;
    uint64_t seed = 42;
    VariableNames names;
    std::string datasetFile = "dataset.mat";  // relative to the project folder
};

class Project {
public:
    // Creates the folder layout and an empty project.json in a new or empty folder (made when
    // missing). Throws Error naming the folder when checkNewProjectFolder() refuses it.
    static Project create(const std::string& folder);
    // What create() refuses, checked without creating anything: a file, a folder that is a
    // project already ("open it instead"), a folder holding other files. Throws Error.
    static void checkNewProjectFolder(const std::string& folder);
    // Reads project.json; throws Error naming the file on broken JSON or bad values. Accepts
    // the folder or the path of its project.json.
    static Project open(const std::string& folder);
    // True when `path` is a project folder (holds a project.json) or a project.json itself.
    static bool isProject(const std::string& path);
    // Atomic write of project.json.
    void save() const;

    const std::string& folder() const { return folder_; }
    std::string settingsPath() const;    // folder/project.json
    std::string dataDir() const;         // folder/data
    std::string experimentsDir() const;  // folder/experiments (training runs)
    std::string datasetPath() const;     // folder/<datasetFile>
    std::string absolutePath(const ProjectExperiment& e) const;
    // How a file is stored in the settings: relative to the project folder when inside it,
    // absolute otherwise. save() applies it to every experiment.
    std::string storedPath(const std::string& path) const;
    // Name of the project: its folder's name.
    std::string name() const;

    ProjectSettings settings;

    // Adds an experiment file (role: split). Throws Error naming the file when it is not a MAT
    // file (an image says to predict it instead), is a FaultKE dataset (what Prepare writes), is
    // already listed, or shares its experiment name with a listed one (names decide the split,
    // so they must be unique).
    void addExperiment(const std::string& path);
    // Throws Error naming the dataset file when it is listed among the experiments: preparing
    // would overwrite one of its own inputs.
    void checkDatasetIsNoExperiment() const;

    // The split and prepare settings the roles and numbers above describe.
    SplitSpec splitSpec() const;
    PrepareOptions prepareOptions() const;
    // Absolute paths of every non-excluded experiment, in list order.
    std::vector<std::string> experimentFiles() const;

private:
    // The layout and project.json, in a folder that may hold files already.
    static Project createLayout(const std::string& folder);
    // Writes its experiments into the folder before the project exists.
    friend Project createSampleProject(const std::string& folder, const SampleProjectOptions& options,
                                       const Progress* progress);

    std::string folder_;
};

// Whether the project's dataset file still holds what Prepare would write from its settings.
// One phrase per setting changed since the file was prepared ("crop stride now 25 (was 50)",
// "PP_150_2 added", "EB_025_1 now train-only (was split)"); empty when they match. A project
// listing no experiments is not compared: its dataset was made elsewhere.
std::vector<std::string> datasetChanges(const Project& project, const Dataset& preparedWith);
// The same for the project's dataset file, read without its samples; empty when there is no
// file. Throws Error naming the file when it cannot be read.
std::vector<std::string> datasetChanges(const Project& project);
bool datasetIsCurrent(const Project& project);
// The changes as one line: "crop stride now 25 (was 50); PP_150_2 added", the first few of many.
std::string describeDatasetChanges(const std::vector<std::string>& changes);

struct SampleProjectOptions {
    int experiments = 4;  // EB and PP at two loading rates
    int frames = 40;
    uint64_t seed = 2024;
};

// Builds FaultKE's bundled sample project in `folder` from the synthetic generator (a handful of
// small experiments, generated on demand) and returns it opened. The first experiment is
// train-only, the others are split. project.json is written last, so a cancelled or failed
// generation never leaves a half-made project behind.
Project createSampleProject(const std::string& folder, const Progress* progress = nullptr);
Project createSampleProject(const std::string& folder, const SampleProjectOptions& options,
                            const Progress* progress = nullptr);

}  // namespace faultke
