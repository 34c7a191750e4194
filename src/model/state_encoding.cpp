// The state cache's key (see state_encoding.hpp): a varint encoding of a StateData, optionally of
// the state renamed by a thread permutation that sorts threads by an id-free signature.
//
// Layout (every list is count-prefixed, every integer a LEB128 varint, signed ones zigzagged,
// strings length-prefixed, so the encoding is prefix-free and injective): halted; the threads
// in canonical order (finished, frames, clock, pending labels; never the name); the locations;
// the objects; callCounts; labelEpochs; spawnCounts. Clocks are trimmed of trailing zeros.
// encodeStateCompact encodes the same fields in sections (a header of halted and the counts, each
// thread, each location, each object, the rest) and names each by its id in a SectionTable.
//
// Symmetry on, the encoding is of the renamed state, normalized where the semantics cannot tell
// the difference: per-thread arrays (access records, first writes, label epochs) are trimmed of
// trailing empty entries (a missing entry reads as empty), a once's runner is written only while
// it runs and a mutex's holder only while it is locked. Symmetry off, every field is written as
// it is (raw array sizes, runner and holder always), so equal bytes mean equal StateData up to
// thread names and clock padding, exactly as StateData's == sees them apart from the names.
#include "model/state_encoding.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "model/canonical_thread_order.hpp"
#include "runtime/state_data.hpp"
#include "support/leb128.hpp"

namespace initcheck {

namespace {

class Encoder {
 public:
  // `order` (canonical id -> actual id) and `toCanonical` are permutations of 0..threads-1;
  // order == nullptr: symmetry off (identity, raw layout). Ids >= threads map to themselves.
  // `classes` (symmetry on only, may be null): member bodies and their positions are written
  // as their representative's.
  // Writes into `buffer` from its start, growing it as needed; size() bytes are the key.
  Encoder(std::string& buffer, const ThreadId* order, const ThreadId* toCanonical,
          std::size_t threads, const SymmetryInfo* classes)
      : classes_(classes != nullptr && !classes->empty() ? classes : nullptr),
        buffer_(buffer),
        next_(buffer.data()),
        end_(buffer.data() + buffer.size()),
        order_(order),
        toCanonical_(toCanonical),
        threads_(threads) {}

  std::size_t size() const { return static_cast<std::size_t>(next_ - buffer_.data()); }

  void state(const StateData& state) {
    putByte(state.halted ? 1 : 0);
    put(threads_);
    for (std::size_t r = 0; r < threads_; ++r)
      thread(state.threads[actual(r)]);
    put(state.locations.size());
    for (const Location& location : state.locations)
      this->location(location);
    put(state.objects.size());
    for (const SyncObject& object : state.objects)
      this->object(object);
    rest(state);
  }

  // The compact key's own sections (encodeStateCompact): the header, one thread, one location,
  // one object, and the rest.
  void header(const StateData& state) {
    putByte(state.halted ? 1 : 0);
    put(threads_);
    put(state.locations.size());
    put(state.objects.size());
  }
  void threadSection(const ThreadState& thread) { this->thread(thread); }
  void locationSection(const Location& location) { this->location(location); }
  void objectSection(const SyncObject& object) { this->object(object); }
  void rest(const StateData& state) {
    put(state.callCounts.size());
    for (const auto& [key, count] : state.callCounts) {
      putString(key);
      putSigned(count);
    }
    put(state.labelEpochs.size());
    for (const auto& [label, epochs] : state.labelEpochs) {
      putSigned(label);
      perThread(epochs, [this](const Epoch& epoch) { put(epoch.counter); });
    }
    put(state.spawnCounts.size());
    for (const auto& [name, count] : state.spawnCounts) {
      putString(name);
      putSigned(count);
    }
    put(state.log.size());
    for (const LoggedEvent& event : state.log)
      logged(event, state);
  }

 private:
  void room(std::size_t bytes) {
    if (static_cast<std::size_t>(end_ - next_) < bytes)
      grow(bytes);
  }
  void grow(std::size_t bytes) {
    std::size_t used = size();
    buffer_.resize(std::max(buffer_.size() * 2, used + bytes + 256));
    next_ = buffer_.data() + used;
    end_ = buffer_.data() + buffer_.size();
  }
  void put(std::uint64_t v) {
    room(kMaxLeb128Bytes);
    next_ = writeLeb128(next_, v);
  }
  void putSigned(std::int64_t v) {  // zigzag
    put((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void putByte(std::uint8_t b) {
    room(1);
    *next_++ = static_cast<char>(b);
  }
  void putString(const std::string& text) {
    put(text.size());
    room(text.size());
    std::memcpy(next_, text.data(), text.size());
    next_ += text.size();
  }
  void putPosition(SourcePosition position) {
    if (classes_ != nullptr)
      position = classes_->position(position);
    put(position.line);
    put(position.column);
  }

  // The actual thread at a canonical id, and the canonical id of an actual thread.
  std::size_t actual(std::size_t canonical) const {
    return order_ != nullptr && canonical < threads_ ? order_[canonical] : canonical;
  }
  BodyId body(BodyId id) const { return classes_ != nullptr ? classes_->body(id) : id; }
  std::uint64_t renamed(std::uint64_t thread) const {
    return order_ != nullptr && thread < threads_ ? toCanonical_[thread] : thread;
  }

  void value(const Value& value) {
    putByte(static_cast<std::uint8_t>(value.tag));
    switch (value.tag) {
      case ValueTag::Handle:
        if (value.number >= 0)
          putSigned(static_cast<std::int64_t>(renamed(static_cast<std::uint64_t>(value.number))));
        else
          putSigned(value.number);
        return;
      case ValueTag::List:
        putSigned(value.number);
        put(value.list ? value.list->size() : 0);
        if (value.list) {
          for (const Value& item : *value.list)
            this->value(item);
        }
        return;
      case ValueTag::Func:
        putSigned(value.number);
        putSigned(value.closure ? body(value.closure->body) : kNoBody);
        put(value.closure ? value.closure->environment.size() : 0);
        if (value.closure) {
          for (const Value& item : value.closure->environment)
            this->value(item);
        }
        return;
      default:
        putSigned(value.number);
    }
  }

  // Entries in canonical order, trimmed of trailing zeros (missing entries are 0).
  void clock(const VectorClock& clock) {
    std::size_t length = std::max(clock.size(), threads_);
    while (length > 0 && clock.get(actual(length - 1)) == 0)
      --length;
    put(length);
    for (std::size_t r = 0; r < length; ++r)
      put(clock.get(actual(r)));
  }

  // An array indexed by thread id. Symmetry off: as it is. On: in canonical order, trimmed of
  // trailing empty entries (the semantics reads a missing entry as an empty one).
  template <class T, class Put>
  void perThread(const std::vector<T>& items, Put putItem) {
    if (order_ == nullptr) {
      put(items.size());
      for (const T& item : items)
        putItem(item);
      return;
    }
    static const T kEmpty{};
    auto at = [&](std::size_t canonical) -> const T& {
      std::size_t u = actual(canonical);
      return u < items.size() ? items[u] : kEmpty;
    };
    std::size_t length = std::max(items.size(), threads_);
    while (length > 0 && at(length - 1) == kEmpty)
      --length;
    put(length);
    for (std::size_t r = 0; r < length; ++r)
      putItem(at(r));
  }

  void record(const AccessRecord& record) {
    put(record.epoch.counter);
    putPosition(record.position);
  }

  void thread(const ThreadState& thread) {
    putByte(thread.finished ? 1 : 0);
    put(thread.frames.size());
    for (const Frame& frame : thread.frames) {
      putSigned(body(frame.body));
      put(frame.pc);
      put(frame.slots.size());
      for (const Value& v : frame.slots)
        value(v);
      put(frame.stack.size());
      for (const Value& v : frame.stack)
        value(v);
    }
    clock(thread.clock);
    put(thread.pendingLabels.size());
    for (const auto& [label, position] : thread.pendingLabels) {
      putSigned(label);
      putPosition(position);
    }
    clock(thread.releaseFence);
    clock(thread.pendingAcquire);
    putSigned(thread.poTracker.lastPlace == INT64_MIN ? -1 : thread.poTracker.lastPlace + 1);
    clock(thread.poTracker.lastClock);
    clock(thread.poTracker.beforeRunClock);
    put(thread.spins.size());
    for (const SpinState& spin : thread.spins)
      this->spin(spin);
    putByte(thread.atomicWait ? (thread.atomicWait->woken ? 2 : 1) : 0);
    if (thread.atomicWait) {
      putSigned(thread.atomicWait->location);
      writeIdentity(thread.atomicWait->read);
      perThread(thread.atomicWait->writesAfter, [this](std::uint32_t counter) { put(counter); });
    }
  }

  void writeIdentity(WriteId id) {  // (counter << 32) | (thread << 8) | seq
    put(id >> 32);
    put(id == 0 ? 0 : renamed((id >> 8) & 0xFFFFFF));
    put(id & 0xFF);
  }

  void spinReads(const std::vector<SpinRead>& reads) {
    put(reads.size());
    for (const SpinRead& read : reads) {
      putSigned(read.location);
      value(read.value);
      putByte(read.hasHistory ? 1 : 0);
      writeIdentity(read.write);
      putPosition(read.position);
    }
  }

  void spin(const SpinState& spin) {
    putSigned(body(spin.body));
    put(spin.pc);
    put(spin.depth);
    put(spin.slots.size());
    for (const Value& v : spin.slots)
      value(v);
    putByte(static_cast<std::uint8_t>((spin.pure ? 1 : 0) | (spin.blocked ? 2 : 0)));
    spinReads(spin.reads);
    spinReads(spin.floors);
  }

  // RC11 history: writes in mo, reads sorted; write ids (labels of creation order) are not
  // written, only positions in mo, so histories equal up to those labels encode equally.
  void history(const ModificationOrder& history) {
    put(history.writes.size());
    for (const StoredWrite& write : history.writes) {
      put(write.counter == 0 ? 0 : renamed(write.thread));
      put(write.counter);
      value(write.value);
      clock(write.syncClock);
      putPosition(write.position);
      putByte(static_cast<std::uint8_t>((write.seqCst ? 1 : 0) | (write.rmw ? 2 : 0) |
                                        (write.readByRmw ? 4 : 0)));
    }
    std::vector<std::array<std::uint64_t, 3>> reads;
    for (const StoredRead& read : history.reads)
      reads.push_back({renamed(read.thread), read.counter, indexIn(history, read.from)});
    std::sort(reads.begin(), reads.end());
    put(reads.size());
    for (const auto& read : reads) {
      for (std::uint64_t field : read)
        put(field);
    }
  }
  static std::uint64_t indexIn(const ModificationOrder& history, WriteId id) {
    std::optional<std::size_t> index = history.indexOf(id);
    return index ? *index : UINT64_MAX;
  }

  void logged(const LoggedEvent& event, const StateData& state) {
    putByte(static_cast<std::uint8_t>(event.kind) | (event.seqCst ? 0x10 : 0));
    put(renamed(event.thread));
    put(event.counter);
    clock(event.clock);
    putSigned(event.place);
    put(event.nextCounter == 0 ? 0 : renamed(event.nextThread));
    put(event.nextCounter);
    clock(event.previousClock);
    if (event.isMemory()) {
      const ModificationOrder& order =
          state.locations.at(static_cast<std::size_t>(event.place)).history;
      put(event.writes() ? indexIn(order, event.written) : 0);
      put(event.reads() ? indexIn(order, event.readFrom) : 0);
    }
  }

  void location(const Location& location) {
    value(location.value);
    putByte(static_cast<std::uint8_t>((location.written ? 1 : 0) | (location.atomic ? 2 : 0) |
                                      (location.monitored ? 4 : 0)));
    putString(location.name);
    auto putRecord = [this](const AccessRecord& r) { record(r); };
    perThread(location.lastRead, putRecord);
    perThread(location.lastWrite, putRecord);
    perThread(location.firstWrite, [this](const Epoch& epoch) { put(epoch.counter); });
    clock(location.releaseClock);
    history(location.history);
    clock(location.notifyClock);
  }

  void object(const SyncObject& object) {
    putString(object.name);
    putByte(static_cast<std::uint8_t>(object.object.index()));
    if (const auto* once = std::get_if<OnceObject>(&object.object)) {
      putByte(static_cast<std::uint8_t>(once->status));
      if (order_ == nullptr)
        put(once->runner);
      else if (once->status == OnceObject::Status::Running)
        put(renamed(once->runner));
      clock(once->doneClock);
    } else if (const auto* mutex = std::get_if<MutexObject>(&object.object)) {
      putByte(mutex->locked ? 1 : 0);
      if (order_ == nullptr)
        put(mutex->holder);
      else if (mutex->locked)
        put(renamed(mutex->holder));
      clock(mutex->releaseClock);
    } else if (const auto* group = std::get_if<WaitGroupObject>(&object.object)) {
      putSigned(group->counter);
      clock(group->clock);
    } else if (const auto* channel = std::get_if<ChannelObject>(&object.object)) {
      putSigned(channel->capacity);
      put(channel->buffer.size());
      for (const Message& message : channel->buffer) {
        value(message.value);
        clock(message.clock);
      }
      putByte(channel->closed ? 1 : 0);
      clock(channel->closeClock);
      putSigned(channel->sends);
      put(channel->receiveClocks.size());
      for (const VectorClock& received : channel->receiveClocks)
        clock(received);
      putByte(static_cast<std::uint8_t>(channel->elementTag));
    } else if (const auto* rw = std::get_if<RwMutexObject>(&object.object)) {
      putSigned(rw->readers);
      putByte(static_cast<std::uint8_t>((rw->writer ? 1 : 0) | (rw->writerWaiting ? 2 : 0)));
      if (order_ == nullptr)
        put(rw->holder);
      else if (rw->writer || rw->writerWaiting)
        put(renamed(rw->holder));
      clock(rw->writeReleaseClock);
      clock(rw->readReleaseClock);
    } else if (const auto* recursive = std::get_if<RecursiveMutexObject>(&object.object)) {
      putSigned(recursive->depth);
      if (order_ == nullptr)
        put(recursive->owner);
      else if (recursive->depth > 0)
        put(renamed(recursive->owner));
      clock(recursive->releaseClock);
    } else if (const auto* cond = std::get_if<CondObject>(&object.object)) {
      std::vector<std::uint64_t> waiters;
      for (ThreadId waiter : cond->waiters)
        waiters.push_back(renamed(waiter));
      if (order_ != nullptr)
        std::sort(waiters.begin(), waiters.end());
      put(waiters.size());
      for (std::uint64_t waiter : waiters)
        put(waiter);
    }
  }

  const SymmetryInfo* classes_;
  std::string& buffer_;
  char* next_;
  char* end_;
  const ThreadId* order_;
  const ThreadId* toCanonical_;
  std::size_t threads_;
};

// Reused buffers: no allocation per call once warm, except the key itself.
struct Scratch {
  std::string bytes;
  ThreadOrderScratch order;
};

// Fills toCanonical (actual id -> canonical id) and returns the order (canonical id -> actual
// id; null with symmetry off, the identity). `classes` becomes null where it does not apply.
const ThreadId* canonicalOrder(const StateData& state, bool symmetry, const SymmetryInfo*& classes,
                               std::vector<ThreadId>& toCanonical, Scratch& scratch,
                               bool keepThreadOrder) {
  const std::size_t n = state.threads.size();
  toCanonical.resize(n);
  if (!symmetry || (classes != nullptr && classes->empty()))
    classes = nullptr;
  if (!symmetry || keepThreadOrder) {
    for (std::size_t t = 0; t < n; ++t)
      toCanonical[t] = static_cast<ThreadId>(t);
    if (!symmetry)
      return nullptr;
    scratch.order.order = toCanonical;  // the symmetric layout, with the identity renaming
    return scratch.order.order.data();
  }
  canonicalThreadOrder(state, classes, scratch.order);
  for (std::size_t r = 0; r < n; ++r)
    toCanonical[scratch.order.order[r]] = static_cast<ThreadId>(r);
  return scratch.order.order.data();
}

// The id of element i's section: from its note when the note was written under `layout`,
// otherwise encoded (by `encode`, into the scratch bytes), looked up in the table and noted.
template <class T, class Encode>
std::uint32_t sectionId(const CowVector<T>& items, std::size_t i, std::uint32_t layout,
                        SectionTable& table, Encode encode) {
  std::uint64_t& note = items.note(i);
  if (note >> 32 == layout)
    return static_cast<std::uint32_t>(note);
  std::uint32_t id = table.idOf(encode(items[i]));
  note = (static_cast<std::uint64_t>(layout) << 32) | id;
  return id;
}

}  // namespace

CompactKey encodeStateCompact(const StateData& state, bool symmetry, const SymmetryInfo* classes,
                              SectionTable& table, bool keepThreadOrder) {
  thread_local Scratch scratch;
  const std::size_t n = state.threads.size();
  CompactKey key;
  const ThreadId* order =
      canonicalOrder(state, symmetry, classes, key.toCanonical, scratch, keepThreadOrder);
  std::uint32_t layout = table.layoutId(symmetry, classes, key.toCanonical);
  // One or two bytes an id, mostly.
  key.ids.reserve(2 * (n + state.locations.size() + state.objects.size() + 2));
  auto encoded = [&](auto write) {
    Encoder encoder(scratch.bytes, order, key.toCanonical.data(), n, classes);
    write(encoder);
    return std::string_view(scratch.bytes.data(), encoder.size());
  };
  appendLeb128(key.ids, table.idOf(encoded([&](Encoder& e) { e.header(state); })));
  for (std::size_t r = 0; r < n; ++r) {
    std::size_t actual = order != nullptr ? order[r] : r;
    appendLeb128(key.ids,
                 sectionId(state.threads, actual, layout, table, [&](const ThreadState& t) {
                   return encoded([&](Encoder& e) { e.threadSection(t); });
                 }));
  }
  auto appendAll = [&](const auto& items, auto encodeOne) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      appendLeb128(key.ids, sectionId(items, i, layout, table, [&](const auto& item) {
                     return encoded([&](Encoder& e) { (e.*encodeOne)(item); });
                   }));
    }
  };
  appendAll(state.locations, &Encoder::locationSection);
  appendAll(state.objects, &Encoder::objectSection);
  appendLeb128(key.ids, table.idOf(encoded([&](Encoder& e) { e.rest(state); })));
  return key;
}

CanonicalKey encodeState(const StateData& state, bool symmetry, const SymmetryInfo* classes,
                         bool keepThreadOrder) {
  thread_local Scratch scratch;
  const std::size_t n = state.threads.size();
  CanonicalKey key;
  const ThreadId* order =
      canonicalOrder(state, symmetry, classes, key.toCanonical, scratch, keepThreadOrder);
  Encoder encoder(scratch.bytes, order, key.toCanonical.data(), n, classes);
  encoder.state(state);
  key.bytes.assign(scratch.bytes.data(), encoder.size());  // sized: caches keep millions
  return key;
}

std::string encodeStateExchanged(const StateData& state, const SymmetryInfo& info,
                                 const std::vector<ThreadId>& order) {
  std::string buffer;
  Encoder encoder(buffer, order.data(), order.data(), state.threads.size(), &info);
  encoder.state(state);
  buffer.resize(encoder.size());
  return buffer;
}

}  // namespace initcheck
