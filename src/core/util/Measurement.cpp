#include "core/util/Measurement.h"

#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

extern char** environ;

namespace faultke {

double Figure::median() const {
    if (values.empty()) return 0;
    std::vector<double> v = values;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double Figure::min() const { return values.empty() ? 0 : *std::min_element(values.begin(), values.end()); }
double Figure::max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }

namespace {
// Three significant digits, without exponents for the sizes a benchmark sees.
std::string number(double x) {
    char buf[64];
    const double a = x < 0 ? -x : x;
    std::snprintf(buf, sizeof buf, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g", x);
    return buf;
}
}  // namespace

std::string Figure::summary() const {
    std::string s = number(median()) + " " + unit;
    if (values.size() > 1)
        s += " (" + number(min()) + " - " + number(max()) + ", " + std::to_string(values.size()) + " runs)";
    return s;
}

namespace {
// A "Vm...:   1234 kB" line of /proc/self/status, in MB.
double statusMegabytes(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0) return std::stod(line.substr(key.size() + 1)) / 1024.0;
    return 0;
}
}  // namespace

std::string machineSummary() {
    std::string model = "unknown CPU";
    std::ifstream cpu("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpu, line))
        if (line.rfind("model name", 0) == 0 && line.find(':') != std::string::npos) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    const unsigned cores = std::thread::hardware_concurrency();
    double memoryGb = 0;
    std::ifstream mem("/proc/meminfo");
    while (std::getline(mem, line))
        if (line.rfind("MemTotal:", 0) == 0) memoryGb = std::stod(line.substr(9)) / 1024.0 / 1024.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, ", %u cores, %.0f GB", cores, memoryGb);
    return model + buf;
}

double residentMegabytes() { return statusMegabytes("VmRSS"); }
double peakResidentMegabytes() { return statusMegabytes("VmHWM"); }

double heapInUseMegabytes() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = ::mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

ChildRun runChild(const std::string& program, const std::vector<std::string>& arguments, bool quiet) {
    ChildRun run;
    // The child reports its own peak (VmHWM of its own address space, after exec): the kernel's
    // figure for a child (wait4's ru_maxrss) includes the parent's size at fork.
    char peakFile[] = "/tmp/faultke-peak-XXXXXX";
    const int peakFd = ::mkstemp(peakFile);
    if (peakFd < 0) return run;
    ::close(peakFd);
    std::vector<std::string> environment{std::string(kPeakMemoryFileVariable) + "=" + peakFile};
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, kPeakMemoryFileVariable, std::strlen(kPeakMemoryFileVariable)) != 0)
            environment.emplace_back(*e);
    std::vector<char*> argv{const_cast<char*>(program.c_str())}, envp;
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    for (std::string& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet) {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    }
    const Stopwatch watch;
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned == 0) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        run.seconds = watch.seconds();
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::ifstream in(peakFile);
        in >> run.peakMegabytes;
    }
    ::unlink(peakFile);
    return run;
}

void reportPeakMemoryAtExit() {
    static const char* file = std::getenv(kPeakMemoryFileVariable);
    if (!file || !*file) return;
    std::atexit([] {
        std::ofstream out(file);
        out << peakResidentMegabytes() << "\n";
    });
}

}  // namespace faultke
