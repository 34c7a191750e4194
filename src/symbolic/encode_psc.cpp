// RC11's psc acyclicity (Lahav et al., PLDI 2017, section 3), the order every execution must
// give its seq_cst accesses and fences, as integer ranks (`psc_<e>`) that every psc edge
// between two active seq_cst events must increase: a relation is acyclic iff such ranks exist.
//
//   scb      = po ∪ po|≠loc;hb;po|≠loc ∪ hb|loc ∪ mo ∪ rb
//   psc_base = ([E_sc] ∪ [F_sc];hb?) ; scb ; ([E_sc] ∪ hb?;[F_sc])
//   psc_F    = [F_sc] ; (hb ∪ hb;eco;hb) ; [F_sc]
//
// Between two accesses the edge is scb itself; po|≠loc;hb;po|≠loc goes through the first event
// after a at another place and the last one before b at another place (the same events
// runtime/psc.cpp reads off its log). With a fence on one side, scb's po, hb|loc and
// po|≠loc;hb;po|≠loc parts add up to hb, and what is left is mo or rb into (out of) the access
// from an access the fence happens before (after); between two fences, hb or hb;eco;hb.
// Only under MemoryMode::Rc11 (otherwise the seq_cst atomics are sequentially consistent).
#include "compile/program.hpp"
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

bool Encoder::Impl::isSeqCstEvent(const Node& n) const {
  if (n.probe)
    return false;
  bool seqCst = n.order == ast::MemoryOrder::SeqCst ||
                (n.failureOrder && *n.failureOrder == ast::MemoryOrder::SeqCst);
  return (n.kind == NodeKind::Atomic || n.kind == NodeKind::Fence) && seqCst;
}

// A cas or cmpxchg is a seq_cst event by the order of its outcome (a failed one is a load with
// the failure order, runtime/atomics_rc11.cpp).
z3::expr Encoder::Impl::seqCstWhen(NodeId id) const {
  const Node& n = node(id);
  bool success = n.order == ast::MemoryOrder::SeqCst;
  if (!n.failureOrder || success == (*n.failureOrder == ast::MemoryOrder::SeqCst))
    return truth(true);
  z3::expr succeeded = literalOr(n.outcome, true);
  return success ? succeeded : !succeeded;
}

std::int64_t Encoder::Impl::placeOf(const Node& n) const {
  if (n.location >= 0)
    return n.location;
  if (n.object >= 0)
    return -2 - static_cast<std::int64_t>(n.object);
  return -1;
}

bool Encoder::Impl::isLoggedEvent(const Node& n) const {
  switch (n.kind) {
    case NodeKind::Read:
    case NodeKind::Write:
    case NodeKind::Atomic:
    case NodeKind::AwaitRead:
      return !n.probe;
    case NodeKind::OnceDo:
    case NodeKind::OnceFinish:
    case NodeKind::Lock:
    case NodeKind::Unlock:
    case NodeKind::RLock:
    case NodeKind::RUnlock:
    case NodeKind::CondWait:
    case NodeKind::Signal:
    case NodeKind::WgAdd:
    case NodeKind::WgWait:
    case NodeKind::Send:
    case NodeKind::Recv:
    case NodeKind::Close:
    case NodeKind::Go:
    case NodeKind::Join:
    case NodeKind::Fence:
      return true;
    default:
      return false;
  }
}

// The events that can be the first one after `id` in its thread at another place: on each
// branch below it, the nearest such (at most one of them is active).
std::vector<NodeId> Encoder::Impl::nextAtOtherPlace(NodeId id) const {
  std::int64_t place = placeOf(node(id));
  std::vector<NodeId> found;
  std::vector<NodeId> pending = children[static_cast<std::size_t>(id)];
  while (!pending.empty()) {
    NodeId next = pending.back();
    pending.pop_back();
    const Node& n = node(next);
    if (isLoggedEvent(n) && (placeOf(n) == -1 || placeOf(n) != place)) {
      found.push_back(next);
      continue;
    }
    for (NodeId child : children[static_cast<std::size_t>(next)])
      pending.push_back(child);
  }
  return found;
}

NodeId Encoder::Impl::lastAtOtherPlace(NodeId id) const {
  std::int64_t place = placeOf(node(id));
  for (NodeId at = node(id).parent; at != kNoNode; at = node(at).parent) {
    const Node& n = node(at);
    if (isLoggedEvent(n) && (placeOf(n) == -1 || placeOf(n) != place))
      return at;
  }
  return kNoNode;
}

z3::expr Encoder::Impl::isWrite(NodeId id) const {
  return isWriter(node(id)) ? writeActive(id) : truth(false);
}

z3::expr Encoder::Impl::isRead(NodeId id) const {
  return isReader(node(id)) ? active[static_cast<std::size_t>(id)] : truth(false);
}

z3::expr Encoder::Impl::moEdge(NodeId a, NodeId b) const {
  return isWrite(a) && isWrite(b) && moOf(a) < moOf(b);
}

z3::expr Encoder::Impl::rbEdge(NodeId a, NodeId b) const {
  return isRead(a) && isWrite(b) && moRead(a) < moOf(b);
}

// eco = rf ∪ mo;rf? ∪ rb;rf? between two accesses of one location.
z3::expr Encoder::Impl::ecoEdge(NodeId a, NodeId b) const {
  return moEdge(a, b) || rbEdge(a, b) || (isWrite(a) && isRead(b) && moOf(a) <= moRead(b)) ||
         (isRead(a) && isRead(b) && moRead(a) < moRead(b));
}

z3::expr Encoder::Impl::scbBetweenAccesses(NodeId a, NodeId b) const {
  if (poBefore(a, b))
    return truth(true);
  Terms edges;
  bool sameLocation = node(a).location == node(b).location;
  if (sameLocation) {
    edges.push_back(hb(a, b));
    edges.push_back(moEdge(a, b));
    edges.push_back(rbEdge(a, b));
  }
  NodeId last = lastAtOtherPlace(b);
  if (last != kNoNode) {
    for (NodeId next : nextAtOtherPlace(a))
      edges.push_back(active[static_cast<std::size_t>(next)] &&
                      (next == last ? truth(true) : hb(next, last)));
  }
  return anyOf(edges);
}

z3::expr Encoder::Impl::pscEdge(NodeId a, NodeId b) const {
  bool fenceA = node(a).kind == NodeKind::Fence;
  bool fenceB = node(b).kind == NodeKind::Fence;
  if (!fenceA && !fenceB)
    return scbBetweenAccesses(a, b);
  Terms edges{hb(a, b)};
  if (fenceA && !fenceB) {
    for (NodeId x : writesAt[static_cast<std::size_t>(node(b).location)])
      if (x != b)
        edges.push_back(hb(a, x) && moEdge(x, b));
    for (NodeId x : readsAt[static_cast<std::size_t>(node(b).location)])
      if (x != b)
        edges.push_back(hb(a, x) && rbEdge(x, b));
    return anyOf(edges);
  }
  if (!fenceA && fenceB) {
    for (NodeId y : writesAt[static_cast<std::size_t>(node(a).location)])
      if (y != a)
        edges.push_back((moEdge(a, y) || rbEdge(a, y)) && hb(y, b));
    return anyOf(edges);
  }
  for (std::size_t l = 0; l < unfolding.locations.size(); ++l) {
    std::vector<NodeId> accesses = writesAt[l];
    for (NodeId r : readsAt[l])
      if (!isWriter(node(r)))
        accesses.push_back(r);
    for (NodeId x : accesses)
      for (NodeId y : accesses)
        if (x != y)
          edges.push_back(hb(a, x) && ecoEdge(x, y) && hb(y, b));
  }
  return anyOf(edges);
}

void Encoder::Impl::encodePsc() {
  if (unfolding.memory != MemoryMode::Rc11)
    return;
  std::vector<NodeId> events;
  for (std::size_t i = 0; i < unfolding.nodes.size(); ++i) {
    if (inTree[i] && isSeqCstEvent(unfolding.nodes[i]))
      events.push_back(static_cast<NodeId>(i));
  }
  auto rank = [this](NodeId id) { return ctx.int_const(("psc_" + std::to_string(id)).c_str()); };
  for (NodeId a : events) {
    for (NodeId b : events) {
      if (a == b)
        continue;
      z3::expr both = active[static_cast<std::size_t>(a)] && active[static_cast<std::size_t>(b)] &&
                      seqCstWhen(a) && seqCstWhen(b);
      require(z3::implies(both && pscEdge(a, b), rank(a) < rank(b)));
    }
  }
}

}  // namespace initcheck::symbolic
