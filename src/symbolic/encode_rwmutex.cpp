// rwmutex (Go sync.RWMutex with writer preference), as the explicit executor runs it
// (runtime/lock_exec.cpp, model/enabledness.cpp): the state at a clock is counted from the
// active nodes before it: writers (locks taken minus unlocks), waiting writers (Lock nodes
// that found readers minus their LockResume), readers (rlocks minus runlocks).
// - a lock may step only when there is no writer and no waiting writer; it takes the lock at
//   once unless readers hold it (`waits`), then its LockResume steps once no reader is left;
// - an rlock may step only when there is no writer and no waiting writer (writer preference:
//   a reader that re-rlocks behind a waiting writer deadlocks, as in Go);
// - unlock errs when not write-locked, runlock when no reader holds it.
// Happens-before, the explicit engine's release clocks: a lock taken joins the last unlock
// and every runlock since the previous lock taken; an rlock joins the last unlock.
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

z3::expr Encoder::Impl::ranCount(const std::vector<NodeId>& nodes,
                                 const std::optional<z3::expr>& clock,
                                 const std::function<z3::expr(NodeId)>& counted) const {
  Terms ran;
  for (NodeId id : nodes) {
    z3::expr rule = active[static_cast<std::size_t>(id)] && counted(id);
    ran.push_back(clock ? rule && clockOf(id) < *clock : rule);
  }
  return countOf(ran);
}

z3::expr Encoder::Impl::rwWriters(ObjectId rw, const std::optional<z3::expr>& clock) const {
  auto takenAtLock = [this](NodeId lock) { return !literalOr(node(lock).waits, false); };
  auto always = [this](NodeId) { return truth(true); };
  auto released = [this](NodeId unlock) { return !errorOf(unlock); };
  return ranCount(nodesOn(rw, NodeKind::Lock), clock, takenAtLock) +
         ranCount(nodesOn(rw, NodeKind::LockResume), clock, always) -
         ranCount(nodesOn(rw, NodeKind::Unlock), clock, released);
}

z3::expr Encoder::Impl::rwWaitingWriters(ObjectId rw, const std::optional<z3::expr>& clock) const {
  auto waiting = [this](NodeId lock) { return literalOr(node(lock).waits, false); };
  auto always = [this](NodeId) { return truth(true); };
  return ranCount(nodesOn(rw, NodeKind::Lock), clock, waiting) -
         ranCount(nodesOn(rw, NodeKind::LockResume), clock, always);
}

z3::expr Encoder::Impl::rwReaders(ObjectId rw, const std::optional<z3::expr>& clock) const {
  auto always = [this](NodeId) { return truth(true); };
  auto released = [this](NodeId unlock) { return !errorOf(unlock); };
  return ranCount(nodesOn(rw, NodeKind::RLock), clock, always) -
         ranCount(nodesOn(rw, NodeKind::RUnlock), clock, released);
}

void Encoder::Impl::encodeRwMutex(ObjectId rw) {
  auto free = [&](NodeId id) {
    return rwWriters(rw, clockOf(id)) == 0 && rwWaitingWriters(rw, clockOf(id)) == 0;
  };
  for (NodeId lock : nodesOn(rw, NodeKind::Lock)) {
    z3::expr ran = active[static_cast<std::size_t>(lock)];
    require(z3::implies(ran, free(lock)));
    if (node(lock).waits)
      require(z3::implies(ran, *node(lock).waits == (rwReaders(rw, clockOf(lock)) > 0)));
  }
  for (NodeId resume : nodesOn(rw, NodeKind::LockResume))
    require(
        z3::implies(active[static_cast<std::size_t>(resume)], rwReaders(rw, clockOf(resume)) == 0));
  for (NodeId rlock : nodesOn(rw, NodeKind::RLock))
    require(z3::implies(active[static_cast<std::size_t>(rlock)], free(rlock)));
  for (NodeId unlock : nodesOn(rw, NodeKind::Unlock)) {
    if (node(unlock).errorLiteral)
      require(*node(unlock).errorLiteral == (rwWriters(rw, clockOf(unlock)) <= 0));
  }
  for (NodeId runlock : nodesOn(rw, NodeKind::RUnlock)) {
    if (node(runlock).errorLiteral)
      require(*node(runlock).errorLiteral == (rwReaders(rw, clockOf(runlock)) <= 0));
  }
}

z3::expr Encoder::Impl::rwBlockedAtEnd(NodeId point) const {
  const Node& n = node(point);
  if (n.kind == NodeKind::LockResume)
    return rwReaders(n.object, std::nullopt) > 0;
  return rwWriters(n.object, std::nullopt) > 0 || rwWaitingWriters(n.object, std::nullopt) > 0;
}

std::vector<Encoder::Impl::Source> Encoder::Impl::rwJoinSources(NodeId id) {
  const Node& n = node(id);
  auto fullClock = [this](NodeId at) { return [this, at](InstanceId c) { return vcAt(at, c); }; };
  auto ranBefore = [&](NodeId other, NodeId later) {
    return active[static_cast<std::size_t>(other)] && before(other, later);
  };
  auto released = [&](NodeId release) { return ranBefore(release, id) && !errorOf(release); };
  std::vector<NodeId> taken;  // the nodes where a writer takes it
  for (NodeId lock : nodesOn(n.object, NodeKind::Lock)) {
    if (node(lock).waits)
      taken.push_back(lock);
  }
  for (NodeId resume : nodesOn(n.object, NodeKind::LockResume))
    taken.push_back(resume);
  auto takesAt = [&](NodeId t) {
    return node(t).kind == NodeKind::Lock ? !*node(t).waits : truth(true);
  };
  // A lock that waits for readers takes the lock (and joins) at its LockResume.
  z3::expr takes = n.kind == NodeKind::Lock ? !literalOr(n.waits, false) : truth(true);
  std::vector<Source> sources;
  std::vector<NodeId> unlocks = nodesOn(n.object, NodeKind::Unlock);
  for (NodeId unlock : unlocks) {  // the last unlock (writeReleaseClock)
    Terms last{takes, released(unlock)};
    for (NodeId other : unlocks) {
      if (other != unlock)
        last.push_back(!(released(other) && before(unlock, other)));
    }
    sources.push_back({allOf(last), fullClock(unlock)});
  }
  if (n.kind == NodeKind::RLock)
    return sources;
  for (NodeId runlock : nodesOn(n.object, NodeKind::RUnlock)) {  // since the last lock taken
    Terms since{takes, released(runlock)};
    for (NodeId t : taken) {
      if (t != id)
        since.push_back(!(ranBefore(t, id) && takesAt(t) && before(runlock, t)));
    }
    sources.push_back({allOf(since), fullClock(runlock)});
  }
  return sources;
}

}  // namespace initcheck::symbolic
