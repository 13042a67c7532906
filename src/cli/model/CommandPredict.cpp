// faultke-cli predict [--model RUN|CHECKPOINT|SCRIPT|MODEL.hdf5|bundled] INPUT...: one KE
// prediction per window of each input (.npy windows or maps, .mat frames, fault map images), as
// CSV or JSON; --explain writes what drives each window's prediction (occlusion maps).
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
};

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
    f.kmPerWindowHeight = o.kmPerWindow;
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

void runPredict(const PredictCommandOptions& options) {
    if (options.format != "csv" && options.format != "json")
        throw Error("--format must be csv or json, not '" + options.format + "'");
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
        results.push_back(predictor->predictFile(options.inputs[i], predict));
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
    cmd->add_option("inputs", o->inputs, "Inputs: .npy, .mat, .png, .jpg, .tif, .bmp")->required();
    cmd->add_option("--format", o->format, "csv (input,window,ke) or json (with per-input summaries)")
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
