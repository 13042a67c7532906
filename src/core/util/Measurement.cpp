#include "core/util/Measurement.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

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

ChildRun runChild(const std::string& program, const std::vector<std::string>& arguments, bool quiet) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ChildRun run;
    const Stopwatch watch;
    const pid_t pid = ::fork();
    if (pid < 0) return run;
    if (pid == 0) {
        if (quiet) {
            const int null = ::open("/dev/null", O_WRONLY);
            if (null >= 0) {
                ::dup2(null, 1);
                ::dup2(null, 2);
            }
        }
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = watch.seconds();
    run.peakMegabytes = double(usage.ru_maxrss) / 1024.0;  // kB on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace faultke
