#include "core/data/Project.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/data/FaultMapImage.h"
#include "core/io/MatFile.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"
#include "core/util/TextFile.h"

namespace faultke {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSettingsFile = "project.json";
constexpr const char* kFormatTag = "faultke-project";
constexpr int kFormatVersion = 1;

// An absolute, lexically clean path (no "..", no trailing separator).
fs::path cleanAbsolute(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) absolute = path;
    absolute = absolute.lexically_normal();
    if (!absolute.has_filename() && absolute.has_parent_path() && absolute != absolute.root_path())
        absolute = absolute.parent_path();
    return absolute;
}

ExperimentRole parseRole(const std::string& text, const std::string& file) {
    for (ExperimentRole r : {ExperimentRole::Split, ExperimentRole::TrainOnly, ExperimentRole::Excluded})
        if (text == roleName(r)) return r;
    throw Error(file, "unknown experiment role '" + text + "' (expected split, train-only or excluded)");
}

// Reads settings from the parsed document; every problem names the file and the key.
class SettingsReader {
public:
    SettingsReader(const json& doc, std::string file) : doc_(doc), file_(std::move(file)) {}

    ProjectSettings read() const {
        if (!doc_.is_object()) fail("", "the top level must be a JSON object");
        if (doc_.contains("format") && doc_["format"] != kFormatTag)
            fail("format", "is not a FaultKE project (expected \"" + std::string(kFormatTag) + "\")");
        if (doc_.contains("version")) {
            const int version = integer(doc_, "version");
            if (version > kFormatVersion)
                fail("version", "was written by a newer FaultKE (version " + std::to_string(version) + ")");
        }

        ProjectSettings s;
        if (doc_.contains("experiments")) {
            const json& list = doc_["experiments"];
            if (!list.is_array()) fail("experiments", "must be a list");
            for (size_t i = 0; i < list.size(); ++i) s.experiments.push_back(experiment(list[i], i));
        }
        if (doc_.contains("crop")) s.crop = crop(doc_["crop"]);
        if (doc_.contains("dx")) {
            s.dx = number(doc_, "dx");
            if (!(s.dx > 0)) fail("dx", "must be a positive grid step in mm");
        }
        if (doc_.contains("split")) {
            const json& split = doc_["split"];
            if (!split.is_object()) fail("split", "must be an object");
            if (split.contains("evalWindows")) s.evalWindows = nonNegative(split, "evalWindows", "split.evalWindows");
            if (split.contains("testWindows")) s.testWindows = nonNegative(split, "testWindows", "split.testWindows");
            if (split.contains("seed")) {
                if (!split["seed"].is_number_unsigned()) fail("split.seed", "must be a non-negative integer");
                s.seed = split["seed"].get<uint64_t>();
            }
        }
        if (doc_.contains("variables")) {
            const json& names = doc_["variables"];
            if (!names.is_object()) fail("variables", "must be an object");
            s.names.curl = name(names, "curl", s.names.curl);
            s.names.fault = name(names, "fault", s.names.fault);
            s.names.u = name(names, "u", s.names.u);
            s.names.v = name(names, "v", s.names.v);
        }
        if (doc_.contains("datasetFile")) {
            s.datasetFile = string(doc_, "datasetFile", "datasetFile");
            if (s.datasetFile.empty()) fail("datasetFile", "must not be empty");
        }
        return s;
    }

private:
    [[noreturn]] void fail(const std::string& key, const std::string& problem) const {
        throw Error(file_, key.empty() ? problem : "\"" + key + "\" " + problem);
    }

    ProjectExperiment experiment(const json& item, size_t index) const {
        const std::string key = "experiments[" + std::to_string(index) + "]";
        if (!item.is_object()) fail(key, "must be an object with \"path\" and \"role\"");
        ProjectExperiment e;
        if (!item.contains("path")) fail(key, "has no \"path\"");
        e.path = string(item, "path", key + ".path");
        if (e.path.empty()) fail(key + ".path", "must not be empty");
        if (item.contains("role")) e.role = parseRole(string(item, "role", key + ".role"), file_);
        return e;
    }

    CropSpec crop(const json& value) const {
        CropSpec c;
        if (value.is_string()) {
            try {
                c = CropSpec::parse(value.get<std::string>());
            } catch (const Error& e) {
                fail("crop", std::string("is invalid: ") + e.what());
            }
        } else if (value.is_object()) {
            if (value.contains("firstRow")) c.firstRow = nonNegative(value, "firstRow", "crop.firstRow");
            if (value.contains("stride")) c.stride = integer(value, "stride", "crop.stride");
            if (value.contains("height")) c.height = integer(value, "height", "crop.height");
            if (value.contains("width")) c.width = integer(value, "width", "crop.width");
        } else {
            fail("crop", "must be an object (firstRow, stride, height, width)");
        }
        if (c.stride <= 0) fail("crop.stride", "must be positive");
        if (c.height <= 0) fail("crop.height", "must be positive");
        if (c.width <= 0) fail("crop.width", "must be positive");
        return c;
    }

    int integer(const json& object, const std::string& key, const std::string& path = {}) const {
        const json& v = object[key];
        if (!v.is_number_integer()) fail(path.empty() ? key : path, "must be an integer");
        return v.get<int>();
    }
    int nonNegative(const json& object, const std::string& key, const std::string& path) const {
        const int v = integer(object, key, path);
        if (v < 0) fail(path, "must not be negative");
        return v;
    }
    double number(const json& object, const std::string& key) const {
        const json& v = object[key];
        if (!v.is_number()) fail(key, "must be a number");
        return v.get<double>();
    }
    std::string string(const json& object, const std::string& key, const std::string& path) const {
        const json& v = object[key];
        if (!v.is_string()) fail(path, "must be a string");
        return v.get<std::string>();
    }
    std::string name(const json& object, const std::string& key, const std::string& fallback) const {
        if (!object.contains(key)) return fallback;
        std::string value = string(object, key, "variables." + key);
        if (value.empty()) fail("variables." + key, "must not be empty");
        return value;
    }

    const json& doc_;
    std::string file_;
};

std::string experimentName(const std::string& path) { return fs::path(path).stem().string(); }

}  // namespace

void Project::checkNewProjectFolder(const std::string& folder) {
    if (folder.empty()) throw Error("cannot create a project: no folder given");
    const fs::path path = cleanAbsolute(folder);
    std::error_code ec;
    if (!fs::exists(path, ec)) return;  // create() makes it
    if (!fs::is_directory(path, ec)) throw Error(path.string(), "is a file, not a folder");
    if (fs::exists(path / kSettingsFile, ec))
        throw Error(path.string(), "already a FaultKE project (it holds project.json): open it instead");
    // A desktop may drop these into any folder it shows; they do not make it less empty.
    static const char* const kDesktopFiles[] = {".DS_Store", "Thumbs.db", "desktop.ini"};
    std::vector<std::string> held;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (std::find(std::begin(kDesktopFiles), std::end(kDesktopFiles), name) == std::end(kDesktopFiles))
            held.push_back(name);
    }
    if (ec) throw Error(path.string(), "cannot list folder: " + ec.message());
    if (held.empty()) return;
    std::sort(held.begin(), held.end());
    std::string examples = held[0];
    if (held.size() > 1) examples += ", " + held[1];
    if (held.size() > 2) examples += " and " + std::to_string(held.size() - 2) + " more";
    throw Error(path.string(), "is not empty (it holds " + examples + "): a project needs a new or empty folder");
}

Project Project::create(const std::string& folder) {
    checkNewProjectFolder(folder);
    return createLayout(folder);
}

Project Project::createLayout(const std::string& folder) {
    if (folder.empty()) throw Error("cannot create a project: no folder given");
    Project project;
    project.folder_ = cleanAbsolute(folder).string();
    if (fs::exists(project.settingsPath()))
        throw Error(project.folder_, "already a FaultKE project (it holds project.json): open it instead");
    std::error_code ec;
    if (fs::exists(project.folder_) && !fs::is_directory(project.folder_))
        throw Error(project.folder_, "is a file, not a folder");
    for (const std::string& dir : {project.folder_, project.dataDir(), project.experimentsDir()}) {
        fs::create_directories(dir, ec);
        if (ec) throw Error(dir, "cannot create folder: " + ec.message());
    }
    project.save();
    return project;
}

bool Project::isProject(const std::string& path) {
    if (path.empty()) return false;
    std::error_code ec;
    const fs::path p(path);
    if (fs::is_regular_file(p, ec)) return p.filename() == kSettingsFile;
    return fs::is_regular_file(p / kSettingsFile, ec);
}

Project Project::open(const std::string& folderOrFile) {
    if (folderOrFile.empty()) throw Error("cannot open a project: no folder given");
    fs::path folder = cleanAbsolute(folderOrFile);
    std::error_code ec;
    if (fs::is_regular_file(folder, ec)) {
        if (folder.filename() != kSettingsFile)
            throw Error(folder.string(), "is not a project file (expected a folder or its project.json)");
        folder = folder.parent_path();
    }
    Project project;
    project.folder_ = folder.string();
    const std::string file = project.settingsPath();
    if (!fs::exists(folder, ec)) throw Error(project.folder_, "no such folder");
    if (!fs::exists(file, ec)) throw Error(project.folder_, "not a FaultKE project (no project.json)");

    const std::string text = readTextFile(file);
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 3...".
        std::string what = e.what();
        const auto close = what.find("] ");
        if (close != std::string::npos) what = what.substr(close + 2);
        throw Error(file, "broken JSON: " + what);
    }
    project.settings = SettingsReader(doc, file).read();
    return project;
}

void Project::save() const {
    json experiments = json::array();
    for (const ProjectExperiment& e : settings.experiments)
        experiments.push_back({{"path", storedPath(e.path)}, {"role", roleName(e.role)}});
    const json doc = {
        {"format", kFormatTag},
        {"version", kFormatVersion},
        {"experiments", experiments},
        {"crop",
         {{"firstRow", settings.crop.firstRow},
          {"stride", settings.crop.stride},
          {"height", settings.crop.height},
          {"width", settings.crop.width}}},
        {"dx", settings.dx},
        {"split",
         {{"evalWindows", settings.evalWindows}, {"testWindows", settings.testWindows}, {"seed", settings.seed}}},
        {"variables",
         {{"curl", settings.names.curl},
          {"fault", settings.names.fault},
          {"u", settings.names.u},
          {"v", settings.names.v}}},
        {"datasetFile", settings.datasetFile},
    };
    std::string text;
    try {
        text = doc.dump(2) + "\n";
    } catch (const nlohmann::json::type_error&) {
        throw Error(settingsPath(),
                    "a file or folder name of the project is not UTF-8 text, which it cannot hold: "
                    "rename it (the project file stays as it was)");
    }
    writeTextAtomically(settingsPath(), text);
}

std::string Project::settingsPath() const { return (fs::path(folder_) / kSettingsFile).string(); }
std::string Project::dataDir() const { return (fs::path(folder_) / "data").string(); }
std::string Project::experimentsDir() const { return (fs::path(folder_) / "experiments").string(); }

std::string Project::datasetPath() const {
    const fs::path file(settings.datasetFile);
    return (file.is_absolute() ? file : fs::path(folder_) / file).lexically_normal().string();
}

std::string Project::absolutePath(const ProjectExperiment& e) const {
    const fs::path file(e.path);
    return (file.is_absolute() ? file : fs::path(folder_) / file).lexically_normal().string();
}

std::string Project::storedPath(const std::string& path) const {
    const fs::path file(path);
    if (!file.is_absolute()) return file.lexically_normal().generic_string();
    const fs::path relative = file.lexically_normal().lexically_relative(folder_);
    const bool inside = !relative.empty() && *relative.begin() != "..";
    return inside ? relative.generic_string() : file.lexically_normal().string();
}

void Project::addExperiment(const std::string& path) {
    const std::string absolute = fs::absolute(path).lexically_normal().string();
    if (isFaultMapImagePath(path))
        throw Error(path, "an image, not an experiment: predict its KE on the Predict page instead");
    if (!fs::is_regular_file(absolute)) throw Error(path, "no such file");
    if (!looksLikeMatFile(absolute)) throw Error(path, "not a MAT file, so not an experiment");
    try {
        (void)nlohmann::json(absolute).dump();  // project.json, being JSON, holds UTF-8 text only
    } catch (const nlohmann::json::type_error&) {
        throw Error(path, "its name (or its folder's) is not UTF-8 text, which project.json cannot hold: rename it");
    }
    if (sameFile(absolute, datasetPath()))
        throw Error(path, "this project's dataset, the file Prepare writes, not an experiment");
    if (Dataset::isDatasetFile(absolute))
        throw Error(path,
                    "a FaultKE dataset (a file Prepare writes), not an experiment: add the experiment files it was "
                    "prepared from");
    const std::string name = experimentName(absolute);
    for (const ProjectExperiment& e : settings.experiments) {
        if (absolutePath(e) == absolute) throw Error(path, "already in the project");
        if (experimentName(e.path) == name)
            throw Error(path, "the project already has an experiment named " + name + " (" + absolutePath(e) + ")");
    }
    settings.experiments.push_back({storedPath(absolute), ExperimentRole::Split});
}

void Project::checkDatasetIsNoExperiment() const {
    const std::string dataset = datasetPath();
    for (const ProjectExperiment& e : settings.experiments)
        if (e.role != ExperimentRole::Excluded && sameFile(absolutePath(e), dataset))
            throw Error(dataset,
                        "is listed as an experiment, but it is the file Prepare writes: remove it from the "
                        "experiments, then prepare again");
}

std::string Project::name() const { return fs::path(folder_).filename().string(); }

SplitSpec Project::splitSpec() const {
    SplitSpec spec;
    spec.evalWindows = settings.evalWindows;
    spec.testWindows = settings.testWindows;
    spec.seed = settings.seed;
    for (const ProjectExperiment& e : settings.experiments) {
        if (e.role == ExperimentRole::TrainOnly) spec.trainOnly.push_back(experimentName(e.path));
        if (e.role == ExperimentRole::Excluded) spec.excluded.push_back(experimentName(e.path));
    }
    return spec;
}

PrepareOptions Project::prepareOptions() const {
    PrepareOptions options;
    options.crop = settings.crop;
    options.dx = settings.dx;
    options.split = splitSpec();
    options.names = settings.names;
    return options;
}

std::vector<std::string> Project::experimentFiles() const {
    std::vector<std::string> files;
    for (const ProjectExperiment& e : settings.experiments)
        if (e.role != ExperimentRole::Excluded) files.push_back(absolutePath(e));
    return files;
}

// ---- is the dataset file current? -----------------------------------------------------------

namespace {

std::string numberText(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

// "A", "A and B", "A, B and C", "5 experiments (A, B, C, ...)"
std::string namesText(const std::vector<std::string>& names) {
    if (names.size() > 3)
        return std::to_string(names.size()) + " experiments (" + names[0] + ", " + names[1] + ", " + names[2] +
               ", ...)";
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return text;
}

}  // namespace

std::vector<std::string> datasetChanges(const Project& project, const Dataset& preparedWith) {
    const ProjectSettings& now = project.settings;
    if (now.experiments.empty()) return {};
    std::vector<std::string> changes;
    const auto compare = [&changes](const std::string& what, const std::string& current, const std::string& was) {
        if (current != was) changes.push_back(what + " now " + current + " (was " + was + ")");
    };
    const CropSpec& crop = preparedWith.crop;
    compare("crop first row", std::to_string(now.crop.firstRow), std::to_string(crop.firstRow));
    compare("crop stride", std::to_string(now.crop.stride), std::to_string(crop.stride));
    compare("window height", std::to_string(now.crop.height), std::to_string(crop.height));
    compare("window width", std::to_string(now.crop.width), std::to_string(crop.width));
    compare("dx", numberText(now.dx) + " mm", numberText(preparedWith.dx) + " mm");
    compare("eval windows per experiment", std::to_string(now.evalWindows),
            std::to_string(preparedWith.split.evalWindows));
    compare("test windows per experiment", std::to_string(now.testWindows),
            std::to_string(preparedWith.split.testWindows));
    compare("split seed", std::to_string(now.seed), std::to_string(preparedWith.split.seed));
    // A project's windows are as cut; a file made by `prepare --centre-traces` is not its own.
    if (preparedWith.centreTracesWithin >= 0)
        compare("windows", "as cut",
                "traces moved to within " + std::to_string(preparedWith.centreTracesWithin) + " rows of the middle");
    if (preparedWith.variables) {
        const VariableNames& was = *preparedWith.variables;
        compare("curl variable", now.names.curl, was.curl);
        compare("fault variable", now.names.fault, was.fault);
        compare("u variable", now.names.u, was.u);
        compare("v variable", now.names.v, was.v);
    }

    // The experiments prepare read (older files record only those with samples) and the excluded
    // ones, which a project does not even hand to prepare.
    std::vector<std::string> before = preparedWith.inputs.empty() ? preparedWith.experiments : preparedWith.inputs;
    for (const std::string& name : preparedWith.split.excluded)
        if (std::find(before.begin(), before.end(), name) == before.end()) before.push_back(name);
    std::vector<std::string> listed;
    for (const ProjectExperiment& e : now.experiments) listed.push_back(experimentName(e.path));
    const auto missingFrom = [](const std::vector<std::string>& names, const std::vector<std::string>& in) {
        std::vector<std::string> missing;
        for (const std::string& name : names)
            if (std::find(in.begin(), in.end(), name) == in.end()) missing.push_back(name);
        return missing;
    };
    const std::vector<std::string> added = missingFrom(listed, before), removed = missingFrom(before, listed);
    if (!added.empty()) changes.push_back(namesText(added) + " added");
    if (!removed.empty()) changes.push_back(namesText(removed) + " removed");
    const SplitSpec roles = project.splitSpec();
    for (const std::string& name : listed) {
        if (std::find(before.begin(), before.end(), name) == before.end()) continue;
        compare(name, roleName(roles.roleOf(name)), roleName(preparedWith.split.roleOf(name)));
    }
    return changes;
}

std::vector<std::string> datasetChanges(const Project& project) {
    std::error_code ec;
    if (!fs::exists(project.datasetPath(), ec)) return {};
    return datasetChanges(project, Dataset::loadSettings(project.datasetPath()));
}

bool datasetIsCurrent(const Project& project) { return datasetChanges(project).empty(); }

std::string describeDatasetChanges(const std::vector<std::string>& changes) {
    constexpr size_t kShown = 4;
    std::string text;
    for (size_t i = 0; i < changes.size() && i < kShown; ++i) text += (i ? "; " : "") + changes[i];
    if (changes.size() > kShown) text += "; " + std::to_string(changes.size() - kShown) + " more changes";
    return text;
}

}  // namespace faultke
