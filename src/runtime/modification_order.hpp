// A location's history under RC11 (LANGUAGE.md section 4a; Lahav, Vafeiadis, Kang, Hur,
// Dreyer, "Repairing sequential consistency in C/C++11", PLDI 2017): its writes in modification
// order (mo) and the reads that read them, as far as some thread may still need them.
//
// Which writes a read may return follows from coherence: a thread knows a write when it
// happens before the thread's current point, or when some read that happens before that point
// read it; a read may return the latest known write or any write newer than it in mo, and a
// new write goes anywhere after it (runtime/coherence.hpp computes both). Writes and reads
// carry the writer's or reader's thread and clock counter, so "happens before the thread's
// current point" is a comparison with the thread's vector clock.
//
// An RMW (swap, successful cas, add) reads the write just before its own in mo: nothing may
// be placed between them, and no second RMW may read the same write (atomicity).
//
// History that no unfinished thread can read any more (older than every such thread's latest
// known write) is dropped as the execution goes, so states that differ only there are equal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/trace_event.hpp"
#include "runtime/value.hpp"
#include "runtime/vector_clock.hpp"
#include "support/source_position.hpp"

namespace initcheck {

// A write's identity: its writer, the writer's clock counter at the write, and which of the
// writer's writes to the location in that one step it is (an await may make several). It does
// not depend on the interleaving, so histories reached by different orders of independent
// steps are equal. 0 is the location's initial value.
using WriteId = std::uint64_t;

inline WriteId writeId(ThreadId thread, std::uint32_t counter, std::uint8_t seq) {
  return (static_cast<std::uint64_t>(counter) << 32) | (static_cast<std::uint64_t>(thread) << 8) |
         seq;
}

// One write in a location's modification order.
struct StoredWrite {
  // The writer and its clock counter at the write; counter 0: the location's initial value,
  // which happens before everything.
  ThreadId thread = 0;
  std::uint32_t counter = 0;
  std::uint8_t seq = 0;
  Value value;
  // What an acquire read of this write joins: the release sequence it belongs to (the
  // writer's clock when it releases, or its clock at its last release fence), continued by
  // RMWs from the write they read.
  VectorClock syncClock;
  SourcePosition position;
  bool seqCst = false;
  bool rmw = false;
  bool readByRmw = false;  // an RMW reads it: the next write in mo is that RMW
  WriteId id() const { return writeId(thread, counter, seq); }
  bool operator==(const StoredWrite&) const = default;
};

// One read that some thread may still learn of (coherence: a later read hb-after it may not
// return an older write).
struct StoredRead {
  ThreadId thread = 0;
  std::uint32_t counter = 0;
  WriteId from = 0;  // the write it read
  auto operator<=>(const StoredRead&) const = default;
};

struct ModificationOrder {
  std::vector<StoredWrite> writes;  // in mo, oldest first
  std::vector<StoredRead> reads;    // sorted, so the order they happened in does not matter

  bool empty() const { return writes.empty(); }
  std::optional<std::size_t> indexOf(WriteId id) const;
  const StoredWrite& latest() const { return writes.back(); }
  bool operator==(const ModificationOrder&) const = default;
};

}  // namespace initcheck
