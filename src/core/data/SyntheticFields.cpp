#include "core/data/SyntheticFields.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace faultke::synthetic {

namespace {

// The pixels of one column a trace covers: those overlapping its vertical extent by at least
// half a pixel (at least the one holding its centre), clipped to the frame.
struct Footprint {
    int first = 0, last = -1;
    int size() const { return last - first + 1; }
};

Footprint footprint(const Crossing& x, int rows) {
    Footprint f;
    f.first = static_cast<int>(std::ceil(x.rowTop));     // pixel r overlaps by >= 0.5 when r >= rowTop
    f.last = static_cast<int>(std::floor(x.rowBottom));  // ... and when r <= rowBottom
    if (f.last < f.first) f.first = f.last = static_cast<int>(std::lround((x.rowTop + x.rowBottom) / 2));
    f.first = std::max(f.first, 0);
    f.last = std::min(f.last, rows - 1);
    return f;
}

// Several unlinked strands in one column leave more of the motion to off-fault deformation
// between them: the fault slip a column can carry shrinks with the number of strands.
double columnSlipCap(int strands) { return std::max(0.5, 0.97 * (1 - 0.08 * std::max(0, strands - 1))); }

// The share of that cap left when the slipping strands of a column spread over `spread` rows.
double separationFactor(double spread, double separationRows) {
    if (separationRows <= 0 || spread <= separationRows) return 1;
    return std::exp(-(spread - separationRows) / 40);
}

// Adds noise of standard deviation sd, correlated over about one pixel, to a rows x cols field:
// white noise smoothed by [1 2 1] / 4 along both axes and rescaled to keep sd. The white noise is
// uniform (cheap to draw); the smoothing sums nine of them, which makes it close to Gaussian.
void addCorrelatedNoise(double* field, int rows, int cols, double sd, Random& random, std::vector<double>& white,
                        std::vector<double>& smooth) {
    if (sd <= 0) return;
    const size_t n = static_cast<size_t>(rows) * cols;
    white.resize(n);
    smooth.resize(n);
    for (double& w : white) w = random.uniform(-1.7320508075688772, 1.7320508075688772);  // unit variance
    auto at = [cols](int r, int c) { return static_cast<size_t>(r) * cols + c; };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            smooth[at(r, c)] = 0.25 * white[at(r, std::max(c - 1, 0))] + 0.5 * white[at(r, c)] +
                               0.25 * white[at(r, std::min(c + 1, cols - 1))];
    const double scale = sd / 0.375;  // [1 2 1] / 4 twice divides the sd by 0.375
    for (int r = 0; r < rows; ++r) {
        const int up = std::max(r - 1, 0), down = std::min(r + 1, rows - 1);
        for (int c = 0; c < cols; ++c)
            field[at(r, c)] += scale * (0.25 * smooth[at(up, c)] + 0.5 * smooth[at(r, c)] + 0.25 * smooth[at(down, c)]);
    }
}

}  // namespace

void renderFrame(const FrameFaults& faults, const FieldSettings& s, Random& noise, const FrameBuffers& out) {
    const int rows = s.rows, cols = s.cols;
    const double V = s.plateStep;
    const size_t n = static_cast<size_t>(rows) * cols;
    std::fill(out.fault, out.fault + n, uint8_t{0});

    // Crossings grouped by column (counting sort keeps their order: reproducible).
    std::vector<int> start(static_cast<size_t>(cols) + 1, 0);
    for (const Crossing& x : faults.crossings) ++start[static_cast<size_t>(x.column) + 1];
    for (int c = 0; c < cols; ++c) start[c + 1] += start[c];
    std::vector<const Crossing*> byColumn(faults.crossings.size());
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const Crossing& x : faults.crossings) byColumn[static_cast<size_t>(next[x.column]++)] = &x;
    }

    // Per column: strain density along the rows (how much of the plate step each row takes up)
    // for u (eu) and v (ev); u and v are their running sums, centred on the pixel.
    std::vector<double> zone(rows), eu(rows), ev(rows), slips;
    std::vector<double> strainU(n);  // eu of every pixel, kept for the curl
    for (int c = 0; c < cols; ++c) {
        const double centre = faults.zoneCentre[static_cast<size_t>(c)];
        double zoneSum = 0;
        for (int r = 0; r < rows; ++r) {
            const double z = (r - centre) / faults.zoneSigma;
            zone[r] = std::exp(-0.5 * z * z);
            zoneSum += zone[r];
        }
        for (double& z : zone) z /= zoneSum;

        const int begin = start[c], end = start[c + 1];
        slips.assign(static_cast<size_t>(end - begin), 0.0);
        double faultSlip = 0;
        int strands = 0;
        double top = 1e300, bottom = -1e300;
        for (int i = begin; i < end; ++i) {
            slips[i - begin] = byColumn[i]->slip;
            faultSlip += byColumn[i]->slip;
            if (byColumn[i]->slip >= 0.05) {
                ++strands;
                const double middle = (byColumn[i]->rowTop + byColumn[i]->rowBottom) / 2;
                top = std::min(top, middle);
                bottom = std::max(bottom, middle);
            }
        }
        const double cap =
            columnSlipCap(strands) * (strands > 1 ? separationFactor(bottom - top, s.separationRows) : 1.0);
        if (faultSlip > cap) {
            for (double& sl : slips) sl *= cap / faultSlip;
            faultSlip = cap;
        }

        double transverse = 0;  // v offset the oblique strands would make across the column
        for (int r = 0; r < rows; ++r) {
            eu[r] = (1 - faultSlip) * V * zone[r];
            ev[r] = 0;
        }
        for (int i = begin; i < end; ++i) {
            const Footprint f = footprint(*byColumn[i], rows);
            const double du = slips[i - begin] * V, dv = du * byColumn[i]->slope;
            for (int r = f.first; r <= f.last; ++r) {
                eu[r] += du / f.size();
                ev[r] += dv / f.size();
            }
            transverse += dv;
        }
        // The plates do not move across strike: distributed strain takes the v offset back.
        for (int r = 0; r < rows; ++r) ev[r] -= transverse * zone[r];

        // The map marks a trace where its strain stands out, as a binarised strain map does.
        for (int i = begin; i < end; ++i) {
            if (!byColumn[i]->drawn) continue;
            const Footprint f = footprint(*byColumn[i], rows);
            double strain = 0;
            for (int r = f.first; r <= f.last; ++r) strain += eu[r];
            if (strain / f.size() < s.faultThreshold * V) continue;
            for (int r = f.first; r <= f.last; ++r) out.fault[static_cast<size_t>(r) * cols + c] = 1;
        }

        double sumU = 0, sumV = 0;
        for (int r = 0; r < rows; ++r) {
            const size_t i = static_cast<size_t>(r) * cols + c;
            out.u[i] = V / 2 - (sumU + eu[r] / 2);
            out.v[i] = -(sumV + ev[r] / 2);
            sumU += eu[r];
            sumV += ev[r];
            strainU[i] = eu[r];
        }
    }

    // curl = 0.5 * (dv/dx - du/dy): du/dy = -eu / dx, dv/dx by central differences.
    for (int r = 0; r < rows; ++r) {
        const double* v = out.v + static_cast<size_t>(r) * cols;
        for (int c = 0; c < cols; ++c) {
            const int left = std::max(c - 1, 0), right = std::min(c + 1, cols - 1);
            const double dvdx = right > left ? (v[right] - v[left]) / ((right - left) * s.dx) : 0.0;
            const size_t i = static_cast<size_t>(r) * cols + c;
            out.curl[i] = 0.5 * (dvdx + strainU[i] / s.dx);
        }
    }

    std::vector<double> white, smooth;
    addCorrelatedNoise(out.u, rows, cols, s.displacementNoise * V, noise, white, smooth);
    addCorrelatedNoise(out.v, rows, cols, s.displacementNoise * V, noise, white, smooth);
    addCorrelatedNoise(out.curl, rows, cols, s.curlNoise, noise, white, smooth);

    // DIC software reports single precision: keep that (it also halves compressed file sizes).
    for (size_t i = 0; i < n; ++i) {
        out.u[i] = static_cast<float>(out.u[i]);
        out.v[i] = static_cast<float>(out.v[i]);
        out.curl[i] = static_cast<float>(out.curl[i]);
    }
}

}  // namespace faultke::synthetic
