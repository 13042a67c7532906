#pragma once
// The one exception type of the core: every failure a user can cause (a bad file, a bad
// setting) is reported as an Error whose message names the file and the problem.
#include <stdexcept>
#include <string>

namespace faultke {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
    // "FILE: PROBLEM", the form every message about a file takes.
    Error(const std::string& file, const std::string& problem)
        : std::runtime_error(file + ": " + problem), file_(file) {}
    const std::string& file() const { return file_; }
    // The problem without the file name in front ("the whole message" for an Error without one).
    std::string problem() const {
        const std::string text = what(), prefix = file_ + ": ";
        return !file_.empty() && text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
    }

private:
    std::string file_;
};

// Thrown when a long operation stops because its caller asked it to.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace faultke
