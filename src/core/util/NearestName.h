#pragma once
// The known name closest to a misspelt one ("learnin_rate" -> "learning_rate"), for refusals that
// say what was probably meant.
#include <string>
#include <vector>

namespace faultke {

// The name of `known` fewest single-character edits away from `word`, when it is close enough to
// be a likely misspelling (at most 2 edits, or a third of the word); empty otherwise.
std::string nearestName(const std::string& word, const std::vector<std::string>& known);

}  // namespace faultke
