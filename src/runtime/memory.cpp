// Executor: shared memory. Every read and write of a shared location is checked for races
// (the last read and write of each thread, with their epochs, against the accessor's clock)
// and, for monitored variables, for init_before_use (some write must happen before the read).
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

template <class T>
T& atThread(std::vector<T>& records, ThreadId t) {
  if (records.size() <= t)
    records.resize(t + 1);
  return records[t];
}

}  // namespace

std::int64_t Executor::allocate(const std::string& name, std::optional<Value> value) {
  Location location;
  location.name = name;
  location.written = value.has_value();
  if (value) {
    if (plainFollowsRc11(mode_))
      initialWrite(location, *value);
    location.value = std::move(*value);
  }
  state_.locations.push_back(std::move(location));
  return static_cast<std::int64_t>(state_.locations.size() - 1);
}

std::string Executor::symbolName(const Frame& frame, std::int64_t slot) const {
  const auto& names = bodyOf(program_, frame.body).slotNames;
  auto index = static_cast<std::size_t>(slot);
  return index < names.size() ? names[index] : std::string("?");
}

std::int64_t Executor::slotLocation(ThreadId t, const Instr& instr) {
  if (instr.op == Op::LoadGlobal || instr.op == Op::StoreGlobal)
    return instr.a;
  return top(t).slots[static_cast<std::size_t>(instr.a)].number;
}

void Executor::checkRaces(ThreadId t, Location& location, bool isWrite, SourcePosition position) {
  const VectorClock& clock = state_.threads[t].clock;
  auto check = [&](const std::vector<AccessRecord>& records, bool otherWrites) {
    for (ThreadId u = 0; u < records.size(); ++u) {
      const AccessRecord& other = records[u];
      if (u == t || other.epoch.counter == 0 || other.epoch.happensBefore(u, clock))
        continue;
      SourcePosition first = std::min(other.position, position);
      SourcePosition second = std::max(other.position, position);
      Violation violation;
      violation.kind = PropertyKind::Race;
      violation.instanceKey = location.name + "@" + first.text() + "," + second.text();
      std::string mine = isWrite ? "write" : "read";
      std::string theirs = otherWrites ? "write" : "read";
      const std::string& otherName = state_.threads[u].name;
      violation.message = "race on '" + location.name + "': " + theirs + " by " + otherName +
                          " at " + other.position.text() + ", " + mine + " by " +
                          state_.threads[t].name + " at " + position.text();
      violation.position = position;
      violation.related.push_back(
          {other.position, theirs + " of '" + location.name + "' by " + otherName});
      report(std::move(violation));
    }
  };
  check(location.lastWrite, true);
  if (isWrite)
    check(location.lastRead, false);
}

void Executor::checkInitialized(ThreadId t, Location& location, SourcePosition position) {
  Violation violation;
  violation.kind = PropertyKind::InitBeforeUse;
  violation.instanceKey = location.name + "@" + position.text();
  violation.position = position;
  const std::string& reader = state_.threads[t].name;
  if (!location.written) {
    violation.message = "'" + location.name + "' is read by " + reader + " before any write";
    violation.endsExecution = true;
    report(std::move(violation));
    return;
  }
  const VectorClock& clock = state_.threads[t].clock;
  for (ThreadId u = 0; u < location.firstWrite.size(); ++u) {
    if (location.firstWrite[u].happensBefore(u, clock))
      return;
  }
  violation.message = "'" + location.name + "' is read by " + reader +
                      " but no write to it happens before the read";
  for (ThreadId u = 0; u < location.lastWrite.size(); ++u) {
    if (location.lastWrite[u].epoch.counter != 0)
      violation.related.push_back(
          {location.lastWrite[u].position, "write of '" + location.name + "' by " +
                                               state_.threads[u].name + ", not ordered before"});
  }
  report(std::move(violation));
}

Value Executor::readLocation(ThreadId t, std::int64_t id, SourcePosition position) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  outcome_.footprint.add(
      Access{ResourceKind::Location, static_cast<std::uint32_t>(id), AccessMode::Read, {}});
  if (bookkeeping_ && location.monitored) {
    checkInitialized(t, location, position);
    if (stopped_)
      return Value::none();
  }
  if (bookkeeping_ && !location.atomic) {
    checkRaces(t, location, false, position);
    atThread(location.lastRead, t) = {{state_.threads[t].clock.get(t)}, position};
  }
  if (bookkeeping_ && plainFollowsRc11(mode_) && !location.history.empty())
    return readPlainRc11(t, id, position);
  Value value = location.value;
  if (bookkeeping_) {
    noteSpinRead(t, id, value, std::nullopt, position);
    event(t, position, EventKind::Read, accessText("read", location.name, value), location.name,
          MemoryEffect::Read);
  }
  return value;
}

void Executor::recordWrite(ThreadId t, Location& location, SourcePosition position) {
  Epoch epoch{state_.threads[t].clock.get(t)};
  atThread(location.lastWrite, t) = {epoch, position};
  Epoch& first = atThread(location.firstWrite, t);
  if (first.counter == 0)
    first = epoch;
}

void Executor::writeLocation(ThreadId t, std::int64_t id, Value value, SourcePosition position) {
  Location& location = state_.locations[static_cast<std::size_t>(id)];
  outcome_.footprint.add(
      Access{ResourceKind::Location, static_cast<std::uint32_t>(id), AccessMode::Write, {}});
  if (plainFollowsRc11(mode_) && bookkeeping_)
    return writePlainRc11(t, id, std::move(value), position);
  if (plainFollowsRc11(mode_))  // a global initializer: the initial value
    initialWrite(location, value);
  location.value = std::move(value);
  location.written = true;
  if (!bookkeeping_)
    return;
  if (!location.atomic)
    checkRaces(t, location, true, position);
  recordWrite(t, location, position);
  event(t, position, EventKind::Write, accessText("write", location.name, location.value),
        location.name, MemoryEffect::Write);
}

}  // namespace initcheck
