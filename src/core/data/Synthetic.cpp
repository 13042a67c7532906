#include "core/data/Synthetic.h"

#include <cmath>
#include <cstdio>

#include "core/data/SyntheticFaults.h"
#include "core/data/SyntheticFields.h"
#include "core/data/SyntheticRandom.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"

namespace faultke {

namespace {

using synthetic::deriveSeed;
using synthetic::Random;

void validate(const SyntheticSpec& spec) {
    const std::string what = "synthetic experiment '" + spec.name + "'";
    if (spec.name.empty()) throw Error("synthetic experiment: the name is empty");
    if (spec.rows < 16 || spec.cols < 16)
        throw Error(what, "frames must be at least 16 x 16 pixels, not " + std::to_string(spec.rows) + " x " +
                              std::to_string(spec.cols));
    if (spec.frames < 1) throw Error(what, "needs at least one frame, not " + std::to_string(spec.frames));
    if (!(spec.dx > 0) || !std::isfinite(spec.dx)) throw Error(what, "the grid step must be positive");
    if (spec.loadingRate <= 0) throw Error(what, "the loading rate must be positive");
}

// Streams of random numbers under an experiment's seed: one for its fault history, two per frame.
enum Stream : uint64_t { kGeometry = 0, kFrameFaults = 1, kFrameNoise = 2, kDrawingStyle = 3 };
uint64_t frameSeed(uint64_t seed, int frame, Stream stream) {
    return deriveSeed(seed, 16 + 2 * static_cast<uint64_t>(frame) + (stream == kFrameNoise ? 1 : 0));
}

// Frame-major uint8 fault map -> MATLAB-order doubles (0 / 1), as altBW_filt is stored.
std::vector<double> faultAsColumnMajorDoubles(const Experiment& exp) {
    const size_t rows = exp.rows(), cols = exp.cols(), frames = exp.frames();
    std::vector<double> out(rows * cols * frames);
    for (size_t t = 0; t < frames; ++t) {
        const uint8_t* f = exp.faultFrame(static_cast<int>(t));
        for (size_t r = 0; r < rows; ++r)
            for (size_t c = 0; c < cols; ++c) out[r + rows * (c + cols * t)] = f[r * cols + c] ? 1.0 : 0.0;
    }
    return out;
}

}  // namespace

Experiment generateExperiment(const SyntheticSpec& spec, const Progress* progress) {
    validate(spec);
    const synthetic::Regime regime = synthetic::regimeFor(spec.boundary, spec.loadingRate);
    Random geometry(deriveSeed(spec.seed, kGeometry));
    Random styleRandom(deriveSeed(spec.seed, kDrawingStyle));
    const synthetic::DrawingStyle style =
        spec.variedDrawing ? synthetic::drawVariedStyle(styleRandom) : synthetic::DrawingStyle{};
    const synthetic::FaultEvolution evolution(regime, style, spec.rows, spec.cols, geometry);

    synthetic::FieldSettings settings;
    settings.rows = spec.rows;
    settings.cols = spec.cols;
    settings.dx = spec.dx;
    settings.plateStep = regime.plateStep;
    settings.faultThreshold = evolution.faultThreshold();
    if (spec.variedDrawing) settings.separationRows = 8;
    // Curl noise: a small fraction of the curl a mapped trace has at the least.
    settings.curlNoise = 0.06 * 0.5 * regime.plateStep * settings.faultThreshold / spec.dx;

    const size_t frameSize = static_cast<size_t>(spec.rows) * spec.cols;
    const size_t total = frameSize * spec.frames;
    std::vector<double> curl(total), u(total), v(total);
    std::vector<uint8_t> fault(total);
    for (int t = 0; t < spec.frames; ++t) {
        if (progress) {
            progress->checkCancel();
            progress->update(static_cast<double>(t) / spec.frames,
                             spec.name + ": frame " + std::to_string(t + 1) + " of " + std::to_string(spec.frames));
        }
        const double maturity = spec.frames > 1 ? static_cast<double>(t) / (spec.frames - 1) : 1.0;
        Random faultRandom(frameSeed(spec.seed, t, kFrameFaults));
        Random noiseRandom(frameSeed(spec.seed, t, kFrameNoise));
        const size_t offset = frameSize * t;
        synthetic::renderFrame(evolution.at(maturity, faultRandom), settings, noiseRandom,
                               {curl.data() + offset, fault.data() + offset, u.data() + offset, v.data() + offset});
    }
    if (progress) progress->update(1.0, spec.name + ": generated");
    return Experiment::fromArrays(spec.name, spec.rows, spec.cols, spec.frames, std::move(curl), std::move(fault),
                                  std::move(u), std::move(v));
}

void writeExperiment(const Experiment& exp, const std::string& path, MatVersion version, const VariableNames& names) {
    if (!exp.hasChannel(Channel::Curl) || !exp.hasChannel(Channel::Fault) || !exp.hasChannel(Channel::U) ||
        !exp.hasChannel(Channel::V))
        throw Error(path, "cannot write experiment '" + exp.name() + "': it does not hold all four variables");
    const size_t rows = exp.rows(), cols = exp.cols(), frames = exp.frames();
    const std::vector<size_t> dims{rows, cols, frames};
    MatWriter writer(path, version);
    // One variable in MATLAB order at a time keeps the extra memory to one variable.
    writer.writeDouble(names.curl, toColumnMajor(exp.curlFrame(0), rows, cols, frames).data(), dims);
    writer.writeDouble(names.fault, faultAsColumnMajorDoubles(exp).data(), dims);
    writer.writeDouble(names.u, toColumnMajor(exp.uFrame(0), rows, cols, frames).data(), dims);
    writer.writeDouble(names.v, toColumnMajor(exp.vFrame(0), rows, cols, frames).data(), dims);
    writer.commit();
}

std::vector<SyntheticSpec> syntheticSeries(int experiments, int frames, uint64_t seed, bool variedDrawing) {
    if (experiments < 0) throw Error("synthetic series: the number of experiments cannot be negative");
    if (frames < 1) throw Error("synthetic series: needs at least one frame per experiment");
    static const int kRates[] = {25, 50, 100, 150};
    std::vector<SyntheticSpec> specs;
    for (int i = 0; i < experiments; ++i) {
        SyntheticSpec spec;
        spec.boundary = (i / 4) % 2 == 0 ? BoundaryCondition::EB : BoundaryCondition::PP;
        spec.loadingRate = kRates[i % 4];
        const int repeat = i / 8 + 1;
        char name[64];
        std::snprintf(name, sizeof name, "%s_%03d_%d", spec.boundary == BoundaryCondition::EB ? "EB" : "PP",
                      spec.loadingRate, repeat);
        spec.name = name;
        spec.frames = frames;
        spec.seed = deriveSeed(seed, 1000 + static_cast<uint64_t>(i));
        spec.variedDrawing = variedDrawing;
        specs.push_back(spec);
    }
    return specs;
}

}  // namespace faultke
