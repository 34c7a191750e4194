// A snapshot of a running search, handed to ExploreOptions::progress (and CheckOptions) a few
// times a second so that a front end can show how far the search has got. Engines only fill
// it in; showing it (the CLI's progress line) is the caller's business.
//
// What bounds the search "right now": the explicit engine has no iterative deepening, so the
// bounds (unroll, threads, depth) are fixed for the whole search. The figures that do move are
// the deepest execution so far in scheduling steps (how far down the search has reached) and,
// when a preemption bound is in effect, that bound (it alone decides which schedules are
// walked at all). The smt engine reports the solver queries answered so far instead.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

namespace initcheck {

struct SearchProgress {
  std::uint64_t executions = 0;
  std::uint64_t states = 0;
  std::uint64_t transitions = 0;
  double seconds = 0;                            // since the search started
  std::uint64_t deepestSteps = 0;                // the longest execution so far, in steps
  std::optional<std::int64_t> preemptionBound;   // when the search is bounded
  std::optional<std::uint64_t> queriesAnswered;  // set by the smt engine (and nothing else)
};

// Called on the searching thread (another thread than the caller's under `--engine auto`).
// It must not throw; what it does never changes the search.
using ProgressCallback = std::function<void(const SearchProgress&)>;

}  // namespace initcheck
