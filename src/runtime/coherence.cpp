// RC11 coherence on one location (see coherence.hpp): a read may not return a write older in
// mo than one the reader knows (CoWR, CoRR), a write goes after every write it knows (CoWW,
// CoRW); an RMW sits right after the write it reads (atomicity).
#include "runtime/coherence.hpp"

#include <algorithm>

namespace initcheck {

namespace {

bool knows(const VectorClock& clock, ThreadId thread, std::uint32_t counter) {
  return counter == 0 || counter <= clock.get(thread);
}

}  // namespace

std::optional<std::size_t> latestKnown(const ModificationOrder& order, const VectorClock& clock) {
  std::optional<std::size_t> latest;
  for (std::size_t i = order.writes.size(); i-- > 0;) {
    const StoredWrite& write = order.writes[i];
    if (knows(clock, write.thread, write.counter)) {
      latest = i;
      break;
    }
  }
  for (const StoredRead& read : order.reads) {
    if (!knows(clock, read.thread, read.counter))
      continue;
    std::optional<std::size_t> from = order.indexOf(read.from);
    if (from && (!latest || *from > *latest))
      latest = from;
  }
  return latest;
}

std::vector<std::size_t> readableWrites(const ModificationOrder& order, const VectorClock& clock) {
  std::size_t oldest = latestKnown(order, clock).value_or(0);
  std::vector<std::size_t> result;
  for (std::size_t i = order.writes.size(); i-- > oldest;)
    result.push_back(i);
  return result;
}

std::vector<std::size_t> rmwReadableWrites(const ModificationOrder& order,
                                           const VectorClock& clock) {
  std::vector<std::size_t> result = readableWrites(order, clock);
  std::erase_if(result, [&](std::size_t i) { return order.writes[i].readByRmw; });
  return result;
}

std::vector<std::size_t> writePositions(const ModificationOrder& order, const VectorClock& clock) {
  std::optional<std::size_t> known = latestKnown(order, clock);
  std::size_t first = known ? *known + 1 : 0;
  std::vector<std::size_t> result;
  for (std::size_t position = order.writes.size() + 1; position-- > first;) {
    if (position > 0 && position < order.writes.size() && order.writes[position - 1].readByRmw)
      continue;
    result.push_back(position);
  }
  return result;
}

bool UnreadablePart::dropsRead(const ModificationOrder& order, const StoredRead& read) const {
  std::optional<std::size_t> from = order.indexOf(read.from);
  return !from || *from < floor || (*from == floor && oldestKnown);
}

std::optional<UnreadablePart> unreadablePart(const ModificationOrder& order,
                                             const std::vector<const VectorClock*>& liveClocks) {
  if (order.writes.empty() || (order.writes.size() == 1 && order.reads.empty()))
    return std::nullopt;
  UnreadablePart part;
  part.floor = order.writes.size() - 1;
  for (const VectorClock* clock : liveClocks)
    part.floor = std::min(part.floor, latestKnown(order, *clock).value_or(0));
  // A read of a dropped write tells no thread anything new, nor one of the oldest write left
  // when every live thread knows that write by happens-before (not only through such a read:
  // without an initial value, a thread that knows nothing may place a write before it).
  const StoredWrite& oldest = order.writes[part.floor];
  part.oldestKnown = std::all_of(liveClocks.begin(), liveClocks.end(), [&](const VectorClock* c) {
    return knows(*c, oldest.thread, oldest.counter);
  });
  bool dropsAny = part.floor > 0 ||
                  std::any_of(order.reads.begin(), order.reads.end(),
                              [&](const StoredRead& read) { return part.dropsRead(order, read); });
  if (!dropsAny)
    return std::nullopt;
  return part;
}

void dropUnreadable(ModificationOrder& order, const UnreadablePart& part) {
  std::erase_if(order.reads, [&](const StoredRead& read) { return part.dropsRead(order, read); });
  order.writes.erase(order.writes.begin(), order.writes.begin() + static_cast<long>(part.floor));
}

}  // namespace initcheck
