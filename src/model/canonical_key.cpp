// The state cache's key (see canonical_key.hpp): a varint encoding of a StateData, optionally of
// the state renamed by a thread permutation that sorts threads by an id-free signature.
//
// Layout (every list is count-prefixed, every integer a LEB128 varint, signed ones zigzagged,
// strings length-prefixed, so the encoding is prefix-free and injective): halted; the threads
// in canonical order (finished, frames, clock, pending labels; never the name); the locations;
// the objects; callCounts; labelEpochs; spawnCounts. Clocks are trimmed of trailing zeros.
//
// Symmetry on, the encoding is of the renamed state, normalized where the semantics cannot tell
// the difference: per-thread arrays (access records, first writes, label epochs) are trimmed of
// trailing empty entries (a missing entry reads as empty), a once's runner is written only while
// it runs and a mutex's holder only while it is locked. Symmetry off, every field is written as
// it is (raw array sizes, runner and holder always), so equal bytes mean equal StateData up to
// thread names and clock padding, exactly as StateData's == sees them apart from the names.
#include "model/canonical_key.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "model/program.hpp"
#include "model/semantics.hpp"
#include "model/state_data.hpp"

namespace initcheck {

namespace {

// --- Thread signatures (symmetry): hashes that never look at thread ids. ---

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

void combine(std::uint64_t& seed, std::uint64_t value) {
  seed = mix(seed * 0x9e3779b97f4a7c15ULL + value);
}

std::uint64_t positionWord(SourcePosition position) {
  return (static_cast<std::uint64_t>(position.line) << 32) | position.column;
}

// A value with every thread handle replaced by the same placeholder.
void signValue(std::uint64_t& seed, const Value& value) {
  combine(seed, static_cast<std::uint64_t>(value.tag));
  switch (value.tag) {
    case ValueTag::Handle:
      return;
    case ValueTag::List:
      if (value.list) {
        combine(seed, value.list->size());
        for (const Value& item : *value.list)
          signValue(seed, item);
      }
      return;
    case ValueTag::Func:
      combine(seed, static_cast<std::uint64_t>(value.number));
      if (value.closure) {
        for (const Value& item : value.closure->environment)
          signValue(seed, item);
      }
      return;
    default:
      combine(seed, static_cast<std::uint64_t>(value.number));
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
      combine(signatures[u], tag);
      combine(signatures[u], counter);
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
    combine(seed, thread.frames.size());
    for (const Frame& frame : thread.frames) {
      combine(seed, static_cast<std::uint64_t>(bodyOf(frame.body)));
      combine(seed, frame.pc);
      combine(seed, frame.slots.size());
      for (const Value& value : frame.slots)
        signValue(seed, value);
      combine(seed, frame.stack.size());
      for (const Value& value : frame.stack)
        signValue(seed, value);
    }
    combine(seed, thread.pendingLabels.size());
    for (const auto& [label, position] : thread.pendingLabels) {
      combine(seed, static_cast<std::uint64_t>(label));
      combine(seed, place(position));
    }
    const VectorClock& clock = thread.clock;
    combine(seed, clock.get(t));
    std::uint64_t set = 0;
    std::uint64_t counters = 0;  // a sum: independent of the entries' order
    for (std::size_t u = 0; u < clock.size(); ++u) {
      if (std::uint32_t counter = clock.get(u); counter != 0) {
        ++set;
        counters += mix(counter);
      }
    }
    std::uint64_t known = 0;
    for (std::size_t u = 0; u < n; ++u) {
      if (u != t)
        known += mix(state.threads[u].clock.get(t) + 0x5bd1e995ULL);
    }
    combine(seed, set);
    combine(seed, counters);
    combine(seed, known);
    signatures[t] = seed;
  }
  for (std::size_t i = 0; i < state.locations.size(); ++i) {
    const Location& location = state.locations[i];
    auto records = [&](const std::vector<AccessRecord>& list, std::uint64_t kind) {
      const std::size_t count = std::min(list.size(), n);
      for (std::size_t u = 0; u < count; ++u) {
        if (isEmpty(list[u]))
          continue;
        combine(signatures[u], i * 8 + kind);
        combine(signatures[u], list[u].epoch.counter);
        combine(signatures[u], place(list[u].position));
      }
    };
    records(location.lastRead, 0);
    records(location.lastWrite, 1);
    const std::size_t count = std::min(location.firstWrite.size(), n);
    for (std::size_t u = 0; u < count; ++u) {
      if (location.firstWrite[u].counter == 0)
        continue;
      combine(signatures[u], i * 8 + 2);
      combine(signatures[u], location.firstWrite[u].counter);
    }
    signClock(signatures, location.releaseClock, i * 8 + 3);
  }
  for (const auto& [label, epochs] : state.labelEpochs) {
    const std::size_t count = std::min(epochs.size(), n);
    for (std::size_t u = 0; u < count; ++u) {
      if (epochs[u].counter == 0)
        continue;
      combine(signatures[u], 0x1abe1ULL + static_cast<std::uint64_t>(label));
      combine(signatures[u], epochs[u].counter);
    }
  }
  for (std::size_t i = 0; i < state.objects.size(); ++i) {
    const std::uint64_t tag = (i + 1) << 40;  // apart from the locations' tags
    const auto& object = state.objects[i].object;
    if (const auto* once = std::get_if<OnceObject>(&object)) {
      if (once->status == OnceObject::Status::Running && once->runner < n)
        combine(signatures[once->runner], tag);
      signClock(signatures, once->doneClock, tag + 1);
    } else if (const auto* mutex = std::get_if<MutexObject>(&object)) {
      if (mutex->locked && mutex->holder < n)
        combine(signatures[mutex->holder], tag);
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
      links[t] += mix(signatures[u] * 3 + counter);
      links[u] += mix(signatures[t] * 5 + counter);
    }
    std::uint64_t where = 0;
    auto handles = [&](const std::vector<Value>& values) {
      for (const Value& value : values) {
        ++where;
        if (value.is(ValueTag::Handle) && value.number >= 0 &&
            static_cast<std::uint64_t>(value.number) < n) {
          auto u = static_cast<std::size_t>(value.number);
          links[t] += mix(signatures[u] * 7 + where);
          links[u] += mix(signatures[t] * 11 + where);
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
    combine(seed, links[t]);
    refined[t] = seed;
  }
}

using Ranked = std::vector<std::pair<std::uint64_t, ThreadId>>;

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

// Reused buffers: no allocation per call once warm, except the key itself.
struct Scratch {
  std::string bytes;
  std::vector<std::uint64_t> signatures;
  std::vector<std::uint64_t> refined;
  std::vector<std::uint64_t> links;
  Ranked ranked;
  std::vector<ThreadId> order;
};

// The canonical order: threads sorted by signature, refined while that splits ties; a remaining
// tie between related threads is broken by singling out one of them, then refining again (as
// canonical graph labelling does, without backtracking: best effort).
void canonicalOrder(const StateData& state, const SymmetryInfo* symmetry, Scratch& scratch) {
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
    combine(scratch.signatures[*single], 0x51e9u);
    classes = rank(scratch.signatures, scratch.ranked);
  }
  for (std::size_t r = 0; r < n; ++r)
    scratch.order[r] = n > 1 ? scratch.ranked[r].second : static_cast<ThreadId>(r);
}

// --- The encoding. ---

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
  void put(std::uint64_t v) {  // LEB128
    room(10);
    while (v >= 0x80) {
      *next_++ = static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    *next_++ = static_cast<char>(v);
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

}  // namespace

CanonicalKey encodeState(const StateData& state, bool symmetry, const SymmetryInfo* classes) {
  thread_local Scratch scratch;
  const std::size_t n = state.threads.size();
  CanonicalKey key;
  key.toCanonical.resize(n);
  const ThreadId* order = nullptr;
  if (!symmetry || (classes != nullptr && classes->empty()))
    classes = nullptr;
  if (symmetry) {
    canonicalOrder(state, classes, scratch);
    for (std::size_t r = 0; r < n; ++r)
      key.toCanonical[scratch.order[r]] = static_cast<ThreadId>(r);
    order = scratch.order.data();
  } else {
    for (std::size_t t = 0; t < n; ++t)
      key.toCanonical[t] = static_cast<ThreadId>(t);
  }
  Encoder encoder(scratch.bytes, order, key.toCanonical.data(), n, classes);
  encoder.state(state);
  key.bytes.assign(scratch.bytes.data(), encoder.size());  // sized: caches keep millions
  return key;
}

// --- Symmetry classes of declared threads. ---

SourcePosition SymmetryInfo::position(SourcePosition position) const {
  if (positions.empty())
    return position;
  const std::uint64_t word = positionWord(position);
  auto it = std::lower_bound(positions.begin(), positions.end(), word,
                             [](const std::pair<std::uint64_t, SourcePosition>& entry,
                                std::uint64_t w) { return entry.first < w; });
  return it != positions.end() && it->first == word ? it->second : position;
}

namespace {

// The same code up to positions: instructions, slots, parameters, captures.
bool sameCode(const CompiledBody& x, const CompiledBody& y) {
  if (x.code.size() != y.code.size() || x.slotCount != y.slotCount || x.isInit != y.isInit ||
      x.parameterSlots != y.parameterSlots || x.parameterShared != y.parameterShared ||
      x.captureSlots != y.captureSlots || x.captureIsSharedCopy != y.captureIsSharedCopy)
    return false;
  for (std::size_t i = 0; i < x.code.size(); ++i) {
    const Instr& a = x.code[i];
    const Instr& b = y.code[i];
    if (a.op != b.op || a.a != b.a || a.b != b.b || a.c != b.c)
      return false;
  }
  return true;
}

// member position -> representative position, instruction by instruction; false unless that
// is a bijection between the two bodies' positions.
bool positionMap(const CompiledBody& member, const CompiledBody& representative,
                 std::map<std::uint64_t, SourcePosition>& out) {
  std::map<std::uint64_t, SourcePosition> forward;
  std::map<std::uint64_t, SourcePosition> backward;
  for (std::size_t i = 0; i < member.code.size(); ++i) {
    SourcePosition from = member.code[i].position;
    SourcePosition to = representative.code[i].position;
    auto [f, freshF] = forward.emplace(positionWord(from), to);
    auto [b, freshB] = backward.emplace(positionWord(to), from);
    if ((!freshF && f->second != to) || (!freshB && b->second != from))
      return false;
  }
  for (const auto& [from, to] : forward) {
    if (positionWord(to) != from)
      out.emplace(from, to);
  }
  return true;
}

// Builds an info mapping each member body of `classes` (each list: representative first) to
// the representative, with the given thread groups; false if a position map is inconsistent.
bool buildInfo(const CompiledProgram& program, const std::vector<std::vector<BodyId>>& classes,
               SymmetryInfo& info) {
  info.representative.assign(program.bodies.size(), kNoBody);
  std::map<std::uint64_t, SourcePosition> positions;
  for (const std::vector<BodyId>& members : classes) {
    const CompiledBody& rep = program.bodies[static_cast<std::size_t>(members.front())];
    for (BodyId member : members) {
      if (member == members.front())
        continue;
      info.representative[static_cast<std::size_t>(member)] = members.front();
      if (!positionMap(program.bodies[static_cast<std::size_t>(member)], rep, positions))
        return false;
    }
  }
  info.positions.assign(positions.begin(), positions.end());
  return true;
}

// The initial state encoded (symmetry layout, `info` applied) with threads `a` and `b`
// exchanged (a == b: as it is).
std::string exchanged(const StateData& state, const SymmetryInfo& info, ThreadId a, ThreadId b) {
  const std::size_t n = state.threads.size();
  std::vector<ThreadId> order(n);
  for (std::size_t t = 0; t < n; ++t)
    order[t] = static_cast<ThreadId>(t);
  std::swap(order[a], order[b]);
  std::string buffer;
  Encoder encoder(buffer, order.data(), order.data(), n, &info);
  encoder.state(state);
  buffer.resize(encoder.size());
  return buffer;
}

}  // namespace

SymmetryInfo computeSymmetry(const CompiledProgram& program, const StateData& initial) {
  SymmetryInfo result;
  const std::size_t n = program.threads.size();
  if (initial.halted || initial.threads.size() < n || n < 2)
    return result;
  // A member's positions must be its own: in no other body (so mapping them touches nothing
  // else).
  std::map<std::uint64_t, std::size_t> owners;  // position -> bodies using it
  auto count = [&owners](const CompiledBody& body) {
    std::set<std::uint64_t> mine;
    for (const Instr& instr : body.code)
      mine.insert(positionWord(instr.position));
    for (std::uint64_t word : mine)
      ++owners[word];
  };
  for (const CompiledBody& body : program.bodies)
    count(body);
  count(program.globalInit);
  auto ownPositions = [&owners](const CompiledBody& body) {
    return std::all_of(body.code.begin(), body.code.end(), [&owners](const Instr& instr) {
      return owners[positionWord(instr.position)] == 1;
    });
  };
  auto bodyOf = [&program](ThreadId t) -> const CompiledBody& {
    return program.bodies.at(static_cast<std::size_t>(program.threads[t]));
  };
  // Groups of threads, by code, then by the initial state: a thread joins the first group whose
  // first thread it can be exchanged with.
  std::vector<std::vector<ThreadId>> groups;
  for (ThreadId t = 0; t < n; ++t) {
    bool joined = false;
    for (std::vector<ThreadId>& group : groups) {
      ThreadId f = group.front();
      if (!ownPositions(bodyOf(t)) || !sameCode(bodyOf(f), bodyOf(t)))
        continue;
      SymmetryInfo pair;
      pair.groups = {{f, t}};
      if (!buildInfo(program, {{program.threads[f], program.threads[t]}}, pair))
        continue;
      if (exchanged(initial, pair, f, f) != exchanged(initial, pair, f, t))
        continue;
      group.push_back(t);
      joined = true;
      break;
    }
    if (!joined)
      groups.push_back({t});
  }
  std::vector<std::vector<BodyId>> classes;
  for (std::vector<ThreadId>& group : groups) {
    if (group.size() < 2)
      continue;
    std::vector<BodyId> bodies;
    for (ThreadId t : group)
      bodies.push_back(program.threads[t]);
    std::sort(bodies.begin(), bodies.end());  // the representative: the lowest body id
    classes.push_back(std::move(bodies));
    result.groups.push_back(std::move(group));
  }
  if (result.groups.empty() || !buildInfo(program, classes, result))
    return SymmetryInfo{};
  return result;
}

CanonicalKey Semantics::canonicalKey(const State& state, bool symmetry) const {
  return encodeState(state.data(), symmetry, &symmetry_);
}

}  // namespace initcheck
