#include <cstdio>
#include <filesystem>
#include <system_error>

#include "core/data/Project.h"
#include "core/data/Synthetic.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke {
namespace fs = std::filesystem;

namespace {

// EB and PP bases at two loading rates: the contrast the network learns from.
std::vector<SyntheticSpec> sampleSpecs(const SampleProjectOptions& options) {
    static const BoundaryCondition boundaries[] = {BoundaryCondition::EB, BoundaryCondition::PP};
    static const int rates[] = {25, 50};
    std::vector<SyntheticSpec> specs;
    for (int i = 0; i < options.experiments; ++i) {
        SyntheticSpec spec;
        spec.boundary = boundaries[i % 2];
        spec.loadingRate = rates[(i / 2) % 2];
        const int repeat = 1 + i / 4;
        spec.frames = options.frames;
        spec.seed = options.seed + static_cast<uint64_t>(i) * 7919u;
        char name[32];
        std::snprintf(name, sizeof name, "%s_%03d_%d", spec.boundary == BoundaryCondition::EB ? "EB" : "PP",
                      spec.loadingRate, repeat);
        spec.name = name;
        specs.push_back(spec);
    }
    return specs;
}

}  // namespace

Project createSampleProject(const std::string& folder, const Progress* progress) {
    return createSampleProject(folder, SampleProjectOptions{}, progress);
}

Project createSampleProject(const std::string& folder, const SampleProjectOptions& options, const Progress* progress) {
    if (options.experiments < 1) throw Error("a sample project needs at least one experiment");
    if (options.frames < 1) throw Error("a sample project needs at least one frame per experiment");
    const fs::path root = fs::absolute(folder).lexically_normal();
    if (fs::exists(root / "project.json"))
        throw Error((root / "project.json").string(), "a project already exists here");
    const fs::path dataDir = root / "data";
    std::error_code ec;
    const bool madeRoot = !fs::exists(root);
    fs::create_directories(dataDir, ec);
    if (ec) throw Error(dataDir.string(), "cannot create folder: " + ec.message());
    // A cancelled or failed generation leaves nothing behind: what it wrote goes again.
    std::vector<fs::path> written;
    struct CleanUp {
        const fs::path& root;
        const fs::path& dataDir;
        const std::vector<fs::path>& written;
        bool madeRoot;
        bool done = false;
        ~CleanUp() {
            if (done) return;
            std::error_code ignored;
            for (const fs::path& file : written) fs::remove(file, ignored);
            fs::remove(dataDir, ignored);  // only when empty
            if (madeRoot) fs::remove_all(root, ignored);
        }
    } cleanUp{root, dataDir, written, madeRoot};

    const Progress none;
    const Progress& parent = progress ? *progress : none;
    const std::vector<SyntheticSpec> specs = sampleSpecs(options);
    std::vector<std::string> files;
    for (size_t i = 0; i < specs.size(); ++i) {
        parent.checkCancel();
        const double begin = static_cast<double>(i) / specs.size();
        const double end = static_cast<double>(i + 1) / specs.size();
        const Progress step = subProgress(parent, begin, begin + 0.9 * (end - begin));
        step.update(0.0, "Generating " + specs[i].name);
        const Experiment experiment = generateExperiment(specs[i], &step);
        parent.checkCancel();
        parent.update(begin + 0.9 * (end - begin), "Writing " + specs[i].name + ".mat");
        const std::string file = (dataDir / (specs[i].name + ".mat")).string();
        written.push_back(file);
        writeExperiment(experiment, file);
        files.push_back(file);
    }

    Project project = Project::createLayout(root.string());
    for (size_t i = 0; i < files.size(); ++i)
        project.settings.experiments.push_back(
            {project.storedPath(files[i]), i == 0 ? ExperimentRole::TrainOnly : ExperimentRole::Split});
    project.save();
    cleanUp.done = true;
    parent.update(1.0, "Sample project ready");
    return project;
}

}  // namespace faultke
