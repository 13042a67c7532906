#pragma once
// What a path names: its kind by extension, as every reader of FaultKE decides it, and whether
// an output would overwrite one of the inputs.
#include <string>
#include <vector>

namespace faultke {

// The extension with its dot, in lower case: "map.PNG" -> ".png"; "" when there is none.
std::string lowerExtension(const std::string& path);

// True when a and b name the same file (the same inode when both exist, else the same normalised
// absolute path).
bool sameFile(const std::string& a, const std::string& b);

// Throws Error(output, "is also an input: ...") when `output` names one of `inputs`: an output
// never overwrites what the command reads. An existing folder is refused too ("is a folder").
// Checked before any work is done.
void refuseOutputOverInput(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace faultke
