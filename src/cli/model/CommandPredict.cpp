// faultke-cli predict [--model RUN|CHECKPOINT|SCRIPT|MODEL.hdf5|bundled] INPUT...: one KE
// prediction per window of each input (.npy windows or maps, .mat frames, fault map images,
// georeferenced GeoTIFF maps), as CSV or JSON; --explain writes what drives each window's
// prediction (occlusion maps). Fault traces in GIS files (shapefile, GeoPackage, GeoJSON, KML)
// are windowed along strike at their true scale and written as CSV, JSON, or a GeoJSON or
// GeoPackage layer of window polygons with their KE.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/Terminal.h"
#include "cli/model/ModelCommands.h"
#include "cli/model/PredictFaults.h"
#include "core/data/FaultMapSource.h"
#include "core/gis/FaultDatabase.h"
#include "core/gis/FaultPrediction.h"
#include "core/gis/FaultTraces.h"
#include "core/gis/TracePrediction.h"
#include "core/model/Ensemble.h"
#include "core/model/Occlusion.h"
#include "core/model/Predictor.h"
#include "core/model/RunCatalog.h"
#include "core/util/AtomicFile.h"
#include "core/util/Csv.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"
#include "core/util/TextFile.h"

namespace faultke::cli {

namespace {

// A file name that is not UTF-8 (JSON's only encoding) is written with U+FFFD for its odd bytes:
// this is a report to read, not a path to open again.
constexpr auto kReplaceInvalidUtf8 = nlohmann::json::error_handler_t::replace;

struct PredictCommandOptions {
    std::vector<std::string> models;  // one model, or several as an ensemble
    std::string epoch = "best";
    std::string intervals;  // a calibration from `calibrate`
    std::vector<std::string> inputs;
    std::string format = "csv";
    std::string output;
    std::string device = "auto";
    // Fault map images (and .npy maps).
    std::string threshold = "otsu";
    std::string invert = "auto";
    int thickness = FaultMapOptions{}.traceThickness;
    bool thicknessGiven = false;
    bool rotate = false;
    bool noRotate = false;
    std::optional<double> strike;
    std::string fit = "image";
    double kmPerPixel = 0, kmPerWindow = 0;
    int stride = FaultMapOptions{}.stride;
    double minCoverage = FaultMapOptions{}.minCoverage;
    bool keepEmpty = false;
    bool noCentre = false;
    std::string centring = centringName(FaultMapOptions{}.centring);
    double centrelineWindows = FaultMapOptions{}.centrelineWindows;
    std::string explain;
    int explainPatch = 8;
    // .mat experiments.
    std::string frame = "last";
    int window = -1;
    std::string faultVariable = VariableNames{}.fault;
    int batchSize = 256;
    // Fault traces in GIS files (and the scale of GeoTIFF maps).
    std::string layer;
    std::string where;
    std::string groupBy;  // feature, all or an attribute; default: defaultFaultGrouping
    double windowKm = kFig4WindowKm;
    std::optional<double> strideKm;
    std::string thicknesses = "2,3,4";
    bool thicknessesGiven = false;
};

// "2,3,4" -> {2, 3, 4}.
std::vector<int> parseThicknesses(const std::string& text) {
    std::vector<int> values;
    size_t at = 0;
    while (at <= text.size()) {
        const size_t comma = std::min(text.find(',', at), text.size());
        const std::string item = text.substr(at, comma - at);
        try {
            size_t used = 0;
            const int value = std::stoi(item, &used);
            if (used != item.size() || value < 1 || value > 32) throw std::invalid_argument(item);
            values.push_back(value);
        } catch (const std::exception&) {
            throw Error("--thicknesses must be whole numbers of pixels from 1 to 32, separated by commas, not '" +
                        text + "'");
        }
        at = comma + 1;
    }
    return values;
}

FaultMapOptions faultMapOptions(const PredictCommandOptions& o) {
    FaultMapOptions f;
    if (o.threshold == "otsu") {
        f.threshold = ThresholdMethod::Otsu;
    } else {
        f.threshold = ThresholdMethod::Fixed;
        try {
            size_t used = 0;
            f.thresholdValue = std::stod(o.threshold, &used);
            if (used != o.threshold.size()) throw std::invalid_argument(o.threshold);
        } catch (const std::exception&) {
            throw Error("--threshold must be 'otsu' or a gray level in [0, 255), not '" + o.threshold + "'");
        }
    }
    if (o.invert == "auto")
        f.invert = InvertMode::Auto;
    else if (o.invert == "yes")
        f.invert = InvertMode::Yes;
    else if (o.invert == "no")
        f.invert = InvertMode::No;
    else
        throw Error("--invert must be auto, yes or no, not '" + o.invert + "'");
    if (o.fit == "image")
        f.heightFit = HeightFit::WholeImage;
    else if (o.fit == "band")
        f.heightFit = HeightFit::TraceBand;
    else if (o.fit == "scale")
        f.heightFit = HeightFit::MapScale;
    else
        throw Error("--fit must be image, band or scale, not '" + o.fit + "'");
    if (f.heightFit == HeightFit::MapScale && !(o.kmPerPixel > 0 && o.kmPerWindow > 0))
        throw Error("--fit scale needs --km-per-pixel and --km-per-window, both positive");
    f.kmPerPixel = o.kmPerPixel;
    // A GeoTIFF's scale comes from the file; what a window stands for from --km-per-window or --window-km.
    f.kmPerWindowHeight = o.kmPerWindow > 0 ? o.kmPerWindow : o.windowKm;
    if (o.rotate && o.strike) throw Error("--rotate estimates the trace angle; --trace-angle gives it: use one");
    if (o.noRotate && (o.rotate || o.strike))
        throw Error("--no-rotate keeps the picture as drawn: drop it or the angle");
    f.rotation = o.strike ? Rotation::Degrees : o.noRotate ? Rotation::None : Rotation::ToStrike;
    f.strikeDegrees = o.strike.value_or(0.0);
    if (!(o.minCoverage >= 0 && o.minCoverage <= 1)) throw Error("--min-coverage must lie in [0, 1]");
    if (o.thickness < 0) throw Error("--thickness must be 0 (keep) or a number of pixels");
    if (o.stride <= 0) throw Error("--stride must be positive");
    f.traceThickness = o.thickness;
    f.stride = o.stride;
    f.minCoverage = o.keepEmpty ? 0.0 : o.minCoverage;
    f.keepEmptyWindows = o.keepEmpty;
    f.centring = o.noCentre ? Centring::None : parseCentring(o.centring);
    f.centrelineWindows = o.centrelineWindows;
    return f;
}

nlohmann::ordered_json summaryJson(const PredictionSummary& s) {
    nlohmann::ordered_json summary = {{"windows", s.count}};
    if (s.count > 0) {
        summary["mean"] = s.mean;
        summary["median"] = s.median;
        summary["sd"] = s.sd;
        summary["min"] = s.min;
        summary["max"] = s.max;
    }
    return summary;
}

// Every window of every map prediction, and a summary per input, frame and thickness.
nlohmann::ordered_json mapJson(const std::vector<MapPrediction>& results) {
    using nlohmann::ordered_json;
    ordered_json predictions = ordered_json::array(), summaries = ordered_json::array();
    for (const MapPrediction& r : results) {
        for (const MapWindowKe& w : r.windows) {
            ordered_json p = {{"input", r.input}};
            if (r.frame >= 0) p["frame"] = r.frame;
            p["thickness"] = r.thickness;
            p["window"] = w.rect.index;
            p["row"] = w.rect.row + r.sourceFirstRow;
            p["col"] = w.rect.col;
            p["height"] = w.rect.height;
            p["width"] = w.rect.width;
            p["ke"] = w.ke;
            p["ke_sd"] = w.sd;
            if (w.hasInterval()) {
                p["ke_low"] = w.low;
                p["ke_high"] = w.high;
            }
            predictions.push_back(p);
        }
        ordered_json summary = {{"input", r.input}, {"kind", faultMapKindName(r.kind)}};
        if (r.frame >= 0) summary["frame"] = r.frame;
        summary["thickness"] = r.thickness;
        summary["trace_angle_deg"] = r.map.strikeDegrees;
        if (r.map.rotated) summary["rotated_deg"] = -r.map.rotatedStrikeDegrees;
        summary["scale"] = r.map.scale;
        summary.update(summaryJson(r.summary));
        summaries.push_back(summary);
    }
    return {{"predictions", predictions}, {"summaries", summaries}};
}

// "last", "all" or a 0-based frame number.
int parseFrame(const std::string& text) {
    if (text == "last") return kLastMatFrame;
    if (text == "all") return kAllMatFrames;
    try {
        size_t used = 0;
        const int frame = std::stoi(text, &used);
        if (used == text.size() && frame >= 0) return frame;
    } catch (const std::exception&) {
    }
    throw Error("--frame must be last, all or a frame number from 0, not '" + text + "'");
}

// Where each left-out window of a map went, unless it simply holds no trace.
void warnLeftOut(const MapPrediction& p, const Progress& progress) {
    const std::string where = p.input + (p.frame >= 0 ? ": frame " + std::to_string(p.frame) : std::string());
    for (const LeftOutWindow& w : p.map.leftOut)
        if (w.reason != "no trace")
            progress.warning(where + ", window " + std::to_string(w.rect.index) + " left out: " + w.reason);
}

void writeOutput(const PredictCommandOptions& options, const std::string& text) {
    if (options.output.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        writeTextAtomically(options.output, text);
    }
}

void runPredict(const PredictCommandOptions& options) {
    if (options.format != "csv" && options.format != "json" && options.format != "summary" &&
        options.format != "geojson" && options.format != "gpkg")
        throw Error("--format must be csv, json, summary, geojson or gpkg, not '" + options.format + "'");
    size_t traceInputs = 0;
    for (const std::string& input : options.inputs) traceInputs += isFaultTracePath(input) ? 1 : 0;
    const bool traces = traceInputs > 0;
    if (traces && traceInputs < options.inputs.size())
        throw Error(
            "fault traces in GIS files and other inputs are predicted in separate commands: their tables "
            "have different columns");
    if (options.format == "gpkg" || options.format == "geojson") {
        if (!traces)
            throw Error("--format " + options.format +
                        " is for fault traces in GIS files (.shp, .gpkg, .geojson, .kml)");
        if (options.output.empty()) throw Error("--format " + options.format + " writes a file: give it with -o");
        if (lowerExtension(options.output) != (options.format == "gpkg" ? ".gpkg" : ".geojson") &&
            !(options.format == "geojson" && lowerExtension(options.output) == ".json"))
            throw Error(options.output, "--format " + options.format + " is written to a ." + options.format + " file");
    }
    if (!traces && (!options.layer.empty() || !options.where.empty() || !options.groupBy.empty()))
        throw Error("--layer, --where and --group-by choose fault traces in GIS files; none of the inputs is one");
    if (traces && !options.explain.empty())
        throw Error("--explain is for images and maps, not for fault traces in GIS files");
    if (options.batchSize <= 0) throw Error("--batch-size must be positive");
    if (options.explainPatch < 1) throw Error("--explain-patch must be at least 1 pixel");

    PredictionSettings settings;
    settings.map = faultMapOptions(options);
    settings.batchSize = options.batchSize;
    // Pictures: --thickness N, else --thicknesses when given, else the default thickness. .npy maps
    // keep their traces unless a thickness is asked for. GIS traces: fig4's three unless told.
    if (options.thicknessGiven)
        settings.thicknesses = {options.thickness};
    else if (options.thicknessesGiven || traces)
        settings.thicknesses = parseThicknesses(options.thicknesses);
    if (traces && settings.thicknesses.front() < 1)
        throw Error("--thickness must be at least 1 pixel for fault traces");
    settings.traces.windowKm = options.windowKm;
    if (!(options.windowKm > 0)) throw Error("--window-km must be positive");
    settings.traces.strideKm = options.strideKm.value_or(defaultStrideKm(options.windowKm));
    if (!(settings.traces.strideKm > 0)) throw Error("--stride-km must be positive");
    settings.traces.minCoverage = settings.map.minCoverage;
    settings.traces.centring = settings.map.centring;
    settings.traces.centrelineWindows = options.centrelineWindows;

    InputQuery query;
    query.frame = parseFrame(options.frame);
    query.crop.stride = options.stride;
    query.variables.fault = options.faultVariable;
    query.traces = {options.layer, options.where, {}};
    settings.map.onlyWindow = options.window;

    std::vector<std::string> read = options.inputs, models;
    const std::vector<std::string> given =
        options.models.empty() ? std::vector<std::string>{kBundledModel} : options.models;
    for (const std::string& model : given)
        for (const std::string& run : repeatGroupRuns(model)) models.push_back(run);
    read.insert(read.end(), models.begin(), models.end());
    if (!options.intervals.empty()) read.push_back(options.intervals);
    refuseOutputOverInput(options.output, read);
    refuseOutputOverInput(options.explain, read);

    TerminalProgress terminal("predict");
    Ensemble model = Ensemble::load(models, options.epoch, parseDeviceChoice(options.device));
    if (!options.intervals.empty())
        model.setCalibration(parseIntervalCalibration(readTextFile(options.intervals), options.intervals));
    query.crop.height = model.windowHeight();
    query.crop.width = model.windowWidth();
    if (traces) {
        DatabasePredictionOptions faults;
        faults.query = query.traces;
        faults.grouping =
            options.groupBy.empty() ? defaultFaultGrouping(query.traces) : parseFaultGrouping(options.groupBy);
        faults.windows = settings.traces;
        faults.thicknesses = settings.thicknesses;
        faults.batchSize = settings.batchSize;
        terminal.cancelOnInterrupt();
        return predictFaultFiles(model, options.inputs, faults, {options.format, options.output}, terminal);
    }
    std::vector<FaultPrediction> results;
    for (size_t i = 0; i < options.inputs.size(); ++i) {
        const Progress progress =
            subProgress(terminal.progress(), double(i) / options.inputs.size(), double(i + 1) / options.inputs.size());
        progress.update(0, options.inputs[i]);
        const PredictionInput input = readPredictionInput(options.inputs[i], query);
        results.push_back(predictInput(model, input, settings, progress));
        for (const MapPrediction& p : results.back().maps) {
            if (query.frame != kAllMatFrames) warnLeftOut(p, terminal.progress());
            if (p.windows.empty() && query.frame != kAllMatFrames)
                terminal.progress().warning(p.input + ": no window holds a fault trace");
        }
    }
    std::vector<MapPrediction> maps;
    for (const FaultPrediction& r : results)
        for (const MapPrediction& p : r.asMapPredictions()) maps.push_back(p);
    if (!options.explain.empty()) {
        terminal.progress().update(1.0, "occlusion maps");
        std::vector<OcclusionMap> occlusions;
        for (const MapPrediction& p : maps)
            for (size_t w = 0; w < p.windows.size(); ++w)
                occlusions.push_back(occlusionMap(model, p.windowValues(w), options.explainPatch));
        writeOcclusionMaps(options.explain, occlusions);
    }
    terminal.finish();

    // Pictures, maps and frames (GIS files went to predictFaultFiles above).
    std::string text;
    if (options.format == "summary") {
        text = mapSummariesCsv(maps, model.description());
    } else if (options.format == "csv") {
        text = mapWindowsCsv(maps);
    } else {
        nlohmann::ordered_json document = {{"model", model.description()}};
        document.update(mapJson(maps));
        text = document.dump(2, ' ', false, kReplaceInvalidUtf8) + "\n";
    }
    writeOutput(options, text);
}

}  // namespace

void addPredictCommand(CLI::App& app) {
    auto o = std::make_shared<PredictCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "predict", "Predict KE for each window of .npy windows or maps, .mat frames or fault map images");
    cmd->add_option("--model", o->models,
                    "Run folder, repeat group (the runs NAME-r1, NAME-r2, ...), checkpoint (.pt), TorchScript export, "
                    "Keras model (.hdf5/.h5), or bundled (the model FaultKE ships, trained on its synthetic "
                    "experiments; the default); repeated or a repeat group: an ensemble, whose spread per window is "
                    "ke_sd")
        ->expected(1)
        ->allow_extra_args(false)  // one path per --model: the inputs follow
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_option("--epoch", o->epoch, "For a run folder: best or an epoch number")->capture_default_str();
    cmd->add_option("--intervals", o->intervals,
                    "A calibration made by `calibrate` for these models: each window gets ke_low and ke_high. The "
                    "bundled model brings its own; other models without one leave them empty");
    cmd->add_option("inputs", o->inputs,
                    "Inputs: .npy, .mat, .png, .jpg, .tif (GeoTIFF maps at their scale), .bmp; or fault traces in GIS "
                    "files: .shp, .gpkg, .geojson, .kml, ...")
        ->required();
    cmd->add_option("--format", o->format,
                    "csv (one row per window), json (with per-input summaries), summary (one row per input and "
                    "thickness: count, mean, median, SD, range); for fault traces also geojson or gpkg (the windows as "
                    "polygons with their KE, in the input's coordinate system; needs -o)")
        ->capture_default_str();
    cmd->add_option("--layer", o->layer,
                    "GIS files: the layer holding the fault traces (default: the only line layer)");
    cmd->add_option(
        "--where", o->where,
        "GIS files: an attribute filter choosing features, in OGR SQL (\"name = 'Calico'\"); with it, every "
        "feature selected is part of one fault unless --group-by says otherwise");
    cmd->add_option("--group-by", o->groupBy,
                    "GIS files: which features make one fault: feature (each its own fault: a fault database; the "
                    "default without --where), all (every selected feature one fault, drawn as several strands; the "
                    "default with --where), or an attribute's name (the features sharing its value one fault, such as "
                    "a fault zone's name). Each fault is windowed in its own local frame; one that cannot be is kept "
                    "in the output with its reason");
    cmd->add_option("--window-km", o->windowKm,
                    "GIS files and GeoTIFF maps: what one window height (128 rows) stands for, in km (fig4's maps: "
                    "about 4)")
        ->capture_default_str();
    cmd->add_option_function<double>(
        "--stride-km", [o](const double& km) { o->strideKm = km; },
        "GIS files: km between windows along strike (default: 50/128 of --window-km, as the images' stride)");
    cmd->add_option_function<std::string>(
           "--thicknesses",
           [o](const std::string& text) {
               o->thicknesses = text;
               o->thicknessesGiven = true;
           },
           "Trace thicknesses to draw, in pixels, one prediction each (fig4: 2,3,4, the default for GIS files, "
           "where a window's KE is the mean over them); --thickness N draws one")
        ->default_str("2,3,4");
    cmd->add_option("-o,--output", o->output, "Write to this file instead of stdout");
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->capture_default_str();
    cmd->add_option("--batch-size", o->batchSize, "Windows per inference batch")->capture_default_str();
    cmd->add_option("--threshold", o->threshold, "Images: otsu or a gray level")->capture_default_str();
    cmd->add_option("--invert", o->invert, "Images: auto (traces are the minority class), yes or no")
        ->capture_default_str();
    cmd->add_option_function<int>(
        "--thickness",
        [o](const int& n) {
            o->thickness = n;
            o->thicknessGiven = true;
        },
        "Redraw traces N pixels thick (0 keeps them); images default to " +
            std::to_string(FaultMapOptions{}.traceThickness) + "; .npy maps and .mat frames keep theirs");
    cmd->add_flag("--rotate", o->rotate,
                  "Images: rotate so the traces run horizontally, their angle estimated from the picture (the "
                  "default)");
    cmd->add_flag("--no-rotate", o->noRotate, "Images: keep the picture as drawn, not turned to the traces' strike");
    cmd->add_option_function<double>(
        "--trace-angle", [o](const double& degrees) { o->strike = degrees; },
        "Images: the traces' orientation in the picture (degrees counter-clockwise from its x axis, not a "
        "map azimuth); the map is rotated by minus this instead of an estimated angle");
    cmd->add_option("--fit", o->fit,
                    "Images: scale the whole image height (image) or the trace band (band) to the window height, or "
                    "use a map scale (scale, with --km-per-pixel and --km-per-window)")
        ->capture_default_str();
    cmd->add_option("--km-per-pixel", o->kmPerPixel, "Images with --fit scale: ground size of one image pixel (km)");
    cmd->add_option("--km-per-window", o->kmPerWindow,
                    "Images with --fit scale: what one window height (128 rows) stands for (km)");
    cmd->add_option(
           "--min-coverage", o->minCoverage,
           "Leave out windows whose columns hold a trace in less than this share of them (images, maps, .mat frames)")
        ->capture_default_str();
    cmd->add_option("--centring", o->centring,
                    "Images and GIS traces: how the traces are moved across strike to the middle rows, where the "
                    "training windows have their fault: map (every window alike, the middle of the whole map's band "
                    "of traces to the middle row, so a stepover still shows), centreline (each window by a smooth "
                    "centreline through the traces), window (each window by its own traces) or none")
        ->capture_default_str();
    cmd->add_option("--centreline-windows", o->centrelineWindows,
                    "With --centring centreline (and GIS traces too wide for one straight band): the span of the "
                    "centreline's fit, in window widths")
        ->capture_default_str();
    cmd->add_flag("--no-centre", o->noCentre, "The same as --centring none");
    cmd->add_option("--explain", o->explain,
                    "Write each predicted window's occlusion map (KE change when each patch of its trace is masked) "
                    "to FILE.npy (windows x rows x cols, CSV order) or FILE.png (windows side by side)");
    cmd->add_option("--explain-patch", o->explainPatch, "Occlusion patch size in pixels")->capture_default_str();
    cmd->add_option("--stride", o->stride, "Columns between windows (images, maps, .mat frames)")
        ->capture_default_str();
    cmd->add_flag("--keep-empty", o->keepEmpty,
                  "Images: also predict windows without any trace or below --min-coverage");
    cmd->add_option("--frame", o->frame,
                    ".mat: the frame to predict: last (the default: early frames hold no fault yet), all, or a "
                    "number from 0")
        ->capture_default_str();
    cmd->add_option("--window", o->window, ".mat: only this window (default: every window holding a trace)");
    cmd->add_option("--fault-var", o->faultVariable, ".mat: name of the fault-map variable")->capture_default_str();
    cmd->callback([o] { runPredict(*o); });
}

}  // namespace faultke::cli
