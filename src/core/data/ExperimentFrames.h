#pragma once
// The frames of an experiment file, read one after another. In a MAT v5 file each of the four
// variables is a stream of its own: four threads inflate them side by side, a few frames ahead of
// the reader, so an experiment of any length passes through a few megabytes and reading uses every
// core. Other formats (v7.3) are read whole, one variable at a time, and handed out frame by frame.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/Experiment.h"

namespace faultke {

struct ExperimentFrame {
    int index = 0;
    std::vector<double> curl;    // rows x cols, row-major
    std::vector<uint8_t> fault;  // rows x cols, row-major: kFaultEmpty, kFaultTrace or kFaultInvalid
    std::vector<double> u, v;    // rows x cols, row-major; empty unless displacements are kept
    double velTot = 0;           // the frame's plate velocity (NaN when not finite)
};

class ExperimentFrames {
public:
    // Validates the file as Experiment::inspect does and starts reading. Without
    // `keepDisplacements` only the edge rows of u and v are kept, for vel_tot.
    ExperimentFrames(const std::string& path, const VariableNames& names, bool keepDisplacements);
    ~ExperimentFrames();
    ExperimentFrames(const ExperimentFrames&) = delete;
    ExperimentFrames& operator=(const ExperimentFrames&) = delete;

    const ExperimentInfo& info() const { return info_; }

    // The next frame into `frame` (its buffers are reused); false after the last frame, once
    // every variable has been read to its end and its checksum checked. Throws Error naming the
    // file and the variable for damaged data.
    bool next(ExperimentFrame& frame);

    // Remarks on the fault map's values (non-binary, NaN), complete once next() returned false.
    std::vector<std::string> warnings() const;

private:
    struct Channel;
    void waitFor(Channel& channel, size_t produced);

    ExperimentInfo info_;
    VariableNames names_;
    bool keepDisplacements_ = false;
    std::vector<std::unique_ptr<Channel>> channels_;  // curl, fault, u, v
    int next_ = 0;
};

}  // namespace faultke
