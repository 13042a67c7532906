// faultke-cli predict [--model RUN|CHECKPOINT|SCRIPT|MODEL.hdf5|bundled] INPUT...: one KE
// prediction per window of each input (.npy windows or maps, .mat frames, fault map images,
// georeferenced GeoTIFF maps), as CSV or JSON; --explain writes what drives each window's
// prediction (occlusion maps). Fault traces in GIS files (shapefile, GeoPackage, GeoJSON, KML)
// are windowed along strike at their true scale and written as CSV, JSON, or a GeoJSON or
// GeoPackage layer of window polygons with their KE.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/Terminal.h"
#include "cli/model/ModelCommands.h"
#include "core/data/FaultMapSource.h"
#include "core/gis/FaultTraces.h"
#include "core/gis/GeoRasterMap.h"
#include "core/gis/TracePrediction.h"
#include "core/gis/WindowLayer.h"
#include "core/model/Ensemble.h"
#include "core/model/Occlusion.h"
#include "core/model/Predictor.h"
#include "core/util/AtomicFile.h"
#include "core/util/Csv.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke::cli {

namespace {

struct PredictCommandOptions {
    std::string model = kBundledModel;
    std::string epoch = "best";
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
    std::optional<double> strike;
    std::string fit = "image";
    double kmPerPixel = 0, kmPerWindow = 0;
    int stride = FaultMapOptions{}.stride;
    double minCoverage = FaultMapOptions{}.minCoverage;
    bool keepEmpty = false;
    bool noCentre = false;
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
    double windowKm = kFig4WindowKm;
    std::optional<double> strideKm;
    std::string thicknesses = "2,3,4";
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
    f.rotation = o.strike ? Rotation::Degrees : o.rotate ? Rotation::ToStrike : Rotation::None;
    f.strikeDegrees = o.strike.value_or(0.0);
    if (!(o.minCoverage >= 0 && o.minCoverage <= 1)) throw Error("--min-coverage must lie in [0, 1]");
    if (o.thickness < 0) throw Error("--thickness must be 0 (keep) or a number of pixels");
    if (o.stride <= 0) throw Error("--stride must be positive");
    f.traceThickness = o.thickness;
    f.stride = o.stride;
    f.minCoverage = o.keepEmpty ? 0.0 : o.minCoverage;
    f.keepEmptyWindows = o.keepEmpty;
    f.centreTraces = !o.noCentre;
    return f;
}

// One row per window: where it lies (frame of a .mat, pixel rectangle in its frame or in the
// processed map) and its KE.
std::string toCsv(const std::vector<InputPrediction>& results) {
    std::string csv = "input,frame,window,row,col,height,width,ke\n";
    for (const InputPrediction& r : results)
        for (const WindowPrediction& w : r.windows)
            csv += csvField(r.input) + "," + (w.frame >= 0 ? std::to_string(w.frame) : std::string()) + "," +
                   std::to_string(w.window) + "," + std::to_string(w.rect.row) + "," + std::to_string(w.rect.col) +
                   "," + std::to_string(w.rect.height) + "," + std::to_string(w.rect.width) + "," + csvNumber(w.ke) +
                   "\n";
    return csv;
}

std::string toJson(const ModelInfo& model, const std::vector<InputPrediction>& results) {
    using nlohmann::ordered_json;
    ordered_json predictions = ordered_json::array(), summaries = ordered_json::array();
    for (const InputPrediction& r : results) {
        for (const WindowPrediction& w : r.windows) {
            ordered_json p = {{"input", r.input}};
            if (w.frame >= 0) p["frame"] = w.frame;
            p["window"] = w.window;
            p["row"] = w.rect.row;
            p["col"] = w.rect.col;
            p["height"] = w.rect.height;
            p["width"] = w.rect.width;
            p["ke"] = w.ke;
            predictions.push_back(p);
        }
        const PredictionSummary& s = r.summary;
        ordered_json summary = {{"input", r.input}, {"kind", inputKindName(r.kind)}, {"windows", s.count}};
        if (s.count > 0) {
            summary["mean"] = s.mean;
            summary["median"] = s.median;
            summary["sd"] = s.sd;
            summary["min"] = s.min;
            summary["max"] = s.max;
        }
        summaries.push_back(summary);
    }
    ordered_json document = {{"model", model.description}, {"predictions", predictions}, {"summaries", summaries}};
    return document.dump(2) + "\n";
}

// "last", "all" or a 0-based frame number.
int parseFrame(const std::string& text) {
    if (text == "last") return PredictOptions::kLastFrame;
    if (text == "all") return PredictOptions::kAllFrames;
    try {
        size_t used = 0;
        const int frame = std::stoi(text, &used);
        if (used == text.size() && frame >= 0) return frame;
    } catch (const std::exception&) {
    }
    throw Error("--frame must be last, all or a frame number from 0, not '" + text + "'");
}

// The windows the predictions were made on, in the order of the CSV rows.
std::vector<std::vector<float>> predictedWindows(const std::vector<InputPrediction>& results,
                                                 const PredictOptions& options) {
    std::vector<std::vector<float>> windows;
    std::map<std::pair<std::string, int>, FaultMapSource> frames;  // .mat frames read once
    for (const InputPrediction& r : results) {
        for (const WindowPrediction& w : r.windows) {
            if (r.kind == InputKind::MatFrame) {
                auto [it, added] = frames.try_emplace({r.input, w.frame});
                if (added) it->second = readFaultMapSource(r.input, w.frame, options.crop, options.variables);
                const GrayImage& image = it->second.image;
                std::vector<float> window(static_cast<size_t>(w.rect.height) * w.rect.width);
                for (int row = 0; row < w.rect.height; ++row)
                    for (int col = 0; col < w.rect.width; ++col)
                        window[static_cast<size_t>(row) * w.rect.width + col] =
                            image.pixels[static_cast<size_t>(w.rect.row - options.crop.firstRow + row) * image.cols +
                                         w.rect.col + col]
                                ? 1.0f
                                : 0.0f;
                windows.push_back(std::move(window));
            } else if (r.map.windows.empty()) {  // a .npy that is one window
                const GrayImage image = readFaultMapSource(r.input, kLastMatFrame, options.crop).image;
                std::vector<float> window(image.pixels.size());
                for (size_t i = 0; i < window.size(); ++i) window[i] = image.pixels[i] ? 1.0f : 0.0f;
                windows.push_back(std::move(window));
            } else {
                for (size_t i = 0; i < r.map.windows.size(); ++i)
                    if (r.map.windows[i].col == w.rect.col) windows.push_back(r.map.window(i));
            }
        }
    }
    return windows;
}

nlohmann::ordered_json traceJson(const TracePrediction& p) {
    using nlohmann::ordered_json;
    std::vector<MapPoint> centres;
    for (const TraceWindowKe& w : p.windows) centres.push_back(w.window.centre);
    const auto xy = toSourceCoordinates(p.traces.frame, centres);
    ordered_json windows = ordered_json::array(), leftOut = ordered_json::array();
    for (size_t i = 0; i < p.windows.size(); ++i) {
        const TraceWindowKe& w = p.windows[i];
        ordered_json byThickness = ordered_json::object();
        for (size_t t = 0; t < p.thicknesses.size() && t < w.byThickness.size(); ++t)
            byThickness[std::to_string(p.thicknesses[t]) + "px"] = w.byThickness[t];
        windows.push_back({{"window", w.window.index},
                           {"start_km", w.window.startKm},
                           {"centre_km", w.window.centreKm},
                           {"end_km", w.window.endKm},
                           {"x", xy[i].first},
                           {"y", xy[i].second},
                           {"azimuth_deg", w.window.azimuthDegrees},
                           {"coverage", w.window.coverage},
                           {"ke", w.ke},
                           {"ke_sd", w.sd},
                           {"ke_by_thickness", byThickness}});
    }
    for (const TraceWindow& w : p.geometry.leftOut)
        leftOut.push_back({{"window", w.index}, {"start_km", w.startKm}, {"reason", w.leftOutReason}});
    ordered_json summary = {{"windows", p.summary.count}};
    if (p.summary.count > 0) {
        summary["mean"] = p.summary.mean;
        summary["median"] = p.summary.median;
        summary["sd"] = p.summary.sd;
        summary["min"] = p.summary.min;
        summary["max"] = p.summary.max;
    }
    return {{"input", p.traces.path},
            {"layer", p.traces.layer},
            {"filter", p.traces.where},
            {"crs", p.traces.frame.sourceName},
            {"local_frame", p.traces.frame.description()},
            {"window_km", p.geometry.options.windowKm},
            {"stride_km", p.geometry.options.strideKm},
            {"length_km", p.geometry.lengthKm},
            {"thicknesses_px", p.thicknesses},
            {"windows", windows},
            {"left_out", leftOut},
            {"summary", summary}};
}

// Fault traces from GIS files: windows along strike at a true scale, KE over thicknesses.
void runTracePredict(const PredictCommandOptions& options) {
    if (options.format == "gpkg" || options.format == "geojson") {
        if (options.output.empty()) throw Error("--format " + options.format + " writes a file: give it with -o");
        if (lowerExtension(options.output) != (options.format == "gpkg" ? ".gpkg" : ".geojson") &&
            !(options.format == "geojson" && lowerExtension(options.output) == ".json"))
            throw Error(options.output, "--format " + options.format + " is written to a ." + options.format + " file");
    }
    if (!options.explain.empty()) throw Error("--explain is for images and maps, not for fault traces in GIS files");
    std::vector<std::string> read = options.inputs;
    read.push_back(options.model);
    refuseOutputOverInput(options.output, read);
    if (options.batchSize <= 0) throw Error("--batch-size must be positive");
    if (!(options.windowKm > 0)) throw Error("--window-km must be positive");
    TraceWindowOptions windows;
    windows.windowKm = options.windowKm;
    windows.strideKm = options.strideKm.value_or(defaultStrideKm(options.windowKm));
    if (!(windows.strideKm > 0)) throw Error("--stride-km must be positive");
    if (!(options.minCoverage >= 0 && options.minCoverage <= 1)) throw Error("--min-coverage must lie in [0, 1]");
    windows.minCoverage = options.minCoverage;
    windows.centreTraces = !options.noCentre;
    const std::vector<int> thicknesses =
        options.thicknessGiven ? std::vector<int>{options.thickness} : parseThicknesses(options.thicknesses);
    if (thicknesses.front() < 1) throw Error("--thickness must be at least 1 pixel for fault traces");

    TerminalProgress terminal("predict");
    const auto predictor = std::make_shared<const Predictor>(
        Predictor::load(options.model, options.epoch, parseDeviceChoice(options.device)));
    const Ensemble model({predictor});
    std::vector<TracePrediction> predictions;
    for (size_t i = 0; i < options.inputs.size(); ++i) {
        terminal.progress().update(double(i) / options.inputs.size(), options.inputs[i]);
        const FaultTraceSet traces = readFaultTraces(options.inputs[i], {options.layer, options.where, {}});
        predictions.push_back(predictTraces(model, traces, windows, thicknesses, options.batchSize));
        const TracePrediction& p = predictions.back();
        if (!p.geometry.leftOut.empty())
            terminal.progress().warning(options.inputs[i] + ": " + std::to_string(p.geometry.leftOut.size()) + " of " +
                                        std::to_string(p.geometry.leftOut.size() + p.windows.size()) +
                                        " windows left out (too little trace in them)");
    }
    terminal.finish();

    if (options.format == "gpkg" || options.format == "geojson") {
        writeWindowLayer(options.output, predictions);
        return;
    }
    std::string text;
    if (options.format == "csv") {
        text = tracePredictionsCsv(predictions);
    } else {
        nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
        for (const TracePrediction& p : predictions) inputs.push_back(traceJson(p));
        text = nlohmann::ordered_json{{"model", predictor->info().description}, {"inputs", inputs}}.dump(2) + "\n";
    }
    if (options.output.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        writeTextAtomically(options.output, text);
    }
}

void runPredict(const PredictCommandOptions& options) {
    if (options.format != "csv" && options.format != "json" && options.format != "geojson" && options.format != "gpkg")
        throw Error("--format must be csv, json, geojson or gpkg, not '" + options.format + "'");
    size_t traceInputs = 0;
    for (const std::string& input : options.inputs) traceInputs += isFaultTracePath(input) ? 1 : 0;
    if (traceInputs > 0 && traceInputs < options.inputs.size())
        throw Error(
            "fault traces in GIS files and other inputs are predicted in separate commands: their tables "
            "have different columns");
    if (traceInputs > 0) return runTracePredict(options);
    if (options.format != "csv" && options.format != "json")
        throw Error("--format " + options.format + " is for fault traces in GIS files (.shp, .gpkg, .geojson, .kml)");
    if (!options.layer.empty() || !options.where.empty())
        throw Error("--layer and --where choose fault traces in GIS files; none of the inputs is one");
    PredictOptions predict;
    predict.faultMap = faultMapOptions(options);
    // Only a thickness asked for re-draws the traces of .npy maps (experiment maps already are
    // at window scale).
    predict.npyThickness = options.thicknessGiven;
    predict.crop.stride = options.stride;
    predict.frame = parseFrame(options.frame);
    predict.window = options.window;
    predict.variables.fault = options.faultVariable;
    if (options.batchSize <= 0) throw Error("--batch-size must be positive");
    predict.batchSize = options.batchSize;

    if (options.explainPatch < 1) throw Error("--explain-patch must be at least 1 pixel");
    std::vector<std::string> read = options.inputs;
    read.push_back(options.model);
    refuseOutputOverInput(options.output, read);
    refuseOutputOverInput(options.explain, read);

    TerminalProgress terminal("predict");
    const auto predictor = std::make_shared<const Predictor>(
        Predictor::load(options.model, options.epoch, parseDeviceChoice(options.device)));
    std::vector<InputPrediction> results;
    for (size_t i = 0; i < options.inputs.size(); ++i) {
        terminal.progress().update(double(i) / options.inputs.size(), options.inputs[i]);
        if (isGeoreferencedRaster(options.inputs[i])) {
            // A GeoTIFF map: its scale from the file (sourceOptions).
            const FaultMapSource source = readGeoRasterMap(options.inputs[i]);
            FaultMapOptions map = sourceOptions(source, predict.faultMap);
            map.windowHeight = predictor->windowHeight();
            map.windowWidth = predictor->windowWidth();
            results.push_back(predictor->predictFaultMap(preprocessFaultMap(source.image, map, source.path),
                                                         options.inputs[i], InputKind::Image, predict.batchSize));
        } else {
            results.push_back(predictor->predictFile(options.inputs[i], predict));
        }
        for (const std::string& warning : results.back().warnings) terminal.progress().warning(warning);
    }
    if (!options.explain.empty()) {
        terminal.progress().update(1.0, "occlusion maps");
        const Ensemble model({predictor});
        std::vector<OcclusionMap> maps;
        for (const std::vector<float>& window : predictedWindows(results, predict))
            maps.push_back(occlusionMap(model, window, options.explainPatch));
        writeOcclusionMaps(options.explain, maps);
    }
    terminal.finish();

    const std::string text = options.format == "csv" ? toCsv(results) : toJson(predictor->info(), results);
    if (options.output.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        writeTextAtomically(options.output, text);
    }
}

}  // namespace

void addPredictCommand(CLI::App& app) {
    auto o = std::make_shared<PredictCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "predict", "Predict KE for each window of .npy windows or maps, .mat frames or fault map images");
    cmd->add_option("--model", o->model,
                    "Run folder, checkpoint (.pt), TorchScript export, Keras model (.hdf5/.h5), or bundled (the model "
                    "FaultKE ships, trained on its synthetic experiments)")
        ->capture_default_str();
    cmd->add_option("--epoch", o->epoch, "For a run folder: best or an epoch number")->capture_default_str();
    cmd->add_option("inputs", o->inputs,
                    "Inputs: .npy, .mat, .png, .jpg, .tif (GeoTIFF maps at their scale), .bmp; or fault traces in GIS "
                    "files: .shp, .gpkg, .geojson, .kml, ...")
        ->required();
    cmd->add_option("--format", o->format,
                    "csv (one row per window), json (with per-input summaries); for fault traces also geojson or gpkg "
                    "(the windows as polygons with their KE, in the input's coordinate system; needs -o)")
        ->capture_default_str();
    cmd->add_option("--layer", o->layer,
                    "GIS files: the layer holding the fault traces (default: the only line layer)");
    cmd->add_option("--where", o->where,
                    "GIS files: an attribute filter choosing the fault's features, in OGR SQL (\"name = 'Calico'\"); "
                    "every feature selected is part of one fault");
    cmd->add_option("--window-km", o->windowKm,
                    "GIS files and GeoTIFF maps: what one window height (128 rows) stands for, in km (fig4's maps: "
                    "about 4)")
        ->capture_default_str();
    cmd->add_option_function<double>(
        "--stride-km", [o](const double& km) { o->strideKm = km; },
        "GIS files: km between windows along strike (default: 50/128 of --window-km, as the images' stride)");
    cmd->add_option("--thicknesses", o->thicknesses,
                    "GIS files: trace thicknesses to draw, in pixels; each window's KE is the mean over them (fig4: "
                    "2,3,4); --thickness N draws one")
        ->capture_default_str();
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
            std::to_string(FaultMapOptions{}.traceThickness) + ", .npy maps keep theirs");
    cmd->add_flag("--rotate", o->rotate,
                  "Images: rotate so the traces run horizontally (their angle estimated from the picture)");
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
    cmd->add_flag("--no-centre", o->noCentre,
                  "Images: keep each window's traces where the map has them (by default they are centred "
                  "vertically, where the training windows have their fault)");
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
