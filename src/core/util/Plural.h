#pragma once
// "1 epoch", "5 epochs": counts in messages read as English does.
#include <string>

namespace faultke {

// plural defaults to singular + "s".
inline std::string countOf(long long n, const std::string& singular, const std::string& plural = {}) {
    return std::to_string(n) + " " + (n == 1 ? singular : (plural.empty() ? singular + "s" : plural));
}

}  // namespace faultke
