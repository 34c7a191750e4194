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
  if (outcome.narrowed)
    boundsHit.insert(*outcome.narrowed);
  return ended;
}

// What a state where no thread can move shows: its atEnd violations when every thread has
// finished, else the deadlock.
template <class System, class State>
std::vector<Violation> finalStateViolations(const System& system, const State& state) {
  if (system.allFinished(state))
    return system.atEnd(state);
  return {system.deadlock(state)};
}

template <class System, class State>
void recordFinalState(const System& system, const State& state,
                      const std::vector<ScheduleStep>& path, PathCost cost,
                      CounterexampleSet& found) {
  for (const Violation& violation : finalStateViolations(system, state))
    found.offer(violation, path, cost);
}

}  // namespace initcheck
