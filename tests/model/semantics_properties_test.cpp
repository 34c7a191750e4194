// Each property's detection on tiny programs driven with a fixed schedule; runtime errors;
// bound cuts; thread naming; `choose` successors; state equality and hashing.
#include <gtest/gtest.h>

#include <gmock/gmock.h>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

const Violation& only(const StepOutcome& outcome) {
  EXPECT_EQ(outcome.violations.size(), 1u);
  return outcome.violations.front();
}

TEST(SemanticsProperties, RaceNamesBothAccessesAndGoesOn) {
  auto loaded = load("var x: int = 0;\nthread a { x = 1; }\nthread b { let y = x; x = 3; }\n");
  RunResult run = runSchedule(*loaded->semantics, {0, 1, 1});
  ASSERT_EQ(run.outcome.violations.size(), 2u);  // write/read, then write/write
  const Violation& race = run.outcome.violations[0];
  EXPECT_EQ(race.kind, PropertyKind::Race);
  EXPECT_EQ(race.instanceKey, "x@2:12,3:20");
  EXPECT_THAT(race.message, HasSubstr("write by a"));
  EXPECT_THAT(race.message, HasSubstr("read by b"));
  EXPECT_FALSE(race.endsExecution);
  EXPECT_EQ(run.outcome.violations[1].instanceKey, "x@2:12,3:23");
}

TEST(SemanticsProperties, InitBeforeUseWithoutAnyWriteEndsTheExecution) {
  auto loaded = load("var x: int;\nthread a { x = 1; }\nthread b { let y = x; }\n");
  RunResult run = runSchedule(*loaded->semantics, {1});
  const Violation& violation = only(run.outcome);
  EXPECT_EQ(violation.kind, PropertyKind::InitBeforeUse);
  EXPECT_TRUE(violation.endsExecution);
  EXPECT_EQ(violation.instanceKey, "x@3:20");
}

TEST(SemanticsProperties, InitBeforeUseWithUnorderedWriteGoesOn) {
  auto loaded = load("var x: int;\nthread a { x = 1; }\nthread b { let y = x; }\n");
  RunResult run = runSchedule(*loaded->semantics, {0, 1});
  EXPECT_EQ(kindsOf(run.outcome),
            (std::set<PropertyKind>{PropertyKind::Race, PropertyKind::InitBeforeUse}));
  EXPECT_FALSE(run.outcome.executionEnded);
}

TEST(SemanticsProperties, AssertionEndsTheExecution) {
  auto loaded = load("var x: int = 1;\nthread a { assert x == 2, \"two\"; }\n");
  RunResult run = runSchedule(*loaded->semantics, {0});
  const Violation& violation = only(run.outcome);
  EXPECT_EQ(violation.kind, PropertyKind::Assertion);
  EXPECT_EQ(violation.instanceKey, "2:12");
  EXPECT_THAT(violation.message, HasSubstr("two"));
  EXPECT_TRUE(run.outcome.executionEnded);
  EXPECT_TRUE(loaded->semantics->enabledThreads(run.state).empty());
}

TEST(SemanticsProperties, SingleInitPerArgumentTuple) {
  auto loaded =
      load("init func f(k: int) { }\nthread a { f(1); f(2); f(1); }\ncheck single_init(f);\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  EXPECT_EQ(run.steps, 1u);  // the thread's private code is its first step
  const Violation& violation = only(run.outcome);
  EXPECT_EQ(violation.kind, PropertyKind::SingleInit);
  EXPECT_EQ(violation.instanceKey, "3:1 (1)");
}

TEST(SemanticsProperties, ExactlyOnceAtMostAndAtLeast) {
  auto twice = load("init func f() { }\nthread a { f(); f(); }\ncheck exactly_once(f);\n");
  EXPECT_EQ(kindsOf(runThread(*twice->semantics, twice->semantics->initial(), 0).outcome),
            std::set<PropertyKind>{PropertyKind::ExactlyOnce});
  auto never = load("init func f(k: int) { }\nthread a { f(2); }\ncheck exactly_once(f(1));\n");
  RunResult run = runThread(*never->semantics, never->semantics->initial(), 0);
  std::vector<Violation> end = never->semantics->atEnd(run.state);
  ASSERT_EQ(end.size(), 1u);
  EXPECT_EQ(end[0].kind, PropertyKind::ExactlyOnce);
  EXPECT_THAT(end[0].message, HasSubstr("f(1) is never called"));
}

TEST(SemanticsProperties, ASecondCallWithOtherArgumentsNamesBothCalls) {
  auto other = load("init func f(k: int) { }\nthread a { f(1); f(2); }\ncheck exactly_once(f);\n");
  RunResult run = runThread(*other->semantics, other->semantics->initial(), 0);
  ASSERT_EQ(run.outcome.violations.size(), 1u);
  EXPECT_EQ(run.outcome.violations[0].message, "f is called a second time: f(2) after f(1), by a");
  auto same = load("init func f(k: int) { }\nthread a { f(2); f(2); }\ncheck exactly_once(f);\n");
  run = runThread(*same->semantics, same->semantics->initial(), 0);
  ASSERT_EQ(run.outcome.violations.size(), 1u);
  EXPECT_EQ(run.outcome.violations[0].message, "f(2) is called a second time, by a");
}

TEST(SemanticsProperties, AChooseWiderThanAChoiceSaysTheBoundNarrowedIt) {
  auto wide = load("thread a { let x = choose(0..4294967296); }\n");
  Successor next = wide->semantics->tracedStep(wide->semantics->initial(), 0, 7);
  EXPECT_EQ(next.outcome.narrowed, BoundKind::Choose);
  EXPECT_FALSE(next.outcome.cut);
  auto widest = load("thread a { let x = choose(0..4294967295); }\n");
  next = widest->semantics->tracedStep(widest->semantics->initial(), 0, 7);
  EXPECT_FALSE(next.outcome.narrowed);  // 2^32-1 values: all of them are choices
  EXPECT_EQ(boundName(BoundKind::Choose), "choose");
}

TEST(SemanticsProperties, HappensBeforeBetweenLabels) {
  std::string text =
      "var m: mutex;\nvar flag: atomic bool = false;\n"
      "thread a { @pub flag.store(true, relaxed); }\n"
      "thread b { if flag.load(relaxed) { @use m.lock(); } }\n"
      "check happens_before(pub, use);\n";
  auto loaded = load(text);
  RunResult run = runSchedule(*loaded->semantics, {0, 1, 1});
  EXPECT_EQ(kindsOf(run.outcome), std::set<PropertyKind>{PropertyKind::HappensBefore});
  EXPECT_EQ(run.outcome.violations[0].instanceKey, "5:1 4:36");
}

TEST(SemanticsProperties, FinalConditionAtTheEnd) {
  auto loaded = load("var x: int = 0;\nthread a { x = x + 1; }\ncheck final x == 2;\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  std::vector<Violation> end = loaded->semantics->atEnd(run.state);
  ASSERT_EQ(end.size(), 1u);
  EXPECT_EQ(end[0].kind, PropertyKind::Final);
}

std::string runtimeErrorOf(const std::string& body) {
  auto loaded = load(
      "var z: int = 0;\nvar mu: mutex;\nvar wg: waitgroup;\nvar c: chan(1);\n"
      "thread main { let zero = z; " +
      body + " }\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  if (run.outcome.violations.size() != 1 ||
      run.outcome.violations[0].kind != PropertyKind::RuntimeError)
    return "no runtime error";
  EXPECT_TRUE(run.outcome.executionEnded);
  const std::string& key = run.outcome.violations[0].instanceKey;
  return key.substr(key.find(' ') + 1);
}

TEST(SemanticsProperties, RuntimeErrors) {
  EXPECT_EQ(runtimeErrorOf("let a = 1 / zero;"), "division by zero");
  EXPECT_EQ(runtimeErrorOf("let a = 1 % zero;"), "modulo by zero");
  EXPECT_EQ(runtimeErrorOf("let a = [1][1];"), "index out of range");
  EXPECT_EQ(runtimeErrorOf("let l = [1]; l[zero - 1] = 2;"), "index out of range");
  EXPECT_EQ(runtimeErrorOf("let a = 9223372036854775807 + 1;"), "overflow");
  EXPECT_EQ(runtimeErrorOf("let a = -9223372036854775807 - 2;"), "overflow");
  EXPECT_EQ(runtimeErrorOf("mu.unlock();"), "unlock of unlocked mutex");
  EXPECT_EQ(runtimeErrorOf("wg.done();"), "negative waitgroup counter");
  EXPECT_EQ(runtimeErrorOf("c.close(); c.send(1);"), "send on closed channel");
  EXPECT_EQ(runtimeErrorOf("c.close(); c.close();"), "close of closed channel");
  EXPECT_EQ(runtimeErrorOf("let l = [1]; let f = l[0]; f();"), "type mismatch");
  EXPECT_EQ(runtimeErrorOf("let a = 2 * 3;"), "no runtime error");
}

TEST(SemanticsProperties, WhileBeyondUnrollIsCut) {
  Bounds bounds;
  bounds.unroll = 3;
  auto loaded = load("var x: int = 0;\nthread a { while true { x = 1; } }\n", bounds);
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  EXPECT_EQ(run.outcome.cut, BoundKind::Unroll);
  EXPECT_EQ(run.steps, 3u);
  EXPECT_TRUE(run.outcome.violations.empty());
}

TEST(SemanticsProperties, DeepRecursionAndTooManyThreadsAreCut) {
  Bounds bounds;
  bounds.depth = 4;
  bounds.threads = 2;
  auto deep = load("func f(n: int) { f(n + 1); }\nthread a { f(0); }\n", bounds);
  EXPECT_EQ(runThread(*deep->semantics, deep->semantics->initial(), 0).outcome.cut,
            BoundKind::Depth);
  auto many = load("var x: int = 0;\nfunc w() { x = 1; }\nthread a { go w(); go w(); }\n", bounds);
  RunResult run = runThread(*many->semantics, many->semantics->initial(), 0);
  EXPECT_EQ(run.outcome.cut, BoundKind::Threads);
}

TEST(SemanticsProperties, SpawnedThreadsAreNamedPerFunction) {
  auto loaded = load("func w() { }\nthread main { go w(); go { }; go w(); go func() { }(); }\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  std::vector<std::string> names;
  for (ThreadId t = 0; t < run.state.data().threads.size(); ++t)
    names.push_back(loaded->semantics->threadName(run.state, t));
  EXPECT_THAT(names, ElementsAre("main", "w#1", "go#1", "w#2", "go#2"));
  EXPECT_THAT(actions(run.outcome), Contains("main: spawn w#2"));
}

TEST(SemanticsProperties, ChooseHasOneSuccessorPerValue) {
  auto loaded = load("var x: int = 0;\nthread a { x = choose(3..6); }\n");
  const Semantics& s = *loaded->semantics;
  std::vector<Successor> next = s.successors(s.initial(), 0);
  ASSERT_EQ(next.size(), 3u);
  for (std::uint32_t i = 0; i < 3; ++i) {
    EXPECT_EQ(next[i].choice, i);
    RunResult run = runThread(s, next[i].state, 0);
    EXPECT_EQ(globalText(s, run.state, "x"), std::to_string(3 + i));
  }
  EXPECT_THAT(actions(next[2].outcome), Contains("a: choose 5 from 3..6"));
  Successor replayed = s.replayStep(s.initial(), 0, 1);
  EXPECT_EQ(replayed.state, next[1].state);
}

// A search's steps (replayStep) skip the text of memory events; counterexamples are replayed
// with tracedStep, which has it. Both reach the same state with the same events otherwise.
TEST(SemanticsProperties, OnlyTracedStepsDescribeMemoryEvents) {
  auto loaded = load("var x: int = 0;\nthread a { x = x + 1; }\n");
  const Semantics& s = *loaded->semantics;
  State state = s.initial();
  for (const char* described : {"a: read x = 0", "a: write x = 1"}) {
    Successor traced = s.tracedStep(state, 0, 0);
    Successor replayed = s.replayStep(state, 0, 0);
    EXPECT_THAT(actions(traced.outcome), Contains(described));
    ASSERT_EQ(replayed.outcome.events.size(), traced.outcome.events.size());
    for (std::size_t i = 0; i < traced.outcome.events.size(); ++i) {
      EXPECT_EQ(replayed.outcome.events[i].kind, traced.outcome.events[i].kind);
      EXPECT_EQ(replayed.outcome.events[i].object, traced.outcome.events[i].object);
    }
    EXPECT_THAT(actions(replayed.outcome), Not(Contains(described)));
    EXPECT_EQ(replayed.state, traced.state);
    state = replayed.state;
  }
}

TEST(SemanticsProperties, IndependentStepsCommuteToEqualStates) {
  auto loaded = load(
      "var x: int = 0;\nvar y: int = 0;\n"
      "thread a { x = 1; }\nthread b { y = 2; }\n");
  const Semantics& s = *loaded->semantics;
  State ab = runSchedule(s, {0, 1}).state;
  State ba = runSchedule(s, {1, 0}).state;
  EXPECT_EQ(ab, ba);
  EXPECT_EQ(ab.hash(), ba.hash());
  State onlyA = runSchedule(s, {0}).state;
  EXPECT_FALSE(onlyA == ab);
}

TEST(SemanticsProperties, ClocksAreStateEvenWhenValuesAgree) {
  auto loaded = load(
      "var m: mutex;\nvar x: int = 0;\n"
      "thread a { m.lock(); m.unlock(); }\nthread b { m.lock(); m.unlock(); }\n");
  const Semantics& s = *loaded->semantics;
  State ab = runSchedule(s, {0, 0, 1, 1}).state;
  State ba = runSchedule(s, {1, 1, 0, 0}).state;
  EXPECT_FALSE(ab == ba);  // who happened before whom differs
}

}  // namespace
}  // namespace initcheck::testing

namespace initcheck::testing {
namespace {

TEST(SemanticsProperties, ThreadCodeBeforeItsFirstPointThatFailsIsItsFirstStep) {
  auto loaded = load("var x: int = 0;\nthread a { assert 1 == 2; x = 1; }\nthread b { x = 2; }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_TRUE(s.initialOutcome().violations.empty());
  EXPECT_THAT(s.enabledThreads(s.initial()), ::testing::ElementsAre(0, 1));
  std::vector<Successor> next = s.successors(s.initial(), 0);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(kindsOf(next[0].outcome), std::set<PropertyKind>{PropertyKind::Assertion});
  EXPECT_TRUE(next[0].outcome.executionEnded);
}

TEST(SemanticsProperties, SemanticsOutlivesItsInputs) {
  std::unique_ptr<Semantics> semantics;
  {
    auto loaded = load("init func f() { }\nthread a { f(); }\ncheck exactly_once(f);\n");
    semantics = std::move(loaded->semantics);
  }
  RunResult run = runThread(*semantics, semantics->initial(), 0);
  EXPECT_TRUE(semantics->atEnd(run.state).empty());
  EXPECT_TRUE(exploreAll(*semantics).kinds.empty());
}

}  // namespace
}  // namespace initcheck::testing
