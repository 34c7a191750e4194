// The unfolder's state along one path of one thread instance: the symbolic frame stack, the
// path's guard, where the next node hangs (parent, step, counter), and, while an `await`
// condition or a `final` check is evaluated, the collector of its outcomes.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <vector>

#include "compile/program.hpp"
#include "symbolic/sym_value.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

struct SymFrame {
  BodyId body = kNoBody;
  std::uint32_t pc = 0;
  std::vector<SymValue> slots;
  std::vector<SymValue> stack;
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
