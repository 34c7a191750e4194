// Executor: atomic variables under the sc model, and the seq_cst atomics of a program that
// has no others under rc11 (runtime/memory_mode.hpp; atomics_rc11.cpp is the rest).
// Values are sequentially consistent; happens-before follows
// C++20 release sequences: a release (or stronger) store heads a sequence carrying its clock,
// read-modify-writes continue it, a plain store starts a new one; acquire (or stronger)
// loads and RMWs that read from the sequence join its clock. Relaxed adds nothing.
#include "parser/ast_names.hpp"
#include "runtime/atomic_effect.hpp"
#include "runtime/executor.hpp"
#include "sema/integer_arithmetic.hpp"

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

namespace {

std::string atomicMethodName(AtomicKind kind) {
  switch (kind) {
    case AtomicKind::FetchAdd:
      return "fetch_add";
    case AtomicKind::FetchSub:
      return "fetch_sub";
    case AtomicKind::FetchAnd:
      return "fetch_and";
    case AtomicKind::FetchOr:
      return "fetch_or";
    default:
      return "fetch_xor";
  }
}

}  // namespace

std::optional<AtomicEffect> Executor::atomicEffect(const Instr& instr, const Value& old,
                                                   const std::vector<Value>& args,
                                                   const std::string& name) {
  auto kind = static_cast<AtomicKind>(instr.a);
  switch (kind) {
    case AtomicKind::Load:
    case AtomicKind::Wait:
    case AtomicKind::NotifyOne:
    case AtomicKind::NotifyAll:
      return AtomicEffect{old, std::nullopt, "load " + name + " = " + showValueOf(name, old)};
    case AtomicKind::Store:
      return AtomicEffect{Value::none(), args[0],
                          "store " + name + " = " + showValueOf(name, args[0])};
    case AtomicKind::Swap:
      return AtomicEffect{old, args[0],
                          "swap " + name + " = " + showValueOf(name, args[0]) + " (was " +
                              showValueOf(name, old) + ")"};
    case AtomicKind::Cas:
    case AtomicKind::Cmpxchg: {
      bool swapped = old == args[0];
      bool isCas = kind == AtomicKind::Cas;
      std::string text =
          (isCas ? "cas " : "cmpxchg ") + name + " " + showValueOf(name, args[0]) + " -> " +
          showValueOf(name, args[1]) +
          (swapped ? ": succeeded" : ": failed, it holds " + showValueOf(name, old)) +
          (isCas ? "" : ", returns " + showValueOf(name, old));
      return AtomicEffect{isCas ? Value::boolean(swapped) : old,
                          swapped ? std::optional<Value>(args[1]) : std::nullopt, text};
    }
    case AtomicKind::Add:
    case AtomicKind::FetchAdd:
    case AtomicKind::FetchSub:
    case AtomicKind::FetchAnd:
    case AtomicKind::FetchOr:
    case AtomicKind::FetchXor:
      break;
  }
  if (!expectTag(old, ValueTag::Int, instr) || !expectTag(args[0], ValueTag::Int, instr))
    return std::nullopt;
  IntegerResult result = applyIntegerOperator(fetchOperator(kind), old.number, args[0].number);
  if (!result.value) {
    runtimeError(instr, result.error,
                 "atomic " + std::string(kind == AtomicKind::Add ? "add" : atomicMethodName(kind)) +
                     " on '" + name + "': " + result.detail);
    return std::nullopt;
  }
  Value updated = Value::integer(*result.value);
  if (kind == AtomicKind::Add)
    return AtomicEffect{updated, updated,
                        "add " + name + " " + show(args[0]) + ": " + showValueOf(name, old) +
                            " -> " + showValueOf(name, updated)};
  return AtomicEffect{old, updated,
                      atomicMethodName(kind) + " " + name + " " + show(args[0]) + ": " +
                          showValueOf(name, old) + " -> " + showValueOf(name, updated) +
                          ", returns " + showValueOf(name, old)};
}

// The location an atomic acts on: its global, or the cell of an array whose index is on the
// stack (under the arguments, popped already); out of range is a runtime error (nullopt).
std::optional<std::int64_t> Executor::atomicLocation(ThreadId t, const Instr& instr) {
  if (instr.cells == 0)
    return instr.b;
  return cellLocation(t, instr, instr.b);
}

// Pops a cell index of the array at `base` (instr.cells cells) and gives its location.
std::optional<std::int64_t> Executor::cellLocation(ThreadId t, const Instr& instr,
                                                   std::int64_t base) {
  Value index = pop(t);
  if (!expectTag(index, ValueTag::Int, instr))
    return std::nullopt;
  if (index.number < 0 || index.number >= instr.cells) {
    const std::string& name = program_.globals.at(static_cast<std::size_t>(base)).name;
    runtimeError(instr, "index out of range",
                 "index " + show(index) + " of array '" + name.substr(0, name.find('[')) +
                     "' of length " + std::to_string(instr.cells));
    return std::nullopt;
  }
  return base + index.number;
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
  std::optional<std::int64_t> id = atomicLocation(t, instr);
  if (!id)
    return;
  if (kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll)
    return execNotify(t, instr, *id, kind == AtomicKind::NotifyAll);
  Location& location = state_.locations[static_cast<std::size_t>(*id)];
  bool reads = kind != AtomicKind::Store;
  bool loadOnly = kind == AtomicKind::Load || kind == AtomicKind::Wait;
  outcome_.footprint.add(Access{ResourceKind::Location,
                                static_cast<std::uint32_t>(*id),
                                loadOnly ? AccessMode::Read : AccessMode::Write,
                                {}});
  if (reads && bookkeeping_ && location.monitored) {
    checkInitialized(t, location, instr.position);
    if (stopped_)
      return;
  }
  if (reads && (kind != AtomicKind::Cas && kind != AtomicKind::Cmpxchg))
    noteSpinRead(t, *id, location.value, std::nullopt, instr.position);
  if (kind == AtomicKind::Wait) {
    atomicAcquire(t, location, order);
    return execAtomicWait(t, instr, *id, args[0], location.value, std::nullopt);
  }
  std::optional<AtomicEffect> effect = atomicEffect(instr, location.value, args, location.name);
  if (!effect)
    return;
  bool pair = kind == AtomicKind::Cas || kind == AtomicKind::Cmpxchg;
  if (pair && !effect->stored)  // a failed compare-exchange only reads
    noteSpinRead(t, *id, location.value, std::nullopt, instr.position);
  if (reads)
    atomicAcquire(t, location, pair && !effect->stored ? failureOrderOf(instr) : order);
  if (effect->stored) {
    atomicRelease(t, location, order, kind != AtomicKind::Store);
    location.value = std::move(*effect->stored);
    location.written = true;
    if (bookkeeping_) {
      recordWrite(t, location, instr.position);
      noteWriteForWaiters(t, *id, std::nullopt);
    }
  }
  bool failedWithOrder = pair && !effect->stored && instr.failure > 0;
  std::string orderText =
      std::string(ast::memoryOrderName(failedWithOrder ? failureOrderOf(instr) : order));
  event(t, instr.position, EventKind::AtomicOp, effect->text + " (" + orderText + ")",
        location.name, atomicMemoryEffect(reads, effect->stored.has_value()));
  push(t, std::move(effect->result));
}

}  // namespace initcheck
