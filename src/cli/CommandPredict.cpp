// faultke-cli predict --model RUN|CHECKPOINT|MODEL.hdf5 INPUT...: one KE prediction per window
// of each input (.npy windows or maps, .mat frames, fault map images), as CSV or JSON.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/model/Predictor.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

namespace faultke::cli {

namespace {

struct PredictCommandOptions {
    std::string model;
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
    std::string fit = "image";
    int stride = FaultMapOptions{}.stride;
    bool keepEmpty = false;
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
    else
        throw Error("--fit must be image or band, not '" + o.fit + "'");
    if (o.thickness < 0) throw Error("--thickness must be 0 (keep) or a number of pixels");
    if (o.stride <= 0) throw Error("--stride must be positive");
    f.traceThickness = o.thickness;
    f.rotateToStrike = o.rotate;
    f.stride = o.stride;
    f.skipEmptyWindows = !o.keepEmpty;
    return f;
}

// RFC 4180: quote a field holding a comma, a quote or a line break.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string formatKe(double ke) {
    char text[64];
    std::snprintf(text, sizeof text, "%.9g", ke);
    return text;
}

// One row per window: where it lies (frame of a .mat, pixel rectangle in its frame or in the
// processed map) and its KE.
std::string toCsv(const std::vector<InputPrediction>& results) {
    std::string csv = "input,frame,window,row,col,height,width,ke\n";
    for (const InputPrediction& r : results)
        for (const WindowPrediction& w : r.windows)
            csv += csvField(r.input) + "," + (w.frame >= 0 ? std::to_string(w.frame) : std::string()) + "," +
                   std::to_string(w.window) + "," + std::to_string(w.rect.row) + "," + std::to_string(w.rect.col) +
                   "," + std::to_string(w.rect.height) + "," + std::to_string(w.rect.width) + "," + formatKe(w.ke) +
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

    TerminalProgress terminal("predict");
    const Predictor predictor = Predictor::load(options.model, options.epoch, parseDeviceChoice(options.device));
    std::vector<InputPrediction> results;
    for (size_t i = 0; i < options.inputs.size(); ++i) {
        terminal.progress().update(double(i) / options.inputs.size(), options.inputs[i]);
        results.push_back(predictor.predictFile(options.inputs[i], predict));
        for (const std::string& warning : results.back().warnings) terminal.progress().warning(warning);
    }
    terminal.finish();

    const std::string text = options.format == "csv" ? toCsv(results) : toJson(predictor.info(), results);
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
    cmd->add_option("--model", o->model, "Run folder, checkpoint (.pt) or Keras model (.hdf5/.h5)")->required();
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
    cmd->add_flag("--rotate", o->rotate, "Images: rotate so the estimated strike is horizontal");
    cmd->add_option("--fit", o->fit,
                    "Images: scale the whole image height (image) or the trace band (band) to the window height")
        ->capture_default_str();
    cmd->add_option("--stride", o->stride, "Columns between windows (images, maps, .mat frames)")
        ->capture_default_str();
    cmd->add_flag("--keep-empty", o->keepEmpty, "Images: also predict windows without any trace");
    cmd->add_option("--frame", o->frame,
                    ".mat: the frame to predict: last (the default: early frames hold no fault yet), all, or a "
                    "number from 0")
        ->capture_default_str();
    cmd->add_option("--window", o->window, ".mat: only this window (default: every window holding a trace)");
    cmd->add_option("--fault-var", o->faultVariable, ".mat: name of the fault-map variable")->capture_default_str();
    cmd->callback([o] { runPredict(*o); });
}

}  // namespace faultke::cli
