// The unfolder's control instructions: jumps (a symbolic condition forks the walk), assert,
// assume, labels, loop counters and the unroll bound, and the dispatch of calls, threads,
// choose and await.
#include <algorithm>

#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

bool Walker::execControl(PathState& s, const Instr& instr) {
  switch (instr.op) {
    case Op::Jump:
      s.top().pc = static_cast<std::uint32_t>(instr.a);
      return true;
    case Op::JumpIfFalse:
      return execJumpIfFalse(s, instr);
    case Op::Call:
      return execCall(s, instr);
    case Op::Return:
      return execReturn(s, instr);
    case Op::Go:
      return execGo(s, instr);
    case Op::Join:
      return execJoin(s, instr);
    case Op::AwaitBegin:
      return execAwait(s, instr);
    case Op::ChooseRange:
      return execChooseRange(s, instr);
    case Op::ChooseValues:
      return execChooseValues(s, instr);
    case Op::Assert:
      return execCheck(s, instr, HaltKind::Assertion);
    case Op::Assume:
      return execCheck(s, instr, HaltKind::Discard);
    case Op::Label:
      if (NodeId id = addNode(s, NodeKind::Label, instr.position); id != kNoNode)
        node(id).label = static_cast<ast::SymbolId>(instr.a);
      return true;
    case Op::LoopStart:
      s.top().slots[static_cast<std::size_t>(instr.a)] =
          SymValue::scalar(ValueTag::Int, context_.int_val(0));
      return startSpin(s, instr);
    case Op::LoopIteration:
      return execLoopIteration(s, instr);
    default:  // AwaitCheck, Halt: the end of an atomic evaluation
      if (s.collector != nullptr)
        return awaitCheck(s);
      fail("unexpected end of an evaluation", instr.position);
      return false;
  }
}

bool Walker::execJumpIfFalse(PathState& s, const Instr& instr) {
  SymValue condition = s.pop();
  if (!expectTag(s, condition, ValueTag::Bool, instr))
    return false;
  z3::expr c = condition.term->simplify();
  if (c.is_true())
    return true;
  if (c.is_false()) {
    s.top().pc = static_cast<std::uint32_t>(instr.a);
    return true;
  }
  PathState otherwise = s;
  otherwise.guard = (s.guard && !c).simplify();
  otherwise.top().pc = static_cast<std::uint32_t>(instr.a);
  if (!otherwise.guard.is_false())
    run(std::move(otherwise));
  s.guard = (s.guard && c).simplify();
  return !s.guard.is_false() && !failure_;
}

// assert: an Assertion Halt where false; assume: a Discard Halt (a non-bool discards too).
bool Walker::execCheck(PathState& s, const Instr& instr, HaltKind kind) {
  SymValue condition = s.pop();
  HaltSpec spec{kind, instr.position, "", BoundKind::Unroll};
  if (kind == HaltKind::Discard && condition.tag != ValueTag::Bool)
    return halt(s, spec);
  if (!expectTag(s, condition, ValueTag::Bool, instr))
    return false;
  return haltIf(s, !*condition.term, spec);
}

// The LoopIteration of a spin's run that follows a blocked one (SpinContext::countsIteration):
// counted, where the explicit executor counted the loop's first iteration too.
bool Walker::countSpinIteration(PathState& s, SpinContext& spin, const Instr& instr) {
  if (!spin.countsIteration)
    return true;
  spin.countsIteration = false;
  SymValue& counter = s.top().slots[static_cast<std::size_t>(instr.a)];
  std::int64_t count = 0;
  counter.term->simplify().is_numeral_i64(count);
  count = std::max<std::int64_t>(count, 1) + 1;
  counter = SymValue::scalar(ValueTag::Int, context_.int_val(count));
  if (count > bounds_.unroll)
    return halt(s, HaltSpec{HaltKind::Cut, instr.position, "", BoundKind::Unroll});
  return true;
}

bool Walker::execLoopIteration(PathState& s, const Instr& instr) {
  if (SpinContext* spin = spinIteration(s))  // a spin is not cut by unroll
    return countSpinIteration(s, *spin, instr);
  SymValue& counter = s.top().slots[static_cast<std::size_t>(instr.a)];
  std::int64_t count = 0;
  counter.term->simplify().is_numeral_i64(count);
  counter = SymValue::scalar(ValueTag::Int, context_.int_val(count + 1));
  std::uint32_t iteration = s.top().pc - 1;
  if (count + 1 > bounds_.unroll) {
    if (mayHaveSpun(s, iteration))
      return unsupported(
          "a loop that may go round doing nothing but reads (a failed cas), which the "
          "explicit engine waits in as a spin and the smt engine encodes only for loops "
          "that never write,",
          instr.position);
    return halt(s, HaltSpec{HaltKind::Cut, instr.position, "", BoundKind::Unroll});
  }
  if (s.collector == nullptr)
    s.top().iterations[iteration] = IterationMark{s.parent, iterationSlots(s, iteration)};
  return count > 0 || spinAfterFirstIteration(s, instr);
}

namespace {

// Whether a node may leave a spin iteration a spin: none that Walker::spoilsSpin names, and an
// atomic only when it may only read (a load, a cas that may fail, a wait that returns).
bool mayKeepSpin(const Node& n) {
  if (n.kind == NodeKind::Atomic)
    return !n.writes || n.writeGuard.has_value();
  return !Walker::spoilsSpin(n.kind);
}

}  // namespace

// Whether the iteration the path just finished, cut by unroll, may have been a spin to the
// explicit executor (runtime/spin.cpp): nothing since it began that surely spoils a spin
// (mayKeepSpin), and the variables possibly as they were. Then the explicit engine does not
// cut it but waits (and may find a livelock), so the smt engine must not answer.
bool Walker::mayHaveSpun(const PathState& s, std::uint32_t iteration) {
  const auto& marks = s.frames.back().iterations;
  auto mark = marks.find(iteration);
  if (mark == marks.end())
    return false;
  for (NodeId at = s.parent; at != mark->second.parent && at != kNoNode; at = node(at).parent) {
    if (!mayKeepSpin(node(at)))
      return false;
  }
  z3::expr same = context_.bool_val(true);
  std::vector<SymValue> now = iterationSlots(s, iteration);
  for (std::size_t i = 0; i < now.size() && i < mark->second.slots.size(); ++i)
    same = same && valuesEqual(context_, now[i], mark->second.slots[i]);
  return !same.simplify().is_false();
}

}  // namespace initcheck::symbolic
