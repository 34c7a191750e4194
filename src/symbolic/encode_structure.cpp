// The shape of an execution prefix: which nodes ran (activity: a prefix of one path per
// thread instance), the clock of every step (program order, the spawn before the child, one
// step per clock), halts ending the execution, and the threads bound on `go`.
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

void Encoder::Impl::createNodeTerms() {
  const std::size_t count = unfolding.nodes.size();
  inTree.assign(count, false);
  children.assign(count, {});
  for (const Instance& instance : unfolding.instances) {
    if (instance.root != kNoNode)
      inTree[static_cast<std::size_t>(instance.root)] = true;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Node& n = unfolding.nodes[i];
    std::string suffix = std::to_string(i);
    active.push_back(ctx.bool_const(("active_" + suffix).c_str()));
    stepClock.push_back(ctx.int_const(("clock_" + suffix).c_str()));
    if (n.parent == kNoNode)
      continue;
    children[static_cast<std::size_t>(n.parent)].push_back(static_cast<NodeId>(i));
    if (inTree[static_cast<std::size_t>(n.parent)])
      inTree[i] = true;
  }
  for (std::size_t i = 0; i < count; ++i) {
    auto id = static_cast<NodeId>(i);
    if (inTree[i] && isStep(id))
      steps.push_back(id);
    if (inTree[i] && unfolding.nodes[i].kind == NodeKind::Halt)
      halts.push_back(id);
    if (isInitializerFailure(id))
      halts.push_back(id);
  }
}

// The Halt an unfolding has when a global initializer fails: no thread ever starts.
bool Encoder::Impl::isInitializerFailure(NodeId id) const {
  const Node& n = node(id);
  return n.instance < 0 && n.kind == NodeKind::Halt && n.parent == kNoNode;
}

bool Encoder::Impl::isTreeNode(NodeId id) const {
  return inTree[static_cast<std::size_t>(id)];
}

bool Encoder::Impl::isStep(NodeId id) const {
  const Node& n = node(id);
  if (!n.point)
    return false;
  return n.kind != NodeKind::Start || instanceOf(id).startIsStep;
}

z3::expr Encoder::Impl::clockOf(NodeId id) const {
  if (isStep(id))
    return stepClock[static_cast<std::size_t>(id)];
  const Node& n = node(id);
  if (n.point || n.step == kNoNode || n.step == id)
    return number(0);  // a Start that is not a step: before every step
  return clockOf(n.step);
}

z3::expr Encoder::Impl::spawned(InstanceId instance) const {
  const Instance& info = unfolding.instances[static_cast<std::size_t>(instance)];
  if (info.spawnedBy == kNoNode)
    return truth(true);
  return active[static_cast<std::size_t>(info.spawnedBy)] && !errorOf(info.spawnedBy);
}

z3::expr Encoder::Impl::rootBase(InstanceId instance) const {
  return spawned(instance);
}

z3::expr Encoder::Impl::parentRan(NodeId id) const {
  const Node& n = node(id);
  if (isInitializerFailure(id))
    return truth(true);
  if (n.parent != kNoNode)
    return active[static_cast<std::size_t>(n.parent)];
  return rootBase(n.instance);
}

z3::expr Encoder::Impl::finishedAtEnd(InstanceId instance) const {
  const Instance& info = unfolding.instances[static_cast<std::size_t>(instance)];
  if (info.root == kNoNode)
    return spawned(instance);
  Terms exits;
  for (NodeId exit : info.exits)
    exits.push_back(active[static_cast<std::size_t>(exit)]);
  return anyOf(exits);
}

z3::expr Encoder::Impl::finishedBefore(InstanceId instance, const z3::expr& clock) const {
  const Instance& info = unfolding.instances[static_cast<std::size_t>(instance)];
  if (info.root == kNoNode && info.spawnedBy == kNoNode)
    return truth(true);
  if (info.root == kNoNode)
    return spawned(instance) && clockOf(info.spawnedBy) < clock;
  Terms exits;
  for (NodeId exit : info.exits)
    exits.push_back(active[static_cast<std::size_t>(exit)] && clockOf(exit) < clock);
  return anyOf(exits);
}

z3::expr Encoder::Impl::poised(NodeId id) const {
  return parentRan(id) && node(id).guard && !active[static_cast<std::size_t>(id)];
}

z3::expr Encoder::Impl::noHalt() const {
  Terms none;
  for (NodeId halt : halts)
    none.push_back(!active[static_cast<std::size_t>(halt)]);
  return allOf(none);
}

NodeId Encoder::Impl::previousStep(NodeId id) const {
  NodeId p = node(id).parent;
  while (p != kNoNode && !isStep(p))
    p = node(p).parent;
  if (p != kNoNode)
    return p;
  return instanceOf(id).spawnedBy;
}

void Encoder::Impl::encodeActivity() {
  for (std::size_t i = 0; i < unfolding.nodes.size(); ++i) {
    auto id = static_cast<NodeId>(i);
    if (isInitializerFailure(id))
      require(active[i] == node(id).guard);
    if (!inTree[i])
      continue;
    z3::expr may = parentRan(id) && node(id).guard;
    require(z3::implies(active[i], may));
    if (!isStep(id))  // private work runs whenever its step ran
      require(z3::implies(may, active[i]));
    if (node(id).awaitCondition)  // an await step happens only when its condition lets it
      require(z3::implies(active[i], *node(id).awaitCondition));
    if (node(id).chosenValid)  // a choose takes one of its choices
      require(z3::implies(active[i], *node(id).chosenValid));
  }
}

void Encoder::Impl::encodeProgramOrder() {
  for (NodeId step : steps) {
    require(clockOf(step) > 0);
    NodeId previous = previousStep(step);
    if (previous != kNoNode)
      require(z3::implies(active[static_cast<std::size_t>(step)], before(previous, step)));
  }
}

// One `distinct` over a slot per step instead of an implication per pair of steps: an active
// step's slot is its clock (positive), an inactive one's a negative number of its own, and an
// unbuffered recv completed in its sender's step takes the inactive slot (its clock is the
// sender's). Z3 internalizes `distinct` in linear size (an injective function), where the
// pairs were quadratic in the steps.
void Encoder::Impl::encodeDistinctClocks() {
  z3::expr_vector slots(ctx);
  for (NodeId step : steps) {
    z3::expr own = active[static_cast<std::size_t>(step)] && !sharesSenderClock(step);
    slots.push_back(z3::ite(own, clockOf(step), number(-1 - static_cast<std::int64_t>(step))));
  }
  if (slots.size() > 1)
    require(z3::distinct(slots));
}

// The steps' clocks are at most the clock of an active Halt: one bound per step and one
// equality per halt instead of an implication per (halt, step).
void Encoder::Impl::encodeHalts() {
  if (halts.empty())
    return;
  z3::expr lastClock = ctx.int_const("last_clock");
  for (NodeId step : steps)
    require(z3::implies(active[static_cast<std::size_t>(step)], clockOf(step) <= lastClock));
  for (NodeId halt : halts)
    require(z3::implies(active[static_cast<std::size_t>(halt)], clockOf(halt) == lastClock));
}

z3::expr Encoder::Impl::aliveAt(NodeId go) const {
  z3::expr clock = clockOf(go);
  Terms alive;
  for (const Instance& info : unfolding.instances) {
    if (info.spawnedBy == go)
      continue;
    z3::expr started = truth(true);
    if (info.spawnedBy != kNoNode)
      started = spawned(info.id) && clockOf(info.spawnedBy) < clock;
    alive.push_back(started && !finishedBefore(info.id, clock));
  }
  return countOf(alive);
}

void Encoder::Impl::encodeThreadsBound() {
  for (NodeId go : nodesWhere([](const Node& n) { return n.kind == NodeKind::Go; })) {
    if (node(go).errorLiteral)
      require(*node(go).errorLiteral == (1 + aliveAt(go) > number(unfolding.bounds.threads)));
  }
}

}  // namespace initcheck::symbolic
