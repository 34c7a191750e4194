// Channels: a buffered channel of capacity C is a FIFO (the k-th delivered recv gets the k-th
// send; a send needs room, a recv a message or a closed channel); an unbuffered channel is a
// rendezvous (each send matched one-to-one with a recv of another instance at the same clock).
// A recv on a closed, drained channel returns the zero value (`closedZero`); send on and close
// of a closed channel are errors.
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

std::int64_t Encoder::Impl::capacityOf(ObjectId channel) const {
  return unfolding.objects[static_cast<std::size_t>(channel)].capacity;
}

z3::expr Encoder::Impl::closedBefore(ObjectId channel, const z3::expr& clock) const {
  Terms closes;
  for (NodeId close : nodesOn(channel, NodeKind::Close))
    closes.push_back(active[static_cast<std::size_t>(close)] && clockOf(close) < clock);
  return anyOf(closes);
}

z3::expr Encoder::Impl::closedAtEnd(ObjectId channel) const {
  Terms closes;
  for (NodeId close : nodesOn(channel, NodeKind::Close))
    closes.push_back(active[static_cast<std::size_t>(close)]);
  return anyOf(closes);
}

z3::expr Encoder::Impl::sent(NodeId send) const {
  return active[static_cast<std::size_t>(send)] && !errorOf(send);
}

z3::expr Encoder::Impl::delivered(NodeId recv) const {
  return active[static_cast<std::size_t>(recv)] && !closedZero(recv);
}

z3::expr Encoder::Impl::sendIndex(NodeId send) const {
  Terms earlier;
  for (NodeId other : nodesOn(node(send).object, NodeKind::Send)) {
    if (other != send)
      earlier.push_back(sent(other) && before(other, send));
  }
  return countOf(earlier);
}

z3::expr Encoder::Impl::recvIndex(NodeId recv) const {
  Terms earlier;
  for (NodeId other : nodesOn(node(recv).object, NodeKind::Recv)) {
    if (other != recv)
      earlier.push_back(delivered(other) && before(other, recv));
  }
  return countOf(earlier);
}

z3::expr Encoder::Impl::sendsBefore(ObjectId channel, const z3::expr& clock) const {
  Terms earlier;
  for (NodeId send : nodesOn(channel, NodeKind::Send))
    earlier.push_back(sent(send) && clockOf(send) < clock);
  return countOf(earlier);
}

z3::expr Encoder::Impl::deliveredBefore(ObjectId channel, const z3::expr& clock) const {
  Terms earlier;
  for (NodeId recv : nodesOn(channel, NodeKind::Recv))
    earlier.push_back(delivered(recv) && clockOf(recv) < clock);
  return countOf(earlier);
}

z3::expr Encoder::Impl::bufferedAtEnd(ObjectId channel) const {
  Terms sends;
  Terms recvs;
  for (NodeId send : nodesOn(channel, NodeKind::Send))
    sends.push_back(sent(send));
  for (NodeId recv : nodesOn(channel, NodeKind::Recv))
    recvs.push_back(delivered(recv));
  return countOf(sends) - countOf(recvs);
}

z3::expr Encoder::Impl::rendezvousOf(NodeId send, NodeId recv) const {
  if (auto found = rendezvous.find({send, recv}); found != rendezvous.end())
    return found->second;
  if (auto found = rendezvous.find({recv, send}); found != rendezvous.end())
    return found->second;
  return truth(false);
}

z3::expr Encoder::Impl::sharesSenderClock(NodeId recv) const {
  auto found = rendezvousByRecv.find(recv);
  return found == rendezvousByRecv.end() ? truth(false) : anyOf(found->second);
}

z3::expr Encoder::Impl::matches(NodeId send, NodeId recv) const {
  if (capacityOf(node(send).object) == 0)
    return rendezvousOf(send, recv);
  return sent(send) && delivered(recv) && before(send, recv) && sendIndex(send) == recvIndex(recv);
}

z3::expr Encoder::Impl::sendWaitsFor(NodeId send, NodeId recv) const {
  z3::expr capacity = number(capacityOf(node(send).object));
  return delivered(recv) && before(recv, send) && recvIndex(recv) == sendIndex(send) - capacity;
}

void Encoder::Impl::encodeCloses(ObjectId channel) {
  std::vector<NodeId> closes = nodesOn(channel, NodeKind::Close);
  for (NodeId close : closes) {
    Terms earlier;
    for (NodeId other : closes) {
      if (other != close)
        earlier.push_back(active[static_cast<std::size_t>(other)] && before(other, close));
    }
    if (node(close).errorLiteral)
      require(*node(close).errorLiteral == anyOf(earlier));
  }
  for (NodeId send : nodesOn(channel, NodeKind::Send)) {
    if (node(send).errorLiteral)
      require(*node(send).errorLiteral == closedBefore(channel, clockOf(send)));
  }
}

void Encoder::Impl::encodeRecvValue(NodeId recv, const std::vector<NodeId>& sends) {
  const Node& n = node(recv);
  z3::expr ran = active[static_cast<std::size_t>(recv)];
  for (NodeId send : sends) {
    const auto& value = node(send).value;
    if (n.value && value && sameSort(*n.value, *value))
      require(z3::implies(matches(send, recv), *n.value == *value));
  }
  if (n.value && n.zeroValue && sameSort(*n.value, *n.zeroValue))
    require(z3::implies(ran && closedZero(recv), *n.value == *n.zeroValue));
}

void Encoder::Impl::encodeBufferedChannel(ObjectId channel) {
  std::vector<NodeId> sends = nodesOn(channel, NodeKind::Send);
  for (NodeId recv : nodesOn(channel, NodeKind::Recv)) {
    z3::expr clock = clockOf(recv);
    z3::expr message = sendsBefore(channel, clock) > recvIndex(recv);
    z3::expr closed = closedBefore(channel, clock);
    if (node(recv).closedZero)
      require(*node(recv).closedZero == (!message && closed));
    require(z3::implies(active[static_cast<std::size_t>(recv)], message || closed));
    encodeRecvValue(recv, sends);
  }
  z3::expr capacity = number(capacityOf(channel));
  for (NodeId send : sends)
    require(z3::implies(sent(send),
                        sendIndex(send) - deliveredBefore(channel, clockOf(send)) < capacity));
}

void Encoder::Impl::encodeRendezvous(ObjectId channel) {
  std::vector<NodeId> sends = nodesOn(channel, NodeKind::Send);
  std::vector<NodeId> recvs = nodesOn(channel, NodeKind::Recv);
  std::map<NodeId, Terms> bySend;
  std::map<NodeId, Terms> byRecv;
  for (NodeId send : sends) {
    for (NodeId recv : recvs) {
      if (node(send).instance == node(recv).instance)
        continue;
      std::string name = "rendezvous_" + std::to_string(send) + "_" + std::to_string(recv);
      z3::expr matched = ctx.bool_const(name.c_str());
      rendezvous.emplace(std::make_pair(send, recv), matched);
      require(
          z3::implies(matched, sent(send) && delivered(recv) && clockOf(recv) == clockOf(send)));
      bySend[send].push_back(matched);
      byRecv[recv].push_back(matched);
      rendezvousByRecv[recv].push_back(matched);
    }
  }
  auto exactlyOne = [this](const z3::expr& when, const Terms& choices) {
    require(z3::implies(when, anyOf(choices)));
    for (std::size_t i = 0; i < choices.size(); ++i) {
      for (std::size_t k = i + 1; k < choices.size(); ++k)
        require(!(choices[i] && choices[k]));
    }
  };
  for (NodeId send : sends)
    exactlyOne(sent(send), bySend[send]);
  for (NodeId recv : recvs) {
    exactlyOne(delivered(recv), byRecv[recv]);
    if (node(recv).closedZero)
      require(*node(recv).closedZero == closedBefore(channel, clockOf(recv)));
    encodeRecvValue(recv, sends);
  }
}

void Encoder::Impl::encodeChannel(ObjectId channel) {
  encodeCloses(channel);
  if (capacityOf(channel) == 0)
    encodeRendezvous(channel);
  else
    encodeBufferedChannel(channel);
}

void Encoder::Impl::encodeChannels() {
  for (std::size_t i = 0; i < unfolding.objects.size(); ++i) {
    if (unfolding.objects[i].kind == ObjectInfo::Kind::Channel)
      encodeChannel(static_cast<ObjectId>(i));
  }
}

}  // namespace initcheck::symbolic
