#include "cli/model/ReferencePeer.h"

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace faultke::cli {

namespace {

// Runs a shell command; its standard output, and whether it exited with 0.
bool capture(const std::string& command, std::string& out) {
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return false;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    return ::pclose(pipe) == 0;
}

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace

ReferenceRun runReferencePeer(const std::string& script, const std::string& mode, int samples, int epochs, int batch,
                              int threads) {
    ReferenceRun run;
    if (!std::filesystem::exists(script)) {
        run.why = "no peer script at " + script;
        return run;
    }
    std::string probe;
    if (!capture("python3 -c 'import torch, numpy' 2>/dev/null && echo ok", probe) ||
        probe.find("ok") == std::string::npos) {
        run.why = "python3 has no torch (or numpy) here";
        return run;
    }
    std::string out;
    const std::string command = "python3 " + quoted(script) + " --mode " + quoted(mode) + " --samples " +
                                std::to_string(samples) + " --epochs " + std::to_string(epochs) + " --batch " +
                                std::to_string(batch) + " --threads " + std::to_string(threads) + " 2>&1";
    if (!capture(command, out)) {
        run.why = "the peer failed: " + out.substr(0, 200);
        return run;
    }
    // "mode samples epochs seconds_per_epoch samples_per_second", the last line it prints.
    std::istringstream lines(out);
    std::string line, last;
    while (std::getline(lines, line))
        if (!line.empty()) last = line;
    std::istringstream fields(last);
    std::string printedMode;
    int n = 0, e = 0;
    if (!(fields >> printedMode >> n >> e >> run.secondsPerEpoch >> run.samplesPerSecond)) {
        run.why = "cannot read the peer's output: " + last;
        return run;
    }
    run.ran = true;
    return run;
}

}  // namespace faultke::cli
