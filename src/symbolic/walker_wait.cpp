// The unfolder's blocking forms of v2 section 4b, whose waiting the encoder decides
// (encode_rwmutex.cpp, encode_wakeups.cpp), mirroring the explicit executor's two-point shape
// (runtime/lock_exec.cpp, cond_exec.cpp, wait_notify.cpp):
// - a rwmutex lock is a Lock point; under its `waits` literal (it found readers) a LockResume
//   point takes the lock later, otherwise the lock is taken at the Lock;
// - `cv.wait(m)` is a CondWait point (unlock m, join the waiters) then a CondWake point;
// - `a.wait(v)` is an Atomic load; when it read v and no notify answered a newer write yet
//   (`notifiedBefore`), an AtomicWake point follows, which a notify must enable.
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

bool Walker::execRwLock(PathState& s, const Instr& instr, ObjectId object,
                        const SymValue& receiver) {
  NodeId id = beginPoint(s, NodeKind::Lock, instr.position);
  z3::expr waits = fresh(ValueTag::Bool, "waits", id);
  node(id).object = object;
  node(id).waits = waits;
  afterPoint(s);
  return splitOnWaiting(s, waits, receiver);  // LockResume takes the receiver
}

// Two paths: one where the point does not wait (it skips the resume instruction that follows
// and its result is none), one where it waits (the resume instruction runs, with `operand`).
bool Walker::splitOnWaiting(PathState& s, const z3::expr& waits,
                            const std::optional<SymValue>& operand) {
  return branch(s, 2, [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && (k == 0 ? !waits : waits)).simplify();
    if (b.guard.is_false())
      return false;
    if (k == 0) {
      b.top().pc += 1;  // past the resume instruction
      b.push(SymValue::none());
    } else if (operand) {
      b.push(*operand);
    }
    return true;
  });
}

bool Walker::execLockResume(PathState& s, const Instr& instr) {
  SymValue receiver = s.pop();
  NodeId id = beginPoint(s, NodeKind::LockResume, instr.position);
  node(id).object = static_cast<ObjectId>(receiver.number);
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::execCondWait(PathState& s, const Instr& instr, ObjectId cond, const SymValue& receiver,
                          const SymValue& mutex) {
  if (!expectTag(s, mutex, ValueTag::Object, instr) ||
      !objectIs(s, instr, static_cast<ObjectId>(mutex.number), ObjectInfo::Kind::Mutex))
    return false;
  NodeId id = beginPoint(s, NodeKind::CondWait, instr.position);
  z3::expr literal = fresh(ValueTag::Bool, "err", id);
  node(id).object = cond;
  node(id).mutex = static_cast<ObjectId>(mutex.number);
  node(id).errorLiteral = literal;
  if (!runtimeError(s, literal, instr, "cond wait without the mutex"))
    return false;
  s.push(receiver);  // for CondResume
  s.push(mutex);
  afterPoint(s);
  return true;
}

bool Walker::execCondResume(PathState& s, const Instr& instr) {
  SymValue mutex = s.pop();
  SymValue receiver = s.pop();
  NodeId id = beginPoint(s, NodeKind::CondWake, instr.position);
  node(id).object = static_cast<ObjectId>(receiver.number);
  node(id).mutex = static_cast<ObjectId>(mutex.number);
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::execSignal(PathState& s, const Instr& instr, ObjectId cond, bool all) {
  NodeId id = beginPoint(s, NodeKind::Signal, instr.position);
  node(id).object = cond;
  node(id).wakesAll = all;
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

bool Walker::execNotify(PathState& s, const Instr& instr, LocationId location) {
  noteSpinWrite(s, context_.bool_val(true));
  NodeId id = beginPoint(s, NodeKind::Notify, instr.position);
  node(id).location = location;
  node(id).wakesAll = static_cast<AtomicKind>(instr.a) == AtomicKind::NotifyAll;
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

// After the wait's load (node `wait`, which read `old`): it returns at once when old != v or
// a notify already answered a newer write; otherwise the path goes on to AtomicWaitResume.
bool Walker::blockOnWait(PathState& s, NodeId wait, const SymValue& old, const SymValue& expected) {
  z3::expr equal = valuesEqual(context_, old, expected).simplify();
  z3::expr notified = fresh(ValueTag::Bool, "notified", wait);
  node(wait).waitsFor = scalarTerm(context_, expected);
  node(wait).notifiedBefore = notified;
  return splitOnWaiting(s, (equal && !notified).simplify(), std::nullopt);
}

// In a spin's probe, over the final values: the wait blocks where it read v (a notify answered
// no newer write, there is none); only a wait that returns at once lets the spin go round.
bool Walker::probeWait(PathState& s, const SymValue& old, const SymValue& expected) {
  s.guard = (s.guard && !valuesEqual(context_, old, expected)).simplify();
  s.top().pc += 1;  // past the resume instruction
  s.push(SymValue::none());
  return !s.guard.is_false();
}

bool Walker::execAtomicWaitResume(PathState& s, const Instr& instr) {
  noteBlockedWait(s);
  beginPoint(s, NodeKind::AtomicWake, instr.position);
  s.push(SymValue::none());
  afterPoint(s);
  return true;
}

}  // namespace initcheck::symbolic
