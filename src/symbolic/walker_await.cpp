// The unfolder's `await e`: one Await point. The condition is evaluated atomically in its step,
// every data-dependent sub-path of the evaluation at once (its reads are AwaitRead nodes
// hanging off the Await node); the continuation holds where some sub-path finds it true. A
// second evaluation with probe reads over the final values gives `probeCondition`.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

namespace {

// Frames as text (terms printed), to check that every sub-path leaves the same state.
std::string framesText(const std::vector<SymFrame>& frames) {
  std::string text;
  for (const SymFrame& frame : frames) {
    text += std::to_string(frame.body) + "@" + std::to_string(frame.pc) + "[";
    for (const SymValue& value : frame.slots)
      text += signature(value) + ",";
    text += "|";
    for (const SymValue& value : frame.stack)
      text += signature(value) + ",";
    text += "]";
  }
  return text;
}

}  // namespace

void Walker::evaluate(PathState start, EvaluationCollector& collector) {
  start.collector = &collector;
  run(std::move(start));
}

bool Walker::awaitCheck(PathState& s) {
  SymValue condition = s.pop();
  z3::expr holds = condition.tag == ValueTag::Bool ? *condition.term : context_.bool_val(false);
  s.collector->outcomes.push_back(EvaluationCollector::Outcome{s.guard, holds, s.frames});
  return false;
}

bool Walker::sameFrames(const std::vector<EvaluationCollector::Outcome>& outcomes) const {
  for (const auto& outcome : outcomes) {
    if (framesText(outcome.frames) != framesText(outcomes.front().frames))
      return false;
  }
  return true;
}

bool Walker::execAwait(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("an await inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  NodeId id = beginPoint(s, NodeKind::Await, instr.position);
  EvaluationCollector real;
  real.anchor = id;
  evaluate(s, real);
  EvaluationCollector probe;
  probe.anchor = id;
  probe.probe = true;
  probe.failureEnables = true;
  evaluate(s, probe);
  if (failure_)
    return false;
  z3::expr enabled = context_.bool_val(false);
  for (const auto& outcome : probe.outcomes)
    enabled = enabled || (outcome.guard && outcome.condition);
  for (const z3::expr& failing : probe.enabled)
    enabled = enabled || failing;
  Node& await = node(id);
  await.probeCondition = enabled.simplify();
  await.awaitReads = real.reads;
  await.awaitReads.insert(await.awaitReads.end(), probe.reads.begin(), probe.reads.end());
  if (real.outcomes.empty()) {
    await.awaitCondition = context_.bool_val(false);
    for (const z3::expr& failing : real.enabled)
      await.awaitCondition = *await.awaitCondition || failing;
    return false;
  }
  if (!sameFrames(real.outcomes)) {
    fail("an await condition whose branches leave different states cannot be unfolded",
         instr.position);
    return false;
  }
  z3::expr holds = context_.bool_val(false);
  for (const auto& outcome : real.outcomes)
    holds = holds || (outcome.guard && outcome.condition);
  z3::expr stepHappens = holds;
  for (const z3::expr& failing : real.enabled)
    stepHappens = stepHappens || failing;
  await.awaitCondition = stepHappens.simplify();
  s.frames = real.outcomes.front().frames;
  s.guard = holds.simplify();
  afterPoint(s);
  return !s.guard.is_false();
}

}  // namespace initcheck::symbolic
