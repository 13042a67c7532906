#pragma once
// What the harnesses share: the input as a file (most readers take a path), and the one answer
// a reader may give to bad bytes besides reading them, a faultke::Error.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/util/Error.h"

namespace faultke::fuzz {

// A file holding the input, removed when this goes; `extension` for readers that look at it.
class InputFile {
public:
    InputFile(const uint8_t* data, size_t size, const std::string& extension) {
        path_ = "/tmp/faultke-fuzz-" + std::to_string(::getpid()) + extension;
        if (FILE* f = std::fopen(path_.c_str(), "wb")) {
            if (size > 0) std::fwrite(data, 1, size, f);
            std::fclose(f);
        }
    }
    ~InputFile() { std::remove(path_.c_str()); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Runs f; a faultke::Error is a fine answer (its message must name something), anything else
// escapes to libFuzzer as a finding. FAULTKE_FUZZ_VERBOSE=1 prints each answer (to check seeds).
template <typename F>
void expectReadOrError(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        if (std::string(e.what()).empty()) __builtin_trap();
        if (std::getenv("FAULTKE_FUZZ_VERBOSE")) std::fprintf(stderr, "answer: %s\n", e.what());
        return;
    }
    if (std::getenv("FAULTKE_FUZZ_VERBOSE")) std::fprintf(stderr, "answer: read\n");
}

}  // namespace faultke::fuzz
