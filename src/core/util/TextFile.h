#pragma once
// A whole file as a string (small text files: JSON, CSV, logs).
#include <string>

namespace faultke {

// Throws Error naming the file when it cannot be opened.
std::string readTextFile(const std::string& path);

}  // namespace faultke
