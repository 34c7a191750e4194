// What every search records as it walks (the exhaustive search and DPOR alike): the
// violations a step or a final state shows, each offered to the counterexample set with the
// schedule that led there, and the bounds that cut an execution.
#pragma once

#include <set>
#include <vector>

#include "explore/counterexample_set.hpp"
#include "explore/path_cost.hpp"

namespace initcheck {

// Records what a step found; true when the step ends its execution.
inline bool recordStepOutcome(const StepOutcome& outcome, const std::vector<ScheduleStep>& path,
                              PathCost cost, CounterexampleSet& found,
                              std::set<BoundKind>& boundsHit) {
  bool ended = outcome.executionEnded;
  for (const Violation& violation : outcome.violations) {
    found.offer(violation, path, cost);
    ended = ended || violation.endsExecution;
  }
  if (outcome.cut) {
    boundsHit.insert(*outcome.cut);
    ended = true;
  }
  return ended;
}

// A state where no thread can move: finished (its atEnd violations) or deadlocked.
template <class System, class State>
void recordFinalState(const System& system, const State& state,
                      const std::vector<ScheduleStep>& path, PathCost cost,
                      CounterexampleSet& found) {
  if (system.allFinished(state)) {
    for (const Violation& violation : system.atEnd(state))
      found.offer(violation, path, cost);
  } else {
    found.offer(system.deadlock(state), path, cost);
  }
}

}  // namespace initcheck
