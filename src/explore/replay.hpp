// Replays a counterexample's schedule through the step semantics (`tracedStep`) from the
// initial state, collecting every TraceEvent (those of starting the declared threads first,
// when the system has `initialOutcome()`), and confirms that the replay reproduces the
// violation: the last step reports the same instance (kind and key), or the state it ends in
// is a deadlock or a finished state whose `atEnd` does. A schedule that does not reproduce
// its violation is an internal error of initcheck, returned as such and never as a trace.
// (CaDiCaL-style self-checking: every engine's answer goes through here before a report.)
#pragma once

#include <algorithm>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "explore/explorer.hpp"
#include "explore/step_records.hpp"

namespace initcheck {

struct ReplayResult {
  std::vector<TraceEvent> events;            // the whole trace, step after step
  std::optional<std::string> internalError;  // set when the violation was not reproduced

  bool reproduced() const { return !internalError.has_value(); }
};

namespace replay_detail {

inline bool containsInstance(const std::vector<Violation>& list, const Violation& expected) {
  return std::any_of(list.begin(), list.end(),
                     [&](const Violation& v) { return v.sameInstance(expected); });
}

inline std::string describe(const Violation& violation) {
  return std::string(propertyName(violation.kind)) + " '" + violation.instanceKey + "'";
}

// Whether the state the schedule ends in shows the violation: a deadlock, or atEnd.
template <class System, class State>
bool reproducedAtEnd(const System& system, const State& state, const Violation& expected) {
  if (!system.enabledThreads(state).empty())
    return false;
  return containsInstance(finalStateViolations(system, state), expected);
}

template <class System>
ReplayResult replayUnchecked(const System& system, const std::vector<ScheduleStep>& schedule,
                             const Violation& expected) {
  ReplayResult result;
  std::vector<Violation> lastViolations;
  if constexpr (requires { system.initialOutcome(); }) {
    const auto& start = system.initialOutcome();  // starting the program and its threads
    result.events.insert(result.events.end(), start.events.begin(), start.events.end());
    lastViolations = start.violations;  // a runtime error in a global initializer
  }
  auto state = system.initial();
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    const ScheduleStep& step = schedule[i];
    std::vector<ThreadId> enabled = system.enabledThreads(state);
    if (std::find(enabled.begin(), enabled.end(), step.thread) == enabled.end()) {
      result.internalError = "replay of " + describe(expected) + ": step " + std::to_string(i + 1) +
                             " schedules thread " + std::to_string(step.thread) +
                             ", which is not enabled";
      return result;
    }
    auto successor = system.tracedStep(state, step.thread, step.choice);
    result.events.insert(result.events.end(), successor.outcome.events.begin(),
                         successor.outcome.events.end());
    lastViolations = std::move(successor.outcome.violations);
    state = std::move(successor.state);
  }
  bool atLastStep = containsInstance(lastViolations, expected);
  if (!atLastStep && !reproducedAtEnd(system, state, expected)) {
    result.internalError = "replay of " + describe(expected) + " (" +
                           std::to_string(schedule.size()) +
                           " steps) does not reproduce the violation";
  }
  return result;
}

}  // namespace replay_detail

template <class System>
ReplayResult replaySchedule(const System& system, const std::vector<ScheduleStep>& schedule,
                            const Violation& expected) {
  try {
    return replay_detail::replayUnchecked(system, schedule, expected);
  } catch (const std::exception& error) {
    ReplayResult result;
    result.internalError =
        "replay of " + replay_detail::describe(expected) + " failed: " + error.what();
    return result;
  }
}

// The counterexample's schedule replayed through the real semantics.
ReplayResult replayCounterexample(const Semantics& semantics, const Counterexample& example);

}  // namespace initcheck
