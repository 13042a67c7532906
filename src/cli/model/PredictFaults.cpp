#include "cli/model/PredictFaults.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/gis/FaultKeLayers.h"
#include "core/gis/FaultKeTables.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

namespace faultke::cli {

namespace {

// Text to stdout, or to a temporary file renamed over the output by commit().
class TextOutput {
public:
    explicit TextOutput(const std::string& path) : path_(path) {
        if (path.empty()) {
            stream_ = stdout;
            return;
        }
        file_.emplace(path);
        stream_ = std::fopen(file_->temporaryPath().c_str(), "wb");
        if (!stream_) throw Error(path, std::string("cannot be written: ") + std::strerror(errno));
    }
    ~TextOutput() {
        if (file_ && stream_) std::fclose(stream_);
    }
    void write(const std::string& text) {
        if (std::fwrite(text.data(), 1, text.size(), stream_) != text.size())
            throw Error(path_.empty() ? "standard output" : path_,
                        std::string("cannot be written: ") + std::strerror(errno));
    }
    void commit() {
        if (!file_) {
            std::fflush(stdout);
            return;
        }
        const bool closed = std::fclose(stream_) == 0;
        stream_ = nullptr;
        if (!closed) throw Error(path_, std::string("cannot be written: ") + std::strerror(errno));
        file_->commit();
    }

private:
    std::string path_;
    std::optional<AtomicFile> file_;
    std::FILE* stream_ = nullptr;
};

std::string indentLines(const std::string& text, const std::string& indent) {
    std::string out = indent;
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

}  // namespace

void predictFaultFiles(const Ensemble& model, const std::vector<std::string>& inputs,
                       const DatabasePredictionOptions& options, const FaultOutputRequest& request,
                       TerminalProgress& terminal) {
    const bool layers = request.format == "gpkg" || request.format == "geojson";
    std::optional<TextOutput> text;
    if (!layers) text.emplace(request.output);
    std::unique_ptr<FaultLayerWriter> writer;
    std::string firstCrs, firstInput;
    long long faults = 0, unpredicted = 0, windows = 0, leftOut = 0;
    DatabasePredictionRun total;
    std::string lastReason;

    if (request.format == "csv") text->write(faultWindowsCsvHeader({"", "", options.thicknesses}));
    if (request.format == "summary") text->write(faultSummaryCsvHeader());
    if (request.format == "json")
        text->write("{\n  \"model\": " + nlohmann::json(model.description()).dump() +
                    ",\n  \"grouping\": " + nlohmann::json(options.grouping.name()).dump() + ",\n  \"inputs\": [");

    for (size_t i = 0; i < inputs.size(); ++i) {
        const std::string& input = inputs[i];
        const Progress progress =
            subProgress(terminal.progress(), double(i) / inputs.size(), double(i + 1) / inputs.size());
        FaultTableContext context{input, "", options.thicknesses};
        bool firstFault = true;
        auto onLayer = [&](const FaultLayerInfo& layer) {
            context.layer = layer.layer;
            if (layers) {
                if (!writer) {
                    writer = std::make_unique<FaultLayerWriter>(
                        request.output, FaultLayerSpec{input, layer.layer, layer.where, model.description(),
                                                       layer.crsWkt, layer.fields, options.thicknesses});
                    firstCrs = layer.crsName;
                    firstInput = input;
                } else if (layer.crsName != firstCrs) {
                    throw Error(request.output, "one layer has one coordinate system, but " + input + " is in '" +
                                                    layer.crsName + "' and " + firstInput + " in '" + firstCrs +
                                                    "': write one layer per input");
                }
                writer->setSource(input, layer.layer, layer.where);
            }
            if (request.format == "json") {
                nlohmann::ordered_json head = {{"input", input},
                                               {"layer", layer.layer},
                                               {"filter", layer.where},
                                               {"crs", layer.crsName},
                                               {"window_km", options.windows.windowKm},
                                               {"stride_km", options.windows.strideKm},
                                               {"thicknesses_px", options.thicknesses}};
                std::string opened = head.dump(4, ' ', false, nlohmann::json::error_handler_t::replace);
                opened.pop_back();  // the closing brace: the faults follow
                while (!opened.empty() && (opened.back() == '\n' || opened.back() == ' ')) opened.pop_back();
                text->write(std::string(i > 0 ? "," : "") + "\n" + indentLines(opened, "    ") +
                            ",\n      \"faults\": [");
            }
        };
        auto onFault = [&](const FaultKe& fault) {
            ++faults;
            windows += static_cast<long long>(fault.windows());
            if (fault.prediction) leftOut += static_cast<long long>(fault.prediction->geometry.leftOut.size());
            if (fault.windows() == 0) {
                ++unpredicted;
                lastReason = fault.fault.faultId + ": " + fault.reason;
            }
            if (layers)
                writer->add(fault);
            else if (request.format == "csv")
                text->write(faultWindowsCsvRows(context, fault));
            else if (request.format == "summary")
                text->write(faultSummaryCsvRow(context, fault));
            else
                text->write(std::string(firstFault ? "\n" : ",\n") +
                            indentLines(faultJson(context, fault), "        "));
            firstFault = false;
        };
        const DatabasePredictionRun run = predictFaultDatabase(model, input, options, onLayer, onFault, progress);
        total.faults += run.faults;
        total.predicted += run.predicted;
        total.windows += run.windows;
        total.predictSeconds += run.predictSeconds;
        total.waitSeconds += run.waitSeconds;
        if (request.format == "json") text->write("\n      ]\n    }");
    }
    if (request.format == "json") text->write("\n  ]\n}\n");
    terminal.finish();
    if (faults > 0 && unpredicted == faults)
        throw Error(faults == 1 ? inputs.front() +
                                      ": no window could be predicted: " + lastReason.substr(lastReason.find(": ") + 2)
                                : "none of the " + std::to_string(faults) +
                                      " faults could be predicted (the last: " + lastReason + ")");
    if (layers)
        writer->commit();
    else
        text->commit();
    if (const char* timing = std::getenv(kPredictTimingFileVariable)) {
        if (std::FILE* f = std::fopen(timing, "w")) {
            std::fprintf(f, "%.3f %.3f %lld %lld %lld\n", total.predictSeconds, total.waitSeconds, total.faults,
                         total.predicted, total.windows);
            std::fclose(f);
        }
    }

    // What a reader of the output should know without reading every row.
    if (unpredicted > 0)
        terminal.progress().warning(std::to_string(unpredicted) + " of " + std::to_string(faults) +
                                    " faults have no window predicted (the reason is in each one's summary row; the "
                                    "last: " +
                                    lastReason + ")");
    if (faults == 1 && leftOut > 0)
        terminal.progress().warning(inputs.front() + ": " + std::to_string(leftOut) + " of " +
                                    std::to_string(leftOut + windows) + " windows left out (too little trace in them)");
}

}  // namespace faultke::cli
