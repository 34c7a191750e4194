// The unfolder's state along one path of one thread instance: the symbolic frame stack, the
// path's guard, where the next node hangs (parent, step, counter), and, while an `await`
// condition or a `final` check is evaluated, the collector of its outcomes.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "compile/program.hpp"
#include "compile/spin_loops.hpp"
#include "symbolic/sym_value.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

// Where the path was when an unrolled loop's iteration began (its LoopIteration): the last
// node made, and the variables.
struct IterationMark {
  NodeId parent = kNoNode;
  std::vector<SymValue> slots;
};

struct SymFrame {
  BodyId body = kNoBody;
  std::uint32_t pc = 0;
  std::vector<SymValue> slots;
  std::vector<SymValue> stack;
  std::map<std::uint32_t, IterationMark> iterations;  // by the pc of the loop's LoopIteration
};

// Collects the sub-paths of an atomic evaluation (an await condition, a final check).
struct EvaluationCollector {
  struct Outcome {
    z3::expr guard;
    z3::expr condition;
    std::vector<SymFrame> frames;  // the frames after the evaluation (condition popped)
  };
  NodeId anchor = kNoNode;      // the Await node its nodes hang off (kNoNode: a final check)
  bool probe = false;           // reads see the final values; no Halt nodes are emitted
  bool failureEnables = false;  // probe of an await: a failing evaluation means enabled
  bool checksInit = true;       // monitored reads check init_before_use (not in finals)
  std::vector<Outcome> outcomes;
  std::vector<z3::expr> enabled;  // guards under which the probe evaluation fails
  std::vector<NodeId> reads;
  // The probe of a pure spin loop (walker_spin.cpp): where an iteration over the final values
  // goes round again (blocked in the spin at that `while`), and under which guard.
  bool spinProbe = false;
  std::vector<std::pair<SourcePosition, z3::expr>> spinContinues;
};

// A pure spin loop (compile/spin_loops.hpp) the path is in (walker_spin.cpp).
struct SpinContext {
  LoopExtent loop;
  std::size_t depth = 0;  // the number of frames while in the loop's body
  SourcePosition position;
  bool started = false;     // its iteration has begun: reaching `top` again means a spin
  bool probeRoot = false;   // the probe evaluation began with this loop
  std::int32_t probe = -1;  // its blocked conditions (Walker::spinProbes_), -1: not computed
  // A loop that assigns variables: the variables (loop counters blanked) the current run
  // began with. A run that goes round again with them changed is no spin but an iteration
  // the explicit executor counts.
  std::vector<SymValue> runSlots;
  // An atomic wait of the current run blocked (and was woken): the run is no spin but an
  // iteration the explicit executor counts (runtime/spin.cpp: the wake-up spoils the spin).
  bool blockedInRun = false;
  // The run after a blocked one, of a loop that assigns no variable (whose runs begin at the
  // condition): its LoopIteration, if reached, is counted, as the explicit executor counts it.
  bool countsIteration = false;
  // When a cas (or cmpxchg) of the current run stored (its success; in a probe: would store
  // over the final values): such a run wrote, so it is no spin but an iteration the explicit
  // executor counts (runtime/spin.cpp). None: no cas in the run.
  std::optional<z3::expr> wroteInRun;
};

struct PathState {
  explicit PathState(z3::context& context) : guard(context.bool_val(true)) {}

  std::vector<SymFrame> frames;
  z3::expr guard;
  InstanceId instance = 0;
  NodeId parent = kNoNode;
  NodeId step = kNoNode;
  std::uint32_t counter = 0;
  std::vector<NodeId> openOnces;  // OnceDo nodes whose f runs now
  EvaluationCollector* collector = nullptr;
  std::vector<SpinContext> spins;  // innermost last
  std::int32_t pendingSpin = -1;   // a spin whose iteration has begun but made no point yet
  // Locations the thread may have written on this path, and when (walker_own_writes.cpp).
  std::map<LocationId, z3::expr> ownWrites;

  SymFrame& top() { return frames.back(); }
  SymValue pop() {
    SymValue value = std::move(frames.back().stack.back());
    frames.back().stack.pop_back();
    return value;
  }
  void push(SymValue value) { frames.back().stack.push_back(std::move(value)); }
  std::vector<SymValue> popMany(std::int64_t count) {
    auto& stack = frames.back().stack;
    auto first = stack.end() - count;
    std::vector<SymValue> values(std::make_move_iterator(first),
                                 std::make_move_iterator(stack.end()));
    stack.erase(first, stack.end());
    return values;
  }
};

}  // namespace initcheck::symbolic
