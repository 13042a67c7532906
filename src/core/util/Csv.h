#pragma once
// CSV fields as RFC 4180 writes them, shared by every CSV FaultKE writes.
#include <string>

namespace faultke {

// Quotes a field holding a comma, a quote or a line break.
std::string csvField(const std::string& text);
// A number with enough digits to read back the same double ("%.9g" is enough for KE).
std::string csvNumber(double value);

}  // namespace faultke
