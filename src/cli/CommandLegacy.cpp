// faultke-cli export-legacy / import-legacy: the original pipeline's slice_npy + split_master
// layout, to and from a FaultKE dataset file.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/data/Dataset.h"
#include "core/data/LegacyLayout.h"
#include "core/util/FileName.h"

namespace faultke::cli {

namespace {

struct ExportOptions {
    std::string dataset;
    std::string output;
    LegacyExportOptions legacy;
};

struct ImportOptions {
    std::string input;
    std::string output;
};

void printCounts(const SplitCounts& c) {
    for (Split s : {Split::Train, Split::Eval, Split::Test})
        std::printf("%-8s %8d %7.3f\n", splitName(s), c.samples[size_t(s)], c.ratio(s));
    std::printf("%-8s %8d\n", "total", c.total());
}

void runExport(const ExportOptions& o) {
    const Dataset dataset = Dataset::load(o.dataset);
    TerminalProgress terminal("export-legacy");
    if (o.legacy.rawDir.empty())
        terminal.progress().warning(
            "no --raw folder: the .npy files hold the fault channel only; curl, u and v are zeros");
    const LegacyExportSummary summary = exportLegacy(dataset, o.output, o.legacy, &terminal.progress());
    terminal.finish();
    std::printf("folder:   %s\n", o.output.c_str());
    std::printf("slices:   %zu (%s)\n", summary.files,
                summary.allChannels ? "curl, fault, u, v" : "fault only; curl, u, v are zeros");
    printCounts(summary.counts);
}

void runImport(const ImportOptions& o) {
    TerminalProgress terminal("import-legacy");
    refuseOutputOverInput(o.output, {o.input});
    const Dataset dataset = importLegacy(o.input, &terminal.progress());
    terminal.progress().update(1.0, "writing " + o.output);
    dataset.save(o.output);
    terminal.finish();
    std::printf("dataset:     %s\n", o.output.c_str());
    std::printf("experiments: %zu\n", dataset.experiments.size());
    std::printf("windows:     %d x %d pixels\n", dataset.height, dataset.width);
    printCounts(dataset.counts());
}

}  // namespace

void addLegacyCommands(CLI::App& app) {
    auto e = std::make_shared<ExportOptions>();
    CLI::App* exportCmd =
        app.add_subcommand("export-legacy", "Write a dataset as the original's slice_npy/ and split_master/ folders");
    exportCmd->add_option("dataset", e->dataset, "Dataset file (.mat) made by prepare")->required();
    exportCmd->add_option("-o,--output", e->output, "Folder to write (must not hold a legacy layout yet)")->required();
    exportCmd->add_option("--raw", e->legacy.rawDir,
                          "Folder with the raw <experiment>.mat files: write curl, u and v at full precision too");
    exportCmd->add_option("--curl-var", e->legacy.names.curl, "Name of the curl variable")->capture_default_str();
    exportCmd->add_option("--fault-var", e->legacy.names.fault, "Name of the fault-map variable")
        ->capture_default_str();
    exportCmd->add_option("--u-var", e->legacy.names.u, "Name of the x-displacement variable")->capture_default_str();
    exportCmd->add_option("--v-var", e->legacy.names.v, "Name of the y-displacement variable")->capture_default_str();
    exportCmd->callback([e] { runExport(*e); });

    auto i = std::make_shared<ImportOptions>();
    CLI::App* importCmd = app.add_subcommand(
        "import-legacy", "Read the original's slice_npy/ and split_master/ folders into a dataset file");
    importCmd->add_option("folder", i->input, "Folder holding split_master/ and slice_npy/")->required();
    importCmd->add_option("-o,--output", i->output, "Dataset file to write (.mat)")->required();
    importCmd->callback([i] { runImport(*i); });
}

}  // namespace faultke::cli
