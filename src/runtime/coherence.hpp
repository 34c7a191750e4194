// RC11 coherence on one location (see modification_order.hpp): which writes a thread may read,
// where its new write may go in modification order, and which history no thread can need any
// more. `clock` is the thread's vector clock: what happens before its current point.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "runtime/modification_order.hpp"
#include "runtime/vector_clock.hpp"

namespace initcheck {

// The index in mo of the latest write the thread knows: one that happens before its point, or
// that a read happening before its point returned. None when it knows no write.
std::optional<std::size_t> latestKnown(const ModificationOrder& order, const VectorClock& clock);

// The writes a read may return, newest first (so choice 0 is the latest write, the one the sc
// model returns): the latest known and every newer one.
std::vector<std::size_t> readableWrites(const ModificationOrder& order, const VectorClock& clock);
// The writes an RMW may read: readable ones that no other RMW reads already.
std::vector<std::size_t> rmwReadableWrites(const ModificationOrder& order,
                                           const VectorClock& clock);
// Where a new write may go, as the index it will have, latest first (choice 0 appends): after
// the latest known write, never between a write and the RMW that reads it.
std::vector<std::size_t> writePositions(const ModificationOrder& order, const VectorClock& clock);

// What nothing can read or learn any more: the writes older than every live clock's latest
// known write (those before `floor`), and the reads of writes no newer than that (dropsRead).
// `liveClocks`: the clocks of the unfinished threads (a thread spawned later starts from its
// spawner's). Computed on the order as it is, so that a location shared between states is
// copied only when something is dropped (support/cow_vector.hpp); nullopt when nothing would be.
// The latest write is always kept.
struct UnreadablePart {
  std::size_t floor = 0;
  bool oldestKnown = false;  // every live thread knows the oldest write kept

  bool dropsRead(const ModificationOrder& order, const StoredRead& read) const;
};
std::optional<UnreadablePart> unreadablePart(const ModificationOrder& order,
                                             const std::vector<const VectorClock*>& liveClocks);
void dropUnreadable(ModificationOrder& order, const UnreadablePart& part);

}  // namespace initcheck
