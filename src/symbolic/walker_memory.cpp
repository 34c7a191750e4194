// The unfolder's shared memory: locations (globals, shared locals, shared parameters and
// copies), reads as Read points (AwaitRead nodes inside an evaluation) with a fresh term (for
// a location of codes, then one branch per value), monitored reads with their NoWrite Halt,
// and writes as Write points.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

LocationId Walker::allocate(const std::string& name, std::optional<SymValue> value) {
  LocationInfo info;
  info.name = name;
  info.hasInitialValue = value.has_value();
  out_.locations.push_back(info);
  initialValues_.push_back(std::move(value));
  return static_cast<LocationId>(out_.locations.size() - 1);
}

std::string Walker::slotName(const SymFrame& frame, std::int64_t slot) const {
  const auto& names = body(frame.body).slotNames;
  auto index = static_cast<std::size_t>(slot);
  return index < names.size() ? names[index] : std::string("?");
}

LocationId Walker::slotLocation(PathState& s, const Instr& instr) {
  if (instr.op == Op::LoadGlobal || instr.op == Op::StoreGlobal || instr.op == Op::PeekGlobal)
    return static_cast<LocationId>(instr.a);
  return static_cast<LocationId>(s.top().slots[static_cast<std::size_t>(instr.a)].number);
}

// The location's values: its initial value first, then those the previous round wrote.
ValueTable Walker::tableOf(LocationId location) const {
  ValueTable table;
  if (const auto& initial = initialValues_[static_cast<std::size_t>(location)])
    table.add(*initial);
  auto it = previous_.locations.find(location);
  if (it != previous_.locations.end()) {
    for (const SymValue& value : it->second.values.values())
      table.add(value);
  }
  return table;
}

LocationShape Walker::shapeOf(LocationId location) const {
  ValueTable table = tableOf(location);
  if (table.values().empty())
    return LocationShape{};
  ValueTable shapes;
  for (const SymValue& value : table.values())
    shapes.add(normalized(context_, value));
  if (!representableByTerms(shapes))
    return LocationShape{LocationShape::Kind::Structured, ValueTag::None, 0};
  const SymValue& shape = shapes.values().front();
  if (shape.isScalar())
    return LocationShape{LocationShape::Kind::Scalar, shape.tag, 0};
  ValueTag tag = shape.items.empty() ? ValueTag::Int : shape.items.front().tag;
  return LocationShape{LocationShape::Kind::ScalarList, tag, shape.items.size()};
}

// What a write stores: the scalar's term, or for a location of codes the value's code (a value
// the previous round did not write gets a code past the table; the next round numbers it).
z3::expr Walker::storedTerm(LocationId location, const SymValue& value) const {
  LocationShape shape = shapeOf(location);
  if (shape.kind == LocationShape::Kind::ScalarList && value.tag == ValueTag::List) {
    z3::expr zero = scalarTerm(context_, zeroValue(context_, shape.tag));
    z3::expr array = z3::const_array(context_.int_sort(), zero);
    for (std::size_t i = 0; i < value.items.size(); ++i)
      array = z3::store(array, static_cast<int>(i), scalarTerm(context_, value.items[i]));
    return array.simplify();
  }
  if (shape.kind != LocationShape::Kind::Structured)
    return scalarTerm(context_, value);
  ValueTable table = tableOf(location);
  std::size_t code = table.find(value).value_or(table.values().size());
  return context_.int_val(static_cast<std::int64_t>(code));
}

bool Walker::forkOverCodes(PathState& s, const z3::expr& code,
                           const std::vector<SymValue>& values) {
  return branch(s, values.size(), [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && code == static_cast<int>(k)).simplify();
    b.push(values[k]);
    return !b.guard.is_false();
  });
}

bool Walker::peekShared(PathState& s, LocationId location, const Instr& instr) {
  const auto& value = initialValues_[static_cast<std::size_t>(location)];
  if (!value) {
    fail("an object variable without a value", instr.position);
    return false;
  }
  s.push(*value);
  return true;
}

// A cell of an array global: the index is on the stack (under the value for StoreCell).
bool Walker::execCell(PathState& s, const Instr& instr) {
  std::optional<SymValue> value;
  if (instr.op == Op::StoreCell)
    value = s.pop();
  SymValue index = s.pop();
  return onCell(s, instr, instr.a, index, [&](PathState& b, LocationId location) {
    switch (instr.op) {
      case Op::LoadCell:
        return readShared(b, location, instr);
      case Op::StoreCell:
        return writeShared(b, location, *value, instr);
      default:
        return peekShared(b, location, instr);
    }
  });
}

// An index out of range fails in the step of the access (its own Step point, as the explicit
// executor's step fails); inside an await condition, in the Await's step. The path goes on
// with the index in range (false: it cannot).
bool Walker::cellInRange(PathState& s, const Instr& instr, const z3::expr& outOfRange) {
  if (s.collector != nullptr || instr.op == Op::PeekCell)
    return runtimeError(s, outOfRange, instr, "index out of range");
  z3::expr fails = (s.guard && outOfRange).simplify();
  if (!fails.is_false()) {
    PathState failing = s;
    failing.guard = fails;
    beginPoint(failing, NodeKind::Step, instr.position);
    halt(failing,
         HaltSpec{HaltKind::RuntimeError, instr.position, "index out of range", BoundKind::Unroll});
  }
  s.guard = (s.guard && !outOfRange).simplify();
  return !s.guard.is_false();
}

namespace {

void pinValue(SymValue& held, const z3::expr& term, const z3::expr& value) {
  if (held.term && z3::eq(*held.term, term))
    held.term = value;
  for (SymValue& item : held.items)
    pinValue(item, term, value);
}

}  // namespace

void Walker::pinTerm(PathState& s, const z3::expr& term, const z3::expr& value) {
  for (SymFrame& frame : s.frames) {
    for (SymValue& slot : frame.slots)
      pinValue(slot, term, value);
    for (SymValue& operand : frame.stack)
      pinValue(operand, term, value);
  }
}

NodeId Walker::accessNode(PathState& s, NodeKind kind, LocationId location, const Instr& instr) {
  NodeId id = s.collector == nullptr ? beginPoint(s, kind, instr.position)
                                     : addNode(s, NodeKind::AwaitRead, instr.position);
  Node& access = node(id);
  access.location = location;
  access.reads = true;
  access.probe = s.collector != nullptr && s.collector->probe;
  if (instr.op == Op::Atomic)
    access.order = static_cast<ast::MemoryOrder>(instr.c);
  return id;
}

bool Walker::checkHasWrite(PathState& s, NodeId read, LocationId location, const Instr& instr) {
  bool monitored = out_.locations[static_cast<std::size_t>(location)].monitored;
  if (!monitored || (s.collector != nullptr && !s.collector->checksInit))
    return true;
  z3::expr hasWrite = fresh(ValueTag::Bool, "hw", read);
  node(read).hasWrite = hasWrite;
  return haltIf(s, !hasWrite, HaltSpec{HaltKind::NoWrite, instr.position, "", BoundKind::Unroll});
}

bool Walker::finishAccess(PathState& s) {
  if (s.collector == nullptr)
    afterPoint(s);
  return true;
}

bool Walker::readShared(PathState& s, LocationId location, const Instr& instr) {
  LocationShape shape = shapeOf(location);
  switch (shape.kind) {
    case LocationShape::Kind::Scalar:
      return readScalar(s, location, shape.tag, instr);
    case LocationShape::Kind::ScalarList:
      return readScalarList(s, location, shape, instr);
    case LocationShape::Kind::Structured:
      return readStructured(s, location, instr);
    default:
      return readNothing(s, location, instr);
  }
}

bool Walker::readScalar(PathState& s, LocationId location, ValueTag tag, const Instr& instr) {
  NodeId id = accessNode(s, NodeKind::Read, location, instr);
  z3::expr value = fresh(tag, "v", id);
  node(id).value = value;
  if (!checkHasWrite(s, id, location, instr))
    return false;
  s.push(SymValue::scalar(tag, value));
  return finishAccess(s);
}

// A location of lists of scalars: the read gets a fresh array, its items are its elements.
bool Walker::readScalarList(PathState& s, LocationId location, const LocationShape& shape,
                            const Instr& instr) {
  NodeId id = accessNode(s, NodeKind::Read, location, instr);
  z3::sort element = isBoolTag(shape.tag) ? context_.bool_sort() : context_.int_sort();
  std::string name = "v" + std::to_string(id);
  z3::expr array =
      context_.constant(name.c_str(), context_.array_sort(context_.int_sort(), element));
  node(id).value = array;
  if (!checkHasWrite(s, id, location, instr))
    return false;
  std::vector<SymValue> items;
  for (std::size_t i = 0; i < shape.length; ++i)
    items.push_back(SymValue::scalar(shape.tag, z3::select(array, static_cast<int>(i))));
  s.push(SymValue::list(std::move(items)));
  return finishAccess(s);
}

// A location of codes: the read gets a fresh code, and the walk forks over the values.
bool Walker::readStructured(PathState& s, LocationId location, const Instr& instr) {
  NodeId id = accessNode(s, NodeKind::Read, location, instr);
  z3::expr code = fresh(ValueTag::Int, "v", id);
  node(id).value = code;
  if (!checkHasWrite(s, id, location, instr))
    return false;
  finishAccess(s);
  ValueTable table = tableOf(location);
  return forkOverCodes(s, code, table.values());
}

// No write of the location is known: a monitored read ends in NoWrite, a final check sees
// none; otherwise no execution can get here (or a later round will know the writes).
bool Walker::readNothing(PathState& s, LocationId location, const Instr& instr) {
  if (s.collector != nullptr && !s.collector->checksInit) {
    s.push(SymValue::none());
    return true;
  }
  if (out_.locations[static_cast<std::size_t>(location)].monitored) {
    NodeId id = accessNode(s, NodeKind::Read, location, instr);
    checkHasWrite(s, id, location, instr);
    return false;
  }
  truncated_ = true;
  return false;
}

bool Walker::writeShared(PathState& s, LocationId location, SymValue value, const Instr& instr) {
  if (spinProbeEffect(s))  // the probe of a spin: the run writes, so it is no spin
    return true;
  if (s.collector != nullptr) {
    fail("a write inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  noteSpinWrite(s, context_.bool_val(true));
  NodeId id = beginPoint(s, NodeKind::Write, instr.position);
  Node& write = node(id);
  write.location = location;
  write.writes = true;
  write.value = storedTerm(location, value);
  found_.locations[location].add(context_, value);
  afterPoint(s);
  noteOwnWrite(s, location, context_.bool_val(true));
  return true;
}

}  // namespace initcheck::symbolic
