// The state cache's key (model/state_encoding.hpp): injective without symmetry, and with it
// equal keys only for states equal up to a renaming of threads and the replacement of member
// bodies and positions by their symmetry class representative's (checked against an
// independent renaming of StateData over whole state graphs), with fewer keys than states on
// symmetric programs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

// --- An independent renaming of a state: thread t becomes perm[t] everywhere. ---

using Perm = std::vector<ThreadId>;

std::uint64_t mapped(const Perm& perm, std::uint64_t t) {
  return t < perm.size() ? perm[t] : t;
}

VectorClock renameClock(const VectorClock& clock, const Perm& perm) {
  VectorClock out;
  for (std::size_t u = 0; u < clock.size(); ++u) {
    if (clock.get(u) != 0)
      out.set(mapped(perm, u), clock.get(u));
  }
  return out;
}

Value renameValue(const Value& value, const Perm& perm) {
  switch (value.tag) {
    case ValueTag::Handle:
      return Value::handle(static_cast<std::int64_t>(mapped(perm, value.number)));
    case ValueTag::List: {
      ListData items;
      for (const Value& item : *value.list)
        items.push_back(renameValue(item, perm));
      return Value::makeList(std::move(items));
    }
    case ValueTag::Func: {
      std::vector<Value> environment;
      for (const Value& item : value.closure->environment)
        environment.push_back(renameValue(item, perm));
      return Value::makeClosure(value.closure->body, std::move(environment));
    }
    default:
      return value;
  }
}

// Normalized: trailing empty entries dropped (the semantics reads missing entries as empty).
template <class T>
std::vector<T> renameArray(const std::vector<T>& items, const Perm& perm, bool normalize) {
  std::vector<T> out(std::max(items.size(), perm.size()));
  for (std::size_t u = 0; u < items.size(); ++u)
    out[mapped(perm, u)] = items[u];
  while (normalize && !out.empty() && out.back() == T{})
    out.pop_back();
  return out;
}

// The state renamed by `perm`. Normalized: also without thread names, and with a once's runner
// (a mutex's holder) set to 0 unless it runs (is locked), where the semantics never reads it.
// A write's identity names its writer (runtime/modification_order.hpp): renamed with it.
WriteId renameWriteId(WriteId id, const Perm& perm) {
  auto counter = static_cast<std::uint32_t>(id >> 32);
  auto thread = static_cast<ThreadId>((id >> 8) & 0xffffff);
  auto seq = static_cast<std::uint8_t>(id & 0xff);
  return counter == 0 ? id : writeId(static_cast<ThreadId>(mapped(perm, thread)), counter, seq);
}

// RC11 histories with their threads renamed, the reads sorted again.
ModificationOrder renameHistory(ModificationOrder history, const Perm& perm) {
  for (StoredWrite& write : history.writes) {
    if (write.counter != 0)
      write.thread = static_cast<ThreadId>(mapped(perm, write.thread));
    write.syncClock = renameClock(write.syncClock, perm);
  }
  for (StoredRead& read : history.reads) {
    read.thread = static_cast<ThreadId>(mapped(perm, read.thread));
    read.from = renameWriteId(read.from, perm);
  }
  std::sort(history.reads.begin(), history.reads.end());
  return history;
}

StateData renamed(const StateData& state, const Perm& perm, bool normalize) {
  StateData out = state;
  for (std::size_t t = 0; t < state.threads.size(); ++t) {
    ThreadState thread = state.threads[t];
    if (normalize)
      thread.name.clear();
    for (Frame& frame : thread.frames) {
      for (Value& value : frame.slots)
        value = renameValue(value, perm);
      for (Value& value : frame.stack)
        value = renameValue(value, perm);
    }
    thread.clock = renameClock(thread.clock, perm);
    thread.releaseFence = renameClock(thread.releaseFence, perm);
    thread.pendingAcquire = renameClock(thread.pendingAcquire, perm);
    thread.poTracker.lastClock = renameClock(thread.poTracker.lastClock, perm);
    thread.poTracker.beforeRunClock = renameClock(thread.poTracker.beforeRunClock, perm);
    out.threads[perm[t]] = std::move(thread);
  }
  for (Location& location : out.locations) {
    location.value = renameValue(location.value, perm);
    location.lastRead = renameArray(location.lastRead, perm, normalize);
    location.lastWrite = renameArray(location.lastWrite, perm, normalize);
    location.firstWrite = renameArray(location.firstWrite, perm, normalize);
    location.releaseClock = renameClock(location.releaseClock, perm);
    location.history = renameHistory(location.history, perm);
  }
  for (LoggedEvent& event : out.log) {
    event.thread = static_cast<ThreadId>(mapped(perm, event.thread));
    event.clock = renameClock(event.clock, perm);
    event.written = renameWriteId(event.written, perm);
    event.readFrom = renameWriteId(event.readFrom, perm);
    event.nextThread = static_cast<ThreadId>(mapped(perm, event.nextThread));
    event.previousClock = renameClock(event.previousClock, perm);
  }
  for (SyncObject& object : out.objects) {
    if (auto* once = std::get_if<OnceObject>(&object.object)) {
      bool runs = once->status == OnceObject::Status::Running;
      once->runner = normalize && !runs ? 0 : static_cast<ThreadId>(mapped(perm, once->runner));
      once->doneClock = renameClock(once->doneClock, perm);
    } else if (auto* mutex = std::get_if<MutexObject>(&object.object)) {
      mutex->holder =
          normalize && !mutex->locked ? 0 : static_cast<ThreadId>(mapped(perm, mutex->holder));
      mutex->releaseClock = renameClock(mutex->releaseClock, perm);
    } else if (auto* group = std::get_if<WaitGroupObject>(&object.object)) {
      group->clock = renameClock(group->clock, perm);
    } else if (auto* channel = std::get_if<ChannelObject>(&object.object)) {
      for (Message& message : channel->buffer) {
        message.value = renameValue(message.value, perm);
        message.clock = renameClock(message.clock, perm);
      }
      channel->closeClock = renameClock(channel->closeClock, perm);
      for (VectorClock& clock : channel->receiveClocks)
        clock = renameClock(clock, perm);
    }
  }
  for (auto& [label, epochs] : out.labelEpochs)
    epochs = renameArray(epochs, perm, normalize);
  return out;
}

// Member bodies of symmetry classes, and positions in them, replaced by their representative's.
StateData toRepresentatives(const StateData& state, const SymmetryInfo& info) {
  StateData out = state;
  for (ThreadState& thread : out.threads) {
    for (Frame& frame : thread.frames)
      frame.body = info.body(frame.body);
    for (auto& [label, position] : thread.pendingLabels)
      position = info.position(position);
  }
  for (Location& location : out.locations) {
    for (AccessRecord& record : location.lastRead)
      record.position = info.position(record.position);
    for (AccessRecord& record : location.lastWrite)
      record.position = info.position(record.position);
    for (StoredWrite& write : location.history.writes)
      write.position = info.position(write.position);
  }
  return out;
}

void expectPermutation(const CanonicalKey& key, std::size_t threads) {
  ASSERT_EQ(key.toCanonical.size(), threads);
  Perm sorted = key.toCanonical;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < threads; ++i)
    ASSERT_EQ(sorted[i], i);
}

// --- Walking a whole state graph. ---

struct Walk {
  std::size_t states = 0;     // distinct by State ==
  std::size_t plainKeys = 0;  // distinct keys, symmetry off
  std::size_t symmetricKeys = 0;
  std::size_t orbits = 0;         // classes of states equal up to a renaming (0: not computed)
  std::size_t reducedStates = 0;  // states a search visits when it caches symmetric keys
  std::size_t collisions = 0;     // symmetric keys shared by two different states
  double nsPerPlainKey = 0;
  double nsPerSymmetricKey = 0;
  double bytesPerKey = 0;     // symmetry off
  double nsPerSuccessor = 0;  // successors() and the State set, for comparison
};

std::vector<State> nextStates(const Semantics& semantics, const State& state) {
  std::vector<State> result;
  for (ThreadId thread : semantics.enabledThreads(state)) {
    for (Successor& next : semantics.successors(state, thread))
      result.push_back(std::move(next.state));
  }
  return result;
}

// BFS over every reachable state; checks for each symmetric key that all its states are equal
// after their renaming and the replacement by representatives (soundness), and that plain keys
// separate exactly the states == does.
Walk walk(const Semantics& semantics) {
  Walk result;
  std::unordered_set<State, StateHash> seen;
  std::vector<State> states;
  std::deque<State> queue;
  auto visit = [&](const State& state) {
    if (seen.insert(state).second) {
      states.push_back(state);
      queue.push_back(state);
    }
  };
  visit(semantics.initial());
  std::size_t successors = 0;
  std::clock_t start = std::clock();
  while (!queue.empty()) {
    State state = queue.front();
    queue.pop_front();
    for (const State& next : nextStates(semantics, state)) {
      visit(next);
      ++successors;
    }
  }
  result.nsPerSuccessor = 1e9 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC /
                          static_cast<double>(std::max<std::size_t>(successors, 1));
  result.states = states.size();

  std::set<std::string> plain;
  std::map<std::string, StateData> symmetric;
  for (const State& state : states) {
    plain.insert(semantics.canonicalKey(state, false).bytes);
    CanonicalKey key = semantics.canonicalKey(state, true);
    expectPermutation(key, state.data().threads.size());
    StateData normal =
        renamed(toRepresentatives(state.data(), semantics.symmetryInfo()), key.toCanonical, true);
    auto [it, fresh] = symmetric.emplace(key.bytes, normal);
    if (!fresh) {
      ++result.collisions;
      EXPECT_TRUE(it->second == normal)
          << "equal symmetric keys for states not equal up to renaming";
    }
  }
  result.plainKeys = plain.size();
  result.symmetricKeys = symmetric.size();

  // The best any symmetric key could do: states equal up to some renaming (all n! tried) and
  // the replacement by representatives.
  std::set<std::string> orbits;
  bool small = std::all_of(states.begin(), states.end(),
                           [](const State& state) { return state.data().threads.size() <= 7; });
  for (const State& state : small ? states : std::vector<State>{}) {
    Perm perm(state.data().threads.size());
    std::iota(perm.begin(), perm.end(), 0);
    std::string best;
    do {
      std::string key =
          encodeState(
              renamed(toRepresentatives(state.data(), semantics.symmetryInfo()), perm, true), false)
              .bytes;
      if (best.empty() || key < best)
        best = std::move(key);
    } while (std::next_permutation(perm.begin(), perm.end()));
    orbits.insert(best);
  }
  result.orbits = orbits.size();

  // The search a checker with symmetry reduction does: one state per key.
  std::unordered_set<std::string> cached;
  queue.clear();
  queue.push_back(semantics.initial());
  cached.insert(semantics.canonicalKey(semantics.initial(), true).bytes);
  while (!queue.empty()) {
    State state = queue.front();
    queue.pop_front();
    for (const State& next : nextStates(semantics, state)) {
      if (cached.insert(semantics.canonicalKey(next, true).bytes).second)
        queue.push_back(next);
    }
  }
  result.reducedStates = cached.size();

  auto time = [&](bool symmetry) {
    std::size_t calls = 0;
    std::size_t bytes = 0;
    std::clock_t start = std::clock();  // CPU time: the machine may be busy
    do {  // each state a few times in a row: it is in cache, as a fresh successor would be
      for (const State& state : states) {
        for (int i = 0; i < 8; ++i)
          bytes += encodeState(state.data(), symmetry).bytes.size();
      }
      calls += states.size() * 8;
    } while (calls < 50000);
    double elapsed = 1e9 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_GT(bytes, 0u);
    if (!symmetry)
      result.bytesPerKey = static_cast<double>(bytes) / static_cast<double>(calls);
    return elapsed / static_cast<double>(calls);
  };
  result.nsPerPlainKey = time(false);
  result.nsPerSymmetricKey = time(true);
  return result;
}

void print(const std::string& name, const Walk& w) {
  std::cout << name << ": states " << w.states << ", plain keys " << w.plainKeys
            << ", symmetric keys " << w.symmetricKeys << " (orbits " << w.orbits
            << "), reduced search " << w.reducedStates << " states; " << w.nsPerPlainKey
            << " ns/key plain, " << w.nsPerSymmetricKey << " ns/key symmetric; " << w.bytesPerKey
            << " bytes/key; " << w.nsPerSuccessor << " ns/successor in the BFS\n";
}

const char* kOnce3 =
    "var o: once;\nvar value: int;\ninit func build() { value = 42; }\n"
    "thread t0 { o.do(build); assert value == 42; }\n"
    "thread t1 { o.do(build); assert value == 42; }\n"
    "thread t2 { o.do(build); assert value == 42; }\n";

TEST(CanonicalKey, IdenticalStatesIdenticalBytesSuccessorsDiffer) {
  auto loaded = load(kOnce3);
  const Semantics& s = *loaded->semantics;
  State start = s.initial();
  State copy(std::make_shared<StateData>(start.data()));
  for (bool symmetry : {false, true}) {
    EXPECT_EQ(s.canonicalKey(start, symmetry).bytes, s.canonicalKey(copy, symmetry).bytes);
    State next = s.successors(start, 0).front().state;
    EXPECT_NE(s.canonicalKey(start, symmetry).bytes, s.canonicalKey(next, symmetry).bytes);
  }
  CanonicalKey plain = s.canonicalKey(start, false);
  EXPECT_EQ(plain.toCanonical, (Perm{0, 1, 2}));
}

TEST(CanonicalKey, ThreadNamesDoNotCount) {
  auto loaded = load(kOnce3);
  const Semantics& s = *loaded->semantics;
  State state = runSchedule(s, {0, 0}).state;
  auto data = std::make_shared<StateData>(state.data());
  data->threads[0].name = "other";
  data->threads[2].name = "t0";
  State renamedOnly(data);
  EXPECT_FALSE(state == renamedOnly);
  for (bool symmetry : {false, true})
    EXPECT_EQ(s.canonicalKey(state, symmetry).bytes, s.canonicalKey(renamedOnly, symmetry).bytes);
}

class EveryOtherField : public ::testing::TestWithParam<bool> {};

// Each field changed alone changes the key (with symmetry too: none of these is a renaming).
TEST_P(EveryOtherField, Counts) {
  const bool symmetry = GetParam();
  auto loaded = load(kOnce3);
  const Semantics& s = *loaded->semantics;
  const StateData base = runSchedule(s, {0}).state.data();  // t0 runs build
  ASSERT_EQ(std::get<OnceObject>(base.objects[0].object).status, OnceObject::Status::Running);
  auto key = [symmetry](const StateData& data) { return encodeState(data, symmetry).bytes; };
  const std::string original = key(base);
  std::vector<std::pair<std::string, StateData>> variants;
  auto variant = [&](const std::string& what, auto change) {
    StateData data = base;
    change(data);
    variants.emplace_back(what, std::move(data));
  };
  variant("halted", [](StateData& d) { d.halted = true; });
  variant("pc", [](StateData& d) { ++d.threads[1].frames.back().pc; });
  variant("finished", [](StateData& d) { d.threads[2].finished = true; });
  variant("clock", [](StateData& d) { d.threads[1].clock.set(2, 5); });
  variant("slot", [](StateData& d) { d.threads[0].frames.back().stack.push_back(Value::none()); });
  variant("handle",
          [](StateData& d) { d.threads[0].frames.back().stack.push_back(Value::handle(1)); });
  variant("label", [](StateData& d) { d.threads[1].pendingLabels.push_back({3, {1, 2}}); });
  variant("value", [](StateData& d) { d.locations[0].value = Value::integer(7); });
  variant("list", [](StateData& d) {
    d.locations[0].value = Value::makeList({Value::integer(1), Value::handle(2)});
  });
  variant("written", [](StateData& d) { d.locations[0].written = !d.locations[0].written; });
  variant("location name", [](StateData& d) { d.locations[0].name += "x"; });
  variant("atomic", [](StateData& d) { d.locations[0].atomic = !d.locations[0].atomic; });
  variant("monitored", [](StateData& d) { d.locations[0].monitored = !d.locations[0].monitored; });
  variant("read", [](StateData& d) { d.locations[0].lastRead.push_back({{1}, {2, 3}}); });
  variant("read position", [](StateData& d) {
    d.locations[0].lastRead.resize(1);
    d.locations[0].lastRead[0].position.column += 1;
  });
  variant("first write", [](StateData& d) { d.locations[0].firstWrite.push_back({4}); });
  variant("release clock", [](StateData& d) { d.locations[0].releaseClock.set(0, 1); });
  variant("object name", [](StateData& d) { d.objects[0].name += "x"; });
  variant("once status", [](StateData& d) {
    std::get<OnceObject>(d.objects[0].object).status = OnceObject::Status::Done;
  });
  variant("once runner",
          [](StateData& d) { std::get<OnceObject>(d.objects[0].object).runner = 2; });
  variant("once clock",
          [](StateData& d) { std::get<OnceObject>(d.objects[0].object).doneClock.set(1, 1); });
  variant("mutex", [](StateData& d) { d.objects[0].object = MutexObject{}; });
  variant("channel", [](StateData& d) { d.objects[0].object = ChannelObject{}; });
  variant("calls", [](StateData& d) { d.callCounts["build"] += 1; });
  variant("label epochs", [](StateData& d) { d.labelEpochs[5] = {Epoch{1}}; });
  variant("spawns", [](StateData& d) { d.spawnCounts["go"] = 1; });
  // RC11's log of seq_cst accesses and each thread's tracker of it (psc reads them all).
  auto logged = [](StateData& d) -> LoggedEvent& {
    LoggedEvent event;
    event.kind = LoggedEvent::Kind::Write;
    event.counter = 1;
    event.place = 0;
    d.log.push_back(event);
    return d.log.back();
  };
  variant("log", [&](StateData& d) { logged(d); });
  variant("log next", [&](StateData& d) {
    LoggedEvent& event = logged(d);
    event.nextThread = 0;
    event.nextCounter = 2;
  });
  variant("log next thread", [&](StateData& d) {
    LoggedEvent& event = logged(d);
    event.nextThread = 1;
    event.nextCounter = 2;
  });
  variant("log previous clock", [&](StateData& d) { logged(d).previousClock.set(1, 1); });
  variant("tracker place", [](StateData& d) { d.threads[0].poTracker.lastPlace = 0; });
  variant("tracker clock", [](StateData& d) { d.threads[0].poTracker.lastClock.set(1, 1); });
  variant("tracker run clock",
          [](StateData& d) { d.threads[0].poTracker.beforeRunClock.set(1, 1); });
  std::set<std::string> keys{original};
  for (const auto& [what, data] : variants) {
    EXPECT_FALSE(data == base) << what;
    EXPECT_NE(key(data), original) << what;
    keys.insert(key(data));
  }
  EXPECT_EQ(keys.size(), variants.size() + 1);  // and all apart from each other

  // Channel contents, one field at a time.
  StateData channel = base;
  channel.objects[0].object = ChannelObject{};
  std::set<std::string> channelKeys{key(channel)};
  auto channelVariant = [&](auto change) {
    StateData data = channel;
    change(std::get<ChannelObject>(data.objects[0].object));
    EXPECT_TRUE(channelKeys.insert(key(data)).second);
  };
  channelVariant([](ChannelObject& c) { c.capacity = 1; });
  channelVariant([](ChannelObject& c) { c.buffer.push_back({Value::integer(1), {}}); });
  channelVariant([](ChannelObject& c) {
    Message message{Value::integer(1), {}};
    message.clock.set(0, 1);
    c.buffer.push_back(message);
  });
  channelVariant([](ChannelObject& c) { c.closed = true; });
  channelVariant([](ChannelObject& c) { c.closeClock.set(1, 1); });
  channelVariant([](ChannelObject& c) { c.sends = 1; });
  channelVariant([](ChannelObject& c) { c.receiveClocks.emplace_back(); });
  channelVariant([](ChannelObject& c) { c.elementTag = ValueTag::Int; });

  // Clock padding never counts, nor (with symmetry) empty trailing per-thread entries.
  StateData padded = base;
  padded.threads[0].clock.set(7, 0);
  EXPECT_EQ(key(padded), original);
  padded.locations[0].lastRead.resize(5);
  EXPECT_EQ(key(padded) == original, symmetry);
}

INSTANTIATE_TEST_SUITE_P(CanonicalKey, EveryOtherField, ::testing::Bool());

// Declared threads with the same text are different bodies at different positions, but one
// symmetry class: their first steps give the same key (after the replacement of the member's
// body and positions by the representative's), never without symmetry.
const char* kCallers =
    "var o: once;\nvar value: int;\ninit func build() { value = 42; }\n"
    "func use() { o.do(build); assert value == 42; }\n"
    "thread t0 { use(); }\nthread t1 { use(); }\nthread t2 { use(); }\n";

TEST(CanonicalKey, DeclaredThreadsOfOneClassAreInterchangeable) {
  for (const char* text : {kOnce3, kCallers}) {
    auto loaded = load(text);
    const Semantics& s = *loaded->semantics;
    EXPECT_EQ(s.interchangeableThreads(), (std::vector<std::vector<ThreadId>>{{0, 1, 2}}));
    State start = s.initial();
    State after0 = s.successors(start, 0).front().state;
    State after1 = s.successors(start, 1).front().state;
    EXPECT_NE(s.canonicalKey(after0, false).bytes, s.canonicalKey(after1, false).bytes);
    CanonicalKey key0 = s.canonicalKey(after0, true);
    CanonicalKey key1 = s.canonicalKey(after1, true);
    EXPECT_EQ(key0.bytes, key1.bytes);
    EXPECT_EQ(key0.toCanonical[0], key1.toCanonical[1]);  // the once's runners
    const SymmetryInfo& info = s.symmetryInfo();
    EXPECT_TRUE(renamed(toRepresentatives(after0.data(), info), key0.toCanonical, true) ==
                renamed(toRepresentatives(after1.data(), info), key1.toCanonical, true));
    // Without the classes, only the renaming: the bodies differ.
    EXPECT_NE(encodeState(after0.data(), true).bytes, encodeState(after1.data(), true).bytes);
  }
  auto loaded = load(kCallers);
  const Semantics& s = *loaded->semantics;
  State done01 = runThread(s, runThread(s, s.initial(), 0).state, 1).state;
  State done10 = runThread(s, runThread(s, s.initial(), 1).state, 0).state;
  ASSERT_EQ(s.enabledThreads(done01), std::vector<ThreadId>{2});
  EXPECT_FALSE(done01 == done10);
  EXPECT_NE(s.canonicalKey(done01, false).bytes, s.canonicalKey(done10, false).bytes);
  EXPECT_EQ(s.canonicalKey(done01, true).bytes, s.canonicalKey(done10, true).bytes);
}

TEST(CanonicalKey, InterchangeableThreadGroups) {
  // Three identical threads and one that differs (another constant).
  auto loaded = load(
      "var x: int = 0;\nvar mu: mutex;\n"
      "thread a { mu.lock(); x = x + 1; mu.unlock(); }\n"
      "thread b { mu.lock(); x = x + 2; mu.unlock(); }\n"
      "thread c { mu.lock(); x = x + 1; mu.unlock(); }\n"
      "thread d {   mu.lock();\n  x = x + 1;   mu.unlock(); }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_EQ(s.interchangeableThreads(), (std::vector<std::vector<ThreadId>>{{0, 2, 3}}));
  const SymmetryInfo& info = s.symmetryInfo();
  ASSERT_EQ(info.groups.size(), 1u);
  EXPECT_FALSE(info.positions.empty());
  Walk w = walk(s);
  print("groups 3+1", w);
  EXPECT_LT(w.symmetricKeys, w.plainKeys);
  EXPECT_EQ(w.symmetricKeys, w.orbits);

  // Nothing alike: no groups, and keys as without classes.
  auto different = load("var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\n");
  EXPECT_TRUE(different->semantics->interchangeableThreads().empty());
  EXPECT_TRUE(different->semantics->symmetryInfo().empty());

  // Bodies creating closures are each their own (the closures are other bodies).
  auto closures = load(
      "var x: int = 0;\nfunc f() { x = 1; }\n"
      "thread a { go func() { f(); }(); }\nthread b { go func() { f(); }(); }\n");
  EXPECT_TRUE(closures->semantics->interchangeableThreads().empty());
  // Same code, but the initial states differ: b's private call of build is its second, a
  // single_init violation, so b starts at its beginning while a was run to its first point.
  auto asymmetric = load(
      "var x: int = 0;\ninit func build() { }\ncheck single_init(build);\n"
      "thread a { build(); x = 1; }\nthread b { build(); x = 1; }\n");
  const Semantics& as = *asymmetric->semantics;
  EXPECT_NE(as.initial().data().threads[0].frames.back().pc,
            as.initial().data().threads[1].frames.back().pc);
  EXPECT_TRUE(as.interchangeableThreads().empty());
}

// Three spawners each start one worker of the same function: the workers are symmetric (with
// their spawners).
const char* kSpawners =
    "var o: once;\nvar value: int;\ninit func build() { value = 42; }\n"
    "func worker() { o.do(build); assert value == 42; }\n"
    "thread a { go worker(); }\nthread b { go worker(); }\nthread c { go worker(); }\n";

TEST(CanonicalKey, SymmetricFirstStepsShareTheirKey) {
  auto loaded = load(kSpawners);
  const Semantics& s = *loaded->semantics;
  State spawned = runSchedule(s, {2, 0, 1}).state;  // c's worker is thread 3
  ASSERT_EQ(s.enabledThreads(spawned), (std::vector<ThreadId>{3, 4, 5}));
  State after3 = s.successors(spawned, 3).front().state;  // c's worker runs build
  State after4 = s.successors(spawned, 4).front().state;  // a's worker runs build
  EXPECT_FALSE(after3 == after4);
  EXPECT_NE(s.canonicalKey(after3, false).bytes, s.canonicalKey(after4, false).bytes);
  CanonicalKey key3 = s.canonicalKey(after3, true);
  CanonicalKey key4 = s.canonicalKey(after4, true);
  EXPECT_EQ(key3.bytes, key4.bytes);
  expectPermutation(key3, 6);
  expectPermutation(key4, 6);
  EXPECT_EQ(key3.toCanonical[3], key4.toCanonical[4]);  // the runners
  EXPECT_EQ(key3.toCanonical[2], key4.toCanonical[0]);  // and their spawners
  // Sound: the renamed states are equal.
  EXPECT_TRUE(renamed(after3.data(), key3.toCanonical, true) ==
              renamed(after4.data(), key4.toCanonical, true));
}

TEST(CanonicalKey, RenamedStatesShareTheirKey) {
  auto loaded = load(kOnce3);
  const Semantics& s = *loaded->semantics;
  std::unordered_set<State, StateHash> seen{s.initial()};
  std::deque<State> queue{s.initial()};
  std::size_t checked = 0;
  while (!queue.empty()) {
    State state = queue.front();
    queue.pop_front();
    Perm perm{0, 1, 2};
    std::string key = s.canonicalKey(state, true).bytes;
    do {
      State other(std::make_shared<StateData>(renamed(state.data(), perm, false)));
      EXPECT_EQ(s.canonicalKey(other, true).bytes, key);
      ++checked;
    } while (std::next_permutation(perm.begin(), perm.end()));
    for (const State& next : nextStates(s, state)) {
      if (seen.insert(next).second)
        queue.push_back(next);
    }
  }
  EXPECT_EQ(checked, seen.size() * 6);
}

TEST(CanonicalKey, SymmetryShrinksTheStateSpaceSoundly) {
  auto loaded = load(kSpawners);
  Walk w = walk(*loaded->semantics);
  print("spawners-3", w);
  EXPECT_EQ(w.states, 484u);
  EXPECT_EQ(w.plainKeys, w.states);
  // The spawners are one class of declared threads: 58 keys with renaming alone.
  EXPECT_EQ(w.symmetricKeys, 30u);
  EXPECT_EQ(w.orbits, 30u);  // as good as it gets
  EXPECT_EQ(w.reducedStates, 30u);

  // Channels, waitgroups, mutexes, atomics, labels, lists and handles.
  auto features = load(
      "var c: chan(1);\nvar wg: waitgroup;\nvar mu: mutex;\nvar total: int = 0;\n"
      "var flag: atomic bool = false;\n"
      "func worker(n: int) {\n"
      "  @pub flag.store(true, release);\n"
      "  mu.lock(); total = total + n; mu.unlock();\n"
      "  c.send([n, n]);\n"
      "  wg.done();\n"
      "}\n"
      "thread a { wg.add(1); let h = go worker(1); join h; }\n"
      "thread b { wg.add(1); let h = go worker(1); join h; }\n"
      "thread m { let x = c.recv(); let y = c.recv(); wg.wait();\n"
      "  if flag.load(acquire) { @use mu.lock(); mu.unlock(); } }\n"
      "check happens_before(pub, use);\n");
  w = walk(*features->semantics);
  print("features", w);
  EXPECT_EQ(w.states, 998u);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_EQ(w.symmetricKeys, 264u);  // a and b are one class (501 with renaming alone)
  EXPECT_EQ(w.orbits, 264u);
  EXPECT_EQ(w.reducedStates, 264u);

  // Declared threads of one class: merged up to their positions.
  auto declared = load(kOnce3);
  w = walk(*declared->semantics);
  print("once-3 (declared threads)", w);
  EXPECT_EQ(w.states, 61u);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_EQ(w.symmetricKeys, 15u);  // 61 with renaming alone
  EXPECT_EQ(w.orbits, w.symmetricKeys);
  EXPECT_EQ(w.reducedStates, w.symmetricKeys);
  auto callers = load(kCallers);
  w = walk(*callers->semantics);
  print("callers-3 (declared threads, one function)", w);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_LT(w.symmetricKeys, w.plainKeys);
  EXPECT_EQ(w.symmetricKeys, w.orbits);
}

// The bench families (bench/families.py once N, dcl N): declared threads of identical text.
std::string onceFamily(int n) {
  std::string text = "option threads = " + std::to_string(n + 2) +
                     ";\nvar o: once;\nvar value: int;\ninit func build() { value = 42; }\n"
                     "check single_init(build);\ncheck exactly_once(build);\n";
  for (int i = 0; i < n; ++i)
    text += "thread t" + std::to_string(i) + " { o.do(build); assert value == 42; }\n";
  return text;
}

std::string dclFamily(int n) {
  std::string text = "option threads = " + std::to_string(n + 2) +
                     ";\nvar ready: atomic bool = false;\nvar mu: mutex;\nvar value: int;\n"
                     "init func compute() -> int { return 42; }\n"
                     "func get() -> int {\n"
                     "    if !ready.load(acquire) {\n"
                     "        mu.lock();\n"
                     "        if !ready.load(relaxed) {\n"
                     "            value = compute();\n"
                     "            ready.store(true, release);\n"
                     "        }\n"
                     "        mu.unlock();\n"
                     "    }\n"
                     "    return value;\n"
                     "}\n"
                     "check exactly_once(compute);\n";
  for (int i = 0; i < n; ++i)
    text += "thread t" + std::to_string(i) + " { assert get() == 42; }\n";
  return text;
}

TEST(CanonicalKey, BenchFamiliesMergeDeclaredThreads) {
  auto once = load(onceFamily(4));
  EXPECT_EQ(once->semantics->interchangeableThreads(),
            (std::vector<std::vector<ThreadId>>{{0, 1, 2, 3}}));
  Walk w = walk(*once->semantics);
  print("once-4", w);
  EXPECT_EQ(w.states, 225u);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_EQ(w.symmetricKeys, 23u);  // 225 with renaming alone
  EXPECT_EQ(w.orbits, w.symmetricKeys);
  EXPECT_EQ(w.reducedStates, w.symmetricKeys);

  auto dcl = load(dclFamily(4));
  EXPECT_EQ(dcl->semantics->interchangeableThreads(),
            (std::vector<std::vector<ThreadId>>{{0, 1, 2, 3}}));
  w = walk(*dcl->semantics);
  print("dcl-4", w);
  EXPECT_EQ(w.states, 4720u);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_EQ(w.symmetricKeys, 253u);  // 4720 with renaming alone
  EXPECT_EQ(w.orbits, w.symmetricKeys);
  EXPECT_EQ(w.reducedStates, w.symmetricKeys);
}

TEST(CanonicalKey, DifferentCodeIsNeverMerged) {
  auto loaded = load(
      "var mu: mutex;\nvar x: int = 0;\n"
      "thread a { mu.lock(); x = 1; mu.unlock(); }\n"
      "thread b { mu.lock(); x = 2; mu.unlock(); }\n");
  const Semantics& s = *loaded->semantics;
  State start = s.initial();
  State afterA = s.successors(start, 0).front().state;  // a holds the lock, b waits
  State afterB = s.successors(start, 1).front().state;  // b holds the lock, a waits
  EXPECT_NE(s.canonicalKey(afterA, true).bytes, s.canonicalKey(afterB, true).bytes);
  Walk w = walk(s);
  print("asymmetric mutex-2", w);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_EQ(w.symmetricKeys, w.states);  // nothing to merge
  EXPECT_EQ(w.collisions, 0u);
}

// Measurement on any spec: INITCHECK_KEY_SPEC=path semantics_tests
// --gtest_filter=CanonicalKey.WalkSpecFromEnvironment (skipped without it).
TEST(CanonicalKey, WalkSpecFromEnvironment) {
  const char* path = std::getenv("INITCHECK_KEY_SPEC");
  if (path == nullptr)
    GTEST_SKIP() << "INITCHECK_KEY_SPEC not set";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  auto loaded = load(text.str());
  Walk w = walk(*loaded->semantics);
  print(path, w);
  EXPECT_EQ(w.plainKeys, w.states);
  EXPECT_LE(w.symmetricKeys, w.plainKeys);
}

}  // namespace
}  // namespace initcheck::testing
