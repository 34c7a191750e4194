// The exhaustive search over mock transition systems: exact execution counts, deadlocks,
// cuts, preemption-minimal counterexamples, the state cache, and the limits.
#include "explore/exhaustive_search.hpp"

#include <gtest/gtest.h>

#include "mock_system.hpp"

namespace initcheck {
namespace {

using namespace mock;

ExploreOptions noCache() {
  ExploreOptions options;
  options.stateCache = false;
  return options;
}

std::vector<ScheduleStep> schedule(std::initializer_list<ThreadId> threads) {
  std::vector<ScheduleStep> steps;
  for (ThreadId t : threads)
    steps.push_back(ScheduleStep{t, 0});
  return steps;
}

TEST(ExhaustiveSearch, TwoThreadsOfTwoStepsHaveSixExecutions) {
  ExplorationResult result = exploreSystem(independentSteps(2, 2), noCache());
  EXPECT_EQ(result.stats.executions, 6u);
  EXPECT_TRUE(result.counterexamples.empty());
  EXPECT_TRUE(result.boundsHit.empty());
  EXPECT_FALSE(result.limitReached);
}

TEST(ExhaustiveSearch, ThreeThreadsOfTwoStepsHaveNinetyExecutions) {
  ExplorationResult result = exploreSystem(independentSteps(3, 2), noCache());
  EXPECT_EQ(result.stats.executions, 90u);  // 6! / (2! 2! 2!)
}

TEST(ExhaustiveSearch, ThreeThreadsOfThreeStepsMatchTheMultinomial) {
  ExplorationResult result = exploreSystem(independentSteps(3, 3), noCache());
  EXPECT_EQ(result.stats.executions, 1680u);  // 9! / (3!)^3
}

TEST(ExhaustiveSearch, WithoutCacheCountsEveryStateAndTransition) {
  ExplorationResult result = exploreSystem(independentSteps(2, 1), noCache());
  EXPECT_EQ(result.stats.executions, 2u);
  EXPECT_EQ(result.stats.transitions, 4u);
  EXPECT_EQ(result.stats.states, 5u);
}

TEST(ExhaustiveSearch, AChooseOfThreeTriplesTheExecutions) {
  MockSystem two({{choose(0, 3), step()}, {step(), step()}});
  EXPECT_EQ(exploreSystem(two, noCache()).stats.executions, 18u);
  MockSystem three({{choose(0, 3), step()}, {step(), step()}, {step(), step()}});
  EXPECT_EQ(exploreSystem(three, noCache()).stats.executions, 270u);
}

TEST(ExhaustiveSearch, CacheCountsDistinctStates) {
  ExplorationResult result = exploreSystem(independentSteps(2, 2), ExploreOptions{});
  EXPECT_EQ(result.stats.states, 9u);  // a 3 x 3 grid of program counters
  EXPECT_LT(result.stats.executions, 6u);
}

TEST(ExhaustiveSearch, FindsALockOrderDeadlock) {
  MockSystem system(
      {{lock(0), lock(1), unlock(1), unlock(0)}, {lock(1), lock(0), unlock(0), unlock(1)}}, 1, 2);
  ExplorationResult result = exploreSystem(system, noCache());
  ASSERT_EQ(result.counterexamples.size(), 1u);
  const Counterexample& found = result.counterexamples[0];
  EXPECT_EQ(found.violation.kind, PropertyKind::Deadlock);
  EXPECT_EQ(found.violation.related.size(), 2u);
  EXPECT_EQ(found.schedule, schedule({0, 1}));
  EXPECT_EQ(found.preemptions, 1u);
}

TEST(ExhaustiveSearch, ChoosesTheCounterexampleWithFewestPreemptions) {
  // The first violation found is 0,1,0 (two preemptions); 1,1,0,0 has none.
  MockSystem system({{step(), reportIf(0, 1, "x")}, {set(0, 1), step()}});
  ExplorationResult result = exploreSystem(system, noCache());
  ASSERT_EQ(result.counterexamples.size(), 1u);
  EXPECT_EQ(result.counterexamples[0].preemptions, 0u);
  EXPECT_EQ(result.counterexamples[0].schedule, schedule({1, 1, 0, 0}));
}

TEST(ExhaustiveSearch, BreaksPreemptionTiesByFewestSteps) {
  MockSystem system({{step(), reportIf(0, 0, "k")}, {reportIf(0, 0, "k")}});
  ExplorationResult result = exploreSystem(system, noCache());
  ASSERT_EQ(result.counterexamples.size(), 1u);
  EXPECT_EQ(result.counterexamples[0].schedule, schedule({1}));
}

TEST(ExhaustiveSearch, PreemptionBoundSkipsSchedulesAndCountsAsACut) {
  ExplorationResult result = exploreSystem(independentSteps(2, 2).preemptionBound(0), noCache());
  EXPECT_EQ(result.stats.executions, 2u);
  EXPECT_EQ(result.boundsHit, std::set<BoundKind>{BoundKind::Preemptions});
}

TEST(ExhaustiveSearch, PreemptionBoundStillFindsACheapViolation) {
  MockSystem system({{step(), reportIf(0, 1, "x")}, {set(0, 1), step()}});
  ExplorationResult result = exploreSystem(system.preemptionBound(0), noCache());
  ASSERT_EQ(result.counterexamples.size(), 1u);
  EXPECT_EQ(result.counterexamples[0].preemptions, 0u);
}

TEST(ExhaustiveSearch, ACutEndsTheExecutionAndIsRecorded) {
  MockSystem system({{cut(), step()}, {step()}});
  ExplorationResult result = exploreSystem(system, noCache());
  EXPECT_EQ(result.stats.executions, 2u);  // 0 (cut) and 1,0 (cut)
  EXPECT_EQ(result.boundsHit, std::set<BoundKind>{BoundKind::Unroll});
}

TEST(ExhaustiveSearch, AFailedAssertionEndsItsExecution) {
  MockSystem system({{assertEq(0, 1), step()}, {step()}});
  ExplorationResult result = exploreSystem(system, noCache());
  EXPECT_EQ(result.stats.executions, 2u);
  ASSERT_EQ(result.counterexamples.size(), 1u);
  EXPECT_EQ(result.counterexamples[0].violation.kind, PropertyKind::Assertion);
  EXPECT_EQ(result.counterexamples[0].schedule, schedule({0}));
}

TEST(ExhaustiveSearch, ExplorationGoesOnPastANonEndingViolation) {
  MockSystem system({{reportIf(0, 0, "r"), set(0, 5)}, {step()}});
  system.finalCheck(0, 7);
  ExplorationResult result = exploreSystem(system, noCache());
  EXPECT_EQ(result.stats.executions, 3u);
  ASSERT_EQ(result.counterexamples.size(), 2u);
  EXPECT_EQ(result.counterexamples[0].violation.kind, PropertyKind::Race);  // kind order
  EXPECT_EQ(result.counterexamples[1].violation.kind, PropertyKind::Final);
  EXPECT_EQ(result.counterexamples[1].schedule, schedule({0, 0, 1}));
}

TEST(ExhaustiveSearch, CountersampleOrderFollowsKindThenPosition) {
  MockSystem system({{reportIf(0, 0, "b")}, {reportIf(0, 0, "a")}, {assertEq(0, 1)}});
  ExplorationResult result = exploreSystem(system, noCache());
  ASSERT_EQ(result.counterexamples.size(), 3u);
  EXPECT_EQ(result.counterexamples[0].violation.instanceKey, "b");  // line 1
  EXPECT_EQ(result.counterexamples[1].violation.instanceKey, "a");  // line 2
  EXPECT_EQ(result.counterexamples[2].violation.kind, PropertyKind::Assertion);
}

MockSystem richSystem() {
  return MockSystem({{set(0, 1), lock(0), reportIf(1, 2, "r1"), set(0, 0), unlock(0)},
                     {choose(1, 3), lock(0), reportIf(0, 1, "r2"), unlock(0), assertEq(2, 0)},
                     {step(), set(2, 1), reportIf(0, 0, "r3"), set(2, 0)}},
                    3, 1)
      .finalCheck(1, 0);
}

TEST(ExhaustiveSearch, CacheOnAndOffFindTheSameCounterexamples) {
  ExplorationResult off = exploreSystem(richSystem(), noCache());
  ExplorationResult on = exploreSystem(richSystem(), ExploreOptions{});
  EXPECT_LT(on.stats.transitions, off.stats.transitions);
  ASSERT_EQ(on.counterexamples.size(), off.counterexamples.size());
  EXPECT_GE(off.counterexamples.size(), 4u);
  for (std::size_t i = 0; i < on.counterexamples.size(); ++i) {
    const Counterexample& a = on.counterexamples[i];
    const Counterexample& b = off.counterexamples[i];
    EXPECT_TRUE(a.violation.sameInstance(b.violation));
    EXPECT_EQ(a.preemptions, b.preemptions);
    EXPECT_EQ(a.schedule, b.schedule);
  }
}

TEST(ExhaustiveSearch, CacheAgreesUnderAPreemptionBound) {
  for (std::int64_t bound : {0, 1, 2}) {
    ExplorationResult off = exploreSystem(richSystem().preemptionBound(bound), noCache());
    ExplorationResult on = exploreSystem(richSystem().preemptionBound(bound), ExploreOptions{});
    ASSERT_EQ(on.counterexamples.size(), off.counterexamples.size()) << "bound " << bound;
    for (std::size_t i = 0; i < on.counterexamples.size(); ++i)
      EXPECT_EQ(on.counterexamples[i].preemptions, off.counterexamples[i].preemptions);
    EXPECT_EQ(on.boundsHit, off.boundsHit);
  }
}

TEST(ExhaustiveSearch, StateLimitStopsTheSearchKeepingWhatWasFound) {
  MockSystem system({{reportIf(0, 0, "early"), step(), step()}, {step(), step(), step()}});
  ExploreOptions options = noCache();
  options.maxStates = 6;
  ExplorationResult result = exploreSystem(system, options);
  EXPECT_TRUE(result.limitReached);
  EXPECT_EQ(result.limit, LimitKind::States);
  EXPECT_EQ(result.counterexamples.size(), 1u);
  EXPECT_LT(result.stats.executions, 20u);
}

TEST(ExhaustiveSearch, TimeLimitStopsTheSearch) {
  ExploreOptions options = noCache();
  options.timeoutSeconds = 0;
  ExplorationResult result = exploreSystem(independentSteps(4, 4), options);
  EXPECT_TRUE(result.limitReached);
  EXPECT_EQ(result.limit, LimitKind::Time);
  EXPECT_LT(result.stats.executions, 63063000u);
}

TEST(ExhaustiveSearch, DeepExecutionsNeedNoRecursion) {
  ExplorationResult result = exploreSystem(independentSteps(1, 200000), noCache());
  EXPECT_EQ(result.stats.executions, 1u);
  EXPECT_EQ(result.stats.transitions, 200000u);
}

}  // namespace
}  // namespace initcheck
