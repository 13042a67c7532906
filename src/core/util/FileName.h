#pragma once
// What kind of file a path names, by its extension, as every reader of FaultKE decides it.
#include <string>

namespace faultke {

// The extension with its dot, in lower case: "map.PNG" -> ".png"; "" when there is none.
std::string lowerExtension(const std::string& path);

}  // namespace faultke
