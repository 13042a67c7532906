#pragma once
// Writes that never leave a half-written file behind: the content goes to a temporary file in
// the destination's folder, which is renamed over the destination only when complete.
#include <functional>
#include <string>

namespace faultke {

// Calls write(temporaryPath), then renames the temporary file to path. If write throws, the
// temporary file is removed, the destination is untouched and the exception propagates.
void writeAtomically(const std::string& path, const std::function<void(const std::string& temporaryPath)>& write);

// Convenience: atomically replaces path with the given bytes.
void writeTextAtomically(const std::string& path, const std::string& content);

}  // namespace faultke
