// The unfolder's threads and nondeterminism: `go` (a Go point whose error literal is the
// threads bound cut; under its negation a new Instance, unfolded later from the callee),
// `join`, and `choose` over a range or over values (a fresh chosen value).
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

bool Walker::execGo(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("go inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  std::vector<SymValue> args = s.popMany(instr.a);
  SymValue callee = s.pop();
  if (!expectTag(s, callee, ValueTag::Func, instr))
    return false;
  const CompiledBody& called = body(static_cast<BodyId>(callee.number));
  if (called.parameterSlots.size() != args.size())
    return typeMismatch(s, instr);
  NodeId id = beginPoint(s, NodeKind::Go, instr.position);
  z3::expr cut = fresh(ValueTag::Bool, "err", id);
  node(id).errorLiteral = cut;
  if (!haltIf(s, cut, HaltSpec{HaltKind::Cut, instr.position, "", BoundKind::Threads}))
    return false;
  Instance instance;
  instance.id = static_cast<InstanceId>(out_.instances.size());
  instance.name = called.symbol == kUnresolved ? "go" : called.name;
  instance.spawnedBy = id;
  out_.instances.push_back(instance);
  node(id).spawned = instance.id;
  spawns_.push_back(SpawnRequest{instance.id, callee, args, s.guard, id, instr.position});
  s.push(SymValue::reference(ValueTag::Handle, instance.id));
  afterPoint(s);
  return true;
}

bool Walker::execJoin(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("join inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  SymValue handle = s.pop();
  if (!expectTag(s, handle, ValueTag::Handle, instr))
    return false;
  NodeId id = beginPoint(s, NodeKind::Join, instr.position);
  node(id).target = static_cast<InstanceId>(handle.number);
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::execChooseRange(PathState& s, const Instr& instr) {
  SymValue high = s.pop();
  SymValue low = s.pop();
  if (s.collector != nullptr) {
    fail("choose inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  if (!expectTag(s, low, ValueTag::Int, instr) || !expectTag(s, high, ValueTag::Int, instr))
    return false;
  NodeId id = beginPoint(s, NodeKind::Choose, instr.position);
  z3::expr value = fresh(ValueTag::Int, "ch", id);
  node(id).value = value;
  node(id).low = *low.term;
  if (!haltIf(s, *high.term <= *low.term,
              HaltSpec{HaltKind::Discard, instr.position, "", BoundKind::Unroll}))
    return false;
  node(id).chosenValid = (*low.term <= value && value < *high.term).simplify();
  s.guard = (s.guard && *node(id).chosenValid).simplify();
  s.push(SymValue::scalar(ValueTag::Int, value));
  afterPoint(s);
  return true;
}

// Scalar values of one type: a fresh value equal to one of them. Otherwise the chosen index
// (value - low, low = 0) and one branch per value.
bool Walker::execChooseValues(PathState& s, const Instr& instr) {
  std::vector<SymValue> values = s.popMany(instr.a);
  if (s.collector != nullptr) {
    fail("choose inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  NodeId id = beginPoint(s, NodeKind::Choose, instr.position);
  if (values.empty())
    return halt(s, HaltSpec{HaltKind::Discard, instr.position, "", BoundKind::Unroll});
  ValueTag tag = values.front().tag;
  bool scalar = true;
  for (const SymValue& value : values)
    scalar = scalar && value.isScalar() && value.tag == tag;
  if (scalar) {
    z3::expr chosen = fresh(tag, "ch", id);
    z3::expr some = context_.bool_val(false);
    for (const SymValue& value : values) {
      node(id).choices.push_back(scalarTerm(context_, value));
      some = some || chosen == scalarTerm(context_, value);
    }
    node(id).value = chosen;
    node(id).chosenValid = some.simplify();
    s.guard = (s.guard && some).simplify();
    s.push(SymValue::scalar(tag, chosen));
    afterPoint(s);
    return !s.guard.is_false();
  }
  z3::expr index = fresh(ValueTag::Int, "ch", id);
  node(id).value = index;
  node(id).low = context_.int_val(0);
  node(id).chosenValid = index >= 0 && index < static_cast<int>(values.size());
  afterPoint(s);
  return branch(s, values.size(), [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && index == static_cast<int>(k)).simplify();
    b.push(values[k]);
    return !b.guard.is_false();
  });
}

}  // namespace initcheck::symbolic
