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
    case NodeKind::LockResume:
    case NodeKind::RLock:
    case NodeKind::CondWake:
    case NodeKind::AtomicWake:
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

// Under RC11 a read at the end may return any write coherence leaves it (not only the last in
// mo), so a thread stopped at an await is blocked only when every such combination of writes
// its condition reads makes the condition false: the probe condition, once per combination
// of sources of its RC11 probe reads, each value substituted. An RMW of the condition that
// would store (a swap, an add, a cas that would succeed) cannot read a write another RMW has
// read (atomicity: it would have to come right after it in mo), as in the explicit engine's
// rmwReadableWrites and its cas rule (runtime/atomics_rc11.cpp).
z3::expr Encoder::Impl::readableAtEnd(NodeId await, NodeId source, LocationId location) const {
  auto before = [&](NodeId x) {
    return node(x).instance == node(await).instance ? truth(poBefore(x, await))
                                                    : happensBeforeEntry(x, await);
  };
  Terms rules{source == kInitialWrite ? truth(hasInitial(location)) : writeActive(source)};
  for (NodeId w : writesAt[static_cast<std::size_t>(location)]) {
    if (w != source)
      rules.push_back(z3::implies(writeActive(w) && before(w), moOf(w) < moOf(source)));
  }
  for (NodeId r : readsAt[static_cast<std::size_t>(location)])
    rules.push_back(
        z3::implies(active[static_cast<std::size_t>(r)] && before(r), moRead(r) <= moOf(source)));
  return allOf(rules);
}

// Some active RMW (a swap, an add, a cas that succeeded) read `source` (mo places are distinct,
// the initial write's is 0).
z3::expr Encoder::Impl::readByRmw(NodeId source, LocationId location) const {
  Terms readers;
  for (NodeId r : readsAt[static_cast<std::size_t>(location)]) {
    if (r != source && isWriter(node(r)))
      readers.push_back(writeActive(r) && moRead(r) == moOf(source));
  }
  return anyOf(readers);
}

z3::expr Encoder::Impl::awaitBlockedAtEnd(NodeId point) const {
  const Node& n = node(point);
  if (!n.probeCondition)
    return truth(false);
  std::vector<NodeId> probes;
  for (NodeId read : n.awaitReads) {
    if (node(read).probe && node(read).value && followsRc11(node(read).location))
      probes.push_back(read);
  }
  std::size_t combinations = 1;
  for (NodeId probe : probes)
    combinations *= sourcesOf(probe).size();
  if (probes.empty() || combinations > kMaxBlockedCombinations)
    return !*n.probeCondition;
  Terms blocked;
  for (std::size_t k = 0; k < combinations; ++k) {
    z3::expr_vector from(ctx), to(ctx);
    Terms readable;
    std::size_t rest = k;
    for (std::size_t i = 0; i < probes.size(); ++i) {
      const Node& probe = node(probes[i]);
      std::vector<NodeId> sources = sourcesOf(probes[i]);
      NodeId source = sources[rest % sources.size()];
      rest /= sources.size();
      std::optional<z3::expr> value =
          source == kInitialWrite ? initialValue(probe.location) : writtenValue(source);
      if (!value || !sameSort(*probe.value, *value)) {
        readable.push_back(truth(false));
        continue;
      }
      from.push_back(*probe.value);
      to.push_back(*value);
      readable.push_back(readableAtEnd(point, source, probe.location));
      if (probe.probeStores)
        readable.push_back(z3::implies(*probe.probeStores, !readByRmw(source, probe.location)));
    }
    z3::expr condition = *n.probeCondition;
    blocked.push_back(z3::implies(allOf(readable), !condition).substitute(from, to));
  }
  return allOf(blocked);
}

z3::expr Encoder::Impl::blockedAtEnd(NodeId point) const {
  const Node& n = node(point);
  switch (n.kind) {
    case NodeKind::LockResume:
    case NodeKind::RLock:
      return rwBlockedAtEnd(point);
    case NodeKind::CondWake:
      return !wokenAtEnd(point) || heldAtEnd(n.mutex);
    case NodeKind::AtomicWake:
      return !wokenAtEnd(point);
    case NodeKind::Lock:
      if (isRwMutex(n.object))
        return rwBlockedAtEnd(point);
      if (isRecursive(n.object))
        return heldByOthers(n.object, n.instance, std::nullopt) > 0;
      return heldAtEnd(n.object);
    case NodeKind::OnceDo:
      return onceRunningAtEnd(n.object);
    case NodeKind::WgWait:
      return counterAtEnd(n.object) != 0;
    case NodeKind::Join:
      return !finishedAtEnd(n.target);
    case NodeKind::Await:
      return awaitBlockedAtEnd(point);
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

Encoder::Impl::StoppedThreads Encoder::Impl::stoppedAtBlockablePoints() const {
  StoppedThreads stopped{std::vector<Terms>(instanceCount()), {}};
  for (NodeId point : nodesWhere([this](const Node& n) { return blockable(n); })) {
    z3::expr stuck = stuckAt(point);
    stopped.byInstance[static_cast<std::size_t>(node(point).instance)].push_back(stuck);
    stopped.byPosition[node(point).position].push_back(stuck);
  }
  return stopped;
}

PropertyQuery Encoder::Impl::deadlockQuery() {
  StoppedThreads stopped = stoppedAtBlockablePoints();
  const std::vector<Terms>& stuckByInstance = stopped.byInstance;
  const std::map<SourcePosition, Terms>& stuckByPosition = stopped.byPosition;
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
