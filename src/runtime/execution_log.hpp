// The events of an execution so far, as RC11's psc needs them (runtime/psc.hpp): kept only
// for programs whose seq_cst accesses or fences mix with weaker atomics (MemoryMode::Rc11 with
// seq_cst in use), in the order they happened (a thread's entries in its program order).
// With seq_cst fences, every memory access, fence, sync-object operation, spawn and join is
// an entry: psc's fence rules reach through events of any kind. Without, only the seq_cst
// accesses are, each with what scb's po|≠loc;hb;po|≠loc needs of the events around it
// (`next` and `previousClock`, see PoTracker).
#pragma once

#include <climits>
#include <cstdint>
#include <vector>

#include "runtime/trace_event.hpp"
#include "runtime/vector_clock.hpp"

namespace initcheck {

struct LoggedEvent {
  enum class Kind : std::uint8_t { Read, Write, Rmw, Fence, Other };
  Kind kind = Kind::Other;
  ThreadId thread = 0;
  std::uint32_t counter = 0;  // the thread's clock counter at the event
  VectorClock clock;          // the thread's clock just after it (acquires included)
  // Where: a memory location (>= 0), a sync object (-2 - its id), or nowhere (-1: fences,
  // spawns, joins).
  std::int64_t place = -1;
  bool seqCst = false;
  std::uint64_t written = 0;   // Write, Rmw: the WriteId of the write it made
  std::uint64_t readFrom = 0;  // Read, Rmw: the WriteId of the write it read
  // Only in a log of seq_cst accesses: the first later event of the thread at another place
  // (its thread and counter; counter 0: none yet), and the clock of the last earlier one.
  ThreadId nextThread = 0;
  std::uint32_t nextCounter = 0;
  VectorClock previousClock;
  bool operator==(const LoggedEvent&) const = default;

  bool reads() const { return kind == Kind::Read || kind == Kind::Rmw; }
  bool writes() const { return kind == Kind::Write || kind == Kind::Rmw; }
  bool isMemory() const { return reads() || writes(); }
};

// Per thread, for a log of seq_cst accesses: the place and clock of the thread's last event,
// and the clock of its last event at another place than that (for the next event's
// "last earlier event at another place").
struct PoTracker {
  std::int64_t lastPlace = INT64_MIN;  // none yet
  VectorClock lastClock;
  VectorClock beforeRunClock;
  bool operator==(const PoTracker&) const = default;
};

inline std::int64_t objectPlace(std::int64_t object) {
  return -2 - object;
}

}  // namespace initcheck
