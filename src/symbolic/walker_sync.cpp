// The unfolder's synchronization objects: `new` objects (a fresh id per unfolded occurrence),
// once (OnceDo with its outcome literal, the winner inlining f up to OnceFinish), mutex,
// rwmutex, cond, waitgroup and channel operations with the error literals the encoder defines
// (the blocking forms of section 4b: walker_wait.cpp).
#include <algorithm>

#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

bool Walker::execNewObject(PathState& s, const Instr& instr) {
  auto kind = static_cast<ast::TypeKind>(instr.a);
  ObjectInfo info;
  info.kind = kind == ast::TypeKind::Mutex       ? ObjectInfo::Kind::Mutex
              : kind == ast::TypeKind::WaitGroup ? ObjectInfo::Kind::WaitGroup
              : kind == ast::TypeKind::Chan      ? ObjectInfo::Kind::Channel
              : kind == ast::TypeKind::RwMutex   ? ObjectInfo::Kind::RwMutex
              : kind == ast::TypeKind::RMutex    ? ObjectInfo::Kind::RecursiveMutex
              : kind == ast::TypeKind::Cond      ? ObjectInfo::Kind::Cond
                                                 : ObjectInfo::Kind::Once;
  info.name = program_.atomText(instr.c);
  info.capacity = instr.b;
  out_.objects.push_back(info);
  s.push(SymValue::reference(ValueTag::Object, static_cast<std::int64_t>(out_.objects.size() - 1)));
  return true;
}

// A mutex or an rmutex (whose Lock and Unlock nodes the encoder tells apart by the object).
bool Walker::isMutex(PathState& s, const Instr& instr, ObjectId object) {
  ObjectInfo::Kind kind = objectKindOf(object);
  return kind == ObjectInfo::Kind::Mutex || kind == ObjectInfo::Kind::RecursiveMutex ||
         typeMismatch(s, instr);
}

// The object's kind (a reference the unfolder made: always in range).
ObjectInfo::Kind Walker::objectKindOf(ObjectId object) const {
  return out_.objects.at(static_cast<std::size_t>(object)).kind;
}

bool Walker::objectIs(PathState& s, const Instr& instr, ObjectId object, ObjectInfo::Kind kind) {
  return out_.objects.at(static_cast<std::size_t>(object)).kind == kind || typeMismatch(s, instr);
}

bool Walker::execMethod(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("a method call inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  auto kind = static_cast<MethodKind>(instr.a);
  if (kind == MethodKind::Do)
    return execDo(s, instr);
  std::vector<SymValue> args = s.popMany(instr.b);
  SymValue receiver = s.pop();
  if (!expectTag(s, receiver, ValueTag::Object, instr))
    return false;
  auto id = static_cast<ObjectId>(receiver.number);
  using K = ObjectInfo::Kind;
  bool rw = objectKindOf(id) == K::RwMutex;
  switch (kind) {
    case MethodKind::Lock:
      if (rw)
        return execRwLock(s, instr, id, receiver);
      if (!isMutex(s, instr, id) || !objectOp(s, instr, NodeKind::Lock, id))
        return false;
      s.top().pc += 1;  // past LockResume: only a rwmutex's lock waits there
      return true;
    case MethodKind::Unlock:
      if (rw)
        return errorOp(s, instr, NodeKind::Unlock, id, "unlock of unlocked mutex");
      return isMutex(s, instr, id) && errorOp(s, instr, NodeKind::Unlock, id,
                                              objectKindOf(id) == K::RecursiveMutex
                                                  ? "unlock of recursive mutex by non-owner"
                                                  : "unlock of unlocked mutex");
    case MethodKind::Add:
      return objectIs(s, instr, id, K::WaitGroup) &&
             expectTag(s, args.at(0), ValueTag::Int, instr) && execAdd(s, instr, id, args[0]);
    case MethodKind::Done:
      return objectIs(s, instr, id, K::WaitGroup) &&
             execAdd(s, instr, id, SymValue::scalar(ValueTag::Int, context_.int_val(-1)));
    case MethodKind::Wait:
      return objectIs(s, instr, id, K::WaitGroup) && objectOp(s, instr, NodeKind::WgWait, id);
    case MethodKind::RLock:
      return objectIs(s, instr, id, K::RwMutex) && objectOp(s, instr, NodeKind::RLock, id);
    case MethodKind::RUnlock:
      return objectIs(s, instr, id, K::RwMutex) &&
             errorOp(s, instr, NodeKind::RUnlock, id, "runlock of unlocked rwmutex");
    case MethodKind::CondWait:
      return objectIs(s, instr, id, K::Cond) && execCondWait(s, instr, id, receiver, args.at(0));
    case MethodKind::Signal:
    case MethodKind::Broadcast:
      return objectIs(s, instr, id, K::Cond) &&
             execSignal(s, instr, id, kind == MethodKind::Broadcast);
    case MethodKind::Send:
      return objectIs(s, instr, id, K::Channel) && execSend(s, instr, id, args.at(0));
    case MethodKind::Recv:
      return objectIs(s, instr, id, K::Channel) && execRecv(s, instr, id);
    default:
      return objectIs(s, instr, id, K::Channel) &&
             errorOp(s, instr, NodeKind::Close, id, "close of closed channel");
  }
}

bool Walker::objectOp(PathState& s, const Instr& instr, NodeKind kind, ObjectId object) {
  NodeId id = beginPoint(s, kind, instr.position);
  node(id).object = object;
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::errorOp(PathState& s, const Instr& instr, NodeKind kind, ObjectId object,
                     const std::string& error) {
  NodeId id = beginPoint(s, kind, instr.position);
  z3::expr literal = fresh(ValueTag::Bool, "err", id);
  node(id).object = object;
  node(id).errorLiteral = literal;
  if (!runtimeError(s, literal, instr, error))
    return false;
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::execAdd(PathState& s, const Instr& instr, ObjectId object, const SymValue& amount) {
  NodeId id = beginPoint(s, NodeKind::WgAdd, instr.position);
  z3::expr literal = fresh(ValueTag::Bool, "err", id);
  node(id).object = object;
  node(id).amount = *amount.term;
  node(id).errorLiteral = literal;
  if (!runtimeError(s, literal, instr, "negative waitgroup counter"))
    return false;
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

// A scalar message's term, or the message's code on a channel of codes.
z3::expr Walker::sendTerm(ObjectId object, const SymValue& value) const {
  ValueTable table = channelTable(object);
  const auto& values = table.values();
  bool scalar = !values.empty() && values.front().tag != ValueTag::None;
  for (const SymValue& sent : values)
    scalar = scalar && sent.isScalar() && sent.tag == values.front().tag;
  if (scalar)
    return scalarTerm(context_, value);
  return context_.int_val(static_cast<std::int64_t>(table.find(value).value_or(values.size())));
}

bool Walker::execSend(PathState& s, const Instr& instr, ObjectId object, const SymValue& value) {
  NodeId id = beginPoint(s, NodeKind::Send, instr.position);
  z3::expr literal = fresh(ValueTag::Bool, "err", id);
  node(id).object = object;
  node(id).errorLiteral = literal;
  node(id).value = sendTerm(object, value);
  if (!runtimeError(s, literal, instr, "send on closed channel"))
    return false;
  found_.channels[object].add(context_, value);
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

// The values sent on a channel, as the previous round found them.
ValueTable Walker::channelTable(ObjectId object) const {
  auto it = previous_.channels.find(object);
  return it == previous_.channels.end() ? ValueTable{} : it->second.values;
}

// The zero value is of the type of the values sent (int 0 when none is known).
bool Walker::execRecv(PathState& s, const Instr& instr, ObjectId object) {
  ValueTable sends = channelTable(object);
  const auto& values = sends.values();
  ValueTag tag = values.empty() ? ValueTag::Int : values.front().tag;
  bool scalar = true;
  for (const SymValue& value : values)
    scalar = scalar && value.isScalar() && value.tag == tag;
  if (!scalar || tag == ValueTag::None)
    return receiveStructured(s, instr, object, sends);
  NodeId id = beginPoint(s, NodeKind::Recv, instr.position);
  z3::expr value = fresh(tag, "v", id);
  node(id).object = object;
  node(id).value = value;
  node(id).closedZero = fresh(ValueTag::Bool, "cz", id);
  node(id).zeroValue = scalarTerm(context_, zeroValue(context_, tag));
  afterPoint(s);
  s.push(SymValue::scalar(tag, value));
  return true;
}

// Messages of several types or non-scalar: the Recv gets a code; the zero value has one too.
bool Walker::receiveStructured(PathState& s, const Instr& instr, ObjectId object,
                               const ValueTable& sends) {
  bool lists = !sends.values().empty();
  for (const SymValue& send : sends.values())
    lists = lists && send.tag == ValueTag::List;
  ValueTable table = sends;
  std::size_t zero = table.add(zeroValue(context_, lists ? ValueTag::List : ValueTag::Int));
  NodeId id = beginPoint(s, NodeKind::Recv, instr.position);
  z3::expr code = fresh(ValueTag::Int, "v", id);
  node(id).object = object;
  node(id).value = code;
  node(id).closedZero = fresh(ValueTag::Bool, "cz", id);
  node(id).zeroValue = context_.int_val(static_cast<std::int64_t>(zero));
  afterPoint(s);
  return forkOverCodes(s, code, table.values());
}

// o.do(f): under `outcome` this caller runs f (its OnceFinish follows f's return), else skips.
bool Walker::reentersOnce(const PathState& s, ObjectId object) {
  return std::any_of(s.openOnces.begin(), s.openOnces.end(),
                     [&](NodeId open) { return node(open).object == object; });
}

bool Walker::execDo(PathState& s, const Instr& instr) {
  SymValue function = s.pop();
  SymValue receiver = s.pop();
  if (!expectTag(s, receiver, ValueTag::Object, instr) ||
      !expectTag(s, function, ValueTag::Func, instr))
    return false;
  auto object = static_cast<ObjectId>(receiver.number);
  if (!objectIs(s, instr, object, ObjectInfo::Kind::Once))
    return false;
  NodeId id = beginPoint(s, NodeKind::OnceDo, instr.position);
  node(id).object = object;
  if (reentersOnce(s, object)) {  // this thread runs the once's f: it waits for itself forever
    node(id).outcome = context_.bool_val(false);
    return false;
  }
  z3::expr wins = fresh(ValueTag::Bool, "out", id);
  node(id).outcome = wins;
  afterPoint(s);
  return branch(s, 2, [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && (k == 0 ? wins : !wins)).simplify();
    if (b.guard.is_false())
      return false;
    if (k == 1) {
      b.top().pc += 1;  // past OnceFinish
      b.push(SymValue::none());
      return true;
    }
    noteSpinWrite(b, context_.bool_val(true));  // entering f spoils a spin; skipping does not
    b.openOnces.push_back(id);
    b.push(receiver);
    return enterCall(b, function, {}, instr);
  });
}

bool Walker::execOnceFinish(PathState& s, const Instr& instr) {
  if (s.collector != nullptr) {
    fail("a once inside an await condition cannot be unfolded", instr.position);
    return false;
  }
  s.pop();  // f's result
  SymValue receiver = s.pop();
  NodeId id = beginPoint(s, NodeKind::OnceFinish, instr.position);
  node(id).object = static_cast<ObjectId>(receiver.number);
  if (!s.openOnces.empty()) {
    node(s.openOnces.back()).finishes.push_back(id);
    s.openOnces.pop_back();
  }
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

}  // namespace initcheck::symbolic
