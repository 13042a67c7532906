#include "cli/Terminal.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>

#include <csignal>

#include <unistd.h>

namespace faultke::cli {

namespace {

std::atomic<bool> interrupted{false};

void askToStop(int) {
    interrupted = true;
    std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the program at once
}

// "1:05" or "1:02:05".
std::string duration(double seconds) {
    const long total = static_cast<long>(seconds + 0.5);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

}  // namespace

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

TerminalProgress::TerminalProgress(std::string label) : label_(std::move(label)), active_(stderrIsTerminal()) {
    progress_.warn = [this](const std::string& w) {
        if (drawn_) std::fputs("\r\033[K", stderr);
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    };
    if (!active_) return;
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    const auto start = std::chrono::steady_clock::now();
    progress_.report = [this, last, start](double f, const std::string& message) {
        const auto now = std::chrono::steady_clock::now();
        if (f < 1.0 && now - *last < std::chrono::milliseconds(100)) return;  // keep the terminal calm
        *last = now;
        // The time left at the pace so far, once there is a pace to go by.
        const double elapsed = std::chrono::duration<double>(now - start).count();
        const std::string eta = f > 0.01 && f < 1.0 && elapsed > 2 ? " ETA " + duration(elapsed * (1 - f) / f) : "";
        const int width = 30;
        const int filled = static_cast<int>(f * width + 0.5);
        std::string bar(static_cast<size_t>(filled), '#');
        bar.resize(width, '.');
        std::fprintf(stderr, "\r\033[K%s [%s] %3d%%%s %s", label_.c_str(), bar.c_str(), static_cast<int>(f * 100 + 0.5),
                     eta.c_str(), message.c_str());
        std::fflush(stderr);
        drawn_ = true;
    };
}

TerminalProgress::~TerminalProgress() {
    finish();
    if (interruptible_) std::signal(SIGINT, SIG_DFL);
}

void TerminalProgress::cancelOnInterrupt() {
    interrupted = false;
    interruptible_ = true;
    progress_.cancel = &interrupted;
    std::signal(SIGINT, askToStop);
}

void TerminalProgress::finish() {
    if (drawn_) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        drawn_ = false;
    }
}

}  // namespace faultke::cli
