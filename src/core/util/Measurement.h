#pragma once
// What a benchmark reports: a figure measured several times, summarised by its median and
// spread; and the process's resident memory, now and at its peak (Linux /proc).
#include <chrono>
#include <string>
#include <vector>

namespace faultke {

struct Figure {
    std::string name;            // "prepare: one experiment"
    std::string unit;            // "s", "MB", "samples/s", ...
    std::vector<double> values;  // one per repeat
    std::string note;            // what was measured, in a few words

    double median() const;
    double min() const;
    double max() const;
    // "0.712 s (0.70 - 0.73, 5 runs)": the line a benchmark prints.
    std::string summary() const;
};

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

private:
    std::chrono::steady_clock::time_point start_;
};

// "Intel Xeon ... , 2 cores, 24 GB": the machine a figure was measured on.
std::string machineSummary();

// Resident set size of this process in MB (MiB), now and at its peak; 0 where /proc cannot tell.
double residentMegabytes();
double peakResidentMegabytes();
// The bytes the allocator has handed out and not taken back (glibc's mallinfo2, in MB): unlike the
// resident size, it grows by what a step allocates even where freed memory is reused.
double heapInUseMegabytes();

// A program run as a child process: its wall time and peak resident memory (as `time -v` shows
// them), and its exit code (-1 when it could not start or was killed).
struct ChildRun {
    double seconds = 0, peakMegabytes = 0;
    int exitCode = -1;
};
ChildRun runChild(const std::string& program, const std::vector<std::string>& arguments, bool quiet = true);

// A program that runChild measures calls this at its start: when the variable below names a
// file, the program writes its peak resident memory (MB) there as it exits.
constexpr const char* kPeakMemoryFileVariable = "FAULTKE_PEAK_MEMORY_FILE";
void reportPeakMemoryAtExit();

}  // namespace faultke
