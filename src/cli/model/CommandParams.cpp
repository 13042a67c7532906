// faultke-cli params: the keys of params.json, from the core's table of training parameters.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/model/ModelCommands.h"
#include "core/model/TrainParamTable.h"
#include "core/util/Error.h"
#include "core/util/NearestName.h"

namespace faultke::cli {

void addParamsCommand(CLI::App& app) {
    auto key = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand(
        "params",
        "List the keys of params.json (for train --params and sweeps): type, range, the original's and "
        "the steady preset's values, and what each does");
    cmd->add_option("key", *key, "One key only (e.g. learning_rate, shift_range.rows)");
    cmd->callback([key] {
        if (key->empty()) {
            std::fputs(trainParamReference().c_str(), stdout);
            return;
        }
        if (const TrainParamSpec* spec = findTrainParam(*key)) {
            std::fputs(describeTrainParam(*spec).c_str(), stdout);
            return;
        }
        std::vector<std::string> keys;
        for (const TrainParamSpec& spec : trainParamTable()) keys.push_back(spec.key);
        const std::string nearest = nearestName(*key, keys);
        throw Error("no parameter '" + *key + "'" + (nearest.empty() ? "" : ": did you mean '" + nearest + "'?") +
                    " (faultke-cli params lists them)");
    });
}

}  // namespace faultke::cli
