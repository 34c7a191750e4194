// The queries about the end of an execution: deadlock (no halt, every existing thread
// finished or stopped at a point blocked in the final state, at least one stopped), `final`
// (a finished execution where the condition is false) and exactly_once's "at least once" (a
// finished execution with no matching call).
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

z3::expr Encoder::Impl::finishedExecution() const {
  Terms finished{noHalt()};
  for (const Instance& info : unfolding.instances)
    finished.push_back(z3::implies(spawned(info.id), finishedAtEnd(info.id)));
  return allOf(finished);
}

std::vector<PropertyQuery> Encoder::Impl::endQueries() {
  std::vector<PropertyQuery> result;
  for (const FinalCheck& final : unfolding.finals) {
    if (!final.condition)
      continue;
    std::string description = "final checked at " + final.check.position.text();
    result.push_back(makeQuery(PropertyKind::Final, description, final.check.position,
                               finishedExecution() && !*final.condition));
  }
  for (std::size_t i = 0; i < unfolding.checks.size(); ++i) {
    const PropertyCheck& check = unfolding.checks[i];
    if (check.kind != PropertyKind::ExactlyOnce)
      continue;
    Terms called;
    for (NodeId call : callsOf(check.target))
      called.push_back(callMatches(i, call));
    std::string description = "exactly_once (never called) checked at " + check.position.text();
    result.push_back(makeQuery(PropertyKind::ExactlyOnce, description, check.position,
                               finishedExecution() && !anyOf(called)));
  }
  return result;
}

bool Encoder::Impl::blockable(const Node& n) const {
  switch (n.kind) {
    case NodeKind::Lock:
    case NodeKind::OnceDo:
    case NodeKind::WgWait:
    case NodeKind::Join:
    case NodeKind::Recv:
    case NodeKind::Send:
    case NodeKind::Await:
      return n.point;
    default:
      return false;
  }
}

z3::expr Encoder::Impl::blockedAtEnd(NodeId point) const {
  const Node& n = node(point);
  switch (n.kind) {
    case NodeKind::Lock:
      return heldAtEnd(n.object);
    case NodeKind::OnceDo:
      return onceRunningAtEnd(n.object);
    case NodeKind::WgWait:
      return counterAtEnd(n.object) != 0;
    case NodeKind::Join:
      return !finishedAtEnd(n.target);
    case NodeKind::Await:
      return n.probeCondition ? !*n.probeCondition : truth(false);
    default:
      break;
  }
  z3::expr open = !closedAtEnd(n.object);
  std::int64_t capacity = capacityOf(n.object);
  if (n.kind == NodeKind::Recv)
    return capacity == 0 ? open : open && bufferedAtEnd(n.object) == 0;
  if (capacity > 0)
    return open && bufferedAtEnd(n.object) >= number(capacity);
  Terms receivers;
  for (NodeId recv : nodesOn(n.object, NodeKind::Recv)) {
    if (node(recv).instance != n.instance)
      receivers.push_back(poised(recv));
  }
  return open && !anyOf(receivers);
}

PropertyQuery Encoder::Impl::deadlockQuery() {
  std::vector<Terms> stuckByInstance(instanceCount());
  Groups<SourcePosition, z3::expr> stuckByPosition;
  for (NodeId point : nodesWhere([this](const Node& n) { return blockable(n); })) {
    z3::expr stuck = stuckAt(point);
    stuckByInstance[static_cast<std::size_t>(node(point).instance)].push_back(stuck);
    stuckByPosition[node(point).position].push_back(stuck);
  }
  Terms everyThread{noHalt()};
  Terms someStopped;
  for (const Instance& info : unfolding.instances) {
    z3::expr stuck = anyOf(stuckByInstance[static_cast<std::size_t>(info.id)]);
    everyThread.push_back(z3::implies(spawned(info.id), finishedAtEnd(info.id) || stuck));
    someStopped.push_back(spawned(info.id) && !finishedAtEnd(info.id) && stuck);
  }
  SourcePosition position =
      stuckByPosition.empty() ? SourcePosition{} : stuckByPosition.begin()->first;
  PropertyQuery query = makeQuery(PropertyKind::Deadlock, "deadlock", position,
                                  allOf(everyThread) && anyOf(someStopped));
  for (const auto& [at, stuck] : stuckByPosition)  // how many threads wait at each position
    query.keyTerms.push_back(countOf(stuck));
  return query;
}

}  // namespace initcheck::symbolic
