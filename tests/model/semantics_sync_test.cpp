// Each synchronization object's enabledness and happens-before edges, driven step by step.
#include <gtest/gtest.h>

#include <gmock/gmock.h>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<ThreadId> enabledAfter(const Semantics& semantics, const std::vector<ThreadId>& steps) {
  return semantics.enabledThreads(runSchedule(semantics, steps).state);
}

TEST(SemanticsSync, MutexBlocksUntilUnlockAndOrdersAccesses) {
  auto loaded = load(
      "var mu: mutex;\nvar x: int = 0;\n"
      "thread a { mu.lock(); x = 1; mu.unlock(); }\n"
      "thread b { mu.lock(); x = 2; mu.unlock(); }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {}), ElementsAre(0, 1));
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(0));  // b waits for the lock
  EXPECT_THAT(enabledAfter(s, {0, 0, 0}), ElementsAre(1));
  RunResult run = runSchedule(s, {0, 0, 0, 1, 1, 1});
  EXPECT_TRUE(run.outcome.violations.empty());  // unlock -> lock orders the writes
  EXPECT_TRUE(s.allFinished(run.state));
}

TEST(SemanticsSync, OnceCallersWaitWhileItRunsThenSkip) {
  auto loaded = load(
      "var o: once;\nvar x: int;\n"
      "thread a { o.do(func() { x = 1; }); }\n"
      "thread b { o.do(func() { x = 2; }); let y = x; }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(0));     // a runs f; b blocks
  EXPECT_THAT(enabledAfter(s, {0, 0}), ElementsAre(0));  // a's f wrote x; finish next
  RunResult run = runSchedule(s, {0, 0, 0, 1, 1});
  EXPECT_THAT(actions(run.outcome), Contains("b: o.do: done already, skip"));
  EXPECT_TRUE(run.outcome.violations.empty());  // end of f -> return of every do
  EXPECT_EQ(globalText(s, run.state, "x"), "1");
}

TEST(SemanticsSync, WaitGroupWaitIsEnabledAtZero) {
  auto loaded = load(
      "var wg: waitgroup;\nvar x: int;\n"
      "thread main { wg.add(1); go func() { x = 1; wg.done(); }(); wg.wait(); let y = x; }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {0, 0}), ElementsAre(1));  // main waits; go#1 runs
  RunResult run = runSchedule(s, {0, 0, 1, 1, 0, 0});
  EXPECT_TRUE(run.outcome.violations.empty());  // done -> wait orders x
  EXPECT_TRUE(s.allFinished(run.state));
}

TEST(SemanticsSync, BufferedChannelSendBlocksWhenFullRecvWhenEmpty) {
  auto loaded = load(
      "var c: chan(1);\n"
      "thread p { c.send(1); c.send(2); }\n"
      "thread q { let a = c.recv(); let b = c.recv(); assert a == 1 && b == 2; }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {}), ElementsAre(0));   // q: nothing to receive
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(1));  // p: full
  RunResult run = runSchedule(s, {0, 1, 0, 1});
  EXPECT_TRUE(run.outcome.violations.empty());
  EXPECT_TRUE(s.allFinished(run.state));
}

TEST(SemanticsSync, RendezvousHasOneSuccessorPerPoisedReceiver) {
  auto loaded = load(
      "var c: chan(0);\nvar got: int = 0;\n"
      "thread r1 { let v = c.recv(); got = 1; }\n"
      "thread r2 { let v = c.recv(); got = 2; }\n"
      "thread s { c.send(7); }\n");
  const Semantics& s = *loaded->semantics;
  State start = s.initial();
  EXPECT_THAT(s.enabledThreads(start), ElementsAre(2));  // a lone recv never moves
  std::vector<Successor> next = s.successors(start, 2);
  ASSERT_EQ(next.size(), 2u);
  EXPECT_EQ(next[0].choice, 0u);
  EXPECT_THAT(actions(next[0].outcome), Contains("r1: recv 7 from c"));
  EXPECT_THAT(actions(next[1].outcome), Contains("r2: recv 7 from c"));
  EXPECT_THAT(s.enabledThreads(next[0].state), ElementsAre(0));
  EXPECT_THAT(s.enabledThreads(next[1].state), ElementsAre(1));
}

TEST(SemanticsSync, RecvOnClosedChannelGetsZeroValue) {
  auto loaded = load(
      "var c: chan(0);\nvar r: int = 5;\n"
      "thread a { c.close(); }\nthread b { r = c.recv(); }\n");
  RunResult run = runSchedule(*loaded->semantics, {0, 1, 1});
  EXPECT_THAT(actions(run.outcome), Contains("b: recv 0 from c (closed)"));
  EXPECT_EQ(globalText(*loaded->semantics, run.state, "r"), "0");
}

TEST(SemanticsSync, ClosePublishesToReceiver) {
  auto loaded = load(
      "var c: chan(0);\nvar x: int;\n"
      "thread a { x = 1; c.close(); }\nthread b { c.recv(); let y = x; }\n");
  RunResult run = runSchedule(*loaded->semantics, {0, 0, 1, 1});
  EXPECT_TRUE(run.outcome.violations.empty());
}

TEST(SemanticsSync, ReleaseAcquireOrdersButRelaxedDoesNot) {
  std::string spec =
      "var flag: atomic bool = false;\nvar x: int = 0;\n"
      "thread a { x = 1; flag.store(true, ORDER); }\n"
      "thread b { if flag.load(acquire) { let y = x; } }\n";
  auto withOrder = [&](const std::string& order) {
    std::string text = spec;
    text.replace(text.find("ORDER"), 5, order);
    auto loaded = load(text);
    return kindsOf(runSchedule(*loaded->semantics, {0, 0, 1, 1}).outcome);
  };
  EXPECT_TRUE(withOrder("release").empty());
  EXPECT_EQ(withOrder("relaxed"), std::set<PropertyKind>{PropertyKind::Race});
}

TEST(SemanticsSync, RmwContinuesTheReleaseSequence) {
  auto loaded = load(
      "var n: atomic int = 0;\nvar x: int = 0;\n"
      "thread a { x = 1; n.store(1, release); }\n"
      "thread b { n.add(1, relaxed); }\n"
      "thread c { if n.load(acquire) == 2 { let y = x; } }\n");
  RunResult run = runSchedule(*loaded->semantics, {0, 0, 1, 2, 2});
  EXPECT_TRUE(run.outcome.violations.empty());
}

TEST(SemanticsSync, JoinWaitsForTheEndAndPublishes) {
  auto loaded = load(
      "var x: int;\nfunc work() { x = 1; }\n"
      "thread main { let t = go work(); join t; let y = x; }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(1));  // main waits for work#1
  RunResult run = runSchedule(s, {0, 1, 0, 0});
  EXPECT_THAT(actions(run.outcome), Contains("main: join work#1"));
  EXPECT_TRUE(run.outcome.violations.empty());
}

TEST(SemanticsSync, AwaitIsEnabledWhenItsConditionHolds) {
  auto loaded = load(
      "var ready: atomic bool = false;\n"
      "thread a { ready.store(true); }\nthread b { await ready.load(); }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {}), ElementsAre(0));
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(1));
}

TEST(SemanticsSync, DeadlockDescribesEveryBlockedThread) {
  auto loaded = load(
      "var mu: mutex;\nvar o: once;\n"
      "thread a { mu.lock(); mu.lock(); }\n"
      "thread b { o.do(func() { o.do(func() { }); }); }\n");
  const Semantics& s = *loaded->semantics;
  RunResult run = runSchedule(s, {0, 1});
  ASSERT_TRUE(s.enabledThreads(run.state).empty());
  Violation deadlock = s.deadlock(run.state);
  EXPECT_EQ(deadlock.kind, PropertyKind::Deadlock);
  EXPECT_THAT(deadlock.message, HasSubstr("a waits for lock 'mu' held by a"));
  EXPECT_THAT(deadlock.message, HasSubstr("b waits for once 'o' (re-entered"));
  EXPECT_EQ(deadlock.instanceKey, "3:23 4:26 ");
}

TEST(SemanticsSync, ADeadlockedAwaitSaysWhatItsConditionReadsAndNamesItsThread) {
  auto loaded = load(
      "var ready: atomic bool = false;\nvar data: int = 0;\n"
      "thread a { await ready.load(acquire) && data == 1; }\n"
      "thread b { data = 1; }\n");
  const Semantics& s = *loaded->semantics;
  RunResult run = runSchedule(s, {1});
  ASSERT_TRUE(s.enabledThreads(run.state).empty());
  Violation deadlock = s.deadlock(run.state);
  EXPECT_EQ(deadlock.message,
            "deadlock: a waits for its await condition to hold (it reads: load ready = false "
            "(acquire); nothing writes ready after its initial value)");
  ASSERT_EQ(deadlock.related.size(), 1u);
  EXPECT_EQ(deadlock.related[0].thread, "a");
  EXPECT_EQ(deadlock.related[0].position, (SourcePosition{3, 12}));
  // The location is the related place's; the description does not repeat it.
  EXPECT_EQ(deadlock.related[0].description.find("3:12"), std::string::npos);
}

TEST(SemanticsSync, ADeadlockedAwaitNamesTheWritesThatWouldWakeIt) {
  // b would set the flag, but it waits for the mutex a holds while it awaits.
  auto loaded = load(
      "var ready: atomic bool = false;\nvar mu: mutex;\n"
      "thread a { mu.lock(); await ready.load(acquire); mu.unlock(); }\n"
      "thread b { mu.lock(); ready.store(true, release); mu.unlock(); }\n");
  const Semantics& s = *loaded->semantics;
  RunResult run = runSchedule(s, {0});
  ASSERT_TRUE(s.enabledThreads(run.state).empty());
  Violation deadlock = s.deadlock(run.state);
  EXPECT_EQ(deadlock.message,
            "deadlock: a waits for its await condition to hold (it reads: load ready = false "
            "(acquire); ready is written only at 4:23); b waits for lock 'mu' held by a");
}

}  // namespace
}  // namespace initcheck::testing

namespace initcheck::testing {
namespace {

TEST(SemanticsSync, KthReceiveHappensBeforeTheKPlusCthSend) {
  auto loaded = load(
      "var c: chan(1);\nvar x: int = 0;\n"
      "thread a { c.send(0); x = 1; c.recv(); }\n"
      "thread b { c.send(0); x = 2; c.recv(); }\n");
  const Semantics& s = *loaded->semantics;
  EXPECT_THAT(enabledAfter(s, {0}), ElementsAre(0));  // b's send waits: the buffer is full
  RunResult run = runSchedule(s, {0, 0, 0, 1, 1, 1});
  EXPECT_TRUE(run.outcome.violations.empty());
}

TEST(SemanticsSync, SharedLoopVariableRacesFreshOneDoesNot) {
  std::string loop = "thread main { for KIND i in 0..2 { go func() { let v = i; }(); } }\n";
  auto kinds = [&](const std::string& kind) {
    std::string text = loop;
    text.replace(text.find("KIND"), 4, kind);
    auto loaded = load(text);
    return exploreAll(*loaded->semantics).kinds;
  };
  EXPECT_EQ(kinds("shared"), std::set<PropertyKind>{PropertyKind::Race});
  EXPECT_TRUE(kinds("").empty());
}

TEST(SemanticsSync, ExhaustiveCountOfTwoThreadsOfTwoWrites) {
  auto loaded = load(
      "var x: int = 0;\nvar y: int = 0;\nvar z: int = 0;\nvar w: int = 0;\n"
      "thread a { x = 1; y = 1; }\nthread b { z = 1; w = 1; }\n");
  DfsResult result = exploreAll(*loaded->semantics);
  EXPECT_EQ(result.states, 9u);  // a 3x3 grid of (a's progress, b's progress)
  EXPECT_TRUE(result.kinds.empty());
}

}  // namespace
}  // namespace initcheck::testing
