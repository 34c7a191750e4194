// The execution graph of a counterexample: program order, synchronizes-with edges read off the
// vector clocks (direct ones only), reads-from edges across threads and the violating events,
// first on hand-built traces, then on real counterexamples from the explicit engine.
#include "report/execution_graph.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

#include "check/engine.hpp"
#include "real_counterexample.hpp"

namespace initcheck {
namespace {

using Indices = std::vector<std::size_t>;

// One hand-built event: thread, kind, object, memory effect and the clock after it.
TraceEvent event(ThreadId thread, EventKind kind, std::string object, MemoryEffect memory,
                 std::initializer_list<std::uint32_t> clock) {
  TraceEvent result;
  result.thread = thread;
  result.threadName = "t" + std::to_string(thread);
  result.kind = kind;
  result.object = std::move(object);
  result.action = result.object;
  result.memory = memory;
  std::size_t index = 0;
  for (std::uint32_t counter : clock)
    result.clock.set(index++, counter);
  return result;
}

TraceEvent write(ThreadId thread, const std::string& variable,
                 std::initializer_list<std::uint32_t> clock) {
  return event(thread, EventKind::Write, variable, MemoryEffect::Write, clock);
}

TraceEvent read(ThreadId thread, const std::string& variable,
                std::initializer_list<std::uint32_t> clock) {
  return event(thread, EventKind::Read, variable, MemoryEffect::Read, clock);
}

ReportedViolation violationOf(std::vector<TraceEvent> trace) {
  ReportedViolation reported;
  reported.trace = std::move(trace);
  return reported;
}

std::size_t countEdges(const ExecutionGraph& graph, EdgeKind kind) {
  std::size_t count = 0;
  for (const GraphEdge& edge : graph.edges)
    count += edge.kind == kind;
  return count;
}

TEST(ExecutionGraph, ProgramOrderLinksEachThreadsConsecutiveEvents) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      write(0, "x", {1}),
      write(1, "y", {0, 1}),
      write(0, "z", {2}),
      write(1, "w", {0, 2}),
  }));
  EXPECT_EQ(graph.sources(2, EdgeKind::ProgramOrder), Indices{0});
  EXPECT_EQ(graph.sources(3, EdgeKind::ProgramOrder), Indices{1});
  EXPECT_TRUE(graph.sources(1, EdgeKind::ProgramOrder).empty());
  EXPECT_EQ(countEdges(graph, EdgeKind::ProgramOrder), 2u);
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 0u);
  EXPECT_EQ(countEdges(graph, EdgeKind::ReadsFrom), 0u);
}

// Thread 0 hands the mutex to 1, which hands it to 2: 2 learns about 0 only through 1, so the
// edge 0 -> 2 is implied and dropped.
TEST(ExecutionGraph, TransitiveEdgeThroughAThirdThreadIsDropped) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      event(0, EventKind::Unlock, "m", MemoryEffect::None, {1}),
      event(1, EventKind::Lock, "m", MemoryEffect::None, {1, 1}),
      event(1, EventKind::Unlock, "m", MemoryEffect::None, {1, 2}),
      event(2, EventKind::Lock, "m", MemoryEffect::None, {1, 2, 1}),
  }));
  EXPECT_EQ(graph.sources(1, EdgeKind::SynchronizesWith), Indices{0});
  EXPECT_EQ(graph.sources(3, EdgeKind::SynchronizesWith), Indices{2});
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 2u);
}

// An event that acquires from two threads at once (a join after a wait group, say) gets an
// edge from each, the latest event each clock entry covers.
TEST(ExecutionGraph, AcquiringFromTwoThreadsGivesTwoEdges) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      write(0, "x", {1}),
      write(0, "x", {2}),
      write(1, "y", {0, 1}),
      event(2, EventKind::Join, "t0", MemoryEffect::None, {2, 1, 1}),
  }));
  EXPECT_EQ(graph.sources(3, EdgeKind::SynchronizesWith), (Indices{1, 2}));
}

// Knowledge the thread already had gives no new edge.
TEST(ExecutionGraph, KnownHistoryGivesNoSecondEdge) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      event(0, EventKind::Unlock, "m", MemoryEffect::None, {1}),
      event(1, EventKind::Lock, "m", MemoryEffect::None, {1, 1}),
      read(1, "x", {1, 2}),
  }));
  EXPECT_EQ(graph.sources(1, EdgeKind::SynchronizesWith), Indices{0});
  EXPECT_TRUE(graph.sources(2, EdgeKind::SynchronizesWith).empty());
}

TEST(ExecutionGraph, EventsWithoutClocksGiveNoSynchronization) {
  TraceEvent unlock = event(0, EventKind::Unlock, "m", MemoryEffect::None, {});
  TraceEvent lock = event(1, EventKind::Lock, "m", MemoryEffect::None, {});
  ExecutionGraph graph = buildExecutionGraph(violationOf({unlock, lock}));
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 0u);
}

// A read sees the latest write to its variable; only a write by another thread is an edge.
TEST(ExecutionGraph, ReadsFromOnlyAcrossThreads) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      write(0, "x", {1}), write(0, "y", {2}), read(1, "x", {0, 1}),  // sees 0
      write(1, "x", {0, 2}),                                         // overwrites
      read(1, "x", {0, 3}),                                          // sees its own write: no edge
      read(0, "x", {3}),                                             // sees 1's write at 3
      event(1, EventKind::AtomicOp, "y", MemoryEffect::ReadWrite, {0, 4}),  // a swap sees 1
  }));
  EXPECT_EQ(graph.sources(2, EdgeKind::ReadsFrom), Indices{0});
  EXPECT_TRUE(graph.sources(4, EdgeKind::ReadsFrom).empty());
  EXPECT_EQ(graph.sources(5, EdgeKind::ReadsFrom), Indices{3});
  EXPECT_EQ(graph.sources(6, EdgeKind::ReadsFrom), Indices{1});
  EXPECT_EQ(countEdges(graph, EdgeKind::ReadsFrom), 3u);
}

TEST(ExecutionGraph, EdgesAreOrderedByTargetThenKindThenSource) {
  ExecutionGraph graph = buildExecutionGraph(violationOf({
      write(0, "x", {1}),
      event(1, EventKind::Lock, "m", MemoryEffect::None, {0, 1}),
      read(1, "x", {1, 2}),
  }));
  ASSERT_EQ(graph.edges.size(), 3u);
  EXPECT_EQ(graph.edges[0].kind, EdgeKind::ProgramOrder);
  EXPECT_EQ(graph.edges[1].kind, EdgeKind::SynchronizesWith);
  EXPECT_EQ(graph.edges[2].kind, EdgeKind::ReadsFrom);
  for (const GraphEdge& edge : graph.edges)
    EXPECT_EQ(edge.to, 2u);
}

// The violating event is the last one at the violation's position; a related place marks the
// last event at its position before it.
TEST(ExecutionGraph, MarksTheViolatingPair) {
  std::vector<TraceEvent> trace = {write(0, "x", {1}), write(0, "x", {2}), read(1, "x", {0, 1}),
                                   read(1, "x", {0, 2})};
  trace[0].position = trace[1].position = {2, 5};
  trace[2].position = trace[3].position = {3, 5};
  ReportedViolation reported = violationOf(trace);
  reported.violation.kind = PropertyKind::Race;
  reported.violation.position = {3, 5};
  reported.violation.related.push_back({{2, 5}, "write of 'x' by t0"});
  ExecutionGraph graph = buildExecutionGraph(reported);
  EXPECT_EQ(graph.violating, std::optional<std::size_t>(3));
  EXPECT_EQ(graph.marked, (Indices{1, 3}));
  EXPECT_TRUE(graph.isMarked(1));
  EXPECT_FALSE(graph.isMarked(0));
}

TEST(ExecutionGraph, NoEventAtThePositionMarksNothing) {
  ReportedViolation reported = violationOf({write(0, "x", {1})});
  reported.violation.position = {9, 9};
  ExecutionGraph graph = buildExecutionGraph(reported);
  EXPECT_FALSE(graph.violating.has_value());
  EXPECT_TRUE(graph.marked.empty());
}

// --- Real counterexamples from the explicit engine. ---

using testing::firstViolation;

// The only event of `thread` and `kind` in the trace (fails when there is not exactly one).
std::size_t only(const std::vector<TraceEvent>& trace, const std::string& thread, EventKind kind) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].threadName == thread && trace[i].kind == kind)
      found.push_back(i);
  }
  EXPECT_EQ(found.size(), 1u) << thread;
  return found.empty() ? trace.size() : found.front();
}

std::size_t firstOf(const std::vector<TraceEvent>& trace, const std::string& thread) {
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].threadName == thread)
      return i;
  }
  ADD_FAILURE() << "no event of " << thread;
  return trace.size();
}

std::string describe(const ReportedViolation& reported) {
  std::string text = reported.violation.message + "\n";
  for (std::size_t i = 0; i < reported.trace.size(); ++i) {
    const TraceEvent& event = reported.trace[i];
    text += std::to_string(i) + " " + event.threadName + " " + event.action + "\n";
  }
  return text;
}

TEST(ExecutionGraphOfSpecs, MutexHandOffIsUnlockToLock) {
  ReportedViolation reported = firstViolation(
      "var m: mutex; var x: int = 0;\n"
      "thread a { m.lock(); x = 1; m.unlock(); }\n"
      "thread b { m.lock(); let t = x; m.unlock(); assert t == 0; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t unlock = only(trace, "a", EventKind::Unlock);
  std::size_t lock = only(trace, "b", EventKind::Lock);
  std::size_t write = only(trace, "a", EventKind::Write);
  std::size_t read = only(trace, "b", EventKind::Read);
  EXPECT_EQ(graph.sources(lock, EdgeKind::SynchronizesWith), Indices{unlock}) << describe(reported);
  EXPECT_EQ(graph.sources(read, EdgeKind::ReadsFrom), Indices{write}) << describe(reported);
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 1u) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, OnceFinishToSkip) {
  ReportedViolation reported = firstViolation(
      "var o: once; var ready: atomic bool = false; var x: int = 0;\n"
      "thread a { o.do(func() { x = 1; }); ready.store(true, relaxed); }\n"
      "thread b { await ready.load(relaxed); o.do(func() { x = 2; }); assert x == 2; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t finish = only(trace, "a", EventKind::OnceFinish);
  std::size_t skip = only(trace, "b", EventKind::OnceSkip);
  EXPECT_EQ(graph.sources(skip, EdgeKind::SynchronizesWith), Indices{finish}) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, SpawnToTheChildsFirstEvent) {
  ReportedViolation reported = firstViolation(
      "var x: int = 0;\n"
      "thread main { x = 1; go { assert x == 0; }; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t spawn = only(trace, "main", EventKind::Spawn);
  std::size_t child = firstOf(trace, "go#1");
  std::size_t write = only(trace, "main", EventKind::Write);
  EXPECT_EQ(graph.sources(child, EdgeKind::SynchronizesWith), Indices{spawn}) << describe(reported);
  EXPECT_EQ(graph.sources(child, EdgeKind::ReadsFrom), Indices{write}) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, WaitGroupDoneToWait) {
  ReportedViolation reported = firstViolation(
      "var wg: waitgroup; var x: int = 0;\n"
      "thread main { wg.add(1); go { x = 1; wg.done(); }; wg.wait(); assert x == 0; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t wait = only(trace, "main", EventKind::WaitGroupWait);
  std::size_t done = trace.size();
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].threadName == "go#1" && trace[i].kind == EventKind::WaitGroupAdd)
      done = i;
  }
  ASSERT_LT(done, trace.size()) << describe(reported);
  EXPECT_EQ(graph.sources(wait, EdgeKind::SynchronizesWith), Indices{done}) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, ReleaseStoreToAcquireLoad) {
  ReportedViolation reported = firstViolation(
      "var f: atomic bool = false; var x: int = 0;\n"
      "thread a { x = 1; f.store(true, release); }\n"
      "thread b { let r = f.load(acquire); if r { assert x == 0; } }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t store = only(trace, "a", EventKind::AtomicOp);
  std::size_t load = only(trace, "b", EventKind::AtomicOp);
  EXPECT_EQ(graph.sources(load, EdgeKind::SynchronizesWith), Indices{store}) << describe(reported);
  EXPECT_EQ(graph.sources(load, EdgeKind::ReadsFrom), Indices{store}) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, RelaxedStoreSynchronizesNothing) {
  ReportedViolation reported = firstViolation(
      "var f: atomic bool = false; var x: int = 0;\n"
      "thread a { x = 1; f.store(true, relaxed); }\n"
      "thread b { let r = f.load(relaxed); if r { let t = x; } }\n");
  ExecutionGraph graph = buildExecutionGraph(reported);
  EXPECT_EQ(reported.violation.kind, PropertyKind::Race);
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 0u) << describe(reported);
  EXPECT_EQ(countEdges(graph, EdgeKind::ReadsFrom), 2u) << describe(reported);
  EXPECT_EQ(graph.marked.size(), 2u) << describe(reported);
}

// a, b and c pass the mutex on in that order; c's lock learns of a only through b.
TEST(ExecutionGraphOfSpecs, MutexChainKeepsOnlyTheDirectEdge) {
  ReportedViolation reported = firstViolation(
      "var m: mutex; var x: int = 0;\n"
      "thread a { m.lock(); x = 1; m.unlock(); }\n"
      "thread b { m.lock(); let t = x; x = t * 10; m.unlock(); }\n"
      "thread c { m.lock(); let t = x; m.unlock(); assert t != 10; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t unlockB = only(trace, "b", EventKind::Unlock);
  std::size_t lockC = only(trace, "c", EventKind::Lock);
  EXPECT_EQ(graph.sources(lockC, EdgeKind::SynchronizesWith), Indices{unlockB})
      << describe(reported);
  EXPECT_EQ(countEdges(graph, EdgeKind::SynchronizesWith), 2u) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, RaceMarksBothAccesses) {
  ReportedViolation reported =
      firstViolation("var v: int = 0;\nthread a { v = 1; }\nthread b { let t = v; }\n");
  const auto& trace = reported.trace;
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t write = only(trace, "a", EventKind::Write);
  std::size_t read = only(trace, "b", EventKind::Read);
  EXPECT_EQ(graph.violating, std::optional<std::size_t>(read)) << describe(reported);
  EXPECT_EQ(graph.marked, (Indices{write, read})) << describe(reported);
  EXPECT_EQ(graph.sources(read, EdgeKind::ReadsFrom), Indices{write}) << describe(reported);
}

// A read of a global nothing wrote fails without an event of its own: the trace ends with the
// failure at the read's position, and that is the violating event.
TEST(ExecutionGraphOfSpecs, FailingReadIsTheViolatingEvent) {
  ReportedViolation reported = firstViolation("var cfg: int;\nthread main { let v = cfg; }\n");
  ASSERT_EQ(reported.violation.kind, PropertyKind::InitBeforeUse);
  ASSERT_FALSE(reported.trace.empty());
  ExecutionGraph graph = buildExecutionGraph(reported);
  std::size_t last = reported.trace.size() - 1;
  EXPECT_EQ(graph.violating, std::optional<std::size_t>(last)) << describe(reported);
  EXPECT_EQ(graph.marked, Indices{last}) << describe(reported);
}

TEST(ExecutionGraphOfSpecs, RuntimeErrorIsTheViolatingEvent) {
  ReportedViolation reported = firstViolation("var mu: mutex;\nthread main { mu.unlock(); }\n");
  ASSERT_EQ(reported.violation.kind, PropertyKind::RuntimeError);
  ExecutionGraph graph = buildExecutionGraph(reported);
  EXPECT_EQ(graph.marked, Indices{reported.trace.size() - 1}) << describe(reported);
}

}  // namespace
}  // namespace initcheck
