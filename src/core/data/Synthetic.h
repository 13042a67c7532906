#pragma once
// A generator of synthetic wet-kaolin strike-slip experiments: FaultKE's sample data, test data
// and benchmark data. Faults evolve as in the clay box (distributed shear, echelon segments,
// linking, one through-going trace); displacement and curl are consistent with the slip, so a
// window's true KE follows from its fault geometry.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/Experiment.h"
#include "core/io/MatFile.h"

namespace faultke {

struct Progress;

enum class BoundaryCondition { EB, PP };  // elastic-band (distributed) or plate-parallel (localized) base

struct SyntheticSpec {
    std::string name = "EB_025_1";
    int rows = 135;
    int cols = 313;
    int frames = 228;
    BoundaryCondition boundary = BoundaryCondition::EB;
    int loadingRate = 25;  // as in the experiment names: 25, 50, 100, 150
    uint64_t seed = 1;
    double dx = 1.14;  // mm per pixel
    // How the fault map is drawn: false keeps the published set's look (a trace about 2.6 px wide
    // in the middle rows); true draws each experiment's own trace width (1-5 px), zone position
    // (within about 10 rows of the middle row), roughness, mapping gaps, spurious bits and
    // secondary strands, none of which changes the kinematics (SyntheticFaults.h).
    bool variedDrawing = false;
};

// The experiment in memory (all four channels).
Experiment generateExperiment(const SyntheticSpec& spec, const Progress* progress = nullptr);

// Writes the four variables (curl_map, altBW_filt, store_u, store_v; rows x cols x frames in
// MATLAB order) to a .mat file atomically.
void writeExperiment(const Experiment& exp, const std::string& path, MatVersion version = MatVersion::V5Compressed,
                     const VariableNames& names = {});

// The published set's naming: N specs cycling EB/PP and 25/50/100/150 with repeat numbers,
// seeds derived from `seed`. Used by `faultke-cli synth` and the sample project.
std::vector<SyntheticSpec> syntheticSeries(int experiments, int frames, uint64_t seed, bool variedDrawing = false);

}  // namespace faultke
