// Counterexample replay over mock systems: found schedules reproduce their violations,
// and tampered ones are internal errors, never traces.
#include "explore/replay.hpp"

#include <gtest/gtest.h>

#include "explore/exhaustive_search.hpp"
#include "mock_system.hpp"

namespace initcheck {
namespace {

using namespace mock;

MockSystem racyLocks() {
  return MockSystem({{lock(0), lock(1), reportIf(0, 1, "r"), unlock(1), unlock(0)},
                     {set(0, 1), lock(1), lock(0), unlock(0), unlock(1), assertEq(0, 0)}},
                    1, 2)
      .finalCheck(0, 2);
}

TEST(Replay, EveryFoundCounterexampleReproduces) {
  MockSystem system = racyLocks();
  ExplorationResult result = exploreSystem(system, ExploreOptions{});
  ASSERT_GE(result.counterexamples.size(), 3u);
  for (const Counterexample& example : result.counterexamples) {
    ReplayResult replay = replaySchedule(system, example.schedule, example.violation);
    EXPECT_TRUE(replay.reproduced()) << *replay.internalError;
    EXPECT_EQ(replay.events.size(), example.schedule.size());
  }
}

TEST(Replay, ASchedulThatMissesTheViolationIsAnInternalError) {
  MockSystem system = racyLocks();
  ExplorationResult result = exploreSystem(system, ExploreOptions{});
  Counterexample example = result.counterexamples.front();
  example.schedule.pop_back();
  ReplayResult replay = replaySchedule(system, example.schedule, example.violation);
  ASSERT_FALSE(replay.reproduced());
  EXPECT_NE(replay.internalError->find("does not reproduce"), std::string::npos);
}

TEST(Replay, ADisabledThreadIsAnInternalError) {
  MockSystem system({{step()}, {step()}});
  Violation violation;
  violation.kind = PropertyKind::Assertion;
  ReplayResult replay = replaySchedule(system, {{0, 0}, {0, 0}}, violation);
  ASSERT_FALSE(replay.reproduced());
  EXPECT_NE(replay.internalError->find("not enabled"), std::string::npos);
}

TEST(Replay, ADeadlockIsReproducedAtTheEnd) {
  MockSystem system({{lock(0), lock(1)}, {lock(1), lock(0)}}, 1, 2);
  ExplorationResult result = exploreSystem(system, ExploreOptions{});
  ASSERT_EQ(result.counterexamples.size(), 1u);
  const Counterexample& example = result.counterexamples[0];
  EXPECT_TRUE(replaySchedule(system, example.schedule, example.violation).reproduced());
}

}  // namespace
}  // namespace initcheck
