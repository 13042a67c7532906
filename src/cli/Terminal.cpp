#include "cli/Terminal.h"

#include <chrono>
#include <cstdio>
#include <memory>

#include <unistd.h>

namespace faultke::cli {

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

TerminalProgress::TerminalProgress(std::string label) : label_(std::move(label)), active_(stderrIsTerminal()) {
    progress_.warn = [this](const std::string& w) {
        if (drawn_) std::fputs("\r\033[K", stderr);
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    };
    if (!active_) return;
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    progress_.report = [this, last](double f, const std::string& message) {
        const auto now = std::chrono::steady_clock::now();
        if (f < 1.0 && now - *last < std::chrono::milliseconds(100)) return;  // keep the terminal calm
        *last = now;
        const int width = 30;
        const int filled = static_cast<int>(f * width + 0.5);
        std::string bar(static_cast<size_t>(filled), '#');
        bar.resize(width, '.');
        std::fprintf(stderr, "\r\033[K%s [%s] %3d%% %s", label_.c_str(), bar.c_str(), static_cast<int>(f * 100 + 0.5),
                     message.c_str());
        std::fflush(stderr);
        drawn_ = true;
    };
}

TerminalProgress::~TerminalProgress() { finish(); }

void TerminalProgress::finish() {
    if (drawn_) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        drawn_ = false;
    }
}

}  // namespace faultke::cli
