// Once, mutex (with a cond's wait and wake on it), recursive mutex, waitgroup and join: the outcome
// and error literals the unfolder leaves to the encoder (unfolding.hpp), and when these operations
// may take their step (a non-winning `do` after the winner's finish, a lock on a free mutex, a wait
// on a zero counter, a join after the target's exit).
#include <set>

#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

std::vector<NodeId> Encoder::Impl::onceFinishes(ObjectId once) const {
  std::set<NodeId> finishes;
  for (NodeId finish : nodesOn(once, NodeKind::OnceFinish))
    finishes.insert(finish);
  for (NodeId caller : nodesOn(once, NodeKind::OnceDo)) {
    for (NodeId finish : node(caller).finishes) {
      if (isTreeNode(finish))
        finishes.insert(finish);
    }
  }
  return {finishes.begin(), finishes.end()};
}

void Encoder::Impl::encodeOnce(ObjectId once) {
  std::vector<NodeId> callers = nodesOn(once, NodeKind::OnceDo);
  std::vector<NodeId> finishes = onceFinishes(once);
  for (NodeId caller : callers) {
    const Node& n = node(caller);
    if (!n.outcome)
      continue;
    Terms earlier;
    for (NodeId other : callers) {
      if (other != caller)
        earlier.push_back(active[static_cast<std::size_t>(other)] && before(other, caller));
    }
    require(z3::implies(active[static_cast<std::size_t>(caller)], *n.outcome == !anyOf(earlier)));
    Terms finished;
    for (NodeId finish : finishes)
      finished.push_back(active[static_cast<std::size_t>(finish)] && before(finish, caller));
    require(z3::implies(active[static_cast<std::size_t>(caller)] && !*n.outcome, anyOf(finished)));
  }
}

z3::expr Encoder::Impl::onceRunningAtEnd(ObjectId once) const {
  Terms winners;
  for (NodeId caller : nodesOn(once, NodeKind::OnceDo))
    winners.push_back(active[static_cast<std::size_t>(caller)] &&
                      literalOr(node(caller).outcome, false));
  Terms finished;
  for (NodeId finish : onceFinishes(once))
    finished.push_back(active[static_cast<std::size_t>(finish)]);
  return anyOf(winners) && !anyOf(finished);
}

std::vector<NodeId> Encoder::Impl::mutexLocks(ObjectId mutex) const {
  return nodesWhere([mutex](const Node& n) {
    return (n.kind == NodeKind::Lock && n.object == mutex) ||
           (n.kind == NodeKind::CondWake && n.mutex == mutex);
  });
}

std::vector<NodeId> Encoder::Impl::mutexUnlocks(ObjectId mutex) const {
  return nodesWhere([mutex](const Node& n) {
    return (n.kind == NodeKind::Unlock && n.object == mutex) ||
           (n.kind == NodeKind::CondWait && n.mutex == mutex);
  });
}

// The mutex is held and the last lock of it before id's clock is by id's instance.
z3::expr Encoder::Impl::heldBySelf(NodeId id, ObjectId mutex) const {
  std::vector<NodeId> locks = mutexLocks(mutex);
  auto ranBefore = [&](NodeId lock) {
    return active[static_cast<std::size_t>(lock)] && before(lock, id);
  };
  Terms lastIsOwn;
  for (NodeId lock : locks) {
    if (node(lock).instance != node(id).instance)
      continue;
    Terms last{ranBefore(lock)};
    for (NodeId other : locks) {
      if (other != lock)
        last.push_back(!(ranBefore(other) && before(lock, other)));
    }
    lastIsOwn.push_back(allOf(last));
  }
  return heldBefore(mutex, clockOf(id)) > 0 && anyOf(lastIsOwn);
}

z3::expr Encoder::Impl::heldBefore(ObjectId mutex, const z3::expr& clock) const {
  Terms locks;
  Terms unlocks;
  for (NodeId lock : mutexLocks(mutex))
    locks.push_back(active[static_cast<std::size_t>(lock)] && clockOf(lock) < clock);
  for (NodeId unlock : mutexUnlocks(mutex))
    unlocks.push_back(active[static_cast<std::size_t>(unlock)] && clockOf(unlock) < clock);
  return countOf(locks) - countOf(unlocks);
}

z3::expr Encoder::Impl::heldAtEnd(ObjectId mutex) const {
  Terms locks;
  Terms unlocks;
  for (NodeId lock : mutexLocks(mutex))
    locks.push_back(active[static_cast<std::size_t>(lock)]);
  for (NodeId unlock : mutexUnlocks(mutex))
    unlocks.push_back(active[static_cast<std::size_t>(unlock)]);
  return countOf(locks) - countOf(unlocks) > 0;
}

// The unlock is the latest active one before the lock: its clock is `last_unlock_<lock>`,
// the maximum clock of the mutex's active unlocks before the lock (0: none), defined once per
// lock in linear size (steps have distinct clocks, so the unlock is unique).
z3::expr Encoder::Impl::lastUnlock(NodeId lock, NodeId unlock) {
  auto found = lastUnlockClocks.find(lock);
  if (found == lastUnlockClocks.end()) {
    ObjectId mutex = node(lock).kind == NodeKind::CondWake ? node(lock).mutex : node(lock).object;
    z3::expr latest = ctx.int_const(("last_unlock_" + std::to_string(lock)).c_str());
    std::vector<Candidate> earlier;
    for (NodeId other : mutexUnlocks(mutex))
      earlier.push_back(
          {active[static_cast<std::size_t>(other)] && before(other, lock), clockOf(other)});
    requireMaximumOf(latest, number(0), earlier);
    found = lastUnlockClocks.emplace(lock, latest).first;
  }
  return active[static_cast<std::size_t>(unlock)] && before(unlock, lock) &&
         clockOf(unlock) == found->second;
}

// A plain mutex; a cond's wait unlocks it (an error unless its thread holds it) and its wake
// relocks it.
void Encoder::Impl::encodeMutex(ObjectId mutex) {
  for (NodeId lock : mutexLocks(mutex))
    require(
        z3::implies(active[static_cast<std::size_t>(lock)], heldBefore(mutex, clockOf(lock)) == 0));
  for (NodeId unlock : mutexUnlocks(mutex)) {
    if (!node(unlock).errorLiteral)
      continue;
    if (node(unlock).kind == NodeKind::CondWait)
      require(*node(unlock).errorLiteral == !heldBySelf(unlock, mutex));
    else
      require(*node(unlock).errorLiteral == (heldBefore(mutex, clockOf(unlock)) <= 0));
  }
}

// A recursive mutex: how deep the threads for which `counted` holds hold it (locks minus
// unlocks), before `clock` or, without one, at the end. At most one thread holds it.
z3::expr Encoder::Impl::recursiveDepth(ObjectId mutex,
                                       const std::function<bool(InstanceId)>& counted,
                                       const std::optional<z3::expr>& clock) const {
  Terms locks;
  Terms unlocks;
  auto ran = [&](NodeId id) {
    z3::expr rule = active[static_cast<std::size_t>(id)];
    return clock ? rule && clockOf(id) < *clock : rule;
  };
  for (NodeId lock : nodesOn(mutex, NodeKind::Lock)) {
    if (counted(node(lock).instance))
      locks.push_back(ran(lock));
  }
  for (NodeId unlock : nodesOn(mutex, NodeKind::Unlock)) {
    if (counted(node(unlock).instance))
      unlocks.push_back(ran(unlock));
  }
  return countOf(locks) - countOf(unlocks);
}

z3::expr Encoder::Impl::heldByOthers(ObjectId mutex, InstanceId self,
                                     const std::optional<z3::expr>& clock) const {
  return recursiveDepth(
      mutex, [self](InstanceId other) { return other != self; }, clock);
}

// rmutex (runtime/lock_exec.cpp): a lock waits while another thread holds it (its owner
// relocks at once); an unlock by a thread that does not hold it is an error.
void Encoder::Impl::encodeRecursiveMutex(ObjectId mutex) {
  for (NodeId lock : nodesOn(mutex, NodeKind::Lock))
    require(z3::implies(active[static_cast<std::size_t>(lock)],
                        heldByOthers(mutex, node(lock).instance, clockOf(lock)) == 0));
  for (NodeId unlock : nodesOn(mutex, NodeKind::Unlock)) {
    InstanceId self = node(unlock).instance;
    if (node(unlock).errorLiteral)
      require(
          *node(unlock).errorLiteral ==
          (recursiveDepth(
               mutex, [self](InstanceId other) { return other == self; }, clockOf(unlock)) <= 0));
  }
}

z3::expr Encoder::Impl::counterBefore(ObjectId group, const z3::expr& clock) const {
  Terms amounts;
  for (NodeId add : nodesOn(group, NodeKind::WgAdd)) {
    if (node(add).amount)
      amounts.push_back(z3::ite(active[static_cast<std::size_t>(add)] && clockOf(add) < clock,
                                *node(add).amount, number(0)));
  }
  return sumOf(amounts);
}

z3::expr Encoder::Impl::counterAtEnd(ObjectId group) const {
  Terms amounts;
  for (NodeId add : nodesOn(group, NodeKind::WgAdd)) {
    if (node(add).amount)
      amounts.push_back(
          z3::ite(active[static_cast<std::size_t>(add)], *node(add).amount, number(0)));
  }
  return sumOf(amounts);
}

void Encoder::Impl::encodeWaitGroup(ObjectId group) {
  for (NodeId add : nodesOn(group, NodeKind::WgAdd)) {
    const Node& n = node(add);
    if (n.errorLiteral && n.amount)
      require(*n.errorLiteral == (counterBefore(group, clockOf(add)) + *n.amount < 0));
  }
  for (NodeId wait : nodesOn(group, NodeKind::WgWait))
    require(z3::implies(active[static_cast<std::size_t>(wait)],
                        counterBefore(group, clockOf(wait)) == 0));
}

void Encoder::Impl::encodeJoins() {
  for (NodeId join : nodesWhere([](const Node& n) { return n.kind == NodeKind::Join; })) {
    if (node(join).target >= 0)
      require(z3::implies(active[static_cast<std::size_t>(join)],
                          finishedBefore(node(join).target, clockOf(join))));
  }
}

void Encoder::Impl::encodeSync() {
  for (std::size_t i = 0; i < unfolding.objects.size(); ++i) {
    auto object = static_cast<ObjectId>(i);
    switch (unfolding.objects[i].kind) {
      case ObjectInfo::Kind::Once:
        encodeOnce(object);
        break;
      case ObjectInfo::Kind::Mutex:
        encodeMutex(object);
        break;
      case ObjectInfo::Kind::WaitGroup:
        encodeWaitGroup(object);
        break;
      case ObjectInfo::Kind::RecursiveMutex:
        encodeRecursiveMutex(object);
        break;
      case ObjectInfo::Kind::RwMutex:
        encodeRwMutex(object);
        break;
      case ObjectInfo::Kind::Channel:  // encode_channels.cpp
      case ObjectInfo::Kind::Cond:     // encode_wakeups.cpp
        break;
    }
  }
  encodeJoins();
}

}  // namespace initcheck::symbolic
