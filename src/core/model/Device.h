#pragma once
// Where the network runs, chosen as auto|cpu|cuda, described in plain types so the CLI and the
// GUI can show it without including torch.
#include <string>

namespace faultke {

enum class DeviceChoice { Auto, Cpu, Cuda };
// "auto", "cpu", "cuda"; throws Error on anything else.
DeviceChoice parseDeviceChoice(const std::string& text);
const char* deviceChoiceName(DeviceChoice c);

struct DeviceInfo {
    bool cuda = false;   // true when the resolved device is a CUDA GPU
    int cpuThreads = 1;  // libtorch intra-op threads in use
    std::string name;    // "CPU (2 threads)" or the GPU's name
};

// libtorch starts with one thread here: use every hardware thread (or FAULTKE_THREADS).
// Idempotent; called by everything that runs the network.
void configureCompute();

// Overrides the thread count (after configureCompute); for benchmarks and `--threads`.
void setComputeThreads(int threads);
int computeThreads();

bool cudaAvailable();
// CUDA GPUs libtorch sees (0 without CUDA).
int cudaDeviceCount();

// Resolves a choice (Auto takes CUDA when libtorch has it). Throws Error when CUDA is asked for
// and absent.
DeviceInfo resolveDevice(DeviceChoice choice);

}  // namespace faultke
