// The cost of reaching a point of an execution, by which counterexamples and cached states
// are ranked: fewest preemptions first, then fewest steps (lexicographic order).
#pragma once

#include <compare>
#include <cstdint>

namespace initcheck {

struct PathCost {
  std::uint32_t preemptions = 0;
  std::uint64_t steps = 0;

  auto operator<=>(const PathCost&) const = default;
};

}  // namespace initcheck
