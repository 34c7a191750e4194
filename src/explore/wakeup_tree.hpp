// Wakeup trees of optimal dynamic partial-order reduction: Abdulla, Aronis, Jonsson and
// Sagonas, "Optimal dynamic partial order reduction", POPL 2014 (journal version "Source sets:
// a foundation for optimal dynamic partial order reduction", JACM 64(4), 2017), section 6.
//
// A state's wakeup tree holds the sequences of steps the search still has to begin there. A
// race found later between an event e of the path and a step f is reversed by a sequence
// v = notdep(e).f (what happened after e without depending on it, then f), inserted at the
// state before e unless a sequence already in the tree begins an equivalent execution. A step
// is named by its thread; its footprint (runtime/footprint.hpp) says what it commutes with.
//
// Definitions used (the paper's, with threads for processes):
// - p is an initial of v, p ∈ I(v), when v has a step of p and no step before p's first one
//   in v is dependent with it (v can be reordered to begin with p);
// - a step s is a weak initial of v, s ∈ WI(v), when s ∈ I(v), or s's thread takes no step in
//   v and s is independent of every step of v (s can be put first in an extension of v).
//
// Unlike the paper's events, a step not yet taken (the last of a sequence) is known only by its
// thread's poised footprint, which lacks what the step may turn out to do: end the execution
// (Halt, dependent with everything) or finish its thread. The tree treats it as exact, as the
// paper does; what it did not know shows up once the step is taken: its later dependencies as
// races of the search, and an execution it ends as the race of every other thread's next step
// with it (dpor_search.hpp). A sleep set's steps are checked with what they did.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "runtime/footprint.hpp"

namespace initcheck {

struct WakeupStep {
  ThreadId thread = 0;
  std::optional<ThreadId> partner;  // an unbuffered send's receiver, moved in the same step
  Footprint footprint;
};

using WakeupSequence = std::vector<WakeupStep>;

// Whether `step` is a weak initial of `sequence` (see above).
bool weakInitial(const WakeupSequence& sequence, const WakeupStep& step);

class WakeupTree {
 public:
  bool empty() const { return children_.empty(); }
  bool begins(ThreadId thread) const;
  // The thread that begins the first sequence (the tree's order: the order of insertion), and
  // the lowest thread that begins one; the tree is not empty.
  ThreadId firstThread() const { return children_.front().step.thread; }
  ThreadId lowestThread() const;
  // Removes the sequences whose first thread `drop` says to.
  template <typename Drop>
  void dropIf(Drop drop) {
    std::erase_if(children_, [&](const Node& child) { return drop(child.step.thread); });
  }

  // The paper's insert[E](v): walks down the tree while a node's step is an initial of what is
  // left of v (removing it from v) or a weak initial of it; stops when v is used up or a leaf is
  // reached (a sequence already in the tree covers v); otherwise adds the rest of v there.
  void insert(WakeupSequence sequence);
  // Adds `step` as a one-step sequence unless a sequence already begins with its thread: what
  // a persistent-set backtrack point does (used where no reversing sequence is known).
  void addFirst(WakeupStep step);
  // Removes the sequences that begin with `thread` and returns what follows their first step.
  WakeupTree takeSubtree(ThreadId thread);

 private:
  struct Node {
    WakeupStep step;
    std::vector<Node> children;
  };

  static void addChain(std::vector<Node>& level, WakeupSequence& sequence, std::size_t from);

  std::vector<Node> children_;  // the root's
};

}  // namespace initcheck
