#include "core/util/FileName.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/util/Error.h"

namespace faultke {

std::string lowerExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

bool sameFile(const std::string& a, const std::string& b) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) {
        const bool same = fs::equivalent(a, b, ec);
        if (!ec) return same;
    }
    const fs::path left = fs::weakly_canonical(fs::absolute(a, ec), ec);
    const fs::path right = fs::weakly_canonical(fs::absolute(b, ec), ec);
    return left.lexically_normal() == right.lexically_normal();
}

void refuseOutputOverInput(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty()) return;
    if (std::filesystem::is_directory(output)) throw Error(output, "is a folder; name a file to write");
    for (const std::string& input : inputs)
        if (!input.empty() && sameFile(output, input))
            throw Error(output, "is also an input (" + input +
                                    "): writing it would destroy what is read; choose "
                                    "another output");
}

}  // namespace faultke
