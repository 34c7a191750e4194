// The cost of reaching a point of an execution, by which counterexamples and cached states
// are ranked: fewest preemptions first, then fewest steps, then fewest weak steps (under RC11,
// steps that read a write older than the latest or put a write before one already made), in
// lexicographic order.
#pragma once

#include <compare>
#include <cstdint>

#include "runtime/step_outcome.hpp"

namespace initcheck {

struct PathCost {
  std::uint32_t preemptions = 0;
  std::uint64_t steps = 0;
  std::uint64_t weakSteps = 0;

  auto operator<=>(const PathCost&) const = default;

  // The cost after one more step, with `preemptions` in all.
  PathCost then(std::uint32_t preemptionsNow, const StepOutcome& outcome) const {
    bool weak = false;
    for (const TraceEvent& event : outcome.events)
      weak = weak || !event.rc11.notSeen.empty() || !event.rc11.placedBefore.empty();
    return PathCost{preemptionsNow, steps + 1, weakSteps + (weak ? 1 : 0)};
  }
};

}  // namespace initcheck
