// Executor: atomic variables under the sc model, and the seq_cst atomics of a program that
// has no others under rc11 (runtime/memory_mode.hpp; atomics_rc11.cpp is the rest).
// Values are sequentially consistent; happens-before follows
// C++20 release sequences: a release (or stronger) store heads a sequence carrying its clock,
// read-modify-writes continue it, a plain store starts a new one; acquire (or stronger)
// loads and RMWs that read from the sequence join its clock. Relaxed adds nothing.
#include "parser/ast_names.hpp"
#include "runtime/atomic_effect.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

using ast::MemoryOrder;

void Executor::atomicAcquire(ThreadId t, const Location& location, MemoryOrder order) {
  if (!bookkeeping_)
    return;
  acquireFrom(t, location.releaseClock, order);
}

// An acquire read joins the release sequence it reads from; a relaxed one keeps it for the
// thread's next acquire fence (only kept in programs that have fences).
void Executor::acquireFrom(ThreadId t, const VectorClock& sync, MemoryOrder order) {
  ThreadState& thread = state_.threads[t];
  if (acquiresOrder(order))
    thread.clock.join(sync);
  else if (program_.atomicsUsed.fences)
    thread.pendingAcquire.join(sync);
}

// A write that does not release carries the clock of the thread's last release fence (empty
// without one): a fence followed by a relaxed store synchronizes like a release store.
void Executor::atomicRelease(ThreadId t, Location& location, MemoryOrder order, bool rmw) {
  if (!bookkeeping_)
    return;
  const ThreadState& thread = state_.threads[t];
  if (!rmw)
    location.releaseClock = VectorClock{};
  location.releaseClock.join(releasesOrder(order) ? thread.clock : thread.releaseFence);
}

std::optional<AtomicEffect> Executor::atomicEffect(const Instr& instr, const Value& old,
                                                   const std::vector<Value>& args,
                                                   const std::string& name) {
  switch (static_cast<AtomicKind>(instr.a)) {
    case AtomicKind::Load:
      return AtomicEffect{old, std::nullopt, "load " + name + " = " + show(old)};
    case AtomicKind::Store:
      return AtomicEffect{Value::none(), args[0], "store " + name + " = " + show(args[0])};
    case AtomicKind::Swap:
      return AtomicEffect{old, args[0],
                          "swap " + name + " = " + show(args[0]) + " (was " + show(old) + ")"};
    case AtomicKind::Cas: {
      bool swapped = old == args[0];
      std::string text = "cas " + name + " " + show(args[0]) + " -> " + show(args[1]) +
                         (swapped ? ": succeeded" : ": failed, it holds " + show(old));
      return AtomicEffect{Value::boolean(swapped),
                          swapped ? std::optional<Value>(args[1]) : std::nullopt, text};
    }
    case AtomicKind::Add:
      break;
  }
  if (!expectTag(old, ValueTag::Int, instr) || !expectTag(args[0], ValueTag::Int, instr))
    return std::nullopt;
  std::int64_t sum = 0;
  if (__builtin_add_overflow(old.number, args[0].number, &sum)) {
    runtimeError(instr, "overflow", "atomic add overflows");
    return std::nullopt;
  }
  Value result = Value::integer(sum);
  return AtomicEffect{
      result, result,
      "add " + name + " " + show(args[0]) + ": " + show(old) + " -> " + show(result)};
}

namespace {

MemoryEffect atomicMemoryEffect(bool reads, bool writes) {
  if (reads && writes)
    return MemoryEffect::ReadWrite;
  return writes ? MemoryEffect::Write : MemoryEffect::Read;
}

}  // namespace

void Executor::execAtomic(ThreadId t, const Instr& instr) {
  if (atomicsFollowRc11(mode_))
    return execAtomicRc11(t, instr);
  auto kind = static_cast<AtomicKind>(instr.a);
  auto order = static_cast<MemoryOrder>(instr.c);
  std::vector<Value> args = popArguments(t, atomicArgumentCount(kind));
  Location& location = state_.locations[static_cast<std::size_t>(instr.b)];
  bool reads = kind != AtomicKind::Store;
  outcome_.footprint.add(Access{ResourceKind::Location,
                                static_cast<std::uint32_t>(instr.b),
                                kind == AtomicKind::Load ? AccessMode::Read : AccessMode::Write,
                                {}});
  if (reads && bookkeeping_ && location.monitored) {
    checkInitialized(t, location, instr.position);
    if (stopped_)
      return;
  }
  std::optional<AtomicEffect> effect = atomicEffect(instr, location.value, args, location.name);
  if (!effect)
    return;
  if (reads)
    atomicAcquire(t, location, order);
  if (effect->stored) {
    atomicRelease(t, location, order, kind != AtomicKind::Store);
    location.value = std::move(*effect->stored);
    location.written = true;
    if (bookkeeping_)
      recordWrite(t, location, instr.position);
  }
  event(t, instr.position, EventKind::AtomicOp,
        effect->text + " (" + std::string(ast::memoryOrderName(order)) + ")", location.name,
        atomicMemoryEffect(reads, effect->stored.has_value()));
  push(t, std::move(effect->result));
}

}  // namespace initcheck
