// The explicit engine's search: every interleaving of a Semantics within its bounds.
//
// `--reduction none` is the plain exhaustive depth-first search over all schedules, kept
// forever as the oracle that partial-order reduction (next) is tested against. Exploration
// goes on past violations; each violated property instance is kept once, with the
// counterexample of fewest preemptions, then fewest steps (Musuvathi and Qadeer, PLDI 2007).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "explore/search_progress.hpp"
#include "model/semantics.hpp"

namespace initcheck {

// none: every schedule (the oracle). dpor: dynamic partial-order reduction with sleep sets
// (dpor_search.hpp), one execution per Mazurkiewicz trace when the cache is off. optimal: the
// same search reversing each race with a wakeup sequence (optimal DPOR, wakeup_tree.hpp).
enum class Reduction { None, Dpor, Optimal };

struct ExploreOptions {
  Reduction reduction = Reduction::Dpor;
  bool stateCache = true;  // off: every execution is walked to its end (exact counts)
  // With the cache on, the DPOR searches store states by 64-bit fingerprints of their keys
  // (StoredKeys::Fingerprints, explore/state_store.hpp), not the keys: a state may be taken for
  // another.
  bool hashCompaction = false;
  bool symmetry = true;  // cache keys up to renaming of interchangeable threads
  std::optional<double> timeoutSeconds;
  // States arrived at, one per transition, revisits and execution ends included: a bound on
  // the work, which the number of distinct states is not (a search can go on for hours
  // without finding a new one).
  std::optional<std::uint64_t> maxStates;
  std::optional<std::uint64_t> maxMemoryMB;  // resident memory of the whole process
  // Set by another thread to stop the search early (`--engine auto` stops the slower engine);
  // the search then ends as if its time were up.
  const std::atomic<bool>* cancel = nullptr;
  // Called a few times a second while the search runs (search_progress.hpp); unset: never.
  ProgressCallback progress;
  // dpor with the cache on: every this many lookups the cache is asked whether it pays (at
  // least one hit per 10,000 lookups); if not, it steps aside (ExplorationStats).
  std::uint64_t cacheReviewInterval = std::uint64_t{1} << 20;
  // dpor with the cache on: after this many lookups, a cache with fewer than one hit per 8 of
  // them is looked up one path depth in 4 from then on (DporSearch::kSparseStride).
  std::uint64_t cacheSparseDecision = 4096;
};

// One step of a schedule: which thread moved, and which choice it took at a `choose`.
struct ScheduleStep {
  ThreadId thread = 0;
  std::uint32_t choice = 0;

  bool operator==(const ScheduleStep&) const = default;
};

struct Counterexample {
  Violation violation;
  std::vector<ScheduleStep> schedule;  // from the initial state to the violation
  std::uint32_t preemptions = 0;
};

struct ExplorationStats {
  std::uint64_t executions = 0;   // maximal paths walked (finished, ended, cut, deadlocked)
  std::uint64_t states = 0;       // distinct states visited
  std::uint64_t transitions = 0;  // steps taken
  double seconds = 0;
  std::uint64_t sleepBlocked = 0;  // dpor: partial executions cut because every thread slept
  std::uint64_t cacheHits = 0;     // states pruned because the cache had explored them
  // dpor: the states entered when the cache stepped aside for not paying (0: it never did);
  // from then on `states` counts states entered, not states stored.
  std::uint64_t cacheAsideAfter = 0;
  // dpor: 1 + the depths between two looked up (1: every state was; 4: the cache went sparse).
  std::uint64_t cacheLookupStride = 1;
  // Hash compaction (ExploreOptions::hashCompaction): the probability that some stored state
  // was taken for another and its subtree left out (none: keys were stored whole).
  std::optional<double> hashOmissionBound;
};

// What a search reports of itself a few times a second (ExploreOptions::progress).
inline SearchProgress searchProgress(const ExplorationStats& stats, std::uint64_t states,
                                     double seconds, std::uint64_t deepestSteps) {
  SearchProgress progress;
  progress.executions = stats.executions;
  progress.states = states;
  progress.transitions = stats.transitions;
  progress.seconds = seconds;
  progress.deepestSteps = deepestSteps;
  return progress;
}

// Which resource limit stopped a search early.
// Solver: the symbolic engine's solver answered unknown (CheckResult::limitReason says why).
// Solver: Z3 gave no answer; Unsupported: the smt engine does not encode a construct of the spec
// (limitReason says which and where), so it refused before building anything.
enum class LimitKind { Time, States, Memory, Solver, Unsupported };

struct ExplorationResult {
  std::vector<Counterexample> counterexamples;  // one per instance, in a deterministic order
  std::set<BoundKind> boundsHit;                // bounds that cut some execution
  bool limitReached = false;                    // time or states ran out: verdict unknown
  std::optional<LimitKind> limit;               // which one, when limitReached
  ExplorationStats stats;
};

// The search over a Semantics; the algorithm itself is the template exploreSystem
// (exhaustive_search.hpp), which the tests also run over mock transition systems.
ExplorationResult explore(const Semantics& semantics, const ExploreOptions& options);

}  // namespace initcheck
