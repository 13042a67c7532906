#include "cli/ModelModule.h"

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/ModelCommandNames.h"
#include "core/util/Error.h"

namespace faultke::cli {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> candidates() {
    std::vector<fs::path> out;
    if (const char* overridden = std::getenv("FAULTKE_CLI_MODULE"); overridden && *overridden)
        out.emplace_back(overridden);
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        out.push_back(self.parent_path() / FAULTKE_CLI_MODULE_NAME);
        out.push_back(self.parent_path().parent_path() / "lib" / "faultke" / FAULTKE_CLI_MODULE_NAME);
        out.push_back(self.parent_path().parent_path() / "lib64" / "faultke" / FAULTKE_CLI_MODULE_NAME);
    }
    return out;
}

}  // namespace

bool wantsModelCommands(int argc, char** argv) {
    bool onlyVersion = false;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (arg[0] == '-') {
            onlyVersion |= std::strcmp(arg, "--version") == 0;
            continue;
        }
        for (const char* command : kModelCommandNames)
            if (std::strcmp(arg, command) == 0) return true;
        return false;  // a data command (or a typo, which CLI11 reports)
    }
    return !onlyVersion;
}

void addModelCommands(CLI::App& app) {
    std::string tried;
    for (const fs::path& path : candidates()) {
        if (!fs::exists(path)) {
            tried += (tried.empty() ? "" : ", ") + path.string();
            continue;
        }
        void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) throw Error(path.string(), std::string("cannot load the model commands: ") + ::dlerror());
        using Entry = void (*)(CLI::App*);
        auto entry = reinterpret_cast<Entry>(::dlsym(module, "faultke_add_model_commands"));
        if (!entry) throw Error(path.string(), "is not FaultKE's model-command module");
        entry(&app);
        return;  // the module stays loaded until the program ends
    }
    std::string names;
    for (const char* command : kModelCommandNames) names += (names.empty() ? "" : ", ") + std::string(command);
    throw Error("the model commands (" + names + ") are not installed: no " + std::string(FAULTKE_CLI_MODULE_NAME) +
                " at " + tried);
}

}  // namespace faultke::cli
