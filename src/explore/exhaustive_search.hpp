// The exhaustive explicit-state search (`--reduction none`): a depth-first search over every
// schedule of a transition system, i.e. every choice of enabled thread and every `choose`
// value at every state, walked with an explicit stack (executions can be thousands of steps
// deep, so there is no recursion per step).
//
// An execution ends when every thread has finished (the system's `atEnd` is asked), when no
// thread is enabled but some has not finished (a deadlock), or when a step ends it (a
// violation with `endsExecution`, `executionEnded`, or a bound `cut`). Exploration goes on
// past violations. Each property instance is kept once, with the counterexample of fewest
// preemptions, then fewest steps. A preemption is a step by another thread than the previous
// step's while the previous step's thread is still enabled: preemption counting and the
// preemption bound follow Musuvathi and Qadeer, "Iterative context bounding for systematic
// testing of multithreaded programs", PLDI 2007. Schedules beyond the bound are not explored
// and count as a cut (BoundKind::Preemptions).
//
// With the state cache on, a state reached again with no lower cost is pruned (see
// visited_states.hpp); with it off, every execution is walked to its end, so
// stats.executions is the exact number of maximal schedules.
//
// Dynamic partial-order reduction (Flanagan and Godefroid, POPL 2005; Abdulla, Aronis,
// Jonsson and Sagonas, POPL 2014) comes next; this search stays as its oracle.
//
// `System` is any transition system with the interface of Semantics (model/semantics.hpp):
// initial, enabledThreads, allFinished, choiceCount, replayStep (a successor with choice, state
// and outcome),
// deadlock, atEnd and bounds; its states need `hash()` and `==`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "explore/counterexample_set.hpp"
#include "explore/explorer.hpp"
#include "explore/path_cost.hpp"
#include "explore/progress_throttle.hpp"
#include "explore/search_budget.hpp"
#include "explore/step_records.hpp"
#include "explore/visited_states.hpp"
#include "support/background_release.hpp"

namespace initcheck {

template <class System>
class ExhaustiveSearch {
  using State = std::decay_t<decltype(std::declval<const System&>().initial())>;
  using Successor = decltype(std::declval<const System&>().replayStep(std::declval<const State&>(),
                                                                      ThreadId{}, std::uint32_t{}));

 public:
  ExhaustiveSearch(const System& system, const ExploreOptions& options)
      : system_(system),
        options_(options),
        preemptionBound_(system.bounds().preemptions),
        budget_(options),
        progress_(static_cast<bool>(options.progress)) {}

  ExplorationResult run() {
    if (recordStart()) {
      ++result_.stats.executions;
      return finish();
    }
    enter(system_.initial(), std::nullopt, PathCost{});
    while (!stack_.empty() && !budget_.stopsSearch(result_.stats.transitions, result_)) {
      advance();
      if (progress_.due())
        reportProgress();
    }
    return finish();
  }

 private:
  // A state on the current path, with the moves from it not yet explored.
  struct Frame {
    Frame(State s, std::optional<ThreadId> p, PathCost c, std::vector<ThreadId> e)
        : state(std::move(s)), previous(p), cost(c), enabled(std::move(e)) {}

    State state;
    std::optional<ThreadId> previous;  // the thread of the step into this state
    PathCost cost;                     // of the path to this state
    std::vector<ThreadId> enabled;
    std::size_t nextThread = 0;  // index into `enabled` of the next thread to schedule
    // The successors of `current` are made one at a time: choices nextChoice..choices-1 are
    // still to take (a `choose` over a million values is a million moves, not one).
    std::uint32_t choices = 0;
    std::uint32_t nextChoice = 0;
    ThreadId current = 0;
    std::uint32_t currentPreemptions = 0;  // preemptions after a step of `current`
  };

  // One move of the search: take the next successor, schedule the next thread, or backtrack.
  void advance() {
    Frame& top = stack_.back();
    if (top.nextChoice < top.choices) {
      takeStep(top);
    } else if (top.nextThread < top.enabled.size()) {
      schedule(top, top.enabled[top.nextThread++]);
    } else {
      stack_.pop_back();
      if (!path_.empty())
        path_.pop_back();
    }
  }

  void schedule(Frame& top, ThreadId thread) {
    std::uint32_t preemptions = top.cost.preemptions + (isPreemption(top, thread) ? 1 : 0);
    if (preemptionBound_ && preemptions > *preemptionBound_) {
      result_.boundsHit.insert(BoundKind::Preemptions);
      return;
    }
    top.choices = system_.choiceCount(top.state, thread);
    top.nextChoice = 0;
    top.current = thread;
    top.currentPreemptions = preemptions;
  }

  static bool isPreemption(const Frame& frame, ThreadId thread) {
    if (!frame.previous || *frame.previous == thread)
      return false;
    return std::find(frame.enabled.begin(), frame.enabled.end(), *frame.previous) !=
           frame.enabled.end();
  }

  void takeStep(Frame& top) {
    ThreadId thread = top.current;
    Successor successor = system_.replayStep(top.state, thread, top.nextChoice++);
    PathCost cost = top.cost.then(top.currentPreemptions, successor.outcome);
    path_.push_back(ScheduleStep{thread, successor.choice});
    ++result_.stats.transitions;
    deepestSteps_ = std::max(deepestSteps_, cost.steps);
    if (recordStep(successor.outcome, cost)) {
      endExecution();
      return;
    }
    enter(std::move(successor.state), thread, cost);  // may invalidate `top`
  }

  // Records what starting the program found (a runtime error in a global initializer); true
  // when that ends the one execution there is.
  bool recordStart() {
    if constexpr (requires { system_.initialOutcome(); }) {
      return recordStep(system_.initialOutcome(), PathCost{});
    }
    return false;
  }

  bool recordStep(const StepOutcome& outcome, PathCost cost) {
    return recordStepOutcome(outcome, path_, cost, found_, result_.boundsHit);
  }

  // Arrives at a state (the path already leads to it): prune, end the execution, or push it.
  void enter(State state, std::optional<ThreadId> previous, PathCost cost) {
    ++statesEntered_;
    if (options_.stateCache && !visited_.visit(state, previous, cost)) {
      if (!path_.empty())
        path_.pop_back();
      return;
    }
    std::vector<ThreadId> enabled = system_.enabledThreads(state);
    if (enabled.empty()) {
      recordFinalState(system_, state, path_, cost, found_);
      endExecution();
      return;
    }
    stack_.emplace_back(std::move(state), previous, cost, std::move(enabled));
  }

  void endExecution() {
    ++result_.stats.executions;
    if (!path_.empty())
      path_.pop_back();
  }

  std::uint64_t statesSoFar() const {
    return options_.stateCache ? visited_.size() : statesEntered_;
  }

  void reportProgress() {
    SearchProgress progress =
        searchProgress(result_.stats, statesSoFar(), budget_.elapsedSeconds(), deepestSteps_);
    progress.preemptionBound = preemptionBound_;
    options_.progress(progress);
  }

  ExplorationResult finish() {
    result_.counterexamples = found_.sorted();
    result_.stats.states = statesSoFar();
    result_.stats.seconds = budget_.elapsedSeconds();
    return std::move(result_);
  }

  const System& system_;
  ExploreOptions options_;
  std::optional<std::int64_t> preemptionBound_;
  SearchBudget budget_;
  ProgressThrottle progress_;
  std::uint64_t deepestSteps_ = 0;  // the longest path so far (for the progress report)
  std::vector<Frame> stack_;
  std::vector<ScheduleStep> path_;  // the schedule to the top of the stack (or to a step)
  CounterexampleSet found_;
  VisitedStates<State> visited_;
  std::uint64_t statesEntered_ = 0;
  ExplorationResult result_;
};

// Explores every schedule of `system` (see the top of this file).
template <class System>
ExplorationResult exploreSystem(const System& system, const ExploreOptions& options) {
  auto search = std::make_shared<ExhaustiveSearch<System>>(system, options);
  ExplorationResult result = search->run();
  releaseInBackground(std::move(search));  // its visited states can be hundreds of MB
  return result;
}

}  // namespace initcheck
