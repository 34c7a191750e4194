// The unfolder's atomics: one Atomic point per load, store, swap, cas or add, reading a fresh
// term (the value read), storing `written` when `writeGuard` holds (cas: its success, defined
// here as old == expected).
#include <limits>

#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

// Inside an await condition the atomic is a private node of the Await's step (an update
// stores only when the whole condition holds, as then the step happens); in its probe, a read.
bool Walker::execAtomic(PathState& s, const Instr& instr) {
  auto kind = static_cast<AtomicKind>(instr.a);
  std::vector<SymValue> args = s.popMany(atomicArgumentCount(kind));
  auto location = static_cast<LocationId>(instr.b);
  LocationShape shape = shapeOf(location);
  if (shape.kind == LocationShape::Kind::Structured ||
      shape.kind == LocationShape::Kind::ScalarList) {
    fail("an atomic of non-scalar values cannot be unfolded", instr.position);
    return false;
  }
  bool reads = kind != AtomicKind::Store;
  if (reads && shape.kind == LocationShape::Kind::Unknown)
    return readNothing(s, location, instr);
  bool evaluating = s.collector != nullptr;
  bool probe = evaluating && s.collector->probe;
  ValueTag tag = shape.kind == LocationShape::Kind::Scalar ? shape.tag : args.at(0).tag;
  NodeId id = !evaluating
                  ? beginPoint(s, NodeKind::Atomic, instr.position)
                  : addNode(s, probe ? NodeKind::AwaitRead : NodeKind::Atomic, instr.position);
  Node& atomic = node(id);
  atomic.location = location;
  atomic.reads = reads;
  atomic.writes = !probe && kind != AtomicKind::Load;
  atomic.probe = probe;
  atomic.order = static_cast<ast::MemoryOrder>(instr.c);
  SymValue old = SymValue::none();
  if (reads) {
    old = SymValue::scalar(tag, fresh(tag, "v", id));
    node(id).value = *old.term;
    if (!checkHasWrite(s, id, location, instr))
      return false;
  }
  if (!atomicEffect(s, instr, id, old, args, !probe))
    return false;
  if (!evaluating)
    afterPoint(s);
  return true;
}

// fence(order): a point of its own (LANGUAGE.md section 4a); its synchronization is the
// encoder's (encode_happens_before.cpp), its place in psc too (encode_psc.cpp).
bool Walker::execFence(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("a fence inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  NodeId id = beginPoint(s, NodeKind::Fence, instr.position);
  node(id).order = static_cast<ast::MemoryOrder>(instr.a);
  afterPoint(s);
  return true;
}

// What the atomic returns (pushed) and stores (`written`, `writeGuard`).
bool Walker::atomicEffect(PathState& s, const Instr& instr, NodeId id, const SymValue& old,
                          const std::vector<SymValue>& args, bool record) {
  auto kind = static_cast<AtomicKind>(instr.a);
  SymValue result = old;
  std::optional<SymValue> stored;
  z3::expr storesWhen = context_.bool_val(true);
  if (kind == AtomicKind::Store || kind == AtomicKind::Swap) {
    stored = args[0];
    if (kind == AtomicKind::Store)
      result = SymValue::none();
  } else if (kind == AtomicKind::Cas) {
    z3::expr swapped = valuesEqual(context_, old, args[0]);
    if (record)
      node(id).outcome = swapped;
    storesWhen = swapped;
    stored = args[1];
    result = SymValue::scalar(ValueTag::Bool, swapped);
  } else if (kind == AtomicKind::Add) {
    if (!expectTag(s, old, ValueTag::Int, instr) || !expectTag(s, args[0], ValueTag::Int, instr))
      return false;
    z3::expr sum = (*old.term + *args[0].term).simplify();
    z3::expr overflow = sum < context_.int_val(std::numeric_limits<std::int64_t>::min()) ||
                        sum > context_.int_val(std::numeric_limits<std::int64_t>::max());
    storesWhen = !overflow;
    if (!runtimeError(s, overflow, instr, "overflow"))
      return false;
    result = SymValue::scalar(ValueTag::Int, sum);
    stored = result;
  }
  if (stored && record) {
    node(id).written = scalarTerm(context_, *stored);
    node(id).writeGuard = storesWhen.simplify();
    found_.locations[static_cast<LocationId>(instr.b)].add(context_, *stored);
  }
  s.push(std::move(result));
  return true;
}

}  // namespace initcheck::symbolic
