// The unfolder's node emission: private nodes, points (with the thread's counter ticking as
// the explicit executor ticks it), Halt leaves, and fresh terms with deterministic names.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

NodeId Walker::addNode(PathState& s, NodeKind kind, SourcePosition position) {
  EvaluationCollector* collector = s.collector;
  if (collector != nullptr && collector->probe && kind != NodeKind::AwaitRead)
    return kNoNode;
  if (limits_.maxEvents && out_.nodes.size() >= *limits_.maxEvents)
    throw LimitStop{LimitKind::States};
  Node created(context_);
  auto id = static_cast<NodeId>(out_.nodes.size());
  created.id = id;
  created.instance = s.instance;
  created.kind = kind;
  created.position = position;
  created.guard = s.guard;
  created.counter = s.counter;
  created.step = s.step;
  NodeId parent = collector != nullptr ? collector->anchor : s.parent;
  created.parent = parent;
  created.depth = parent == kNoNode ? 0 : node(parent).depth + 1;
  out_.nodes.push_back(std::move(created));
  if (collector != nullptr) {
    if (kind == NodeKind::AwaitRead || kind == NodeKind::Atomic)
      collector->reads.push_back(id);
    return id;
  }
  if (kind != NodeKind::Halt)
    s.parent = id;
  if (s.instance >= 0 && out_.instances[static_cast<std::size_t>(s.instance)].root == kNoNode)
    out_.instances[static_cast<std::size_t>(s.instance)].root = id;
  return id;
}

// Whether a point of this kind makes the run of a spin no spin whenever it happens
// (Executor::spoilSpin: anything but a read, an await, a label, a skipped `do` and an atomic
// that only reads). Atomics (by whether they store), a `do` (when it enters f) and a woken
// wait (SpinContext::blockedInRun) are noted where they are unfolded.
bool Walker::spoilsSpin(NodeKind kind) {
  switch (kind) {
    case NodeKind::Start:
    case NodeKind::Read:
    case NodeKind::Atomic:
    case NodeKind::Await:
    case NodeKind::OnceDo:
    case NodeKind::AtomicWake:
    case NodeKind::AwaitRead:
    case NodeKind::Label:
      return false;
    default:
      return true;
  }
}

NodeId Walker::beginPoint(PathState& s, NodeKind kind, SourcePosition position) {
  s.counter += 1;
  NodeId id = addNode(s, kind, position);
  node(id).point = true;
  node(id).step = id;
  s.step = id;
  if (spoilsSpin(kind))
    noteSpinWrite(s, context_.bool_val(true));
  if (s.pendingSpin >= 0)
    noteSpinPoint(s, id);
  return id;
}

bool Walker::haltIf(PathState& s, const z3::expr& condition, const HaltSpec& spec) {
  z3::expr reached = (s.guard && condition).simplify();
  if (!reached.is_false()) {
    EvaluationCollector* collector = s.collector;
    if (collector != nullptr && collector->probe) {
      if (collector->failureEnables)
        collector->enabled.push_back(reached);
    } else {
      if (collector != nullptr)  // an await step that fails while evaluating its condition
        collector->enabled.push_back(reached);
      NodeId id = addNode(s, NodeKind::Halt, spec.position);
      Node& leaf = node(id);
      leaf.guard = reached;
      leaf.halt = spec.kind;
      leaf.cut = spec.cut;
      leaf.runtimeErrorKind = spec.runtimeErrorKind;
    }
  }
  s.guard = (s.guard && !condition).simplify();
  return !s.guard.is_false();
}

bool Walker::runtimeError(PathState& s, const z3::expr& condition, const Instr& instr,
                          const std::string& kind) {
  return haltIf(s, condition,
                HaltSpec{HaltKind::RuntimeError, instr.position, kind, BoundKind::Unroll});
}

bool Walker::typeMismatch(PathState& s, const Instr& instr) {
  runtimeError(s, context_.bool_val(true), instr, "type mismatch");
  return false;
}

bool Walker::expectTag(PathState& s, const SymValue& value, ValueTag tag, const Instr& instr) {
  return value.tag == tag || typeMismatch(s, instr);
}

z3::expr Walker::fresh(ValueTag tag, const std::string& prefix, NodeId id) {
  return freshScalar(context_, tag, prefix + std::to_string(id));
}

}  // namespace initcheck::symbolic
