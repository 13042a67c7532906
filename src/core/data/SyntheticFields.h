#pragma once
// Turns one frame's fault geometry and slip (SyntheticFaults) into the four DIC fields, so that
// they agree the way the labels assume:
// - u goes from +V/2 on row 0 to -V/2 on the last row (the top plate moves along +x: dextral as
//   seen on screen), so vel_tot = V; v is zero on both edges;
// - in each column the strands take up their slip as sharp steps of u across their traces, and
//   the rest of V is distributed shear over a Gaussian zone;
// - an oblique strand slips along its own direction, so v steps across it too;
// - curl = 0.5 * (dv/dx - du/dy) with y along the rows, in 1/mm: positive for this shear, and
//   2 * sum(curl * fault) * dx over a strand's pixels is the slip it carries (plus what the
//   obliquity adds through dv/dx);
// - the fault map marks a strand's pixels where the strain exceeds the map's threshold;
// - DIC-like, spatially correlated noise is added to u, v and curl.
#include <cstdint>

#include "core/data/SyntheticFaults.h"
#include "core/data/SyntheticRandom.h"

namespace faultke::synthetic {

struct FieldSettings {
    int rows = 0, cols = 0;
    double dx = 1.14;                 // mm per pixel
    double plateStep = 0.1;           // V, mm per frame
    double faultThreshold = 0.05;     // strain per row, as a fraction of V, above which traces are mapped
    double displacementNoise = 0.01;  // sd of the noise on u and v, as a fraction of V
    double curlNoise = 0.0;           // sd of the noise on curl (1/mm)
    // Strands far apart in one column (a broad step-over, parallel strands) leave the block
    // between them to deform off the faults: the slip they carry together falls with their
    // spread beyond this many rows (0: not modelled, the published set's look).
    double separationRows = 0;
};

// Where one frame's fields go: rows x cols each, row-major.
struct FrameBuffers {
    double* curl = nullptr;
    uint8_t* fault = nullptr;
    double* u = nullptr;
    double* v = nullptr;
};

void renderFrame(const FrameFaults& faults, const FieldSettings& settings, Random& noise, const FrameBuffers& out);

}  // namespace faultke::synthetic
