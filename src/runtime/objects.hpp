// The synchronization objects a state holds (LANGUAGE.md section 4): once, mutex, waitgroup and
// channel, each with the vector clock that carries its happens-before edges.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include "runtime/trace_event.hpp"
#include "runtime/value.hpp"
#include "runtime/vector_clock.hpp"

namespace initcheck {

struct OnceObject {
  enum class Status : std::uint8_t { Ready, Running, Done } status = Status::Ready;
  ThreadId runner = 0;
  VectorClock doneClock;  // end of f
  bool operator==(const OnceObject&) const = default;
};

struct MutexObject {
  bool locked = false;
  ThreadId holder = 0;
  VectorClock releaseClock;  // the last unlock
  bool operator==(const MutexObject&) const = default;
};

struct WaitGroupObject {
  std::int64_t counter = 0;
  VectorClock clock;  // every add and done so far
  bool operator==(const WaitGroupObject&) const = default;
};

struct Message {
  Value value;
  VectorClock clock;  // the send
  bool operator==(const Message&) const = default;
};

struct ChannelObject {
  std::int64_t capacity = 0;
  std::deque<Message> buffer;
  bool closed = false;
  VectorClock closeClock;
  std::int64_t sends = 0;
  std::vector<VectorClock> receiveClocks;  // the k-th recv, for the (k+C)-th send
  ValueTag elementTag = ValueTag::None;    // of the values sent so far: the zero value's type
  bool operator==(const ChannelObject&) const = default;
};

struct SyncObject {
  std::string name;  // the variable it was created for, for traces
  std::variant<OnceObject, MutexObject, WaitGroupObject, ChannelObject> object;
  bool operator==(const SyncObject&) const = default;
};

std::size_t hashObject(const SyncObject& object);

}  // namespace initcheck
