// The canonical thread order (see canonical_thread_order.hpp): per-thread signatures that
// never look at thread ids, refined by the threads' relations, ties between related threads
// broken by singling one out.
#include "model/canonical_thread_order.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "model/symmetry_classes.hpp"
#include "runtime/state_data.hpp"
#include "support/hash.hpp"

namespace initcheck {

namespace {

// A value with every thread handle replaced by the same placeholder.
void signValue(std::uint64_t& seed, const Value& value) {
  mixInto(seed, static_cast<std::uint64_t>(value.tag));
  switch (value.tag) {
    case ValueTag::Handle:
      return;
    case ValueTag::List:
      if (value.list) {
        mixInto(seed, value.list->size());
        for (const Value& item : *value.list)
          signValue(seed, item);
      }
      return;
    case ValueTag::Func:
      mixInto(seed, static_cast<std::uint64_t>(value.number));
      if (value.closure) {
        for (const Value& item : value.closure->environment)
          signValue(seed, item);
      }
      return;
    default:
      mixInto(seed, static_cast<std::uint64_t>(value.number));
  }
}

bool isEmpty(const AccessRecord& record) {
  return record.epoch.counter == 0 && record.position == SourcePosition{};
}

// What a location's or an object's clock knows of each thread, under a tag naming the clock.
void signClock(std::vector<std::uint64_t>& signatures, const VectorClock& clock,
               std::uint64_t tag) {
  const std::size_t count = std::min(clock.size(), signatures.size());
  for (std::size_t u = 0; u < count; ++u) {
    if (std::uint32_t counter = clock.get(u); counter != 0) {
      mixInto(signatures[u], tag);
      mixInto(signatures[u], counter);
    }
  }
}

// RC11 history (runtime/modification_order.hpp): each thread's writes (by position in mo) and
// the reads it made that others may learn of, and what the writes' release sequences know.
template <class Place>
void signHistory(std::vector<std::uint64_t>& signatures, const ModificationOrder& history,
                 std::uint64_t tag, const Place& place) {
  const std::size_t n = signatures.size();
  for (std::size_t i = 0; i < history.writes.size(); ++i) {
    const StoredWrite& write = history.writes[i];
    if (write.counter != 0 && write.thread < n) {
      mixInto(signatures[write.thread], tag + (i << 16));
      mixInto(signatures[write.thread], write.counter);
      mixInto(signatures[write.thread], place(write.position));
    }
    signClock(signatures, write.syncClock, tag + (i << 16) + 1);
  }
  for (const StoredRead& read : history.reads) {
    if (read.thread < n) {
      mixInto(signatures[read.thread], tag + 2);
      mixInto(signatures[read.thread], read.counter);
      mixInto(signatures[read.thread], history.indexOf(read.from).value_or(0));
    }
  }
}

// Per thread: its code position and private data, its clock seen as a multiset (its own entry,
// how many entries are set, which counters), what the others' clocks know of it, its own records
// at every location, label epochs, running onces and held mutexes, and what the clocks of
// locations and objects know of it.
void threadSignatures(const StateData& state, const SymmetryInfo* classes,
                      std::vector<std::uint64_t>& signatures) {
  auto bodyOf = [classes](BodyId body) { return classes ? classes->body(body) : body; };
  auto place = [classes](SourcePosition position) {
    return positionWord(classes ? classes->position(position) : position);
  };
  const std::size_t n = state.threads.size();
  signatures.assign(n, 0);
  for (std::size_t t = 0; t < n; ++t) {
    const ThreadState& thread = state.threads[t];
    std::uint64_t seed = thread.finished ? 1 : 2;
    mixInto(seed, thread.frames.size());
    for (const Frame& frame : thread.frames) {
      mixInto(seed, static_cast<std::uint64_t>(bodyOf(frame.body)));
      mixInto(seed, frame.pc);
      mixInto(seed, frame.slots.size());
      for (const Value& value : frame.slots)
        signValue(seed, value);
      mixInto(seed, frame.stack.size());
      for (const Value& value : frame.stack)
        signValue(seed, value);
    }
    mixInto(seed, thread.pendingLabels.size());
    for (const auto& [label, position] : thread.pendingLabels) {
      mixInto(seed, static_cast<std::uint64_t>(label));
      mixInto(seed, place(position));
    }
    const VectorClock& clock = thread.clock;
    mixInto(seed, clock.get(t));
    std::uint64_t set = 0;
    std::uint64_t counters = 0;  // a sum: independent of the entries' order
    for (std::size_t u = 0; u < clock.size(); ++u) {
      if (std::uint32_t counter = clock.get(u); counter != 0) {
        ++set;
        counters += mixBits(counter);
      }
    }
    std::uint64_t known = 0;
    for (std::size_t u = 0; u < n; ++u) {
      if (u != t)
        known += mixBits(state.threads[u].clock.get(t) + 0x5bd1e995ULL);
    }
    mixInto(seed, set);
    mixInto(seed, counters);
    mixInto(seed, known);
    for (const VectorClock* fenceClock : {&thread.releaseFence, &thread.pendingAcquire}) {
      std::uint64_t fenceCounters = 0;
      for (std::size_t u = 0; u < fenceClock->size(); ++u)
        fenceCounters += mixBits(fenceClock->get(u));
      mixInto(seed, fenceCounters);
    }
    signatures[t] = seed;
  }
  for (std::size_t i = 0; i < state.locations.size(); ++i) {
    const Location& location = state.locations[i];
    auto records = [&](const std::vector<AccessRecord>& list, std::uint64_t kind) {
      const std::size_t count = std::min(list.size(), n);
      for (std::size_t u = 0; u < count; ++u) {
        if (isEmpty(list[u]))
          continue;
        mixInto(signatures[u], i * 8 + kind);
        mixInto(signatures[u], list[u].epoch.counter);
        mixInto(signatures[u], place(list[u].position));
      }
    };
    records(location.lastRead, 0);
    records(location.lastWrite, 1);
    const std::size_t count = std::min(location.firstWrite.size(), n);
    for (std::size_t u = 0; u < count; ++u) {
      if (location.firstWrite[u].counter == 0)
        continue;
      mixInto(signatures[u], i * 8 + 2);
      mixInto(signatures[u], location.firstWrite[u].counter);
    }
    signClock(signatures, location.releaseClock, i * 8 + 3);
    signHistory(signatures, location.history, i * 8 + 4, place);
  }
  for (const auto& [label, epochs] : state.labelEpochs) {
    const std::size_t count = std::min(epochs.size(), n);
    for (std::size_t u = 0; u < count; ++u) {
      if (epochs[u].counter == 0)
        continue;
      mixInto(signatures[u], 0x1abe1ULL + static_cast<std::uint64_t>(label));
      mixInto(signatures[u], epochs[u].counter);
    }
  }
  for (std::size_t i = 0; i < state.objects.size(); ++i) {
    const std::uint64_t tag = (i + 1) << 40;  // apart from the locations' tags
    const auto& object = state.objects[i].object;
    if (const auto* once = std::get_if<OnceObject>(&object)) {
      if (once->status == OnceObject::Status::Running && once->runner < n)
        mixInto(signatures[once->runner], tag);
      signClock(signatures, once->doneClock, tag + 1);
    } else if (const auto* mutex = std::get_if<MutexObject>(&object)) {
      if (mutex->locked && mutex->holder < n)
        mixInto(signatures[mutex->holder], tag);
      signClock(signatures, mutex->releaseClock, tag + 1);
    } else if (const auto* group = std::get_if<WaitGroupObject>(&object)) {
      signClock(signatures, group->clock, tag + 1);
    } else if (const auto* channel = std::get_if<ChannelObject>(&object)) {
      std::uint64_t k = tag + 1;
      for (const Message& message : channel->buffer)
        signClock(signatures, message.clock, k++);
      signClock(signatures, channel->closeClock, k++);
      for (const VectorClock& received : channel->receiveClocks)
        signClock(signatures, received, k++);
    }
  }
}

// One round of refinement, for threads the signatures do not tell apart (interchangeable by
// themselves, not in their relations to the others): each signature mixed with the signatures
// of the threads it knows in its clock, of those that know it in theirs, of the threads its
// handles name and of those holding a handle to it. `links` gets these sums of mixes (order-
// independent); 0 for a thread without any relation.
void refineSignatures(const StateData& state, const std::vector<std::uint64_t>& signatures,
                      std::vector<std::uint64_t>& refined, std::vector<std::uint64_t>& links) {
  const std::size_t n = state.threads.size();
  links.assign(n, 0);
  for (std::size_t t = 0; t < n; ++t) {
    const ThreadState& thread = state.threads[t];
    const std::size_t known = std::min(thread.clock.size(), n);
    for (std::size_t u = 0; u < known; ++u) {
      std::uint32_t counter = thread.clock.get(u);
      if (u == t || counter == 0)
        continue;
      links[t] += mixBits(signatures[u] * 3 + counter);
      links[u] += mixBits(signatures[t] * 5 + counter);
    }
    std::uint64_t where = 0;
    auto handles = [&](const std::vector<Value>& values) {
      for (const Value& value : values) {
        ++where;
        if (value.is(ValueTag::Handle) && value.number >= 0 &&
            static_cast<std::uint64_t>(value.number) < n) {
          auto u = static_cast<std::size_t>(value.number);
          links[t] += mixBits(signatures[u] * 7 + where);
          links[u] += mixBits(signatures[t] * 11 + where);
        }
      }
    };
    for (const Frame& frame : thread.frames) {
      handles(frame.slots);
      handles(frame.stack);
    }
  }
  refined.resize(n);
  for (std::size_t t = 0; t < n; ++t) {
    std::uint64_t seed = signatures[t];
    mixInto(seed, links[t]);
    refined[t] = seed;
  }
}

using Ranked = std::vector<std::pair<std::uint64_t, ThreadId>>;  // ThreadOrderScratch::ranked

// Threads by signature, ties by id; returns the number of distinct signatures.
std::size_t rank(const std::vector<std::uint64_t>& signatures, Ranked& ranked) {
  ranked.clear();
  for (std::size_t t = 0; t < signatures.size(); ++t)
    ranked.emplace_back(signatures[t], static_cast<ThreadId>(t));
  std::sort(ranked.begin(), ranked.end());
  std::size_t classes = ranked.empty() ? 0 : 1;
  for (std::size_t r = 1; r < ranked.size(); ++r)
    classes += ranked[r].first != ranked[r - 1].first ? 1 : 0;
  return classes;
}

// The first thread (in rank order) of the first group of tied threads one of which has a
// relation to another thread; none if every tie is between threads without relations (those
// are interchangeable: any order among them gives the same encoding).
std::optional<ThreadId> tiedWithRelations(const Ranked& ranked,
                                          const std::vector<std::uint64_t>& links) {
  for (std::size_t r = 0; r < ranked.size();) {
    std::size_t end = r + 1;
    bool related = links[ranked[r].second] != 0;
    for (; end < ranked.size() && ranked[end].first == ranked[r].first; ++end)
      related = related || links[ranked[end].second] != 0;
    if (end - r > 1 && related)
      return ranked[r].second;
    r = end;
  }
  return std::nullopt;
}

}  // namespace

// The canonical order: threads sorted by signature, refined while that splits ties; a remaining
// tie between related threads is broken by singling out one of them, then refining again (as
// canonical graph labelling does, without backtracking: best effort).
void canonicalThreadOrder(const StateData& state, const SymmetryInfo* symmetry,
                          ThreadOrderScratch& scratch) {
  const std::size_t n = state.threads.size();
  scratch.order.resize(n);
  std::size_t classes = n;
  if (n > 1) {
    threadSignatures(state, symmetry, scratch.signatures);
    classes = rank(scratch.signatures, scratch.ranked);
  }
  for (std::size_t step = 0; classes < n && step < 2 * n; ++step) {
    refineSignatures(state, scratch.signatures, scratch.refined, scratch.links);
    std::swap(scratch.signatures, scratch.refined);
    std::size_t refined = rank(scratch.signatures, scratch.ranked);
    if (refined > classes) {
      classes = refined;
      continue;
    }
    std::optional<ThreadId> single = tiedWithRelations(scratch.ranked, scratch.links);
    if (!single)
      break;
    mixInto(scratch.signatures[*single], 0x51e9u);
    classes = rank(scratch.signatures, scratch.ranked);
  }
  for (std::size_t r = 0; r < n; ++r)
    scratch.order[r] = n > 1 ? scratch.ranked[r].second : static_cast<ThreadId>(r);
}

}  // namespace initcheck
