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
}

// A step that writes one location and moves one thread has the header, that thread, that
// location and the rest encoded; the other threads and locations come from their notes.
TEST(CompactKey, AStepEncodesOnlyWhatItWrote) {
  auto loaded = load(
      "var a: int = 0;\nvar b: int = 0;\nvar c: int = 0;\nvar d: int = 0;\n"
      "thread t0 { a = 1; }\nthread t1 { b = 1; }\nthread t2 { c = 1; }\n");
  const Semantics& semantics = *loaded->semantics;
  MapTable table;
  State initial = semantics.initial();
  semantics.compactKey(initial, false, table);
  EXPECT_EQ(table.asked, 1u + 3u + 4u + 1u);
  State next = semantics.successors(initial, 1).front().state;
  table.asked = 0;
  semantics.compactKey(next, false, table);
  EXPECT_EQ(table.asked, 4u);
  table.asked = 0;
  semantics.compactKey(next, false, table);
  EXPECT_EQ(table.asked, 2u);  // only the header and the rest
}

}  // namespace
}  // namespace initcheck::testing
