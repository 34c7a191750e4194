// Suggests the closest known name for a misspelt one, by edit distance (as ninja does).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace initcheck {

std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `name`, if it is close enough to be a likely typo:
// at most one edit for short names, up to a third of the name's length for longer ones.
std::optional<std::string> closestName(std::string_view name,
                                       const std::vector<std::string>& candidates);

}  // namespace initcheck
