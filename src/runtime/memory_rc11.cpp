// Executor: memory under RC11 (LANGUAGE.md section 4a). A read takes one of the writes
// coherence lets it return (runtime/coherence.hpp), a write one of the places in mo open to it:
// decision 0 is the latest write and the end of mo, what the sc model does; every other option
// is a separate successor of the step. Plain writes synchronize nothing; the execution log
// (runtime/execution_log.hpp) and its psc check apply where the program needs them.
#include <algorithm>
#include <utility>

#include "runtime/coherence.hpp"
#include "runtime/executor.hpp"
#include "runtime/psc.hpp"

namespace initcheck {

bool Executor::touchesSeqCstOrder(bool seqCstAccess) const {
  if (mode_ != MemoryMode::Rc11 || !(seqCstAccess || program_.atomicsUsed.seqCstFences))
    return false;
  outcome_.footprint.add(Access{ResourceKind::SeqCstOrder, 0, AccessMode::Write, {}});
  return true;
}

void Executor::initialWrite(Location& location, const Value& value) {
  if (location.atomic && !atomicsFollowRc11(mode_))
    return;
  location.history = ModificationOrder{};
  StoredWrite initial;
  initial.value = value;
  location.history.writes.push_back(std::move(initial));
}

Value Executor::readRc11(ThreadId t, std::int64_t id, const std::vector<std::size_t>& offered,
                         MemoryOrderFacts& facts) {
  std::vector<std::size_t> readable = offered;
  applySpinFloor(t, id, readable);
  Value value =
      readWrite(t, id, readable[decide(static_cast<std::uint32_t>(readable.size()))], facts);
  noteSpinRead(t, id, value, facts.readFrom->id, {});
  return value;
}

Value Executor::readWrite(ThreadId t, std::int64_t id, std::size_t index, MemoryOrderFacts& facts) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  ModificationOrder& history = location.history;
  const VectorClock& clock = state_.threads[t].clock;
  std::optional<std::size_t> known = latestKnown(history, clock);
  const StoredWrite& write = history.writes[index];
  facts.readFrom = WriteRef{location.name, write.id()};
  facts.readInitial = write.counter == 0;
  for (std::size_t newer = index + 1; newer < history.writes.size(); ++newer)
    facts.notSeen.push_back(WriteRef{location.name, history.writes[newer].id()});
  Value value = write.value;
  if (!known || index > *known)  // the thread learns of a newer write: others may learn it too
  {
    StoredRead read{t, clock.get(t), write.id()};
    history.reads.insert(std::upper_bound(history.reads.begin(), history.reads.end(), read), read);
  }
  return value;
}

WriteId Executor::insertWrite(ThreadId t, std::int64_t id, std::size_t index, Value value,
                              VectorClock sync, SourcePosition position, bool seqCst,
                              MemoryOrderFacts& facts) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  ModificationOrder& history = location.history;
  StoredWrite write;
  write.thread = t;
  write.counter = state_.threads[t].clock.get(t);
  for (const StoredWrite& other : history.writes)
    write.seq += other.thread == t && other.counter == write.counter ? 1 : 0;
  write.value = std::move(value);
  write.syncClock = std::move(sync);
  write.position = position;
  write.seqCst = seqCst;
  for (std::size_t later = index; later < history.writes.size(); ++later)
    facts.placedBefore.push_back(WriteRef{location.name, history.writes[later].id()});
  facts.wrote = WriteRef{location.name, write.id()};
  history.writes.insert(history.writes.begin() + static_cast<long>(index), std::move(write));
  location.value = history.latest().value;
  location.written = true;
  if (location.atomic && bookkeeping_)
    noteWriteForWaiters(t, id, index);
  return facts.wrote->id;
}

Value Executor::readPlainRc11(ThreadId t, std::int64_t id, SourcePosition position) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  touchesSeqCstOrder(false);
  MemoryOrderFacts facts;
  Value value = readRc11(t, id, readableWrites(location.history, state_.threads[t].clock), facts);
  logEvent(t, LoggedEvent::Kind::Read, id, false, 0, facts.readFrom->id);
  checkConsistency(false);
  if (TraceEvent* added =
          event(t, position, EventKind::Read, accessText("read", location.name, value),
                location.name, MemoryEffect::Read))
    added->rc11 = std::move(facts);
  return value;
}

void Executor::writePlainRc11(ThreadId t, std::int64_t id, Value value, SourcePosition position) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  touchesSeqCstOrder(false);
  checkRaces(t, location, true, position);
  std::vector<std::size_t> places = writePositions(location.history, state_.threads[t].clock);
  std::size_t index = places[decide(static_cast<std::uint32_t>(places.size()))];
  MemoryOrderFacts facts;
  std::uint64_t written =
      insertWrite(t, id, index, std::move(value), VectorClock{}, position, false, facts);
  recordWrite(t, location, position);
  logEvent(t, LoggedEvent::Kind::Write, id, false, written, 0);
  checkConsistency(false);
  if (TraceEvent* added =
          event(t, position, EventKind::Write,
                accessText("write", location.name, location.history.writes[index].value),
                location.name, MemoryEffect::Write))
    added->rc11 = std::move(facts);
}

bool Executor::collectsUnreadable() const {
  return !logging_ && plainFollowsRc11(mode_) && bookkeeping_;
}

Executor::Acquaintance Executor::othersKnown() const {
  Acquaintance known;
  const auto& threads = std::as_const(state_.threads);
  for (std::size_t u = 0; u < threads.size(); ++u) {
    if (threads[u].finished)
      continue;
    ++known.live;
    const VectorClock& clock = threads[u].clock;
    for (std::size_t v = 0; v < clock.size(); ++v)
      known.entries += v == u ? 0 : clock.get(v);
  }
  return known;
}

// After every step: drops what no live thread can read any more (coherence.hpp), which only
// makes states that differ in it alone equal: a write below every live thread's latest known
// one stays unread whether it is kept or not. Which writes a thread can read changes when it learns
// of other threads' events (its clock's entries for them grow: an acquire, a lock, a join...) or
// when a thread finishes or starts; a tick moves only a thread's own entry, and a thread knows its
// own writes already. When the live threads' acquaintance is as `before`, only the histories the
// step touched can have changed, and only they are looked at.
void Executor::forgetUnreadable(const Acquaintance& before) {
  std::vector<const VectorClock*> live;
  for (const ThreadState& thread : std::as_const(state_.threads)) {
    if (!thread.finished)
      live.push_back(&thread.clock);
  }
  auto collect = [&](std::size_t i) {
    if (auto part = unreadablePart(std::as_const(state_.locations)[i].history, live))
      dropUnreadable(state_.locations[i].history, *part);
  };
  if (othersKnown() == before) {
    for (const Access& access : outcome_.footprint.accesses) {
      if (access.kind == ResourceKind::Location && access.id < state_.locations.size())
        collect(access.id);
    }
    return;
  }
  for (std::size_t i = 0; i < state_.locations.size(); ++i)
    collect(i);
}

void Executor::logEvent(ThreadId t, LoggedEvent::Kind kind, std::int64_t place, bool seqCst,
                        std::uint64_t written, std::uint64_t readFrom) {
  if (!logging_)
    return;
  ThreadState& thread = state_.threads[t];
  LoggedEvent logged{
      kind, t, thread.clock.get(t), thread.clock, place, seqCst, written, readFrom, 0, 0, {}};
  if (program_.atomicsUsed.seqCstFences) {
    state_.log.push_back(std::move(logged));
    return;
  }
  trackProgramOrder(t, std::move(logged));
}

// A log of seq_cst accesses: the event is the "first later event at another place" of the
// thread's entries still without one, and is logged itself when it is a seq_cst access.
void Executor::trackProgramOrder(ThreadId t, LoggedEvent logged) {
  ThreadState& thread = state_.threads[t];
  PoTracker& tracker = thread.poTracker;
  auto samePlace = [](std::int64_t a, std::int64_t b) { return a != -1 && a == b; };
  for (LoggedEvent& earlier : state_.log) {
    if (earlier.thread == t && earlier.nextCounter == 0 &&
        !samePlace(earlier.place, logged.place)) {
      earlier.nextThread = t;
      earlier.nextCounter = logged.counter;
    }
  }
  bool sameRun = samePlace(tracker.lastPlace, logged.place);
  if (logged.seqCst && logged.isMemory())
    state_.log.push_back(LoggedEvent{logged.kind, t, logged.counter, logged.clock, logged.place,
                                     true, logged.written, logged.readFrom, 0, 0,
                                     sameRun ? tracker.beforeRunClock : tracker.lastClock});
  if (!sameRun) {
    tracker.beforeRunClock = tracker.lastClock;
    tracker.lastPlace = logged.place;
  }
  tracker.lastClock = thread.clock;
}

// A new access can close a psc cycle only when it is seq_cst, or when seq_cst fences exist
// (their psc edges run through accesses of any order).
void Executor::checkConsistency(bool seqCst) {
  if (!logging_ || !(seqCst || program_.atomicsUsed.seqCstFences))
    return;
  std::vector<const ModificationOrder*> orders;
  orders.reserve(state_.locations.size());
  for (const Location& location : std::as_const(state_.locations))
    orders.push_back(&location.history);
  if (!pscAcyclic(state_.log, orders, !program_.atomicsUsed.seqCstFences)) {
    rejected_ = true;
    stopped_ = true;
  }
}

}  // namespace initcheck
