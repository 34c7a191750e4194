// What a thread's next step touches (runtime/footprint.hpp), read off the instruction it is
// poised at; an await (and a declared thread's first step, which starts with private code)
// is run on a copy instead, and what that trial touched is its footprint.
#include <algorithm>

#include "model/enabledness.hpp"
#include "model/semantics.hpp"
#include "model/step_decisions.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

Access location(std::int64_t id, AccessMode mode) {
  return Access{ResourceKind::Location, static_cast<std::uint32_t>(id), mode, AccessRole::Plain};
}

Access object(std::int64_t id, AccessMode mode, AccessRole role) {
  return Access{ResourceKind::Object, static_cast<std::uint32_t>(id), mode, role};
}

Access methodAccess(const StateData& state, ThreadId t, const Instr& instr) {
  const ThreadState& thread = state.threads[t];
  const Value& receiver = methodReceiver(thread, instr);
  if (!receiver.is(ValueTag::Object))  // a runtime error: it halts
    return Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain};
  const SyncObject& target = state.objects.at(static_cast<std::size_t>(receiver.number));
  switch (static_cast<MethodKind>(instr.a)) {
    case MethodKind::Do: {
      const auto* once = std::get_if<OnceObject>(&target.object);
      bool done = once != nullptr && once->status == OnceObject::Status::Done;
      return object(receiver.number, done ? AccessMode::Read : AccessMode::Write,
                    AccessRole::OnceDo);
    }
    case MethodKind::Lock:
      return object(receiver.number, AccessMode::Write, AccessRole::Lock);
    case MethodKind::Unlock: {
      const auto* mutex = std::get_if<MutexObject>(&target.object);
      bool holder = mutex != nullptr && mutex->locked && mutex->holder == t;
      return object(receiver.number, AccessMode::Write,
                    holder ? AccessRole::Unlock : AccessRole::Plain);
    }
    case MethodKind::Wait:
    case MethodKind::RLock:  // rlocks commute with each other
      return object(receiver.number, AccessMode::Read, AccessRole::Plain);
    default:  // add, done, send, recv, close, runlock, signal, broadcast, cond wait
      return object(receiver.number, AccessMode::Write, AccessRole::Plain);
  }
}

// Notify touches no memory (it wakes waiters: the location's Write in decodedFootprint).
bool atomicAccesses(AtomicKind kind) {
  return kind != AtomicKind::NotifyOne && kind != AtomicKind::NotifyAll;
}

// A location reached through the stack (atomics and cells of arrays); an index out of range is
// a runtime error, which halts.
Access poisedLocationAccess(const CompiledProgram& program, const ThreadState& thread,
                            const Instr& instr, AccessMode mode) {
  std::optional<std::int64_t> id = Executor::poisedLocation(program, thread, instr);
  if (!id)
    return Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain};
  return location(*id, mode);
}

// Method calls that touch a second object: `cv.wait(m)` unlocks m; its resume locks m again.
void addSecondObject(Footprint& footprint, const ThreadState& thread, const Instr& instr) {
  if (instr.op == Op::Method && static_cast<MethodKind>(instr.a) == MethodKind::CondWait) {
    const Value& mutex = stackFromTop(thread, 0);
    if (mutex.is(ValueTag::Object))
      footprint.add(object(mutex.number, AccessMode::Write, AccessRole::Plain));
  }
}

std::int64_t sharedSlotLocation(const ThreadState& thread, const Instr& instr) {
  return thread.frames.back().slots.at(static_cast<std::size_t>(instr.a)).number;
}

// RC11's psc (runtime/psc.hpp): what memory_rc11.cpp's touchesSeqCstOrder adds when the step
// runs.
void addSeqCstOrder(Footprint& footprint, MemoryMode mode, const AtomicsUsed& used,
                    const Instr& instr) {
  if (mode != MemoryMode::Rc11)
    return;
  bool seqCst = false;
  bool memory = false;
  if (instr.op == Op::Atomic && !atomicAccesses(static_cast<AtomicKind>(instr.a)))
    return;
  switch (instr.op) {
    case Op::Atomic:
    case Op::Fence:
      seqCst = static_cast<ast::MemoryOrder>(instr.op == Op::Atomic ? instr.c : instr.a) ==
               ast::MemoryOrder::SeqCst;
      memory = instr.op == Op::Atomic;
      break;
    case Op::LoadGlobal:
    case Op::StoreGlobal:
    case Op::LoadShared:
    case Op::StoreShared:
    case Op::LoadCell:
    case Op::StoreCell:
      memory = true;
      break;
    default:
      return;
  }
  if (seqCst || (memory && used.seqCstFences))
    footprint.add(Access{ResourceKind::SeqCstOrder, 0, AccessMode::Write, AccessRole::Plain});
}

// Under RC11 an await's reads may return several writes, and which the condition reads next
// depends on them: its footprint is what every way of evaluating it touches.
Footprint trialFootprint(const CompiledProgram& program, const Bounds& bounds,
                         const StateData& state, ThreadId t) {
  Footprint footprint;
  bool halts = false;
  forEachDecisionLeaf(program, bounds, state, t, [&](const DecisionLeaf& leaf) {
    for (const Access& access : leaf.outcome.footprint.accesses)
      footprint.add(access);
    halts = halts || leaf.after.halted;
  });
  footprint.add(Access{ResourceKind::ThreadLocal, t, AccessMode::Read, AccessRole::Plain});
  if (halts)
    footprint.add(Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain});
  return footprint;
}

}  // namespace

std::optional<Footprint> decodedFootprint(const StateData& state, const CompiledProgram& program,
                                          const Bounds& bounds, ThreadId t) {
  const ThreadState& thread = state.threads[t];
  Footprint footprint;
  if (thread.finished || state.halted)
    return footprint;
  const Instr& instr = poisedAt(program, thread);
  addSeqCstOrder(footprint, memoryModeOf(bounds.memoryModel, program.atomicsUsed),
                 program.atomicsUsed, instr);
  // A thread waiting in a spin goes on when what the spin read is written (spin.cpp).
  if (const SpinState* spin = Executor::waitingSpin(thread)) {
    for (const SpinRead& read : spin->reads)
      footprint.add(location(read.location, AccessMode::Read));
  }
  switch (instr.op) {
    case Op::LoadGlobal:
      footprint.add(location(instr.a, AccessMode::Read));
      break;
    case Op::StoreGlobal:
      footprint.add(location(instr.a, AccessMode::Write));
      break;
    case Op::LoadShared:
      footprint.add(location(sharedSlotLocation(thread, instr), AccessMode::Read));
      break;
    case Op::StoreShared:
      footprint.add(location(sharedSlotLocation(thread, instr), AccessMode::Write));
      break;
    case Op::Atomic: {
      auto kind = static_cast<AtomicKind>(instr.a);
      bool load = kind == AtomicKind::Load || kind == AtomicKind::Wait;
      footprint.add(poisedLocationAccess(program, thread, instr,
                                         load ? AccessMode::Read : AccessMode::Write));
      break;
    }
    case Op::LoadCell:
    case Op::StoreCell:
      footprint.add(poisedLocationAccess(
          program, thread, instr, instr.op == Op::LoadCell ? AccessMode::Read : AccessMode::Write));
      break;
    case Op::AtomicWaitResume:  // woken by a notify, which writes the location
      if (thread.atomicWait)
        footprint.add(location(thread.atomicWait->location, AccessMode::Read));
      else
        footprint.add(Access{ResourceKind::ThreadLocal, t, AccessMode::Read, AccessRole::Plain});
      break;
    case Op::CondResume:  // relocks the mutex once a signal took it off the cond's waiters
      footprint.add(object(stackFromTop(thread, 1).number, AccessMode::Read, AccessRole::Plain));
      footprint.add(object(stackFromTop(thread, 0).number, AccessMode::Write, AccessRole::Lock));
      break;
    case Op::LockResume:
      footprint.add(object(stackFromTop(thread, 0).number, AccessMode::Write, AccessRole::Lock));
      break;
    case Op::Method:
      footprint.add(methodAccess(state, t, instr));
      addSecondObject(footprint, thread, instr);
      break;
    case Op::OnceFinish:
      footprint.add(
          object(stackFromTop(thread, 1).number, AccessMode::Write, AccessRole::OnceFinish));
      break;
    case Op::Go:
      footprint.add(Access{ResourceKind::ThreadTable, 0, AccessMode::Write, AccessRole::Plain});
      break;
    case Op::Join: {
      const Value& handle = stackFromTop(thread, 0);
      if (handle.is(ValueTag::Handle))
        footprint.add(Access{ResourceKind::ThreadExit, static_cast<std::uint32_t>(handle.number),
                             AccessMode::Read, AccessRole::Join});
      else
        footprint.add(Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain});
      break;
    }
    case Op::ChooseRange:
    case Op::ChooseValues:  // private
      footprint.add(Access{ResourceKind::ThreadLocal, t, AccessMode::Read, AccessRole::Plain});
      break;
    case Op::Fence:  // changes only the thread's own clocks, unless it is in psc
      if (footprint.empty())
        footprint.add(Access{ResourceKind::ThreadLocal, t, AccessMode::Read, AccessRole::Plain});
      break;
    default:  // await, or a declared thread's first step through private code
      return std::nullopt;
  }
  return footprint;
}

Footprint poisedFootprintOf(const CompiledProgram& program, const Bounds& bounds,
                            const StateData& state, ThreadId t) {
  std::optional<Footprint> decoded = decodedFootprint(state, program, bounds, t);
  return decoded ? std::move(*decoded) : trialFootprint(program, bounds, state, t);
}

}  // namespace initcheck
