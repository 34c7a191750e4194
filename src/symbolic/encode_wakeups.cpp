// Waking blocked waits (v2 section 4b), as the explicit executor does it:
// - a cond's wait (runtime/cond_exec.cpp) is among the cond's waiters from its CondWait until
//   a signal or broadcast after it takes it off; its CondWake then relocks the mutex (once the
//   mutex is free, encode_sync.cpp). No spurious wake-ups.
// - an atomic wait that blocked (runtime/wait_notify.cpp) is woken by a notify N on its
//   location when a write later in mo than the write the wait read happens before N (under
//   the sc model: a write after the wait); a notify without one is lost for it. A wait that
//   finds such a write already answered by an earlier notify returns at once
//   (`notifiedBefore`). A notify adds no happens-before edge.
// One literal per (waker, wake node) says the waker woke that wait: a broadcast or notify_all
// wakes every waiting, eligible wait; a signal or notify_one exactly one when there is one,
// the solver choosing which (the explicit engine explores each choice). A wake node steps
// only after a waker woke it; a wait never woken is blocked at the end (a lost wake-up).
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

std::vector<NodeId> Encoder::Impl::wakersOf(NodeId wake) const {
  const Node& k = node(wake);
  if (k.kind == NodeKind::CondWake)
    return nodesWhere([&](const Node& n) {
      return n.kind == NodeKind::Signal && n.object == k.object && n.instance != k.instance &&
             isTreeNode(n.id);
    });
  LocationId location = node(previousStep(wake)).location;
  return nodesWhere([&](const Node& n) {
    return n.kind == NodeKind::Notify && n.location == location && n.instance != k.instance &&
           isTreeNode(n.id);
  });
}

z3::expr Encoder::Impl::reachedWake(NodeId wake) const {
  return parentRan(wake) && node(wake).guard;
}

z3::expr Encoder::Impl::wokenBy(NodeId waker, NodeId wake) const {
  auto found = wakePairs.find({waker, wake});
  return found == wakePairs.end() ? truth(false) : found->second;
}

// The wait is blocked at the waker's step: it began before and no earlier waker woke it
// (`wokeAt`: the clock of the waker that woke it, when one did).
z3::expr Encoder::Impl::waitingAt(NodeId wake, NodeId waker) const {
  const z3::expr& at = wokeAt.at(wake);
  return reachedWake(wake) && before(previousStep(wake), waker) &&
         !(wokenAtEnd(wake) && at < clockOf(waker));
}

// The place of a write to the location: in mo under RC11, its clock under sc (0: none).
z3::expr Encoder::Impl::notifyPlace(NodeId write) const {
  return followsRc11(node(write).location) ? moOf(write) : clockOf(write);
}

// `notified_N`: the newest place (notifyPlace) of the writes to the notify's location that
// happen before it, 0 when none does. One maximum per notify, so that "some write newer than
// the one a wait read happens before the notify" is one comparison per (notify, wait).
void Encoder::Impl::defineNotifiedPlace(NodeId notify) {
  z3::expr newest = ctx.int_const(("notified_" + std::to_string(notify)).c_str());
  std::vector<Candidate> seen;
  for (NodeId write : writesAt[static_cast<std::size_t>(node(notify).location)])
    seen.push_back({writeActive(write) && happensBefore(write, notify), notifyPlace(write)});
  requireMaximumOf(newest, number(0), seen);
  notifiedPlace.emplace(notify, newest);
}

// Some write later in mo than the one `wait` read (sc: after the wait) happens before `notify`.
z3::expr Encoder::Impl::notifyAnswers(NodeId notify, NodeId wait) const {
  z3::expr read = followsRc11(node(wait).location) ? moRead(wait) : clockOf(wait);
  return notifiedPlace.at(notify) > read;
}

z3::expr Encoder::Impl::wokenAtEnd(NodeId wake) const {
  auto found = wokenTerms.find(wake);
  return found == wokenTerms.end() ? truth(false) : found->second;
}

void Encoder::Impl::createWakePairs() {
  for (NodeId wake : nodesWhere([this](const Node& n) {
         return (n.kind == NodeKind::CondWake || n.kind == NodeKind::AtomicWake) &&
                isTreeNode(n.id);
       })) {
    wakersByWake[wake] = wakersOf(wake);
    wokeAt.emplace(wake, ctx.int_const(("woken_at_" + std::to_string(wake)).c_str()));
    Terms literals;
    for (NodeId waker : wakersByWake[wake]) {
      z3::expr literal =
          ctx.bool_const(("woke_" + std::to_string(waker) + "_" + std::to_string(wake)).c_str());
      wakePairs.emplace(std::make_pair(waker, wake), literal);
      wakesOf[waker].push_back(wake);
      literals.push_back(literal);
      require(z3::implies(literal, wokeAt.at(wake) == clockOf(waker)));
    }
    wokenTerms.emplace(wake, anyOf(literals));
  }
}

void Encoder::Impl::encodeWaker(NodeId waker) {
  const Node& n = node(waker);
  z3::expr ran = active[static_cast<std::size_t>(waker)];
  Terms woken;
  Terms wakeable;
  for (NodeId wake : wakesOf[waker]) {
    z3::expr literal = wokenBy(waker, wake);
    z3::expr eligible = waitingAt(wake, waker);
    if (n.kind == NodeKind::Notify)
      eligible = eligible && notifyAnswers(waker, previousStep(wake));
    require(z3::implies(literal, ran && eligible));
    if (n.wakesAll)
      require(z3::implies(ran && eligible, literal));
    for (const z3::expr& earlier : woken)
      require(!(earlier && literal));
    woken.push_back(literal);
    wakeable.push_back(eligible);
  }
  if (!n.wakesAll)
    require(z3::implies(ran && anyOf(wakeable), anyOf(woken)));
}

// An atomic wait that read v returns at once when a newer write was notified already.
void Encoder::Impl::encodeNotifiedBefore(NodeId wait) {
  const Node& w = node(wait);
  if (!followsRc11(w.location)) {  // sc: every write newer than the one read comes later
    require(!*w.notifiedBefore);
    return;
  }
  Terms answered;
  for (NodeId notify : nodesWhere([&](const Node& n) {
         return n.kind == NodeKind::Notify && n.location == w.location && isTreeNode(n.id);
       }))
    answered.push_back(active[static_cast<std::size_t>(notify)] && before(notify, wait) &&
                       notifyAnswers(notify, wait));
  require(
      z3::implies(active[static_cast<std::size_t>(wait)], *w.notifiedBefore == anyOf(answered)));
}

void Encoder::Impl::encodeWakeups() {
  createWakePairs();
  for (NodeId notify :
       nodesWhere([this](const Node& n) { return n.kind == NodeKind::Notify && isTreeNode(n.id); }))
    defineNotifiedPlace(notify);
  for (NodeId waker : nodesWhere([this](const Node& n) {
         return (n.kind == NodeKind::Signal || n.kind == NodeKind::Notify) && isTreeNode(n.id);
       }))
    encodeWaker(waker);
  for (NodeId wake : nodesWhere([this](const Node& n) {
         return (n.kind == NodeKind::CondWake || n.kind == NodeKind::AtomicWake) &&
                isTreeNode(n.id);
       })) {
    require(z3::implies(active[static_cast<std::size_t>(wake)],
                        wokenAtEnd(wake) && wokeAt.at(wake) < clockOf(wake)));
  }
  for (NodeId wait : nodesWhere([this](const Node& n) {
         return n.kind == NodeKind::Atomic && n.notifiedBefore.has_value() && isTreeNode(n.id);
       }))
    encodeNotifiedBefore(wait);
}

}  // namespace initcheck::symbolic
