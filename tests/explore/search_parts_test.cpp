// The parts of the search on their own: the state cache's pruning rule, the choice of the
// cheapest counterexample per instance, and the resource budget.
#include <chrono>

#include <gtest/gtest.h>

#include "explore/counterexample_set.hpp"
#include "explore/search_budget.hpp"
#include "explore/visited_states.hpp"
#include "mock_system.hpp"

namespace initcheck {
namespace {

using mock::MockState;

TEST(VisitedStates, PrunesRevisitsThatAreNotCheaper) {
  VisitedStates<MockState> visited;
  MockState state{{1, 2}, {0}, {}};
  EXPECT_TRUE(visited.visit(state, 0, {1, 5}));
  EXPECT_FALSE(visited.visit(state, 0, {1, 5}));
  EXPECT_FALSE(visited.visit(state, 0, {1, 7}));
  EXPECT_FALSE(visited.visit(state, 0, {2, 1}));
  EXPECT_TRUE(visited.visit(state, 0, {1, 4}));  // fewer steps: explore again
  EXPECT_TRUE(visited.visit(state, 0, {0, 9}));  // fewer preemptions: explore again
  EXPECT_FALSE(visited.visit(state, 0, {0, 9}));
  EXPECT_EQ(visited.size(), 1u);
}

TEST(VisitedStates, ThePreviousThreadIsPartOfTheKey) {
  VisitedStates<MockState> visited;
  MockState state{{1, 1}, {}, {}};
  EXPECT_TRUE(visited.visit(state, 0, {0, 2}));
  EXPECT_TRUE(visited.visit(state, 1, {0, 2}));
  EXPECT_TRUE(visited.visit(state, std::nullopt, {0, 2}));
  EXPECT_FALSE(visited.visit(state, 1, {0, 3}));
  EXPECT_TRUE(visited.visit(MockState{{2, 1}, {}, {}}, 1, {0, 3}));
  EXPECT_EQ(visited.size(), 2u);
}

Violation violation(PropertyKind kind, std::string key, SourcePosition position) {
  Violation v;
  v.kind = kind;
  v.instanceKey = std::move(key);
  v.position = position;
  return v;
}

TEST(CounterexampleSet, KeepsTheCheapestPerInstance) {
  CounterexampleSet set;
  Violation race = violation(PropertyKind::Race, "k", {3, 1});
  set.offer(race, {{0, 0}, {1, 0}, {0, 0}}, {2, 3});
  set.offer(race, {{1, 0}, {1, 0}, {0, 0}, {0, 0}}, {0, 4});
  set.offer(race, {{1, 0}, {0, 0}, {0, 0}, {1, 0}}, {0, 4});  // a tie keeps the first
  std::vector<Counterexample> list = set.sorted();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].preemptions, 0u);
  EXPECT_EQ(list[0].schedule, (std::vector<ScheduleStep>{{1, 0}, {1, 0}, {0, 0}, {0, 0}}));
}

TEST(CounterexampleSet, SortsByKindThenPositionThenKey) {
  CounterexampleSet set;
  set.offer(violation(PropertyKind::Final, "f", {9, 1}), {}, {});
  set.offer(violation(PropertyKind::Race, "b", {5, 1}), {}, {});
  set.offer(violation(PropertyKind::Race, "z", {2, 1}), {}, {});
  set.offer(violation(PropertyKind::Race, "a", {5, 1}), {}, {});
  set.offer(violation(PropertyKind::Deadlock, "d", {}), {}, {});
  std::vector<std::string> keys;
  for (const Counterexample& example : set.sorted())
    keys.push_back(example.violation.instanceKey);
  EXPECT_EQ(keys, (std::vector<std::string>{"z", "a", "b", "d", "f"}));
}

ExploreOptions limits(std::optional<double> seconds, std::optional<std::uint64_t> states,
                      std::optional<std::uint64_t> megabytes = std::nullopt) {
  ExploreOptions options;
  options.timeoutSeconds = seconds;
  options.maxStates = states;
  options.maxMemoryMB = megabytes;
  return options;
}

TEST(SearchBudget, UnlimitedNeverRunsOut) {
  SearchBudget budget(limits(std::nullopt, std::nullopt));
  for (int i = 0; i < 1000; ++i)
    ASSERT_FALSE(budget.exhausted(static_cast<std::uint64_t>(i)));
  EXPECT_FALSE(budget.limit());
}

TEST(SearchBudget, StateLimitIsExactAndSticky) {
  SearchBudget budget(limits(std::nullopt, 10));
  EXPECT_FALSE(budget.exhausted(9));
  EXPECT_TRUE(budget.exhausted(10));
  EXPECT_TRUE(budget.exhausted(0));
  EXPECT_EQ(budget.limit(), LimitKind::States);
}

TEST(SearchBudget, TimeLimitIsNoticed) {
  SearchBudget budget(limits(0.0, std::nullopt));
  bool exhausted = false;
  for (int i = 0; i < 1000 && !exhausted; ++i)
    exhausted = budget.exhausted(0);
  EXPECT_TRUE(exhausted);
  EXPECT_EQ(budget.limit(), LimitKind::Time);
}

// The process already holds more than 1 MB, so a 1 MB limit is reached at the first memory
// read (20 ms after the start); a limit far above what the test holds is never reached.
TEST(SearchBudget, MemoryLimitIsNoticedWithinTheReadInterval) {
  SearchBudget tight(limits(std::nullopt, std::nullopt, 1));
  auto start = std::chrono::steady_clock::now();
  while (!tight.exhausted(0))
    ASSERT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(tight.limit(), LimitKind::Memory);
  SearchBudget roomy(limits(std::nullopt, std::nullopt, std::uint64_t{1} << 40));
  for (int i = 0; i < 100000; ++i)
    ASSERT_FALSE(roomy.exhausted(0));
}

}  // namespace
}  // namespace initcheck
