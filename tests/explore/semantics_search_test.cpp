// The exhaustive search (--reduction none) over the real semantics of tiny specs: exact execution
// counts with the cache off, the same verdicts with it on, and counterexamples that replay.
#include <gtest/gtest.h>

#include "check/loaded_spec.hpp"
#include "explore/exhaustive_search.hpp"
#include "explore/replay.hpp"

namespace initcheck {
namespace {

struct Compiled {
  LoadedSpec spec;
  Semantics semantics;
};

Compiled compile(const std::string& text, Bounds bounds = {}) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok()) << text;
  Semantics semantics(spec.file, spec.symbols, spec.directives, bounds);
  return Compiled{std::move(spec), std::move(semantics)};
}

ExploreOptions cache(bool on) {
  ExploreOptions options;
  options.reduction = Reduction::None;
  options.stateCache = on;
  return options;
}

std::set<PropertyKind> kinds(const ExplorationResult& result) {
  std::set<PropertyKind> found;
  for (const Counterexample& example : result.counterexamples)
    found.insert(example.violation.kind);
  return found;
}

TEST(SemanticsSearch, TwoThreadsOfTwoWritesHaveSixExecutions) {
  Compiled c = compile(
      "var x: int = 0; var y: int = 0; var z: int = 0; var w: int = 0;\n"
      "thread a { x = 1; y = 1; }\nthread b { z = 1; w = 1; }\n");
  ExplorationResult result = explore(c.semantics, cache(false));
  EXPECT_EQ(result.stats.executions, 6u);
  EXPECT_TRUE(result.counterexamples.empty());
  EXPECT_TRUE(result.boundsHit.empty());
}

std::uint64_t executionsOf(const std::string& text, MemoryModel model = MemoryModel::Sc) {
  Bounds bounds;
  bounds.memoryModel = model;
  Compiled c = compile(text, bounds);
  return explore(c.semantics, cache(false)).stats.executions;
}

// Under RC11 a write that races with others may take any place in mo after the writes it
// knows, and a read any write from the latest it knows on: every schedule times every such
// choice. (The same execution graph is reached from several schedules; each is counted.)
TEST(SemanticsSearch, Rc11ExecutionCountsOfSmallPrograms) {
  // Three racing writes: 3! orders, and the k-th write has k places: 3! x 3! = 36, six of each
  // modification order.
  EXPECT_EQ(executionsOf("var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\n"
                         "thread c { x = 3; }\n",
                         MemoryModel::Rc11),
            36u);
  // Race-free plain variables have one choice at every step: as many as under sc.
  EXPECT_EQ(executionsOf("var x: int = 0; var y: int = 0;\n"
                         "thread a { x = 1; x = 2; x = 3; }\nthread b { y = 1; }\n",
                         MemoryModel::Rc11),
            4u);
  // Relaxed message passing: the reader's load of x, after it saw y = 1, may still return 0.
  // A load has two choices once its location was stored to, one before. Schedules w w r r:
  // 2 x 2; w r w r, w r r w, r w w r, r w r w: 2 each (only the load of x follows its store);
  // r r w w: 1. In all 4 + 4 x 2 + 1 = 13.
  EXPECT_EQ(executionsOf("var x: atomic int = 0; var y: atomic int = 0;\n"
                         "thread w { x.store(1, relaxed); y.store(1, relaxed); }\n"
                         "thread r { let a = y.load(relaxed); let b = x.load(relaxed); }\n",
                         MemoryModel::Rc11),
            13u);
  // seq_cst atomics alone keep the sc model's executions exactly (runtime/memory_mode.hpp).
  EXPECT_EQ(executionsOf("var c: atomic int = 0;\nthread a { c.add(1); }\nthread b { c.add(1); }\n"
                         "thread d { c.store(5); }\n",
                         MemoryModel::Rc11),
            executionsOf("var c: atomic int = 0;\nthread a { c.add(1); }\nthread b { c.add(1); }\n"
                         "thread d { c.store(5); }\n"));
}

// Exact counts of small programs with the cache off (--reduction none, --state-cache off):
// the number of maximal schedules, from first principles, under the sc model.
TEST(SemanticsSearch, ExactExecutionCountsOfSmallPrograms) {
  // Three threads of one write each: 3! orders.
  EXPECT_EQ(executionsOf("var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\n"
                         "thread c { x = 3; }\n"),
            6u);
  // Three steps against one: C(4, 1).
  EXPECT_EQ(executionsOf("var x: int = 0; var y: int = 0;\n"
                         "thread a { x = 1; x = 2; x = 3; }\nthread b { y = 1; }\n"),
            4u);
  // Private computation adds no steps: still C(4, 2).
  EXPECT_EQ(executionsOf("var x: int = 0; var y: int = 0;\n"
                         "thread a { let p = 1 + 2; x = p; let q = p * 2; x = q; }\n"
                         "thread b { y = 1; let r = 3; y = r; }\n"),
            6u);
  // A choose is a step with one successor per value: C(3, 1) schedules x 3 values.
  EXPECT_EQ(executionsOf("var x: int = 0; var y: int = 0;\n"
                         "thread a { let v = choose(0..3); x = v; }\nthread b { y = 1; }\n"),
            9u);
  // Four atomic adds, one per thread: 4! orders.
  EXPECT_EQ(executionsOf("var c: atomic int = 0;\nthread a { c.add(1); }\nthread b { c.add(1); }\n"
                         "thread d { c.add(1); }\nthread e { c.add(1); }\n"),
            24u);
  // A mutex: whoever locks first runs lock, write, unlock before the other can lock.
  EXPECT_EQ(executionsOf("var m: mutex; var x: int = 0;\n"
                         "thread a { m.lock(); x = 1; m.unlock(); }\n"
                         "thread b { m.lock(); x = 2; m.unlock(); }\n"),
            2u);
  // A once: the first caller enters, runs f (one write), finishes; the other, blocked while
  // f runs, then returns at once.
  EXPECT_EQ(executionsOf("var o: once; var x: int = 0;\nfunc f() { x = 1; }\n"
                         "thread a { o.do(f); }\nthread b { o.do(f); }\n"),
            2u);
}

TEST(SemanticsSearch, ARaceIsFoundWithAndWithoutCacheAndReplays) {
  Compiled c =
      compile("var v: int = 0;\nthread a { v = 1; }\nthread b { let t = v; assert t >= 0; }\n");
  for (bool on : {false, true}) {
    ExplorationResult result = explore(c.semantics, cache(on));
    ASSERT_EQ(kinds(result), std::set<PropertyKind>{PropertyKind::Race}) << "cache " << on;
    const Counterexample& example = result.counterexamples[0];
    EXPECT_EQ(example.preemptions, 0u);
    ReplayResult replay = replayCounterexample(c.semantics, example);
    EXPECT_TRUE(replay.reproduced()) << replay.internalError.value_or("");
    EXPECT_FALSE(replay.events.empty());
  }
}

TEST(SemanticsSearch, ADeadlockIsFound) {
  Compiled c = compile(
      "var m: mutex; var n: mutex;\n"
      "thread a { m.lock(); n.lock(); n.unlock(); m.unlock(); }\n"
      "thread b { n.lock(); m.lock(); m.unlock(); n.unlock(); }\n");
  ExplorationResult result = explore(c.semantics, cache(false));
  EXPECT_EQ(kinds(result), std::set<PropertyKind>{PropertyKind::Deadlock});
  ASSERT_FALSE(result.counterexamples.empty());
  EXPECT_TRUE(replayCounterexample(c.semantics, result.counterexamples[0]).reproduced());
}

TEST(SemanticsSearch, AnUnrollCutMakesTheResultBounded) {
  Bounds bounds;
  bounds.unroll = 2;
  Compiled c = compile("var x: int = 0;\nthread a { while true { x = x + 1; } }\n", bounds);
  ExplorationResult result = explore(c.semantics, cache(false));
  EXPECT_EQ(result.boundsHit.count(BoundKind::Unroll), 1u);
}

// (Under sc: under RC11 b's racing write could take any of 4000 places in mo, a search far too
// large for this test, which is about the depth of one execution.)
TEST(SemanticsSearch, LongExecutionsNeedNoRecursion) {
  Bounds bounds;
  bounds.unroll = 5000;
  bounds.memoryModel = MemoryModel::Sc;
  Compiled c = compile(
      "var x: int = 0;\nthread a { let i = 0; while i < 4000 { x = i; i = i + 1; } }\n"
      "thread b { x = 1; }\n",
      bounds);
  ExplorationResult result = explore(c.semantics, cache(true));
  EXPECT_TRUE(result.boundsHit.empty());
  EXPECT_GT(result.stats.transitions, 4000u);
  EXPECT_EQ(result.counterexamples.size(), 1u);  // the race on x, found once
}

}  // namespace
}  // namespace initcheck
