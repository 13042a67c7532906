#pragma once
// The plain-PyTorch training peer (ref_train_torch.py), run as a child process for `bench
// --vs-reference`: FaultKE's speed only means something beside it, measured in the same run.
#include <string>

namespace faultke::cli {

struct ReferenceRun {
    bool ran = false;
    std::string why;  // why it did not run (no script, python3 without torch, bad output)
    double secondsPerEpoch = 0, samplesPerSecond = 0;
};

ReferenceRun runReferencePeer(const std::string& script, const std::string& mode, int samples, int epochs, int batch,
                              int threads);

}  // namespace faultke::cli
