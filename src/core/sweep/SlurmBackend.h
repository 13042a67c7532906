#pragma once
// A sweep on a SLURM cluster: one array job whose task i trains run i (`faultke-cli sweep task
// SWEEP i`), submitted with sbatch from a login node, the project on the shared filesystem.
// SLURM schedules; FaultKE only writes the script, submits it and reads the queue.
#include <map>
#include <string>
#include <vector>

#include "core/sweep/SweepSpec.h"
#include "core/sweep/SweepState.h"

namespace faultke {

// "0-3,5,7-9%4": the array indices, ranges folded, with the concurrency limit when > 0.
std::string slurmArraySpec(const std::vector<int>& indices, int maxConcurrent);

// The sbatch script for these runs of the sweep.
std::string slurmArrayScript(const SweepSpec& spec, const std::string& sweepDir, const std::vector<int>& indices,
                             const std::string& program);

struct SlurmSubmission {
    std::string script;  // as written to SWEEP/slurm.sbatch
    std::string jobId;   // empty for a dry run
    std::vector<int> indices;
};

// Writes the script for every unfinished run and, unless dryRun, submits it with sbatch and records
// the job in SWEEP/slurm.json. Throws Error with sbatch's own words when it refuses, or when
// every run has finished (indices empty: nothing submitted).
SlurmSubmission submitSweepToSlurm(const std::string& sweepDir, const std::string& program, bool dryRun);

// The sweep's array tasks as SLURM sees them, for every job in slurm.json: squeue for those it
// holds, sacct (where the cluster keeps accounts) for how the others ended. Not answered when
// the sweep was never submitted or squeue is not there.
SlurmQueue slurmQueue(const std::string& sweepDir);

// The jobs submitted for the sweep, oldest first.
std::vector<std::string> slurmJobIds(const std::string& sweepDir);

}  // namespace faultke
