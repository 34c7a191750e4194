// Compact keys (model/state_encoding.hpp, encodeStateCompact): over every reachable state of a
// few programs, two states get equal section ids exactly when encodeState gives them equal
// bytes, with symmetry on and off, and whether the ids come from the states' notes or are
// encoded afresh; and a step encodes only what it wrote.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

// A section table as a plain map, counting the sections it was asked for.
class MapTable final : public SectionTable {
 public:
  std::uint32_t idOf(std::string_view section) override {
    ++asked;
    auto [at, added] = ids_.try_emplace(std::string(section), ids_.size());
    return at->second;
  }
  std::uint32_t layoutId(bool symmetry, const SymmetryInfo* classes,
                         const std::vector<ThreadId>& toCanonical) override {
    auto [at, added] = layouts_.try_emplace(Layout{symmetry, classes, toCanonical}, nextLayout);
    if (added)
      ++nextLayout;
    return at->second;
  }
  std::size_t asked = 0;
  static inline std::uint32_t nextLayout = 1;  // unique across tables, as CollapsedKeys's are

 private:
  using Layout = std::tuple<bool, const SymmetryInfo*, std::vector<ThreadId>>;
  std::map<std::string, std::uint32_t> ids_;
  std::map<Layout, std::uint32_t> layouts_;
};

std::vector<State> reachable(const Semantics& semantics) {
  std::unordered_set<State, StateHash> seen{semantics.initial()};
  std::vector<State> states{semantics.initial()};
  std::deque<State> queue{semantics.initial()};
  while (!queue.empty()) {
    State state = queue.front();
    queue.pop_front();
    for (ThreadId thread : semantics.enabledThreads(state)) {
      for (Successor& next : semantics.successors(state, thread)) {
        if (seen.insert(next.state).second) {
          states.push_back(next.state);
          queue.push_back(std::move(next.state));
        }
      }
    }
  }
  return states;
}

// Compact ids against full bytes, every state twice (the second time from its notes), the
// states of the second pass in reverse order so that layouts change between neighbours.
void expectCompactKeysAgree(const std::string& text, std::size_t expectedStates) {
  auto loaded = load(text);
  const Semantics& semantics = *loaded->semantics;
  std::vector<State> states = reachable(semantics);
  EXPECT_EQ(states.size(), expectedStates);
  for (bool symmetry : {false, true}) {
    MapTable table;
    std::map<std::string, std::string> idsByBytes;  // full bytes -> compact ids
    std::map<std::string, std::string> bytesByIds;
    auto check = [&](const State& state) {
      CanonicalKey full = semantics.canonicalKey(state, symmetry);
      CompactKey compact = semantics.compactKey(state, symmetry, table);
      EXPECT_EQ(compact.toCanonical, full.toCanonical);
      auto [byBytes, newBytes] = idsByBytes.try_emplace(full.bytes, compact.ids);
      auto [byIds, newIds] = bytesByIds.try_emplace(compact.ids, full.bytes);
      EXPECT_EQ(byBytes->second, compact.ids) << "equal bytes, different ids";
      EXPECT_EQ(byIds->second, full.bytes) << "equal ids, different bytes";
    };
    std::for_each(states.begin(), states.end(), check);
    std::size_t firstPass = table.asked;
    std::for_each(states.rbegin(), states.rend(), check);
    EXPECT_LT(table.asked - firstPass, firstPass) << "the notes were not used";
    EXPECT_EQ(idsByBytes.size(), bytesByIds.size());
  }
}

TEST(CompactKey, EqualIdsExactlyWhenEqualBytesAcrossWholeStateGraphs) {
  // Interchangeable spawned workers (symmetry renames), a once, plain and atomic memory.
  expectCompactKeysAgree(
      "var o: once;\nvar value: int;\ninit func build() { value = 42; }\n"
      "func worker() { o.do(build); assert value == 42; }\n"
      "thread a { go worker(); }\nthread b { go worker(); }\nthread c { go worker(); }\n",
      484);
  // RC11 histories, read choices and an array of atomic cells.
  expectCompactKeysAgree(
      "var flags: [3]atomic int = 0;\nvar data: int = 0;\n"
      "thread w { data = 1; flags[0].store(1, release); flags[1].store(1, relaxed); }\n"
      "thread r { if flags[0].load(acquire) == 1 { let d = data; } let x = flags[1].load(relaxed); "
      "}\n"
      "thread s { flags[2].store(flags[1].load(relaxed), relaxed); }\n",
      72);
  // Objects as sections: a mutex whose holder is renamed, a channel, a waitgroup.
  expectCompactKeysAgree(
      "var m: mutex;\nvar wg: waitgroup;\nvar ch: chan(2);\nvar n: int = 0;\n"
      "func w() { m.lock(); n = n + 1; m.unlock(); ch.send(1); wg.done(); }\n"
      "thread a { wg.add(2); go w(); go w(); wg.wait(); let x = ch.recv(); }\n",
      74);
}

// A step that writes one location and moves one thread has the header, that thread, that
// location and the rest encoded; the other threads and locations come from their notes.
// The sections a state's key encodes afresh (the others come from the notes).
std::size_t sectionsEncoded(const Semantics& semantics, const State& state, MapTable& table) {
  table.asked = 0;
  semantics.compactKey(state, false, table);
  return table.asked;
}

TEST(CompactKey, AStepEncodesOnlyWhatItWrote) {
  auto loaded = load(
      "var a: int = 0;\nvar b: int = 0;\nvar c: int = 0;\nvar d: int = 0;\n"
      "thread t0 { a = 1; }\nthread t1 { b = 1; }\nthread t2 { c = 1; }\n");
  const Semantics& semantics = *loaded->semantics;
  MapTable table;
  State initial = semantics.initial();
  EXPECT_EQ(sectionsEncoded(semantics, initial, table), 1u + 3u + 4u + 1u);
  State next = semantics.successors(initial, 1).front().state;
  EXPECT_EQ(sectionsEncoded(semantics, next, table), 4u);
  EXPECT_EQ(sectionsEncoded(semantics, next, table), 2u);  // only the header and the rest
}

// Objects are sections of their own: the step that locks one mutex of three encodes that mutex,
// its thread, the header and the rest; a step that touches no object encodes none of them.
TEST(CompactKey, AStepEncodesOnlyTheObjectsItWrote) {
  auto loaded = load(
      "var a: int = 0;\nvar m: [3]mutex;\n"
      "thread t0 { m[1].lock(); a = 1; m[1].unlock(); }\nthread t1 { a = 2; }\n");
  const Semantics& semantics = *loaded->semantics;
  MapTable table;
  State state = semantics.initial();
  const std::size_t locations = state.data().locations.size();
  ASSERT_EQ(state.data().objects.size(), 3u);
  // header, threads, locations, objects, rest
  EXPECT_EQ(sectionsEncoded(semantics, state, table), 1u + 2u + locations + 3u + 1u);
  // t0 steps until it holds m[1] (evaluating `m[1]` may take steps of its own).
  for (int step = 0; step < 8; ++step) {
    State next = semantics.successors(state, 0).front().state;
    bool locks = next.data().objects[1] != state.data().objects[1];
    std::size_t encoded = sectionsEncoded(semantics, next, table);
    state = next;
    if (locks) {
      EXPECT_EQ(encoded, 4u);  // t0, m[1], the header and the rest
      break;
    }
    ASSERT_LT(step, 7) << "t0 never locked m[1]";
  }
  State other = semantics.successors(state, 1).front().state;
  EXPECT_EQ(sectionsEncoded(semantics, other, table), 4u);  // t1, a, the header and the rest
}

}  // namespace
}  // namespace initcheck::testing
