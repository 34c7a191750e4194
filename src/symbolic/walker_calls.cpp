// The unfolder's calls: inlined frames (the depth bound cuts as enterCall does), closures with
// their environments (shared parameters and shared copies become fresh locations holding their
// initial value), returns (the thread's Exit), and the InitCall nodes of `init func` calls.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

bool Walker::execCall(PathState& s, const Instr& instr) {
  std::vector<SymValue> args = s.popMany(instr.a);
  SymValue callee = s.pop();
  return enterCall(s, callee, std::move(args), instr);
}

bool Walker::enterCall(PathState& s, const SymValue& callee, std::vector<SymValue> args,
                       const Instr& instr) {
  if (!expectTag(s, callee, ValueTag::Func, instr))
    return false;
  const CompiledBody& called = body(static_cast<BodyId>(callee.number));
  if (called.parameterSlots.size() != args.size())
    return typeMismatch(s, instr);
  if (static_cast<std::int64_t>(s.frames.size()) > bounds_.depth)
    return halt(s, HaltSpec{HaltKind::Cut, instr.position, "", BoundKind::Depth});
  if (called.isInit)
    recordInitCall(s, called, args, instr);
  s.frames.push_back(makeFrame(callee, std::move(args)));
  return true;
}

SymFrame Walker::makeFrame(const SymValue& callee, std::vector<SymValue> args) {
  const CompiledBody& called = body(static_cast<BodyId>(callee.number));
  SymFrame frame;
  frame.body = called.id;
  frame.slots.resize(called.slotCount);
  for (std::size_t i = 0; i < called.parameterSlots.size() && i < args.size(); ++i) {
    SymValue value = std::move(args[i]);
    if (called.parameterShared[i]) {
      LocationId id = allocate(called.slotNames[called.parameterSlots[i]], std::move(value));
      value = SymValue::reference(ValueTag::Location, id);
    }
    frame.slots[called.parameterSlots[i]] = std::move(value);
  }
  for (std::size_t i = 0; i < called.captureSlots.size() && i < callee.items.size(); ++i)
    frame.slots[called.captureSlots[i]] = callee.items[i];
  return frame;
}

bool Walker::execReturn(PathState& s, const Instr& instr) {
  SymValue result = s.pop();
  s.frames.pop_back();
  if (!s.frames.empty()) {
    s.push(std::move(result));
    return true;
  }
  if (s.collector != nullptr) {
    fail("an evaluation returned from its body", instr.position);
    return false;
  }
  NodeId id = addNode(s, NodeKind::Exit, instr.position);
  out_.instances[static_cast<std::size_t>(s.instance)].exits.push_back(id);
  return false;
}

bool Walker::execMakeClosure(PathState& s, const Instr& instr) {
  const CompiledBody& created = body(static_cast<BodyId>(instr.a));
  std::vector<SymValue> environment =
      s.popMany(static_cast<std::int64_t>(created.captureSlots.size()));
  for (std::size_t i = 0; i < environment.size(); ++i) {
    if (!created.captureIsSharedCopy[i])
      continue;
    LocationId id = allocate(created.slotNames[created.captureSlots[i]], environment[i]);
    environment[i] = SymValue::reference(ValueTag::Location, id);
  }
  s.push(SymValue::closure(static_cast<BodyId>(instr.a), std::move(environment)));
  return true;
}

void Walker::recordInitCall(PathState& s, const CompiledBody& callee,
                            const std::vector<SymValue>& args, const Instr& instr) {
  noteSpinWrite(s, context_.bool_val(true));  // a call of an init func spoils a spin
  NodeId id = addNode(s, NodeKind::InitCall, instr.position);
  if (id == kNoNode)
    return;
  std::vector<z3::expr> terms;
  std::string shape;
  for (std::size_t i = 0; i < args.size(); ++i) {
    shape += i == 0 ? "" : ",";
    flattenValue(context_, args[i], terms, shape);
  }
  Node& call = node(id);
  call.function = callee.symbol;
  call.arguments = std::move(terms);
  call.argumentsShape = std::move(shape);
}

}  // namespace initcheck::symbolic
