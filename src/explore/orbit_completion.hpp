// Orbit completion for symmetry reduction. With symmetry on, the state cache treats states
// that differ by swapping interchangeable declared threads (identical bodies at different
// source lines, Semantics::interchangeableThreads) as one, so the subtree of the second is
// never walked. Its violations are the swapped images of violations in the first: the same
// executions with the two threads' ids exchanged, reported at the other thread's lines. This
// completes a search's result: each counterexample's schedule is replayed with two threads of
// one group swapped, every instance that replay reports is added (with that schedule), and so
// on for the new ones until nothing new comes. Transpositions generate every permutation of a
// group, so the result holds every instance the unreduced search would report.
#pragma once

#include <vector>

#include "explore/counterexample_set.hpp"
#include "model/semantics.hpp"

namespace initcheck {

void completeOrbits(const Semantics& semantics,
                    const std::vector<std::vector<ThreadId>>& interchangeable,
                    CounterexampleSet& found);

}  // namespace initcheck
