#include "core/util/FileName.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace faultke {

std::string lowerExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

}  // namespace faultke
