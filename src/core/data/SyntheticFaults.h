#pragma once
// How the faults of a synthetic clay experiment evolve with maturity (0 = first frame, 1 = last):
// distributed shear only, then short echelon Riedel shears, then longer segments that grow, overlap
// and link through step-overs, and finally one through-going, gently curved trace with a few
// secondary strands. The result for one frame is geometry and slip only (which strands cross
// which column, and how much of the plate step each carries); SyntheticFields turns it into
// displacement, curl and the fault map.
#include <utility>
#include <vector>

#include "core/data/Synthetic.h"
#include "core/data/SyntheticRandom.h"

namespace faultke::synthetic {

// What a basal boundary condition and a loading rate mean for the kinematics and the maturation.
struct Regime {
    double plateStep = 0.1;         // V, plate displacement per frame (mm)
    double zoneSigma = 12;          // Gaussian width (rows) of the distributed shear at the start
    double zoneNarrowing = 0.3;     // fraction by which the zone has narrowed at the last frame
    double onset = 0.12;            // maturity at which the first faults appear
    double riedelSpacing = 30;      // mean along-strike spacing of echelon (Riedel) segments (columns)
    double riedelNucleation = 0.2;  // they nucleate over [onset, onset + this]
    double riedelAngleDeg = 15;     // their obliquity to the zone
    double riedelHalfLength = 10;   // their mean largest half-length (columns)
    double riedelLag = 0.1;         // how long they stay active once the main fault has passed them
    double pieceSpacing = 80;       // mean spacing of the segments that grow into the main fault
    double pieceNucleation = 0.25;  // they nucleate over [onset + 0.04, onset + 0.04 + this]
    double linkedBy = 0.65;         // maturity by which most of them have linked
    double pieceOffset = 3;         // sd (rows) of their offsets from the zone's centre line
    double kMax = 0.88;             // efficiency of the mature through-going fault
    double secondaryCount = 2;      // expected number of secondary strands in the late stage
    double spuriousPerFrame = 0.3;  // expected short spurious bits per frame
    double traceThickness = 2.6;    // pixels across the main trace, in the published set's look
    double curveAmplitude = 3;      // rows, amplitude of the zone's gentle bends
};

// How the experiment's fault map is drawn, drawn once per experiment: none of it changes the
// kinematics, so a model trained on many of them learns that none of it matters to KE, as in
// nature (a mapped trace's width, position and roughness say nothing about its slip).
struct DrawingStyle {
    bool varied = false;      // false: the published set's look, and the fields below unused
    double traceWidth = 2.6;  // pixels across the main trace (1 to 5)
    // The zone's centre as a fraction of the window rows (0.42 to 0.58). Prediction centres a map's
    // band of traces on the middle row, so a model never needs to read a fault anywhere else; a
    // zone anywhere in the middle half (as drawn before) taught it that a strand far from the
    // middle carries as much slip as the main trace (docs/prediction.md, the bundled model).
    double zoneCentre = 0.5;
    double roughness = 0.6;      // rows, largest amplitude of the traces' small-scale wiggle
    double gapsPerColumn = 0;    // mapping gaps in the main trace (where the map misses it)
    double spuriousFactor = 1;   // more or fewer short spurious bits than the regime has
    double secondaryFactor = 1;  // more or fewer secondary strands than the regime has
    double stepoverFactor = 1;   // wider step-overs: the segments' offsets across the zone, times this
    double parallelStrands = 0;  // expected long strands 15-50 rows from the main trace
};

// A varied style drawn from the ranges above.
DrawingStyle drawVariedStyle(Random& random);

// Elastic-band bases spread shear over a wider zone, with more and longer-lived echelon segments
// and a slower maturation; plate-parallel bases localize faster. Faster loading adds a little
// segment density and delays linkage a little.
Regime regimeFor(BoundaryCondition boundary, int loadingRate);

// One active strand crossing one column: the rows its trace covers and the slip it carries.
struct Crossing {
    int column = 0;
    double rowTop = 0, rowBottom = 0;  // continuous rows; pixel r spans [r - 0.5, r + 0.5]
    double slope = 0;                  // d(row) / d(column) of the trace
    double slip = 0;                   // fraction of the plate step taken up across the trace
    bool drawn = true;                 // false in a mapping gap: the slip is there, the map misses it
};

struct FrameFaults {
    std::vector<Crossing> crossings;
    std::vector<double> zoneCentre;  // per column: the row at the centre of the distributed shear
    double zoneSigma = 0;            // rows
};

class FaultEvolution {
public:
    // Draws the experiment's whole fault history from `random`.
    FaultEvolution(const Regime& regime, const DrawingStyle& style, int rows, int cols, Random& random);

    // The faults at maturity `tau` in [0, 1]; `frameRandom` adds the frame's own flicker and
    // spurious bits.
    FrameFaults at(double tau, Random& frameRandom) const;

    // Strain per row (as a fraction of V) above which the fault map marks a trace: a little above
    // the peak of fully distributed shear, as a binarised strain map would.
    double faultThreshold() const;

private:
    // row(x) = row0 + slope * (x - x0), plus the zone's centre line and the trace roughness
    // when followsZone.
    struct Line {
        double row0 = 0, slope = 0, x0 = 0;
        bool followsZone = false;
    };
    // A trace over [xBegin, xEnd] with an elliptical slip profile centred on tipMid.
    struct Strand {
        double xBegin = 0, xEnd = 0;
        Line line;
        double peakSlip = 0;
        double tipMid = 0, tipHalf = 1e9;
        double thickness = 2;
        bool gapped = false;  // mapping gaps apply (main-fault strands)
    };
    // A segment that grows from its nucleation point into the main fault.
    struct Piece {
        double x = 0, birth = 0, growth = 0, offset = 0, slope = 0, thickness = 2.5;
    };
    // Where two neighbouring pieces link: their facing tips freeze at linkTime.
    struct Link {
        double time = 2;
        double leftTip = 0;   // right tip of the left piece
        double rightTip = 0;  // left tip of the right piece
    };
    struct Riedel {
        double x = 0, row = 0, slope = 0, birth = 0, halfLength = 0, growDuration = 0.05, death = 2, peakSlip = 0;
    };
    struct Secondary {
        double x = 0, halfLength = 0, offset = 0, slope = 0, birth = 0, end = 0, peakSlip = 0;
    };

    double zoneRow(double x) const;
    double roughness(double x) const;
    double rowAt(const Line& line, double x) const;
    double halfLength(const Piece& p, double tau) const;
    double leftTip(size_t i, double tau) const;
    double rightTip(size_t i, double tau) const;
    double mainCoverageTime(double x) const;
    double mainEfficiency(double tau) const;
    void addMainFault(double tau, std::vector<Strand>& out) const;
    void addRiedels(double tau, std::vector<Strand>& out) const;
    void addSecondaries(double tau, std::vector<Strand>& out) const;
    void addSpurious(double tau, Random& frameRandom, std::vector<Strand>& out) const;
    void addCrossings(const Strand& s, double jitter, std::vector<Crossing>& out) const;
    bool inGap(double x) const;
    double minorWidth(double classic) const;  // a minor strand's width in this style

    Regime regime_;
    DrawingStyle style_;
    std::vector<std::pair<double, double>> gaps_;  // column spans where the map misses the main trace
    int rows_ = 0, cols_ = 0;
    double centreRow_ = 0;
    double zoneSigma_ = 0;
    // Long bends of the zone, and the small-scale roughness of the traces that follow it.
    double curveAmp_[3] = {0, 0, 0}, curveWave_[3] = {1, 1, 1}, curvePhase_[3] = {0, 0, 0};
    double roughAmp_[3] = {0, 0, 0}, roughWave_[3] = {1, 1, 1}, roughPhase_[3] = {0, 0, 0};
    std::vector<Piece> pieces_;  // sorted by x
    std::vector<Link> links_;    // links_[i] joins pieces_[i] and pieces_[i + 1]
    std::vector<Riedel> riedels_;
    std::vector<Secondary> secondaries_;
};

}  // namespace faultke::synthetic
