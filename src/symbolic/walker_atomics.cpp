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
  bool waitOrNotify =
      kind == AtomicKind::Wait || kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll;
  bool spinProbeWait = kind == AtomicKind::Wait && s.collector != nullptr && s.collector->spinProbe;
  bool notify = kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll;
  if (notify && spinProbeEffect(s)) {  // a notify spoils the run
    s.popMany(atomicArgumentCount(kind) + (instr.cells == 0 ? 0 : 1));
    s.push(SymValue::none());
    return true;
  }
  if (waitOrNotify && s.collector != nullptr && !spinProbeWait) {
    fail("a wait or notify inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  std::vector<SymValue> args = s.popMany(atomicArgumentCount(kind));
  if (instr.cells == 0)
    return atomicAt(s, instr, static_cast<LocationId>(instr.b), args);
  SymValue index = s.pop();
  return onCell(s, instr, instr.b, index, [&](PathState& b, LocationId location) {
    return atomicAt(b, instr, location, args);
  });
}

bool Walker::atomicAt(PathState& s, const Instr& instr, LocationId location,
                      const std::vector<SymValue>& args) {
  auto kind = static_cast<AtomicKind>(instr.a);
  if (kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll)
    return execNotify(s, instr, location);
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
  atomic.writes = !probe && kind != AtomicKind::Load && kind != AtomicKind::Wait;
  atomic.probe = probe;
  atomic.order = static_cast<ast::MemoryOrder>(instr.c);
  if (kind == AtomicKind::Cas || kind == AtomicKind::Cmpxchg)
    atomic.failureOrder = failureOrderOf(instr);
  SymValue old = SymValue::none();
  if (reads) {
    old = SymValue::scalar(tag, fresh(tag, "v", id));
    node(id).value = *old.term;
    if (!checkHasWrite(s, id, location, instr))
      return false;
  }
  if (kind == AtomicKind::Wait && evaluating)
    return probeWait(s, old, args.at(0));
  if (kind == AtomicKind::Wait) {
    afterPoint(s);
    return blockOnWait(s, id, old, args.at(0));
  }
  if (!atomicEffect(s, instr, id, location, old, args, !probe))
    return false;
  if (kind != AtomicKind::Load) {  // a run that stores is no spin (a cas: when it succeeds)
    const std::optional<z3::expr>& when = probe ? node(id).probeStores : node(id).writeGuard;
    noteSpinWrite(s, when.value_or(context_.bool_val(true)));
  }
  if (evaluating)
    return true;
  afterPoint(s);
  z3::expr wroteBefore = ownWriteOf(s, location);
  if (node(id).writeGuard)
    noteOwnWrite(s, location, *node(id).writeGuard);
  return !reads || excludeInitialAfterOwnWrite(s, location, *old.term, wroteBefore);
}

// fence(order): a point of its own (LANGUAGE.md section 4a); its synchronization is the
// encoder's (encode_happens_before.cpp), its place in psc too (encode_psc.cpp).
bool Walker::execFence(PathState& s, const Instr& instr) {
  if (spinProbeEffect(s))
    return true;
  if (s.collector != nullptr) {
    fail("a fence inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  noteSpinWrite(s, context_.bool_val(true));  // a fence spoils a spin (runtime/spin.cpp)
  NodeId id = beginPoint(s, NodeKind::Fence, instr.position);
  node(id).order = static_cast<ast::MemoryOrder>(instr.a);
  afterPoint(s);
  return true;
}

// What the atomic returns (pushed) and stores (`written`, `writeGuard`).
bool Walker::atomicEffect(PathState& s, const Instr& instr, NodeId id, LocationId location,
                          const SymValue& old, const std::vector<SymValue>& args, bool record) {
  auto kind = static_cast<AtomicKind>(instr.a);
  SymValue result = old;
  std::optional<SymValue> stored;
  z3::expr storesWhen = context_.bool_val(true);
  if (kind == AtomicKind::Store || kind == AtomicKind::Swap) {
    stored = args[0];
    if (kind == AtomicKind::Store)
      result = SymValue::none();
  } else if (kind == AtomicKind::Cas || kind == AtomicKind::Cmpxchg) {
    z3::expr swapped = valuesEqual(context_, old, args[0]);
    if (record)
      node(id).outcome = swapped;
    storesWhen = swapped;
    stored = args[1];
    if (kind == AtomicKind::Cas)
      result = SymValue::scalar(ValueTag::Bool, swapped);
  } else if (kind != AtomicKind::Load) {  // add (the new value) and fetch_* (the old one)
    if (!expectTag(s, old, ValueTag::Int, instr) || !expectTag(s, args[0], ValueTag::Int, instr))
      return false;
    const z3::expr& a = *old.term;
    const z3::expr& b = *args[0].term;
    ast::BinaryOperator op = fetchOperator(kind);
    std::optional<z3::expr> updated;
    if (op == ast::BinaryOperator::Add || op == ast::BinaryOperator::Subtract) {
      z3::expr value = (op == ast::BinaryOperator::Add ? a + b : a - b).simplify();
      z3::expr overflow = value < context_.int_val(std::numeric_limits<std::int64_t>::min()) ||
                          value > context_.int_val(std::numeric_limits<std::int64_t>::max());
      storesWhen = !overflow;
      if (!runtimeError(s, overflow, instr, "overflow"))
        return false;
      updated = value;
    } else {
      updated = bitwiseTerm(op, a, b);
    }
    stored = SymValue::scalar(ValueTag::Int, *updated);
    if (kind == AtomicKind::Add)
      result = *stored;
  }
  if (stored && record) {
    node(id).written = scalarTerm(context_, *stored);
    node(id).writeGuard = storesWhen.simplify();
    found_.locations[location].add(context_, *stored);
  }
  if (stored && !record && kind != AtomicKind::Store)
    node(id).probeStores = storesWhen.simplify();
  s.push(std::move(result));
  return true;
}

}  // namespace initcheck::symbolic
