// State: a shared, immutable snapshot of StateData with hashing and equality over all of it.
#include <functional>

#include "runtime/state_data.hpp"

namespace initcheck {

namespace {

void hashString(std::size_t& seed, const std::string& text) {
  hashCombine(seed, std::hash<std::string>{}(text));
}

void hashFrame(std::size_t& seed, const Frame& frame) {
  hashCombine(seed, static_cast<std::size_t>(frame.body));
  hashCombine(seed, frame.pc);
  for (const Value& value : frame.slots)
    hashValue(value, seed);
  hashCombine(seed, frame.stack.size());
  for (const Value& value : frame.stack)
    hashValue(value, seed);
}

void hashThread(std::size_t& seed, const ThreadState& thread) {
  hashString(seed, thread.name);
  hashCombine(seed, thread.finished ? 1 : 0);
  hashCombine(seed, thread.clock.hash());
  hashCombine(seed, thread.frames.size());
  for (const Frame& frame : thread.frames)
    hashFrame(seed, frame);
  for (const auto& [label, position] : thread.pendingLabels)
    hashCombine(seed, static_cast<std::size_t>(label) * 7919 + position.line);
  if (!thread.releaseFence.empty() || !thread.pendingAcquire.empty()) {
    hashCombine(seed, thread.releaseFence.hash());
    hashCombine(seed, thread.pendingAcquire.hash());
  }
  for (const SpinState& spin : thread.spins) {
    hashCombine(seed, spin.pc * 4U + (spin.blocked ? 2U : 0U) + (spin.pure ? 1U : 0U));
    for (const SpinRead& read : spin.reads)
      hashCombine(seed, static_cast<std::size_t>(read.location) * 31 + read.write);
  }
  if (thread.atomicWait) {
    hashCombine(seed, static_cast<std::size_t>(thread.atomicWait->location) * 2 +
                          (thread.atomicWait->woken ? 1 : 0));
    for (std::uint32_t counter : thread.atomicWait->writesAfter)
      hashCombine(seed, counter);
  }
}

// Only under RC11 (empty under sc, which then hashes as before).
void hashHistory(std::size_t& seed, const ModificationOrder& history) {
  if (history.empty())
    return;
  for (const StoredWrite& write : history.writes) {
    hashCombine(seed, write.thread * 65537U + write.counter);
    hashValue(write.value, seed);
    hashCombine(seed, write.syncClock.hash());
  }
  for (const StoredRead& read : history.reads)
    hashCombine(seed, (read.thread * 65537U + read.counter) * 31U + read.from);
}

void hashAccesses(std::size_t& seed, const std::vector<AccessRecord>& records) {
  for (const AccessRecord& record : records) {
    hashCombine(seed, record.epoch.counter);
    hashCombine(seed, record.position.line * 4096U + record.position.column);
  }
}

void hashLocation(std::size_t& seed, const Location& location) {
  hashValue(location.value, seed);
  hashCombine(seed, location.written ? 1 : 0);
  hashString(seed, location.name);
  hashAccesses(seed, location.lastRead);
  hashAccesses(seed, location.lastWrite);
  for (const Epoch& epoch : location.firstWrite)
    hashCombine(seed, epoch.counter);
  hashCombine(seed, location.releaseClock.hash());
  hashHistory(seed, location.history);
  if (!location.notifyClock.empty())
    hashCombine(seed, location.notifyClock.hash());
}

}  // namespace

std::size_t hashObject(const SyncObject& object) {
  std::size_t seed = object.object.index();
  hashString(seed, object.name);
  if (const auto* once = std::get_if<OnceObject>(&object.object)) {
    hashCombine(seed, static_cast<std::size_t>(once->status) * 131 + once->runner);
    hashCombine(seed, once->doneClock.hash());
  } else if (const auto* mutex = std::get_if<MutexObject>(&object.object)) {
    hashCombine(seed, mutex->locked ? mutex->holder + 1 : 0);
    hashCombine(seed, mutex->releaseClock.hash());
  } else if (const auto* group = std::get_if<WaitGroupObject>(&object.object)) {
    hashCombine(seed, static_cast<std::size_t>(group->counter));
    hashCombine(seed, group->clock.hash());
  } else if (const auto* channel = std::get_if<ChannelObject>(&object.object)) {
    hashCombine(seed, channel->closed ? 1 : 0);
    hashCombine(seed, static_cast<std::size_t>(channel->sends));
    for (const Message& message : channel->buffer)
      hashValue(message.value, seed);
    hashCombine(seed, channel->receiveClocks.size());
  } else if (const auto* rw = std::get_if<RwMutexObject>(&object.object)) {
    hashCombine(seed,
                static_cast<std::size_t>(rw->readers) * 3 + (rw->writer ? rw->holder + 1 : 0));
  } else if (const auto* recursive = std::get_if<RecursiveMutexObject>(&object.object)) {
    hashCombine(seed, static_cast<std::size_t>(recursive->depth) * 131 + recursive->owner);
  } else if (const auto* cond = std::get_if<CondObject>(&object.object)) {
    for (ThreadId waiter : cond->waiters)
      hashCombine(seed, waiter + 1);
  }
  return seed;
}

std::size_t StateData::hash() const {
  std::size_t seed = threads.size() * 2 + (halted ? 1 : 0);
  for (const ThreadState& thread : threads)
    hashThread(seed, thread);
  for (const Location& location : locations)
    hashLocation(seed, location);
  for (const SyncObject& object : objects)
    hashCombine(seed, hashObject(object));
  for (const auto& [key, count] : callCounts) {
    hashString(seed, key);
    hashCombine(seed, static_cast<std::size_t>(count));
  }
  for (const auto& [label, epochs] : labelEpochs) {
    hashCombine(seed, static_cast<std::size_t>(label));
    for (const Epoch& epoch : epochs)
      hashCombine(seed, epoch.counter);
  }
  for (const auto& [name, count] : spawnCounts) {
    hashString(seed, name);
    hashCombine(seed, static_cast<std::size_t>(count));
  }
  for (const LoggedEvent& event : log)
    hashCombine(seed,
                (event.thread * 65537U + event.counter) * 8U + static_cast<unsigned>(event.kind));
  return seed;
}

State::State() : data_(std::make_shared<const StateData>()) {}

State::State(std::shared_ptr<const StateData> data) : data_(std::move(data)) {}

std::size_t State::hash() const {
  return data_->hash();
}

bool State::operator==(const State& other) const {
  return data_ == other.data_ || *data_ == *other.data_;
}

}  // namespace initcheck
