// Executor: wait and notify on atomics (v2 section 4b; C++20 [atomics.wait], the Linux futex).
// `a.wait(v)` loads a (with its order, under either memory model); a value other than v
// returns at once. Otherwise the thread blocks (ThreadState::atomicWait) until a notify wakes
// it: a notify N wakes a wait that read write X when some write of a later than X in mo
// happens-before N; a notify without one is lost for that wait, as a FUTEX_WAKE is when the
// word was not changed. A wait that finds such a write already notified does not block.
// notify_one wakes one eligible waiter (the step's decision picks which, each explored);
// notify_all every eligible one. A notify adds no happens-before edge of its own.
#include <utility>

#include "runtime/executor.hpp"

namespace initcheck {

namespace {

bool notifiedBy(const AtomicWaiting& waiting, const VectorClock& clock) {
  for (std::size_t u = 0; u < waiting.writesAfter.size(); ++u) {
    std::uint32_t counter = waiting.writesAfter[u];
    if (counter != 0 && counter <= clock.get(u))
      return true;
  }
  return false;
}

void noteWrite(AtomicWaiting& waiting, ThreadId writer, std::uint32_t counter) {
  if (waiting.writesAfter.size() <= writer)
    waiting.writesAfter.resize(writer + 1, 0);
  if (waiting.writesAfter[writer] == 0)
    waiting.writesAfter[writer] = counter;
}

}  // namespace

// A write to an atomic: waiters that read an older write now have a write that may wake them.
void Executor::noteWriteForWaiters(ThreadId writer, std::int64_t id,
                                   std::optional<std::size_t> moIndex) {
  const Location& location = state_.locations[static_cast<std::size_t>(id)];
  std::uint32_t counter = state_.threads[writer].clock.get(writer);
  for (std::size_t t = 0; t < state_.threads.size(); ++t) {
    const ThreadState& thread = std::as_const(state_.threads)[t];  // most do not wait: no copy
    if (!thread.atomicWait || thread.atomicWait->location != id || thread.atomicWait->woken)
      continue;
    if (moIndex && thread.atomicWait->read != 0) {
      std::optional<std::size_t> read = location.history.indexOf(thread.atomicWait->read);
      if (read && *read >= *moIndex)
        continue;  // placed before the write the waiter read
    }
    noteWrite(*state_.threads[t].atomicWait, writer, counter);
  }
}

// After the load of `a.wait(expected)` read `value` (write `readFrom` under rc11).
void Executor::execAtomicWait(ThreadId t, const Instr& instr, std::int64_t id,
                              const Value& expected, const Value& value,
                              std::optional<WriteId> readFrom) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  std::string head = location.name + ".wait(" + showValueOf(location.name, expected) +
                     "): " + location.name + " = " + showValueOf(location.name, value);
  if (!(value == expected)) {
    ++top(t).pc;  // past AtomicWaitResume
    push(t, Value::none());
    event(t, instr.position, EventKind::AtomicWait, head + ", returns", location.name,
          MemoryEffect::Read);
    return;
  }
  AtomicWaiting waiting{id, readFrom.value_or(0), {}};
  if (readFrom) {  // rc11: writes already newer in mo than the one read
    std::optional<std::size_t> read = location.history.indexOf(*readFrom);
    for (std::size_t i = read ? *read + 1 : 0; read && i < location.history.writes.size(); ++i) {
      const StoredWrite& newer = location.history.writes[i];
      noteWrite(waiting, newer.thread, newer.counter);
    }
  }
  if (notifiedBy(waiting, location.notifyClock)) {
    ++top(t).pc;
    push(t, Value::none());
    event(t, instr.position, EventKind::AtomicWait,
          head + ", but a newer write was notified already: returns", location.name,
          MemoryEffect::Read);
    return;
  }
  state_.threads[t].atomicWait = std::move(waiting);
  event(t, instr.position, EventKind::AtomicWait, head + ", blocks until notified", location.name,
        MemoryEffect::Read);
}

void Executor::execAtomicWaitResume(ThreadId t, const Instr& instr) {
  state_.threads[t].atomicWait.reset();
  push(t, Value::none());
  event(t, instr.position, EventKind::Wake, "wait returns: woken by a notify");
}

bool Executor::wakeUpWentElsewhere(const StateData& state, const AtomicWaiting& waiting) {
  return notifiedBy(waiting,
                    state.locations.at(static_cast<std::size_t>(waiting.location)).notifyClock);
}

std::vector<ThreadId> Executor::wakeableWaiters(const StateData& state, std::int64_t id,
                                                ThreadId notifier) {
  std::vector<ThreadId> result;
  const VectorClock& clock = state.threads[notifier].clock;
  for (ThreadId u = 0; u < state.threads.size(); ++u) {
    const auto& waiting = state.threads[u].atomicWait;
    if (waiting && waiting->location == id && !waiting->woken && notifiedBy(*waiting, clock))
      result.push_back(u);
  }
  return result;
}

void Executor::execNotify(ThreadId t, const Instr& instr, std::int64_t id, bool all) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  const VectorClock& clock = state_.threads[t].clock;
  outcome_.footprint.add(
      Access{ResourceKind::Location, static_cast<std::uint32_t>(id), AccessMode::Write, {}});
  std::vector<ThreadId> eligible;
  std::vector<ThreadId> missed;
  for (ThreadId u = 0; u < state_.threads.size(); ++u) {
    const auto& waiting = state_.threads[u].atomicWait;
    if (!waiting || waiting->location != id || waiting->woken)
      continue;
    (notifiedBy(*waiting, clock) ? eligible : missed).push_back(u);
  }
  location.notifyClock.join(clock);
  std::vector<ThreadId> woken;
  if (all || eligible.size() <= 1) {
    woken = eligible;
  } else {
    std::size_t pick = decide(static_cast<std::uint32_t>(eligible.size()));
    woken.push_back(eligible[pick]);
  }
  for (ThreadId u : woken)
    state_.threads[u].atomicWait->woken = true;
  push(t, Value::none());
  std::string text = location.name + (all ? ".notify_all()" : ".notify_one()") + ": wakes ";
  for (std::size_t i = 0; i < woken.size(); ++i)
    text += (i == 0 ? "" : ", ") + state_.threads[woken[i]].name;
  if (woken.empty())
    text += "nobody";
  if (!missed.empty()) {
    text += "; ";
    for (std::size_t i = 0; i < missed.size(); ++i)
      text += (i == 0 ? "" : ", ") + state_.threads[missed[i]].name;
    text += " stays blocked: no write after the value it read happens before this notify";
  }
  event(t, instr.position, EventKind::Notify, text, location.name);
}

}  // namespace initcheck
