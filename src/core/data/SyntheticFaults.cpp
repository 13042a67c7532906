#include "core/data/SyntheticFaults.h"

#include <algorithm>
#include <cmath>

namespace faultke::synthetic {

namespace {

constexpr double kPi = 3.141592653589793;

double smoothstep(double x) {
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3 - 2 * x);
}

// Length scales (columns) at which a strand carries half of what a long one would: slip grows
// with length, as displacement does with fault length.
constexpr double kMainLengthScale = 60;
constexpr double kRiedelLengthScale = 22;
// Duration (in maturity) of the hand-over from two overlapping tips to their linking strand.
constexpr double kLinkBlend = 0.03;
// Pieces nucleate this far outside the frame too: the clay box is longer than the camera's view.
constexpr double kMargin = 80;

}  // namespace

Regime regimeFor(BoundaryCondition boundary, int loadingRate) {
    Regime r;
    const double doublings = std::log2(std::max(loadingRate, 1) / 25.0);  // 0, 1, 2, 2.6 for 25..150
    r.plateStep = 0.1 * std::pow(std::max(loadingRate, 1) / 25.0, 0.3);
    if (boundary == BoundaryCondition::EB) {
        r.zoneSigma = 13;
        r.zoneNarrowing = 0.35;
        r.onset = 0.13;
        r.riedelSpacing = 24;
        r.riedelNucleation = 0.22;
        r.riedelAngleDeg = 16;
        r.riedelHalfLength = 11;
        r.riedelLag = 0.14;
        r.pieceSpacing = 70;
        r.pieceNucleation = 0.32;
        r.linkedBy = 0.72;
        r.pieceOffset = 3.2;
        r.kMax = 0.87;
        r.secondaryCount = 3;
        r.spuriousPerFrame = 0.35;
        r.traceThickness = 2.7;
        r.curveAmplitude = 3.5;
    } else {
        r.zoneSigma = 7.5;
        r.zoneNarrowing = 0.25;
        r.onset = 0.10;
        r.riedelSpacing = 40;
        r.riedelNucleation = 0.12;
        r.riedelAngleDeg = 13;
        r.riedelHalfLength = 9;
        r.riedelLag = 0.05;
        r.pieceSpacing = 95;
        r.pieceNucleation = 0.16;
        r.linkedBy = 0.45;
        r.pieceOffset = 2.0;
        r.kMax = 0.92;
        r.secondaryCount = 1.2;
        r.spuriousPerFrame = 0.2;
        r.traceThickness = 2.4;
        r.curveAmplitude = 2.2;
    }
    r.onset += 0.01 * doublings;
    r.linkedBy += 0.03 * doublings;
    r.riedelSpacing *= 1 - 0.06 * doublings;
    r.pieceSpacing *= 1 - 0.04 * doublings;
    return r;
}

DrawingStyle drawVariedStyle(Random& random) {
    DrawingStyle style;
    style.varied = true;
    style.traceWidth = random.uniform(1, 5);
    style.zoneCentre = random.uniform(0.42, 0.58);
    style.roughness = random.uniform(0.1, 1.8);
    style.gapsPerColumn = random.chance(0.5) ? random.uniform(0, 1.0 / 80) : 0.0;
    style.spuriousFactor = random.uniform(0.3, 3);
    style.secondaryFactor = random.uniform(0.5, 2);
    // Half the experiments keep the lab's narrow step-overs; the others grow from segments up to
    // six times further apart, as broad step-overs and echelon arrays of natural faults are.
    style.stepoverFactor = random.chance(0.5) ? 1.0 : random.uniform(1.5, 6);
    style.parallelStrands = random.chance(0.5) ? random.uniform(0.5, 3) : 0.0;
    return style;
}

FaultEvolution::FaultEvolution(const Regime& regime, const DrawingStyle& style, int rows, int cols, Random& random)
    : regime_(regime), style_(style), rows_(rows), cols_(cols) {
    // Each experiment differs a little from its nominal regime, as repeats in the lab do.
    auto jitter = [&](double value, double fraction) { return value * random.uniform(1 - fraction, 1 + fraction); };
    regime_.zoneSigma = jitter(regime_.zoneSigma, 0.12);
    regime_.onset = jitter(regime_.onset, 0.15);
    regime_.linkedBy = std::min(0.92, jitter(regime_.linkedBy, 0.1));
    regime_.kMax = std::min(0.96, jitter(regime_.kMax, 0.04));

    // The window rows are [0, 128): centre the zone there even when the frame is taller.
    const double usable = std::min(rows, 128);
    zoneSigma_ = std::min(regime_.zoneSigma, usable / 8.0);
    const double scale = std::min(1.0, usable / 128.0);
    const double centre = style_.varied ? style_.zoneCentre * usable : usable / 2;
    centreRow_ = std::clamp(centre - 0.5 + random.normal(0, 2.5 * scale), 2 * zoneSigma_, usable - 1 - 2 * zoneSigma_);
    const double waves[3] = {420, 180, 90}, shares[3] = {1.0, 0.5, 0.25};
    for (int m = 0; m < 3; ++m) {
        curveAmp_[m] = regime_.curveAmplitude * scale * shares[m] * random.uniform(0.5, 1.5);
        curveWave_[m] = waves[m] * random.uniform(0.8, 1.25);
        curvePhase_[m] = random.uniform(0, 2 * kPi);
    }
    const double roughWaves[3] = {60, 34, 19};
    for (int m = 0; m < 3; ++m) {
        roughAmp_[m] = scale * random.uniform(0.3, 0.9) * (style_.varied ? style_.roughness / 0.9 : 1.0);
        roughWave_[m] = roughWaves[m] * random.uniform(0.8, 1.25);
        roughPhase_[m] = random.uniform(0, 2 * kPi);
    }

    // Segments that grow into the main fault, spaced along strike beyond both frame edges.
    const double firstBirth = regime_.onset + 0.04;
    const double meanBirth = firstBirth + regime_.pieceNucleation / 2;
    const double growth = (regime_.pieceSpacing / 2 + 8) / std::max(0.08, regime_.linkedBy - meanBirth);
    for (double x = -kMargin + random.uniform(0, regime_.pieceSpacing); x < cols + kMargin;
         x += regime_.pieceSpacing * random.uniform(0.6, 1.4)) {
        Piece p;
        p.x = x;
        p.birth = firstBirth + random.uniform(0, regime_.pieceNucleation);
        p.growth = growth * random.uniform(0.75, 1.3);
        p.offset = random.normal(0, regime_.pieceOffset * scale * (style_.varied ? style_.stepoverFactor : 1.0));
        if (style_.varied) p.offset = std::clamp(p.offset, 6 - centreRow_, usable - 7 - centreRow_);
        // Mostly synthetic (Riedel-like) obliquity, a few degrees.
        p.slope = random.sign(0.75) * std::tan(random.uniform(0.5, 4) * kPi / 180);
        p.thickness = (style_.varied ? style_.traceWidth : regime_.traceThickness) * random.uniform(0.9, 1.1);
        pieces_.push_back(p);
    }

    // When neighbours link: their facing tips grow until they overlap by enough to step over
    // (or, sometimes, until they come close enough to hard-link across a small gap).
    for (size_t i = 0; i + 1 < pieces_.size(); ++i) {
        const Piece& a = pieces_[i];
        const Piece& b = pieces_[i + 1];
        const double middle = (a.x + b.x) / 2;
        const double rowGap = std::abs((b.offset + b.slope * (middle - b.x)) - (a.offset + a.slope * (middle - a.x)));
        const double overlap =
            random.chance(0.25) ? -random.uniform(2, 4) : rowGap * random.uniform(0.8, style_.varied ? 4.0 : 2.5) + 2;
        const double needed = (b.x - a.x) + overlap;  // sum of the two half-lengths at linkage
        double low = std::max(a.birth, b.birth), high = 50;
        for (int it = 0; it < 60; ++it) {
            const double mid = (low + high) / 2;
            (halfLength(a, mid) + halfLength(b, mid) >= needed ? high : low) = mid;
        }
        Link link;
        link.time = high;
        link.leftTip = a.x + halfLength(a, high);
        link.rightTip = b.x - halfLength(b, high);
        links_.push_back(link);
    }

    // Echelon Riedel shears: short, oblique, early; abandoned once the main fault passes them.
    const double riedelSlope = std::tan(regime_.riedelAngleDeg * kPi / 180);
    for (double x = -20 + random.uniform(0, regime_.riedelSpacing); x < cols + 20;
         x += regime_.riedelSpacing * random.uniform(0.6, 1.4)) {
        Riedel r;
        r.x = x;
        r.row = zoneRow(x) + random.normal(0, 0.35 * zoneSigma_);
        const double angle = std::atan(riedelSlope) + random.uniform(-4, 4) * kPi / 180;
        r.slope = std::tan(angle);
        r.birth = regime_.onset + random.uniform(0, regime_.riedelNucleation);
        r.halfLength = regime_.riedelHalfLength * random.uniform(0.5, 1.5);
        r.growDuration = random.uniform(0.03, 0.08);
        r.death = mainCoverageTime(x) + regime_.riedelLag * random.uniform(0.6, 1.4);
        // Oblique strands take up less of the along-strike motion.
        r.peakSlip = random.uniform(0.45, 0.75) * std::cos(angle) * std::cos(angle);
        riedels_.push_back(r);
    }

    // Secondary strands beside the mature trace, active for a while, carrying little.
    const int secondaries = random.poisson(regime_.secondaryCount * style_.secondaryFactor);
    for (int i = 0; i < secondaries; ++i) {
        Secondary s;
        s.x = random.uniform(0, cols);
        s.halfLength = random.uniform(20, 80);
        s.offset = random.sign() * random.uniform(4, 12) * scale;
        s.slope = random.normal(0, 0.03);
        s.birth = random.uniform(std::max(0.45, regime_.linkedBy - 0.2), 0.9);
        s.end = s.birth + random.uniform(0.08, 0.3);
        s.peakSlip = random.uniform(0.12, 0.28);
        secondaries_.push_back(s);
    }

    // Varied style: parallel strands far from the main trace (a second fault of a broad zone, the
    // other side of a wide step-over), long and slipping much; where both slip, the block between
    // them deforms off the faults (SyntheticFields' separation), so such windows read low.
    const int parallels = style_.varied ? random.poisson(style_.parallelStrands) : 0;
    for (int i = 0; i < parallels; ++i) {
        Secondary s;
        s.x = random.uniform(0, cols);
        s.halfLength = random.uniform(40, 160);
        const double side = random.sign();
        const double room = side > 0 ? usable - 6 - centreRow_ : centreRow_ - 6;
        s.offset = side * std::min(random.uniform(15, 50) * scale, std::max(room, 4.0));
        s.slope = random.normal(0, 0.02);
        s.birth = random.uniform(regime_.onset, 0.8);
        s.end = s.birth + random.uniform(0.2, 0.8);
        s.peakSlip = random.uniform(0.3, 0.7);
        secondaries_.push_back(s);
    }

    // Mapping gaps: short spans where the map misses the main trace although it slips there.
    const int gaps = style_.varied ? random.poisson(style_.gapsPerColumn * cols) : 0;
    for (int i = 0; i < gaps; ++i) {
        const double x = random.uniform(0, cols), length = random.uniform(2, 10);
        gaps_.emplace_back(x, x + length);
    }
}

double FaultEvolution::minorWidth(double classic) const {
    return style_.varied ? std::max(1.0, style_.traceWidth * classic / 2.6) : classic;
}

bool FaultEvolution::inGap(double x) const {
    for (const auto& [from, to] : gaps_)
        if (x >= from && x < to) return true;
    return false;
}

double FaultEvolution::faultThreshold() const {
    const double distributedPeak = 1.0 / (zoneSigma_ * std::sqrt(2 * kPi));
    return 1.3 * distributedPeak;
}

double FaultEvolution::zoneRow(double x) const {
    double row = centreRow_;
    for (int m = 0; m < 3; ++m) row += curveAmp_[m] * std::sin(2 * kPi * x / curveWave_[m] + curvePhase_[m]);
    return row;
}

double FaultEvolution::roughness(double x) const {
    double row = 0;
    for (int m = 0; m < 3; ++m) row += roughAmp_[m] * std::sin(2 * kPi * x / roughWave_[m] + roughPhase_[m]);
    return row;
}

double FaultEvolution::rowAt(const Line& line, double x) const {
    return line.row0 + line.slope * (x - line.x0) + (line.followsZone ? zoneRow(x) + roughness(x) : 0.0);
}

double FaultEvolution::halfLength(const Piece& p, double tau) const {
    return tau < p.birth ? 0.0 : 2 + p.growth * (tau - p.birth);
}

double FaultEvolution::leftTip(size_t i, double tau) const {
    if (i > 0 && tau >= links_[i - 1].time) return links_[i - 1].rightTip;
    return pieces_[i].x - halfLength(pieces_[i], tau);
}

double FaultEvolution::rightTip(size_t i, double tau) const {
    if (i < links_.size() && tau >= links_[i].time) return links_[i].leftTip;
    return pieces_[i].x + halfLength(pieces_[i], tau);
}

double FaultEvolution::mainCoverageTime(double x) const {
    double earliest = 10;
    for (const Piece& p : pieces_)
        earliest = std::min(earliest, p.birth + std::max(0.0, std::abs(x - p.x) - 2) / p.growth);
    return earliest;
}

double FaultEvolution::mainEfficiency(double tau) const {
    const double span = regime_.linkedBy - regime_.onset + 0.15;
    return regime_.kMax * (0.7 + 0.3 * smoothstep((tau - regime_.onset) / span));
}

void FaultEvolution::addMainFault(double tau, std::vector<Strand>& out) const {
    const double efficiency = mainEfficiency(tau);
    size_t first = 0;
    while (first < pieces_.size()) {
        if (tau < pieces_[first].birth) {
            ++first;
            continue;
        }
        // A system: a chain of born pieces joined by established links.
        size_t last = first;
        while (last + 1 < pieces_.size() && tau >= links_[last].time) ++last;
        const double begin = leftTip(first, tau), end = rightTip(last, tau);
        const double length = end - begin;
        const double peak = efficiency * length / (length + kMainLengthScale);
        auto strand = [&](double x0, double x1, Line line, double slip, double thickness) {
            Strand s;
            s.xBegin = x0;
            s.xEnd = x1;
            s.line = line;
            s.peakSlip = slip;
            s.tipMid = (begin + end) / 2;
            s.tipHalf = length / 2;
            s.thickness = thickness;
            s.gapped = true;
            out.push_back(s);
        };
        for (size_t i = first; i <= last; ++i) {
            const Piece& p = pieces_[i];
            const Line line{p.offset, p.slope, p.x, true};
            double bodyBegin = leftTip(i, tau), bodyEnd = rightTip(i, tau);
            if (i > first) bodyBegin = std::max(links_[i - 1].leftTip, links_[i - 1].rightTip);
            if (i < last) bodyEnd = std::min(links_[i].leftTip, links_[i].rightTip);
            strand(bodyBegin, bodyEnd, line, peak, p.thickness);
            if (i == last) break;

            // The link to the next piece: a linking strand across the step-over, while the
            // overlapping tips it bypasses die out.
            const Link& link = links_[i];
            const Piece& q = pieces_[i + 1];
            const Line nextLine{q.offset, q.slope, q.x, true};
            const double w = smoothstep((tau - link.time) / kLinkBlend);
            const double x0 = std::min(link.leftTip, link.rightTip), x1 = std::max(link.leftTip, link.rightTip);
            const double row0 = rowAt(line, x0), row1 = rowAt(nextLine, x1);
            const double slope = (row1 - row0) / std::max(x1 - x0, 1.0);
            const double obliquity = 1 / std::sqrt(1 + slope * slope);
            strand(x0, x1, Line{row0, slope, x0, false}, w * peak * obliquity, (p.thickness + q.thickness) / 2);
            if (link.leftTip > link.rightTip && w < 1) {
                strand(x0, x1, line, 0.5 * (1 - w) * peak, p.thickness);
                strand(x0, x1, nextLine, 0.5 * (1 - w) * peak, q.thickness);
            }
        }
        first = last + 1;
    }
}

void FaultEvolution::addRiedels(double tau, std::vector<Strand>& out) const {
    for (const Riedel& r : riedels_) {
        if (tau < r.birth) continue;
        const double fade = 1 - smoothstep((tau - r.death) / 0.06);
        if (fade <= 0) continue;
        const double half = std::max(1.5, r.halfLength * smoothstep((tau - r.birth) / r.growDuration));
        Strand s;
        s.xBegin = r.x - half;
        s.xEnd = r.x + half;
        s.line = Line{r.row, r.slope, r.x, false};
        s.peakSlip = fade * r.peakSlip * (2 * half) / (2 * half + kRiedelLengthScale);
        s.tipMid = r.x;
        s.tipHalf = half;
        s.thickness = minorWidth(2.0);
        out.push_back(s);
    }
}

void FaultEvolution::addSecondaries(double tau, std::vector<Strand>& out) const {
    for (const Secondary& sec : secondaries_) {
        const double active = smoothstep((tau - sec.birth) / 0.03) * (1 - smoothstep((tau - sec.end) / 0.03));
        if (active <= 0) continue;
        Strand s;
        s.xBegin = sec.x - sec.halfLength;
        s.xEnd = sec.x + sec.halfLength;
        s.line = Line{sec.offset, sec.slope, sec.x, true};
        s.peakSlip = active * sec.peakSlip;
        s.tipMid = sec.x;
        s.tipHalf = sec.halfLength;
        s.thickness = minorWidth(2.2);
        out.push_back(s);
    }
}

void FaultEvolution::addSpurious(double tau, Random& frameRandom, std::vector<Strand>& out) const {
    // Short bits of strain localisation that a binarised strain map picks up, rarer before onset.
    const int count =
        frameRandom.poisson(regime_.spuriousPerFrame * style_.spuriousFactor * (tau < regime_.onset ? 0.3 : 1.0));
    for (int i = 0; i < count; ++i) {
        Strand s;
        const double x = frameRandom.uniform(0, cols_);
        const double half = frameRandom.uniform(1, 3.5);
        s.xBegin = x - half;
        s.xEnd = x + half;
        s.line = Line{zoneRow(x) + frameRandom.normal(0, 1.2 * zoneSigma_), frameRandom.normal(0, 0.3), x, false};
        s.peakSlip = frameRandom.uniform(0.2, 0.35);
        s.thickness = minorWidth(2.0);
        out.push_back(s);
    }
}

void FaultEvolution::addCrossings(const Strand& s, double jitter, std::vector<Crossing>& out) const {
    const int c0 = std::max(0, static_cast<int>(std::ceil(s.xBegin)));
    const int c1 = std::min(cols_ - 1, static_cast<int>(std::floor(s.xEnd)));
    for (int c = c0; c <= c1; ++c) {
        const double t = (c - s.tipMid) / s.tipHalf;
        const double slip = s.peakSlip * jitter * std::sqrt(std::max(0.0, 1 - t * t));
        if (slip <= 1e-4) continue;
        // The trace's vertical extent in this column: where it enters and leaves the column,
        // widened by its thickness measured across the (possibly oblique) trace.
        const double xa = std::max(s.xBegin, c - 0.5), xb = std::min(s.xEnd, c + 0.5);
        const double ra = rowAt(s.line, xa), rb = rowAt(s.line, xb);
        const double slope = xb > xa ? (rb - ra) / (xb - xa) : 0.0;
        const double halfThickness = 0.5 * s.thickness * std::sqrt(1 + slope * slope);
        Crossing x;
        x.column = c;
        x.rowTop = std::min(ra, rb) - halfThickness;
        x.rowBottom = std::max(ra, rb) + halfThickness;
        x.slope = slope;
        x.slip = slip;
        x.drawn = !(s.gapped && inGap(c));
        out.push_back(x);
    }
}

FrameFaults FaultEvolution::at(double tau, Random& frameRandom) const {
    std::vector<Strand> strands;
    addMainFault(tau, strands);
    addRiedels(tau, strands);
    addSecondaries(tau, strands);
    addSpurious(tau, frameRandom, strands);

    FrameFaults frame;
    for (const Strand& s : strands) {
        // Frame-to-frame flicker of the slip each strand carries.
        const double jitter = std::max(0.5, 1 + 0.07 * frameRandom.normal());
        addCrossings(s, jitter, frame.crossings);
    }
    frame.zoneCentre.resize(static_cast<size_t>(cols_));
    for (int c = 0; c < cols_; ++c) frame.zoneCentre[static_cast<size_t>(c)] = zoneRow(c);
    frame.zoneSigma = zoneSigma_ * (1 - regime_.zoneNarrowing * tau);
    return frame;
}

}  // namespace faultke::synthetic
