// Executor: atomic variables. Values are sequentially consistent; happens-before follows
// C++20 release sequences: a release (or stronger) store heads a sequence carrying its clock,
// read-modify-writes continue it, a plain store starts a new one; acquire (or stronger)
// loads and RMWs that read from the sequence join its clock. Relaxed adds nothing.
#include "parser/ast_names.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

using ast::MemoryOrder;

void Executor::atomicAcquire(ThreadId t, const Location& location, MemoryOrder order) {
  if (acquiresOrder(order) && bookkeeping_)
    state_.threads[t].clock.join(location.releaseClock);
}

void Executor::atomicRelease(ThreadId t, Location& location, MemoryOrder order, bool rmw) {
  if (!bookkeeping_)
    return;
  if (!rmw)
    location.releaseClock = VectorClock{};
  if (releasesOrder(order))
    location.releaseClock.join(state_.threads[t].clock);
}

// What an atomic operation returns and stores (nullopt: stores nothing), and its trace text.
struct AtomicEffect {
  Value result;
  std::optional<Value> stored;
  std::string text;
};

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
