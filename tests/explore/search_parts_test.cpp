// The parts of the search on their own: the state cache's pruning rule, the choice of the
// cheapest counterexample per instance, and the resource budget.
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

TEST(SearchBudget, UnlimitedNeverRunsOut) {
  SearchBudget budget(std::nullopt, std::nullopt);
  for (int i = 0; i < 1000; ++i)
    ASSERT_FALSE(budget.exhausted(static_cast<std::uint64_t>(i)));
  EXPECT_FALSE(budget.limit());
}

TEST(SearchBudget, StateLimitIsExactAndSticky) {
  SearchBudget budget(std::nullopt, 10);
  EXPECT_FALSE(budget.exhausted(9));
  EXPECT_TRUE(budget.exhausted(10));
  EXPECT_TRUE(budget.exhausted(0));
  EXPECT_EQ(budget.limit(), LimitKind::States);
}

TEST(SearchBudget, TimeLimitIsNoticed) {
  SearchBudget budget(0.0, std::nullopt);
  bool exhausted = false;
  for (int i = 0; i < 1000 && !exhausted; ++i)
    exhausted = budget.exhausted(0);
  EXPECT_TRUE(exhausted);
  EXPECT_EQ(budget.limit(), LimitKind::Time);
}

}  // namespace
}  // namespace initcheck
