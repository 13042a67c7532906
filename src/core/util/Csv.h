#pragma once
// CSV fields as RFC 4180 writes them, shared by every CSV FaultKE writes.
#include <string>
#include <vector>

namespace faultke {

// Quotes a field holding a comma, a quote or a line break.
std::string csvField(const std::string& text);
// A number with enough digits to read back the same double ("%.9g" is enough for KE).
std::string csvNumber(double value);
// One record of fields, each quoted as needed, and its line break.
std::string csvRecord(const std::vector<std::string>& fields);
// The fields of one line as csvField wrote them (a quoted field may hold commas and quotes).
std::vector<std::string> csvFields(const std::string& line);

}  // namespace faultke
