// The counterexamples a search has found: one per violated property instance
// (Violation::sameInstance), the cheapest by PathCost, listed in a deterministic order.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "explore/explorer.hpp"
#include "explore/path_cost.hpp"

namespace initcheck {

class CounterexampleSet {
 public:
  // Keeps the counterexample when its instance is new or it is cheaper than the one kept.
  void offer(const Violation& violation, const std::vector<ScheduleStep>& schedule, PathCost cost);

  // Sorted by (kind order of PropertyKind, position, instanceKey).
  std::vector<Counterexample> sorted() const;

  std::size_t size() const { return kept_.size(); }

 private:
  struct Kept {
    Counterexample counterexample;
    PathCost cost;
  };
  std::map<std::pair<PropertyKind, std::string>, Kept> kept_;
};

}  // namespace initcheck
