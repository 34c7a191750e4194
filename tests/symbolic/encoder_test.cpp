// The Z3 encoder on small unfoldings built by hand (the unfolder is tested on its own): each
// test asks a solver whether the execution rules allow a property violation or a behaviour.
// Z3's C++ API comes through encoder.hpp (only src/symbolic includes the Z3 header).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "symbolic/encoder.hpp"

namespace initcheck::symbolic {
namespace {

// Appends nodes to per-instance paths: each node's parent is the instance's previous node,
// counters follow the explicit executor (a point ticks before and after itself).
class UnfoldingBuilder {
 public:
  explicit UnfoldingBuilder(z3::context& context) : context_(context) {}

  InstanceId thread(const std::string& name) {
    Instance instance;
    instance.id = static_cast<InstanceId>(unfolding.instances.size());
    instance.name = name;
    instance.declared = unfolding.instances.size();
    unfolding.instances.push_back(instance);
    counters_[instance.id] = 0;
    return instance.id;
  }

  LocationId location(const std::string& name, std::optional<int> initial, bool atomic = false) {
    LocationInfo info;
    info.name = name;
    info.atomic = atomic;
    info.monitored = !initial;
    if (initial)
      info.initialValue = context_.int_val(*initial);
    info.hasInitialValue = initial.has_value();
    unfolding.locations.push_back(info);
    return static_cast<LocationId>(unfolding.locations.size() - 1);
  }

  ObjectId object(ObjectInfo::Kind kind, const std::string& name, std::int64_t capacity = 0) {
    unfolding.objects.push_back(ObjectInfo{kind, name, capacity});
    return static_cast<ObjectId>(unfolding.objects.size() - 1);
  }

  Node& add(InstanceId instance, NodeKind kind, bool point, std::uint32_t line) {
    Node n(context_);
    n.id = static_cast<NodeId>(unfolding.nodes.size());
    n.instance = instance;
    n.kind = kind;
    n.point = point;
    n.position = SourcePosition{line, 1};
    auto last = last_.find(instance);
    n.parent = last == last_.end() ? kNoNode : last->second;
    std::uint32_t& counter = counters_[instance];
    counter += point ? (counter % 2 == 0 ? 1 : 2) : (counter % 2 == 1 ? 1 : 0);
    n.counter = counter;
    n.step = point || n.parent == kNoNode ? n.id : unfolding.nodes[n.parent].step;
    if (n.parent == kNoNode)
      unfolding.instances[static_cast<std::size_t>(instance)].root = n.id;
    last_[instance] = n.id;
    unfolding.nodes.push_back(n);
    return unfolding.nodes.back();
  }

  NodeId write(InstanceId instance, LocationId location, int value, std::uint32_t line) {
    Node& n = add(instance, NodeKind::Write, true, line);
    n.location = location;
    n.writes = true;
    n.value = context_.int_val(value);
    return n.id;
  }

  NodeId read(InstanceId instance, LocationId location, std::uint32_t line) {
    Node& n = add(instance, NodeKind::Read, true, line);
    n.location = location;
    n.reads = true;
    n.value = context_.int_const(("value_" + std::to_string(n.id)).c_str());
    return n.id;
  }

  NodeId sync(InstanceId instance, NodeKind kind, ObjectId object, std::uint32_t line) {
    Node& n = add(instance, kind, true, line);
    n.object = object;
    return n.id;
  }

  NodeId exit(InstanceId instance) {
    Node& n = add(instance, NodeKind::Exit, false, 99);
    unfolding.instances[static_cast<std::size_t>(instance)].exits.push_back(n.id);
    return n.id;
  }

  Unfolding unfolding;

 private:
  z3::context& context_;
  std::map<InstanceId, NodeId> last_;
  std::map<InstanceId, std::uint32_t> counters_;
};

class EncoderTest : public ::testing::Test {
 protected:
  z3::expr active(NodeId id) {
    return context.bool_const(("active_" + std::to_string(id)).c_str());
  }
  z3::expr clock(NodeId id) { return context.int_const(("clock_" + std::to_string(id)).c_str()); }

  // The query of `kind` (the first one), or fails.
  PropertyQuery queryOf(Encoder& encoder, PropertyKind kind) {
    for (PropertyQuery& query : encoder.queries()) {
      if (query.kind == kind && !query.cut)
        return query;
    }
    ADD_FAILURE() << "no query of the wanted kind";
    return PropertyQuery{kind, std::nullopt, "",          {}, context.bool_val(false),
                         {},   std::nullopt, std::nullopt};
  }

  z3::check_result check(Encoder& encoder, const std::vector<z3::expr>& extra) {
    z3::solver solver(context);
    for (const z3::expr& rule : encoder.executionRules())
      solver.add(rule);
    for (const z3::expr& fact : extra)
      solver.add(fact);
    return solver.check();
  }

  bool violated(const Unfolding& unfolding, PropertyKind kind) {
    Encoder encoder(context, unfolding);
    return check(encoder, {queryOf(encoder, kind).condition}) == z3::sat;
  }

  z3::context context;
  UnfoldingBuilder build{context};
};

TEST_F(EncoderTest, TwoUnorderedWritesRace) {
  LocationId x = build.location("x", 0);
  InstanceId a = build.thread("a");
  InstanceId b = build.thread("b");
  build.write(a, x, 1, 1);
  build.exit(a);
  build.write(b, x, 2, 2);
  build.exit(b);
  Encoder encoder(context, build.unfolding);
  PropertyQuery race = queryOf(encoder, PropertyKind::Race);
  z3::solver solver(context);
  for (const z3::expr& rule : encoder.executionRules())
    solver.add(rule);
  solver.add(race.condition);
  ASSERT_EQ(solver.check(), z3::sat);
  Witness witness = encoder.witness(solver.get_model(), race);
  EXPECT_EQ(witness.steps.size(), 2u);
}

TEST_F(EncoderTest, WritesOrderedByALockDoNotRace) {
  LocationId x = build.location("x", 0);
  ObjectId m = build.object(ObjectInfo::Kind::Mutex, "m");
  for (std::uint32_t line : {1u, 2u}) {
    InstanceId t = build.thread("t" + std::to_string(line));
    build.sync(t, NodeKind::Lock, m, line);
    build.write(t, x, static_cast<int>(line), line);
    build.sync(t, NodeKind::Unlock, m, line);
    build.exit(t);
  }
  EXPECT_FALSE(violated(build.unfolding, PropertyKind::Race));
  Encoder encoder(context, build.unfolding);
  std::vector<z3::expr> everything;
  for (const Node& n : build.unfolding.nodes)
    everything.push_back(active(n.id));
  EXPECT_EQ(check(encoder, everything), z3::sat);
}

TEST_F(EncoderTest, AnUnbufferedSendMeetsItsReceiver) {
  ObjectId c = build.object(ObjectInfo::Kind::Channel, "c", 0);
  InstanceId a = build.thread("a");
  InstanceId b = build.thread("b");
  NodeId send = build.sync(a, NodeKind::Send, c, 1);
  build.unfolding.nodes[send].value = context.int_val(5);
  NodeId recv = build.sync(b, NodeKind::Recv, c, 2);
  build.unfolding.nodes[recv].value = context.int_const("received");
  z3::expr received = *build.unfolding.nodes[recv].value;
  Encoder encoder(context, build.unfolding);
  EXPECT_EQ(check(encoder, {active(send), !active(recv)}), z3::unsat);
  EXPECT_EQ(check(encoder, {active(recv), received != 5}), z3::unsat);
  z3::solver solver(context);
  for (const z3::expr& rule : encoder.executionRules())
    solver.add(rule);
  solver.add(active(send));
  ASSERT_EQ(solver.check(), z3::sat);
  EXPECT_EQ(solver.get_model().eval(clock(send) == clock(recv)).is_true(), true);
  PropertyQuery all = queryOf(encoder, PropertyKind::Deadlock);
  Witness witness = encoder.witness(solver.get_model(), all);
  ASSERT_EQ(witness.steps.size(), 1u);
  EXPECT_EQ(witness.steps[0].partner, std::optional<InstanceId>(b));
}

TEST_F(EncoderTest, AReadReadsTheLatestWrite) {
  LocationId x = build.location("x", 0);
  InstanceId a = build.thread("a");
  InstanceId b = build.thread("b");
  NodeId first = build.write(a, x, 1, 1);
  NodeId second = build.write(a, x, 2, 2);
  NodeId read = build.read(b, x, 3);
  Encoder encoder(context, build.unfolding);
  z3::expr value = *build.unfolding.nodes[read].value;
  z3::expr all = active(first) && active(second) && active(read);
  EXPECT_EQ(check(encoder, {all, value == 1}), z3::sat);
  EXPECT_EQ(check(encoder, {all, value == 0}), z3::sat);
  EXPECT_EQ(check(encoder, {all, value == 1, clock(second) < clock(read)}), z3::unsat);
  EXPECT_EQ(check(encoder, {all, value == 0, clock(first) < clock(read)}), z3::unsat);
  EXPECT_EQ(check(encoder, {all, value == 2, clock(second) < clock(read)}), z3::sat);
}

TEST_F(EncoderTest, AOnceHasOneWinner) {
  ObjectId o = build.object(ObjectInfo::Kind::Once, "o");
  std::vector<NodeId> calls;
  std::vector<NodeId> finishes;
  for (std::uint32_t line : {1u, 2u}) {
    InstanceId t = build.thread("t" + std::to_string(line));
    NodeId call = build.sync(t, NodeKind::OnceDo, o, line);
    z3::expr wins = context.bool_const(("wins_" + std::to_string(line)).c_str());
    build.unfolding.nodes[call].outcome = wins;
    NodeId finish = build.sync(t, NodeKind::OnceFinish, o, line);
    build.unfolding.nodes[finish].guard = wins;
    build.unfolding.nodes[call].finishes = {finish};
    calls.push_back(call);
    finishes.push_back(finish);
  }
  Encoder encoder(context, build.unfolding);
  z3::expr both = active(calls[0]) && active(calls[1]);
  z3::expr first = *build.unfolding.nodes[calls[0]].outcome;
  z3::expr second = *build.unfolding.nodes[calls[1]].outcome;
  EXPECT_EQ(check(encoder, {both, first && second}), z3::unsat);
  EXPECT_EQ(check(encoder, {both, !first && !second}), z3::unsat);
  EXPECT_EQ(check(encoder, {both, first, !active(finishes[0])}), z3::unsat);
  EXPECT_EQ(check(encoder, {both, first, active(finishes[0])}), z3::sat);
}

TEST_F(EncoderTest, LocksInOppositeOrdersDeadlock) {
  ObjectId m1 = build.object(ObjectInfo::Kind::Mutex, "m1");
  ObjectId m2 = build.object(ObjectInfo::Kind::Mutex, "m2");
  auto lockBoth = [&](const std::string& name, ObjectId outer, ObjectId inner, std::uint32_t line) {
    InstanceId t = build.thread(name);
    build.sync(t, NodeKind::Lock, outer, line);
    build.sync(t, NodeKind::Lock, inner, line + 1);
    build.sync(t, NodeKind::Unlock, inner, line + 2);
    build.sync(t, NodeKind::Unlock, outer, line + 3);
    build.exit(t);
  };
  lockBoth("a", m1, m2, 1);
  lockBoth("b", m2, m1, 10);
  EXPECT_TRUE(violated(build.unfolding, PropertyKind::Deadlock));
}

TEST_F(EncoderTest, LocksInTheSameOrderDoNotDeadlock) {
  ObjectId m1 = build.object(ObjectInfo::Kind::Mutex, "m1");
  ObjectId m2 = build.object(ObjectInfo::Kind::Mutex, "m2");
  for (std::uint32_t line : {1u, 10u}) {
    InstanceId t = build.thread("t" + std::to_string(line));
    build.sync(t, NodeKind::Lock, m1, line);
    build.sync(t, NodeKind::Lock, m2, line + 1);
    build.sync(t, NodeKind::Unlock, m2, line + 2);
    build.sync(t, NodeKind::Unlock, m1, line + 3);
    build.exit(t);
  }
  EXPECT_FALSE(violated(build.unfolding, PropertyKind::Deadlock));
  Encoder encoder(context, build.unfolding);
  EXPECT_EQ(check(encoder, {active(4), active(9)}), z3::sat);  // both exits
}

TEST_F(EncoderTest, ABufferedChannelHoldsItsCapacity) {
  ObjectId c = build.object(ObjectInfo::Kind::Channel, "c", 1);
  InstanceId a = build.thread("a");
  NodeId first = build.sync(a, NodeKind::Send, c, 1);
  NodeId second = build.sync(a, NodeKind::Send, c, 2);
  build.unfolding.nodes[first].value = context.int_val(7);
  build.unfolding.nodes[second].value = context.int_val(8);
  build.exit(a);
  Encoder encoder(context, build.unfolding);
  EXPECT_EQ(check(encoder, {active(first)}), z3::sat);
  EXPECT_EQ(check(encoder, {active(first), active(second)}), z3::unsat);
  EXPECT_TRUE(violated(build.unfolding, PropertyKind::Deadlock));
}

TEST_F(EncoderTest, ARecvGetsTheMessagesInOrder) {
  ObjectId c = build.object(ObjectInfo::Kind::Channel, "c", 2);
  InstanceId a = build.thread("a");
  InstanceId b = build.thread("b");
  for (int value : {7, 8})
    build.unfolding.nodes[build.sync(a, NodeKind::Send, c, 1)].value = context.int_val(value);
  NodeId recv = build.sync(b, NodeKind::Recv, c, 2);
  build.unfolding.nodes[recv].value = context.int_const("received");
  Encoder encoder(context, build.unfolding);
  z3::expr received = *build.unfolding.nodes[recv].value;
  EXPECT_EQ(check(encoder, {active(recv), received == 7}), z3::sat);
  EXPECT_EQ(check(encoder, {active(recv), received == 8}), z3::unsat);
}

class PublicationTest : public EncoderTest, public ::testing::WithParamInterface<bool> {};

// data = 1; flag.store(1, ord); || if flag.load(ord) == 1 { read data }
TEST_P(PublicationTest, ReleaseAcquireOrdersThePublishedData) {
  bool releaseAcquire = GetParam();
  ast::MemoryOrder order = releaseAcquire ? ast::MemoryOrder::SeqCst : ast::MemoryOrder::Relaxed;
  LocationId data = build.location("data", 0);
  LocationId flag = build.location("flag", 0, true);
  InstanceId a = build.thread("a");
  InstanceId b = build.thread("b");
  build.write(a, data, 1, 1);
  Node& store = build.add(a, NodeKind::Atomic, true, 2);
  store.location = flag;
  store.writes = true;
  store.written = context.int_val(1);
  store.order = order;
  build.exit(a);
  Node& load = build.add(b, NodeKind::Atomic, true, 3);
  load.location = flag;
  load.reads = true;
  load.value = context.int_const("loaded");
  load.order = order;
  z3::expr loaded = *load.value;
  NodeId read = build.read(b, data, 4);
  build.unfolding.nodes[read].guard = loaded == 1;
  EXPECT_EQ(violated(build.unfolding, PropertyKind::Race), !releaseAcquire);
}

INSTANTIATE_TEST_SUITE_P(Orders, PublicationTest, ::testing::Values(true, false));

}  // namespace
}  // namespace initcheck::symbolic
