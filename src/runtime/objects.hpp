// The synchronization objects a state holds (LANGUAGE.md sections 4 and 4b): once, mutex,
// waitgroup, channel, rwmutex, recursive mutex and cond, each with the vector clock that carries
// its happens-before edges.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include "parser/ast.hpp"
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

// Go's sync.RWMutex (v2 section 4b): readers share it, a writer holds it alone. Each unlock or
// runlock -> the next lock; each unlock -> later rlocks.
struct RwMutexObject {
  std::int64_t readers = 0;
  bool writer = false;
  bool writerWaiting = false;     // a lock found readers: no new rlock until it has the lock
  ThreadId holder = 0;            // the writer, while `writer` or `writerWaiting`
  VectorClock writeReleaseClock;  // the last unlock
  VectorClock readReleaseClock;   // every runlock since the last lock
  bool operator==(const RwMutexObject&) const = default;
};

// A recursive mutex (C++ std::recursive_mutex): the owner may lock it again, and must unlock
// it as often. The last unlock -> the next lock by another thread.
struct RecursiveMutexObject {
  std::int64_t depth = 0;
  ThreadId owner = 0;
  VectorClock releaseClock;
  bool operator==(const RecursiveMutexObject&) const = default;
};

// A condition variable (Go sync.Cond, pthread_cond): the threads blocked in `wait`, in the
// order they arrived; signal wakes one of them (each choice explored), broadcast all. A woken
// thread still has to lock the mutex again (Op::CondResume). It adds no happens-before of its
// own: the mutex does.
struct CondObject {
  std::vector<ThreadId> waiters;
  bool operator==(const CondObject&) const = default;
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
  std::variant<OnceObject, MutexObject, WaitGroupObject, ChannelObject, RwMutexObject,
               RecursiveMutexObject, CondObject>
      object;
  bool operator==(const SyncObject&) const = default;
};

std::size_t hashObject(const SyncObject& object);

// A new object of a type (`new T`, or a global or array cell of type T), ready to use.
SyncObject makeSyncObject(ast::TypeKind kind, std::int64_t channelCapacity, std::string name);

}  // namespace initcheck
