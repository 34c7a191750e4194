// The unfolder on small programs: exact node counts and kinds, counters, guards and sources.
#include <gtest/gtest.h>

#include "unfold_fixture.hpp"

namespace initcheck::symbolic {
namespace {

std::unique_ptr<Unfolded> unfolded(const std::string& text) {
  auto u = unfoldText(text);
  EXPECT_TRUE(u->result.unfolding.has_value()) << u->dump();
  return u;
}

TEST(Unfolder, TwoThreadsWriting) {
  auto u = unfolded("var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 6u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::Start), 2);
  EXPECT_EQ(u->count(NodeKind::Write), 2);
  EXPECT_EQ(u->count(NodeKind::Exit), 2);
  ASSERT_EQ(f.instances.size(), 2u);
  EXPECT_FALSE(f.instances[0].startIsStep);
  EXPECT_EQ(f.nodes[1].counter, 2u);
  EXPECT_TRUE(f.nodes[1].point);
  EXPECT_EQ(f.nodes[2].counter, 3u);
  EXPECT_EQ(f.nodes[2].step, 1);
  EXPECT_EQ(f.instances[1].exits, std::vector<NodeId>{5});
  ASSERT_TRUE(f.locations[0].initialValue);
  EXPECT_EQ(f.locations[0].initialValue->to_string(), "0");
}

TEST(Unfolder, LoopCutByUnroll) {
  auto u =
      unfolded("option unroll = 2;\nvar x: int = 0;\nthread a { while x < 5 { x = x + 1; } }\n");
  ASSERT_TRUE(u->result.unfolding);
  // The loop is walked as a spin whose runs write (issue 17: stores may be in a spin loop): each
  // run that goes round having written is counted, as the explicit engine counts it; each run
  // begins with the probe of its blocked condition over the final values (an AwaitRead of the
  // condition and one of the body, or of the condition alone where it exits).
  EXPECT_EQ(u->unfolding().nodes.size(), 19u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::AwaitRead), 5);
  EXPECT_EQ(u->count(NodeKind::Read), 5);  // three of the condition, two of the body
  EXPECT_EQ(u->count(NodeKind::Write), 2);
  EXPECT_EQ(u->count(NodeKind::Exit), 3);
  EXPECT_EQ(u->halts(HaltKind::RuntimeError), 2);  // overflow of x + 1
  EXPECT_EQ(u->halts(HaltKind::Cut), 1);
  const Node& cut = u->unfolding().nodes.back();
  EXPECT_EQ(cut.cut, BoundKind::Unroll);
}

TEST(Unfolder, OnceWinnerRunsTheFunction) {
  auto u = unfolded(
      "var o: once;\nvar x: int;\nfunc f() { x = 1; }\nthread a { o.do(f); }\n"
      "thread b { o.do(f); }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 12u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::OnceDo), 2);
  EXPECT_EQ(u->count(NodeKind::OnceFinish), 2);
  EXPECT_EQ(u->count(NodeKind::Write), 2);
  EXPECT_EQ(u->count(NodeKind::Exit), 4);
  EXPECT_EQ(f.nodes[1].finishes, std::vector<NodeId>{3});
  ASSERT_TRUE(f.nodes[1].outcome);
  EXPECT_EQ(f.nodes[2].guard.to_string(), f.nodes[1].outcome->to_string());
  EXPECT_EQ(f.nodes[1].object, 0);
  EXPECT_TRUE(f.locations[1].monitored);
  EXPECT_FALSE(f.locations[1].hasInitialValue);
}

TEST(Unfolder, GoInALoop) {
  auto u = unfolded(
      "var x: int = 0;\nfunc w(i: int) { x = i; }\n"
      "thread main { for i in 0..2 { go w(i); } }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 10u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::Go), 2);
  EXPECT_EQ(u->halts(HaltKind::Cut), 2);  // the threads bound
  ASSERT_EQ(f.instances.size(), 3u);
  EXPECT_EQ(f.instances[1].name, "w");
  EXPECT_EQ(f.instances[1].spawnedBy, 1);
  EXPECT_EQ(f.nodes[1].spawned, 1);
  const Node& write = f.nodes[static_cast<std::size_t>(f.instances[2].root)];
  EXPECT_EQ(write.kind, NodeKind::Write);
  EXPECT_EQ(write.counter, 2u);
  EXPECT_EQ(write.value->to_string(), "1");
}

TEST(Unfolder, NonScalarReadForksOverTheValuesWritten) {
  auto u = unfolded("var l: list = [1, 2];\nthread a { l = [3]; }\nthread b { let n = len(l); }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 7u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::Read), 1);
  EXPECT_EQ(u->count(NodeKind::Exit), 3);
  EXPECT_EQ(f.nodes[1].value->to_string(), "1");  // the code of [3]
  EXPECT_EQ(f.locations[0].initialValue->to_string(), "0");
  EXPECT_EQ(f.nodes[5].guard.to_string(), "(= v4 0)");
  EXPECT_EQ(f.nodes[6].guard.to_string(), "(= v4 1)");
}

TEST(Unfolder, ListsOfOneLengthAreArrays) {
  auto u =
      unfolded("var m: list = [0, 0];\nthread a { m[0] = 1; }\nthread b { assert m[1] == 0; }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(u->count(NodeKind::Read), 2) << u->dump();
  EXPECT_TRUE(f.locations[0].initialValue->is_array());
  EXPECT_EQ(u->halts(HaltKind::Assertion), 1);
}

TEST(Unfolder, AwaitWithProbe) {
  auto u = unfolded("var x: int = 0;\nthread a { await x == 1 && x == 1; }\nthread b { x = 1; }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 10u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::Await), 1);
  EXPECT_EQ(u->count(NodeKind::AwaitRead), 4);
  const Node& await = f.nodes[1];
  EXPECT_EQ(await.awaitReads.size(), 4u);
  EXPECT_FALSE(f.nodes[2].probe);
  EXPECT_TRUE(f.nodes[4].probe);
  ASSERT_TRUE(await.probeCondition);
  EXPECT_EQ(f.nodes[6].guard.to_string(), "(and (= v2 1) (= v3 1))");
}

TEST(Unfolder, ChooseRange) {
  auto u = unfolded("var x: int = 0;\nthread a { let c = choose(0..3); x = c; }\n");
  ASSERT_TRUE(u->result.unfolding);
  const Unfolding& f = u->unfolding();
  EXPECT_EQ(f.nodes.size(), 4u) << u->dump();
  EXPECT_EQ(u->count(NodeKind::Choose), 1);
  EXPECT_EQ(u->halts(HaltKind::Discard), 0);
  EXPECT_EQ(f.nodes[1].low->to_string(), "0");
  EXPECT_EQ(f.nodes[2].value->to_string(), f.nodes[1].value->to_string());
}

TEST(Unfolder, ChooseFromAPossiblyEmptyRange) {
  auto u = unfolded("var n: int = 0;\nthread a { let c = choose(0..n); }\n");
  ASSERT_TRUE(u->result.unfolding);
  EXPECT_EQ(u->count(NodeKind::Choose), 1) << u->dump();
  EXPECT_EQ(u->halts(HaltKind::Discard), 1);
}

TEST(Unfolder, DivisionByZeroAndInitCalls) {
  auto u = unfolded(
      "var d: int = 0;\ninit func f(a: int, b: bool) { }\n"
      "thread a { let q = 10 / d; f(q, true); }\n");
  ASSERT_TRUE(u->result.unfolding);
  EXPECT_EQ(u->halts(HaltKind::RuntimeError), 1) << u->dump();  // by zero; 10 / -1 is fine
  EXPECT_EQ(u->count(NodeKind::InitCall), 1);
  for (const Node& node : u->unfolding().nodes) {
    if (node.kind == NodeKind::InitCall) {
      EXPECT_EQ(node.argumentsShape, "i,b");
    }
  }
}

}  // namespace
}  // namespace initcheck::symbolic
