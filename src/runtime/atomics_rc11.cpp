// Executor: atomics under RC11 (LANGUAGE.md section 4a). A load takes a readable write; a
// store a place in mo; an RMW (swap, add, successful cas) reads a write no other RMW reads and
// goes right after it; a failed cas is a load with the failure order. Synchronization follows
// C++20 release sequences and fences: a write carries the writer's clock when it releases (or
// its clock at its last release fence), an RMW also the sequence of the write it reads; an
// acquire read joins it, a relaxed one keeps it for the next acquire fence.
#include "parser/ast_names.hpp"
#include "runtime/atomic_effect.hpp"
#include "runtime/coherence.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

using ast::MemoryOrder;

namespace {

const StoredWrite& writeWithId(const ModificationOrder& history, WriteId id) {
  return history.writes.at(history.indexOf(id).value());
}

}  // namespace

void Executor::execAtomicRc11(ThreadId t, const Instr& instr) {
  auto kind = static_cast<AtomicKind>(instr.a);
  auto order = static_cast<MemoryOrder>(instr.c);
  std::vector<Value> args = popArguments(t, atomicArgumentCount(kind));
  std::optional<std::int64_t> target = atomicLocation(t, instr);
  if (!target)
    return;
  const std::int64_t id = *target;
  if (kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll)
    return execNotify(t, instr, id, kind == AtomicKind::NotifyAll);
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  bool seqCst = order == MemoryOrder::SeqCst;
  bool loadOnly = kind == AtomicKind::Load || kind == AtomicKind::Wait;
  outcome_.footprint.add(Access{ResourceKind::Location,
                                static_cast<std::uint32_t>(id),
                                loadOnly ? AccessMode::Read : AccessMode::Write,
                                {}});
  touchesSeqCstOrder(seqCst);
  if (kind != AtomicKind::Store && bookkeeping_ && location.monitored) {
    checkInitialized(t, location, instr.position);
    if (stopped_)
      return;
  }
  if (kind != AtomicKind::Store && location.history.empty())
    return runtimeError(instr, "uninitialized", "atomic '" + location.name + "' has no value");
  ThreadState& thread = state_.threads[t];
  MemoryOrderFacts facts;
  if (loadOnly) {
    loadRc11(t, instr, id, args, facts);
  } else if (kind == AtomicKind::Store) {
    std::vector<std::size_t> places = writePositions(location.history, thread.clock);
    std::size_t index = places[decide(static_cast<std::uint32_t>(places.size()))];
    VectorClock sync = releasesOrder(order) ? thread.clock : thread.releaseFence;
    std::uint64_t written =
        insertWrite(t, id, index, args[0], std::move(sync), instr.position, seqCst, facts);
    if (bookkeeping_)
      recordWrite(t, location, instr.position);
    logEvent(t, LoggedEvent::Kind::Write, id, seqCst, written, 0);
    if (TraceEvent* added =
            event(t, instr.position, EventKind::AtomicOp,
                  "store " + location.name + " = " + showValueOf(location.name, args[0]) + " (" +
                      std::string(ast::memoryOrderName(order)) + ")",
                  location.name, MemoryEffect::Write))
      added->rc11 = std::move(facts);
    push(t, Value::none());
  } else {
    bool compare = kind == AtomicKind::Cas || kind == AtomicKind::Cmpxchg;
    std::vector<std::size_t> readable = compare ? readableWrites(location.history, thread.clock)
                                                : rmwReadableWrites(location.history, thread.clock);
    if (compare) {  // one that would succeed must be an RMW: atomicity
      std::erase_if(readable, [&](std::size_t i) {
        const StoredWrite& write = location.history.writes[i];
        return write.readByRmw && write.value == args[0];
      });
    }
    rmwRc11(t, instr, id, args, readable, facts);
  }
  if (stopped_)
    return;
  checkConsistency(seqCst);
}

// A load, or the load of `a.wait(v)`: any readable write.
void Executor::loadRc11(ThreadId t, const Instr& instr, std::int64_t id,
                        const std::vector<Value>& args, MemoryOrderFacts& facts) {
  auto order = static_cast<MemoryOrder>(instr.c);
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  ThreadState& thread = state_.threads[t];
  Value value = readRc11(t, id, readableWrites(location.history, thread.clock), facts);
  const StoredWrite& read = writeWithId(location.history, facts.readFrom->id);
  acquireFrom(t, read.syncClock, order);
  logEvent(t, LoggedEvent::Kind::Read, id, order == MemoryOrder::SeqCst, 0, facts.readFrom->id);
  if (static_cast<AtomicKind>(instr.a) == AtomicKind::Wait) {
    WriteId readFrom = facts.readFrom->id;
    std::size_t before = outcome_.events.size();
    execAtomicWait(t, instr, id, args[0], value, readFrom);
    if (outcome_.events.size() > before)
      outcome_.events.back().rc11 = std::move(facts);
    return;
  }
  std::optional<AtomicEffect> effect = atomicEffect(instr, value, args, location.name);
  if (TraceEvent* added =
          event(t, instr.position, EventKind::AtomicOp,
                effect->text + " (" + std::string(ast::memoryOrderName(order)) + ")", location.name,
                MemoryEffect::Read))
    added->rc11 = std::move(facts);
  push(t, std::move(effect->result));
}

void Executor::rmwRc11(ThreadId t, const Instr& instr, std::int64_t id,
                       const std::vector<Value>& args, const std::vector<std::size_t>& readable,
                       MemoryOrderFacts& facts) {
  auto order = static_cast<MemoryOrder>(instr.c);
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  ModificationOrder& history = location.history;
  ThreadState& thread = state_.threads[t];
  std::vector<std::size_t> options = readable;
  applySpinFloor(t, id, options);
  std::size_t index = options[decide(static_cast<std::uint32_t>(options.size()))];
  Value old = history.writes[index].value;
  std::optional<AtomicEffect> effect = atomicEffect(instr, old, args, location.name);
  if (!effect)
    return;
  std::string orderText = " (" + std::string(ast::memoryOrderName(order)) + ")";
  bool seqCst = order == MemoryOrder::SeqCst;
  if (!effect->stored) {  // a failed cas: a load
    readWrite(t, id, index, facts);
    noteSpinRead(t, id, old, facts.readFrom->id, instr.position);
    const StoredWrite& read = writeWithId(history, facts.readFrom->id);
    MemoryOrder failure = failureOrderOf(instr);
    acquireFrom(t, read.syncClock, failure);
    logEvent(t, LoggedEvent::Kind::Read, id, failure == MemoryOrder::SeqCst, 0, facts.readFrom->id);
    if (instr.failure > 0)
      orderText = " (" + std::string(ast::memoryOrderName(failure)) + ")";
    if (TraceEvent* added = event(t, instr.position, EventKind::AtomicOp, effect->text + orderText,
                                  location.name, MemoryEffect::Read))
      added->rc11 = std::move(facts);
    push(t, std::move(effect->result));
    return;
  }
  StoredWrite& read = history.writes[index];
  facts.readFrom = WriteRef{location.name, read.id()};
  facts.readInitial = read.counter == 0;
  for (std::size_t newer = index + 1; newer < history.writes.size(); ++newer)
    facts.notSeen.push_back(WriteRef{location.name, history.writes[newer].id()});
  WriteId readId = read.id();
  read.readByRmw = true;
  VectorClock sync = read.syncClock;
  acquireFrom(t, sync, order);
  sync.join(releasesOrder(order) ? thread.clock : thread.releaseFence);
  std::uint64_t written = insertWrite(t, id, index + 1, *effect->stored, std::move(sync),
                                      instr.position, seqCst, facts);
  history.writes[index + 1].rmw = true;
  if (bookkeeping_)
    recordWrite(t, location, instr.position);
  logEvent(t, LoggedEvent::Kind::Rmw, id, seqCst, written, readId);
  if (TraceEvent* added = event(t, instr.position, EventKind::AtomicOp, effect->text + orderText,
                                location.name, MemoryEffect::ReadWrite))
    added->rc11 = std::move(facts);
  push(t, std::move(effect->result));
}

}  // namespace initcheck
