// The executable semantics of a checked spec (LANGUAGE.md sections 3-5): the transition
// system every engine explores, and the one through which every counterexample is replayed.
//
// A state holds every thread poised at its next scheduling point: a read or write of a shared
// location, an atomic, once, mutex, waitgroup or channel operation, `go`, `join`, `await`, or
// `choose`; or finished. A step of thread t executes t's scheduling point and then t's private
// computation up to its next scheduling point (or its end). So two threads of two shared
// writes each have exactly C(4,2) = 6 interleavings. A newly spawned thread is run forward to
// its first scheduling point inside the spawning step (private work is invisible to others).
//
// Happens-before is tracked with vector clocks inside the state, exactly per section 4, and
// the semantics itself detects race, init_before_use, assertion, runtime_error, single_init,
// exactly_once (at most once), happens_before and bound cuts during a step. The explorer
// detects deadlock (no enabled thread, some unfinished) and asks `atEnd` about finished
// executions (final, exactly_once's at least once).
//
// Details the implementation fixes (src/runtime/executor.hpp and friends):
// - An unbuffered `c.send(v)` is enabled when some other thread is poised at `c.recv()`; its
//   step completes both threads. With several such receivers the step has one successor per
//   receiver, `choice` = the receiver's index among them in increasing thread id order.
// - `choose` over an empty range, and `assume` false, end the execution silently:
//   `executionEnded` and `discarded` are set, there is no violation and no cut.
// - A state in which the execution ended or was cut has no enabled thread, counts as finished,
//   and has no atEnd violations; do not step it. (Only a runtime error in a global initializer
//   makes the initial state such a state; initialOutcome() then holds the violation.)
// - Object variables (once, mutex, waitgroup, chan) cannot be reassigned, so reading one is
//   private: `o.do(f)` is one step, not a read of `o` and then the `do`.
// - A declared thread whose code before its first point would report something (a violation
//   or a cut) starts at its beginning instead, so that the report belongs to its first step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/state_encoding.hpp"
#include "model/symmetry_classes.hpp"
#include "parser/ast.hpp"
#include "runtime/bounds.hpp"
#include "runtime/footprint.hpp"
#include "runtime/state.hpp"
#include "runtime/step_outcome.hpp"
#include "sema/directives.hpp"
#include "sema/symbol_table.hpp"

namespace initcheck {

class CompiledProgram;  // the spec compiled for execution (compile/program.hpp)

// One successor of a state for a thread. `choice` is the value index taken when the thread was
// poised at `choose` (0 otherwise): choose(lo..hi) has hi-lo successors, choose(a, b) two.
struct Successor {
  std::uint32_t choice = 0;
  State state;
  StepOutcome outcome;
};

// What a blocked thread waits for, for deadlock reports.
struct BlockedThread {
  ThreadId thread = 0;
  std::string threadName;
  SourcePosition position;
  std::string waitsFor;  // "once 'o' (its function runs in main)", "lock 'mu' held by b"
};

class Semantics {
 public:
  // Compiles a spec that passed the semantic checker. `bounds` are the effective bounds
  // (options of the file overridden by the command line).
  Semantics(const ast::File& file, const SymbolTable& symbols, const SpecDirectives& directives,
            Bounds bounds);
  ~Semantics();
  Semantics(Semantics&&) noexcept;

  State initial() const;  // declared threads started, each poised at its first point
  // The events of starting the declared threads (init func calls in their code before the
  // first point). Never a violation: a declared thread whose code before its first point
  // reports something (a violation, a cut) is left at its beginning instead, and its first
  // step runs that code.
  const StepOutcome& initialOutcome() const { return initialOutcome_; }

  // Threads that can take a step now, in increasing id order.
  std::vector<ThreadId> enabledThreads(const State& state) const;
  // Whether other threads' steps can disable or enable `thread`'s next step (a lock, a wait, an
  // await, a spin, ...): partial-order reduction checks such a step by replay where it moves it.
  bool mayBlock(const State& state, ThreadId thread) const;
  bool enabled(const State& state, ThreadId thread) const;
  bool allFinished(const State& state) const;
  // How many threads have not finished (0 once the execution halted). With one, no other
  // thread will ever run concurrently with its steps: every thread started later is its child.
  std::size_t unfinishedThreads(const State& state) const;

  // How many successors `thread` (enabled) has at `state`: one, or one per choice. The searches
  // take them one at a time with replayStep, so a `choose` over a million values costs one
  // state at a time and the search's limits are asked between them.
  std::uint32_t choiceCount(const State& state, ThreadId thread) const;
  // Every successor of `state` when `thread` (enabled) takes a step, choices 0..choiceCount-1.
  std::vector<Successor> successors(const State& state, ThreadId thread) const;
  // The one successor with the given choice; for replaying a recorded schedule.
  Successor replayStep(const State& state, ThreadId thread, std::uint32_t choice) const;
  // replayStep whose events carry vector clocks, for counterexample traces.
  Successor tracedStep(const State& state, ThreadId thread, std::uint32_t choice) const;

  // For a state where no thread is enabled but some has not finished.
  std::vector<BlockedThread> blockedThreads(const State& state) const;
  Violation deadlock(const State& state) const;
  // Violations of a finished execution: `final e`, exactly_once's "at least once".
  std::vector<Violation> atEnd(const State& state) const;

  std::string threadName(const State& state, ThreadId thread) const;
  std::size_t threadCount(const State& state) const;

  // For partial-order reduction: what `thread`'s next step would touch, whether or not it is
  // enabled now (a blocked thread's footprint is that of the operation it waits at). Empty for
  // a finished thread.
  Footprint poisedFootprint(const State& state, ThreadId thread) const;
  // The state cache's key (model/state_encoding.hpp).
  // With symmetry, canonical also up to the symmetry classes of declared threads.
  CanonicalKey canonicalKey(const State& state, bool symmetry) const;
  // The same key as the ids of its sections in a cache's table (encodeStateCompact).
  CompactKey compactKey(const State& state, bool symmetry, SectionTable& table) const;
  // Groups (size >= 2, increasing ids) of declared threads that are interchangeable: same code
  // up to positions and exchangeable initial states, so exchanging two threads of a group in a
  // schedule maps executions to executions (for orbit completion, see model/symmetry_classes.hpp).
  const std::vector<std::vector<ThreadId>>& interchangeableThreads() const {
    return symmetry_.groups;
  }
  const SymmetryInfo& symmetryInfo() const { return symmetry_; }
  const Bounds& bounds() const { return bounds_; }
  // The compiled program (compile/program.hpp), for the symbolic engine's unfolder.
  const CompiledProgram& program() const { return *program_; }

 private:
  Successor takeStep(const State& state, ThreadId thread, std::uint32_t choice, bool traced) const;

  Bounds bounds_;
  std::unique_ptr<CompiledProgram> program_;
  State initial_;
  StepOutcome initialOutcome_;
  SymmetryInfo symmetry_;
  // False when no two threads of any state can run the same code: the program spawns none and
  // no two declared threads are of one symmetry class. Its keys then keep the thread order.
  bool threadsMayBeInterchangeable_ = true;
};

}  // namespace initcheck
