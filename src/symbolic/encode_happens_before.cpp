// Happens-before as integer vector clocks, computed exactly as the explicit executor computes
// its clocks: a node's own component is Node::counter; the other components change only at
// acquiring nodes (lock, rlock, a cond's relock, a `do` that skips, wait, recv, send, acquire
// atomics, join), where fresh Int constants are defined as the pointwise maximum of the clock
// before the node and the clocks it joins under the synchronizes-with choices. Each definition
// depends only on strictly earlier clocks, so the solution is unique. A thread start copies the
// spawner's clock at its Go (declared threads start at zero).
//
// Release sequences (C++20): a release store heads one, carrying its clock; an RMW continues
// the one of the write it reads; a relaxed store after a release fence carries the fence's
// clock; an acquire fence joins what the thread's earlier atomic reads read from. Under RC11
// a plain write carries nothing (the sc model keeps its v1 rule: it continues the sequence).
#include <algorithm>

#include "compile/program.hpp"
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

bool Encoder::Impl::acquires(const Node& n) const {
  switch (n.kind) {
    case NodeKind::Lock:
    case NodeKind::LockResume:
    case NodeKind::RLock:
    case NodeKind::CondWake:
    case NodeKind::OnceDo:
    case NodeKind::WgWait:
    case NodeKind::Recv:
    case NodeKind::Send:
    case NodeKind::Join:
      return true;
    case NodeKind::Atomic:
      return n.reads && (acquiresOrder(n.order) ||
                         (n.failureOrder.has_value() && acquiresOrder(*n.failureOrder)));
    case NodeKind::Fence:
      return acquiresOrder(n.order);
    case NodeKind::Await:  // its condition's acquire loads join at the Await's step
      return std::any_of(n.awaitReads.begin(), n.awaitReads.end(),
                         [this](NodeId read) { return acquires(node(read)); });
    default:
      return false;
  }
}

// When an acquiring atomic acquires: always, but a cas or cmpxchg whose success and failure
// orders differ in that only when it succeeds (fails).
z3::expr Encoder::Impl::acquiresWhen(NodeId id) const {
  const Node& n = node(id);
  if (!n.failureOrder || acquiresOrder(n.order) == acquiresOrder(*n.failureOrder))
    return truth(true);
  z3::expr succeeded = literalOr(n.outcome, true);
  return acquiresOrder(n.order) ? succeeded : !succeeded;
}

std::vector<Encoder::Impl::Source> Encoder::Impl::acquireSources(NodeId id) {
  std::vector<Source> sources = atomicSources(id);
  z3::expr when = acquiresWhen(id);
  for (Source& source : sources)
    source.condition = source.condition && when;
  return sources;
}

std::vector<Encoder::Impl::Source> Encoder::Impl::awaitSources(NodeId id) {
  std::vector<Source> sources;
  for (NodeId read : node(id).awaitReads) {
    if (node(read).probe || !acquires(node(read)))
      continue;
    for (Source& source : acquireSources(read))
      sources.push_back(
          {source.condition && active[static_cast<std::size_t>(read)], std::move(source.clock)});
  }
  return sources;
}

z3::expr Encoder::Impl::rootVC(InstanceId instance, InstanceId component) const {
  NodeId go = unfolding.instances[static_cast<std::size_t>(instance)].spawnedBy;
  return go == kNoNode ? number(0) : vcAt(go, component);
}

z3::expr Encoder::Impl::vcAt(NodeId id, InstanceId component) const {
  if (component == node(id).instance)
    return ownCounter(id);
  NodeId at = holder[static_cast<std::size_t>(id)];
  if (at == kNoNode)
    return rootVC(node(id).instance, component);
  return (*vcVars[static_cast<std::size_t>(at)])[static_cast<std::size_t>(component)];
}

z3::expr Encoder::Impl::vcBefore(NodeId id, InstanceId component) const {
  if (component == node(id).instance)
    return ownCounter(id);
  NodeId parent = node(id).parent;
  return parent == kNoNode ? rootVC(node(id).instance, component) : vcAt(parent, component);
}

z3::expr Encoder::Impl::happensBefore(NodeId a, NodeId b) const {
  if (node(a).instance == node(b).instance)
    return truth(node(a).counter <= node(b).counter);
  return ownCounter(a) <= vcAt(b, node(a).instance);
}

z3::expr Encoder::Impl::happensBeforeEntry(NodeId a, NodeId b) const {
  if (node(a).instance == node(b).instance)
    return truth(node(a).counter <= node(b).counter);
  return ownCounter(a) <= vcBefore(b, node(a).instance);
}

NodeId Encoder::Impl::lastReleaseFence(NodeId id) const {
  for (NodeId at = node(id).parent; at != kNoNode; at = node(at).parent) {
    if (node(at).kind == NodeKind::Fence && releasesOrder(node(at).order))
      return at;
  }
  return kNoNode;
}

z3::expr Encoder::Impl::ownRelease(NodeId write, InstanceId component) const {
  const Node& n = node(write);
  if (n.kind != NodeKind::Atomic)
    return number(0);
  if (releasesOrder(n.order))
    return vcAt(write, component);
  NodeId fence = lastReleaseFence(write);
  return fence == kNoNode ? number(0) : vcAt(fence, component);
}

z3::expr Encoder::Impl::releaseOf(NodeId write, InstanceId component) {
  const Node& n = node(write);
  if (n.kind == NodeKind::Atomic && !n.reads)  // a store starts a new release sequence
    return ownRelease(write, component);
  if (n.kind == NodeKind::Write && followsRc11(n.location))
    return number(0);
  auto found = releaseVars.find(write);
  if (found == releaseVars.end()) {
    Terms vars;
    for (std::size_t j = 0; j < instanceCount(); ++j)
      vars.push_back(
          ctx.int_const(("release_" + std::to_string(write) + "_" + std::to_string(j)).c_str()));
    releaseVars.emplace(write, vars);
    for (std::size_t j = 0; j < instanceCount(); ++j) {  // an RMW or plain write continues it
      auto c = static_cast<InstanceId>(j);
      std::vector<Source> continued;
      for (NodeId source : sourcesOf(write)) {
        if (source != kInitialWrite && source != write)
          continued.push_back({readsFrom(write, source),
                               [this, source](InstanceId k) { return releaseOf(source, k); }});
      }
      requireMaximum(vars[j], ownRelease(write, c), continued, c);
    }
    found = releaseVars.find(write);
  }
  return found->second[static_cast<std::size_t>(component)];
}

std::vector<Encoder::Impl::Source> Encoder::Impl::atomicSources(NodeId id) {
  std::vector<Source> sources;
  for (NodeId write : sourcesOf(id)) {
    if (write != kInitialWrite)
      sources.push_back(
          {readsFrom(id, write), [this, write](InstanceId c) { return releaseOf(write, c); }});
  }
  return sources;
}

// An acquire fence joins the release sequences its thread's earlier atomic reads read from
// (those on its path, and those of the await conditions on it).
std::vector<Encoder::Impl::Source> Encoder::Impl::fenceSources(NodeId id) {
  std::vector<Source> sources;
  auto addReads = [&](NodeId read) {
    const Node& n = node(read);
    if (n.kind != NodeKind::Atomic || !n.reads || n.probe)
      return;
    for (Source& source : atomicSources(read))
      sources.push_back(
          {source.condition && active[static_cast<std::size_t>(read)], std::move(source.clock)});
  };
  for (NodeId at = node(id).parent; at != kNoNode; at = node(at).parent) {
    addReads(at);
    if (node(at).kind == NodeKind::Await) {
      for (NodeId read : node(at).awaitReads)
        addReads(read);
    }
  }
  return sources;
}

std::vector<Encoder::Impl::Source> Encoder::Impl::channelSources(NodeId id) {
  const Node& n = node(id);
  bool rendezvousChannel = capacityOf(n.object) == 0;
  std::vector<Source> sources;
  using Clock = std::function<z3::expr(InstanceId)>;
  auto fullClock = [this](NodeId at) -> Clock {
    return [this, at](InstanceId c) { return vcAt(at, c); };
  };
  auto entryClock = [this](NodeId at) -> Clock {
    return [this, at](InstanceId c) { return vcBefore(at, c); };
  };
  if (n.kind == NodeKind::Recv) {
    for (NodeId close : nodesOn(n.object, NodeKind::Close))
      sources.push_back({closedZero(id) && active[static_cast<std::size_t>(close)] &&
                             !errorOf(close) && before(close, id),
                         fullClock(close)});
    for (NodeId send : nodesOn(n.object, NodeKind::Send))
      sources.push_back(
          {matches(send, id), rendezvousChannel ? entryClock(send) : fullClock(send)});
    return sources;
  }
  for (NodeId recv : nodesOn(n.object, NodeKind::Recv)) {
    if (rendezvousChannel)
      sources.push_back({rendezvousOf(id, recv), entryClock(recv)});
    else
      sources.push_back({sendWaitsFor(id, recv), fullClock(recv)});
  }
  return sources;
}

std::vector<Encoder::Impl::Source> Encoder::Impl::joinSources(NodeId id) {
  const Node& n = node(id);
  std::vector<Source> sources;
  auto fullClock = [this](NodeId at) { return [this, at](InstanceId c) { return vcAt(at, c); }; };
  z3::expr ran = active[static_cast<std::size_t>(id)];
  switch (n.kind) {
    case NodeKind::LockResume:
    case NodeKind::RLock:
      return rwJoinSources(id);
    case NodeKind::CondWake:
      for (NodeId unlock : mutexUnlocks(n.mutex))
        sources.push_back({lastUnlock(id, unlock), fullClock(unlock)});
      return sources;
    case NodeKind::Lock:
      if (isRwMutex(n.object))
        return rwJoinSources(id);
      // A recursive mutex's outer lock joins the unlock that last released it; joining every
      // earlier unlock is the same, as each of them happens before that one (or is this
      // thread's own), and a nested lock joins nothing new.
      for (NodeId unlock :
           isRecursive(n.object) ? nodesOn(n.object, NodeKind::Unlock) : mutexUnlocks(n.object))
        sources.push_back({isRecursive(n.object)
                               ? active[static_cast<std::size_t>(unlock)] && before(unlock, id)
                               : lastUnlock(id, unlock),
                           fullClock(unlock)});
      return sources;
    case NodeKind::OnceDo:
      for (NodeId finish : onceFinishes(n.object))
        sources.push_back({ran && !literalOr(n.outcome, true) &&
                               active[static_cast<std::size_t>(finish)] && before(finish, id),
                           fullClock(finish)});
      return sources;
    case NodeKind::WgWait:
      for (NodeId add : nodesOn(n.object, NodeKind::WgAdd))
        sources.push_back(
            {active[static_cast<std::size_t>(add)] && before(add, id), fullClock(add)});
      return sources;
    case NodeKind::Join: {
      const Instance& target = unfolding.instances[static_cast<std::size_t>(n.target)];
      for (NodeId exit : target.exits)
        sources.push_back({active[static_cast<std::size_t>(exit)], fullClock(exit)});
      if (target.root == kNoNode)  // an empty body: the start clock, ticked once
        sources.push_back({truth(true), [this, &target](InstanceId c) {
                             return c == target.id ? number(1) : rootVC(target.id, c);
                           }});
      return sources;
    }
    case NodeKind::Atomic:
      return acquireSources(id);
    case NodeKind::Await:
      return awaitSources(id);
    case NodeKind::Fence:
      return fenceSources(id);
    default:
      return channelSources(id);
  }
}

// Each component is the maximum of the clock before the node and the joined sources' clocks
// (requireMaximum).
void Encoder::Impl::defineVectorClock(NodeId id) {
  std::vector<Source> sources = joinSources(id);
  const Terms& vars = *vcVars[static_cast<std::size_t>(id)];
  for (std::size_t j = 0; j < instanceCount(); ++j) {
    auto c = static_cast<InstanceId>(j);
    if (c == node(id).instance)
      continue;
    requireMaximum(vars[j], vcBefore(id, c), sources, c);
  }
}

// `result` is the maximum of `base` and component `c` of the sources whose condition holds.
void Encoder::Impl::requireMaximum(const z3::expr& result, const z3::expr& base,
                                   const std::vector<Source>& sources, InstanceId c) {
  std::vector<Candidate> clocks;
  for (const Source& source : sources)
    clocks.push_back({source.condition, source.clock(c)});
  requireMaximumOf(result, base, clocks);
}

void Encoder::Impl::encodeVectorClocks() {
  const std::size_t count = unfolding.nodes.size();
  holder.assign(count, kNoNode);
  vcVars.assign(count, std::nullopt);
  std::vector<NodeId> acquiringNodes;
  for (std::size_t i = 0; i < count; ++i) {
    const Node& n = unfolding.nodes[i];
    if (!inTree[i])
      continue;
    if (!acquires(n)) {
      holder[i] = n.parent == kNoNode ? kNoNode : holder[static_cast<std::size_t>(n.parent)];
      continue;
    }
    holder[i] = static_cast<NodeId>(i);
    Terms vars;
    for (std::size_t j = 0; j < instanceCount(); ++j)
      vars.push_back(
          static_cast<InstanceId>(j) == n.instance
              ? number(n.counter)
              : ctx.int_const(("vc_" + std::to_string(i) + "_" + std::to_string(j)).c_str()));
    vcVars[i] = vars;
    acquiringNodes.push_back(static_cast<NodeId>(i));
  }
  for (NodeId id : acquiringNodes)
    defineVectorClock(id);
}

}  // namespace initcheck::symbolic
