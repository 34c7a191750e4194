// The state cache of the explicit search: every state seen, with the cheapest PathCost it
// was reached with, per "previous thread" (the thread of the step into it). The previous
// thread is part of the key because it decides whether the next step is a preemption: two
// visits with the same state and previous thread have the same futures at the same extra
// cost, so a revisit that is not cheaper can be pruned. Pruning is sound for the properties
// because a State holds all race and happens-before metadata (model/semantics.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

#include "explore/path_cost.hpp"
#include "runtime/trace_event.hpp"

namespace initcheck {

// Hashes any state type with a `hash()` member (Semantics' State, the tests' mock states).
struct MemberHash {
  template <class T>
  std::size_t operator()(const T& value) const {
    return value.hash();
  }
};

template <class State>
class VisitedStates {
 public:
  // Records a visit. False when an earlier visit with the same previous thread was at least
  // as cheap: the caller prunes. True for a new state or a cheaper way to it (re-explore).
  bool visit(const State& state, std::optional<ThreadId> previous, PathCost cost) {
    std::vector<Entry>& entries = table_[state];
    for (Entry& entry : entries) {
      if (entry.previous != previous)
        continue;
      if (entry.cost <= cost)
        return false;
      entry.cost = cost;
      return true;
    }
    entries.push_back(Entry{previous, cost});
    return true;
  }

  // Distinct states seen (whatever the previous thread).
  std::size_t size() const { return table_.size(); }

 private:
  struct Entry {
    std::optional<ThreadId> previous;
    PathCost cost;
  };
  std::unordered_map<State, std::vector<Entry>, MemberHash> table_;
};

}  // namespace initcheck
