// Read-from with sequential consistency: a read (and a write continuing a release sequence)
// gets the value of the latest active write of its location with a smaller clock, or the
// initial value when no write precedes; a probe read gets the final value. This is AKT's
// read-from choice plus its from-read rule, with the choice fixed by the clocks.
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

bool Encoder::Impl::isReader(const Node& n) const {
  return n.kind == NodeKind::Read || n.kind == NodeKind::AwaitRead ||
         (n.kind == NodeKind::Atomic && n.reads);
}

void Encoder::Impl::indexAccesses() {
  writesAt.assign(unfolding.locations.size(), {});
  readsAt.assign(unfolding.locations.size(), {});
  for (std::size_t i = 0; i < unfolding.nodes.size(); ++i) {
    const Node& n = unfolding.nodes[i];
    if (!inTree[i] || n.location < 0)
      continue;
    auto location = static_cast<std::size_t>(n.location);
    if (isWriter(n))
      writesAt[location].push_back(static_cast<NodeId>(i));
    if (isReader(n) && !n.probe)
      readsAt[location].push_back(static_cast<NodeId>(i));
  }
}

z3::expr Encoder::Impl::writeActive(NodeId write) const {
  return active[static_cast<std::size_t>(write)] && literalOr(node(write).writeGuard, true);
}

std::optional<z3::expr> Encoder::Impl::writtenValue(NodeId write) const {
  const Node& n = node(write);
  return n.kind == NodeKind::Atomic ? n.written : n.value;
}

std::optional<z3::expr> Encoder::Impl::initialValue(LocationId location) const {
  return unfolding.locations[static_cast<std::size_t>(location)].initialValue;
}

bool Encoder::Impl::hasInitial(LocationId location) const {
  const LocationInfo& info = unfolding.locations[static_cast<std::size_t>(location)];
  return info.hasInitialValue || info.initialValue.has_value();
}

std::vector<NodeId> Encoder::Impl::sourcesOf(NodeId reader) const {
  LocationId location = node(reader).location;
  std::vector<NodeId> sources = writesAt[static_cast<std::size_t>(location)];
  if (hasInitial(location))
    sources.push_back(kInitialWrite);
  return sources;
}

z3::expr Encoder::Impl::readsFrom(NodeId reader, NodeId source) {
  auto key = std::make_pair(reader, source);
  if (auto found = readsFromCache.find(key); found != readsFromCache.end())
    return found->second;
  const Node& n = node(reader);
  const auto& writes = writesAt[static_cast<std::size_t>(n.location)];
  auto earlier = [&](NodeId write) {
    return n.probe ? truth(true) : clockOf(write) < clockOf(reader);
  };
  Terms rules;
  if (source == kInitialWrite) {
    rules.push_back(truth(hasInitial(n.location)));
  } else {
    rules.push_back(writeActive(source) && earlier(source));
  }
  for (NodeId write : writes) {
    if (write == source)
      continue;
    z3::expr between = writeActive(write) && earlier(write);
    if (source != kInitialWrite)
      between = between && before(source, write);
    rules.push_back(!between);
  }
  z3::expr result = allOf(rules);
  readsFromCache.emplace(key, result);
  return result;
}

z3::expr Encoder::Impl::anyWriteBefore(LocationId location, const z3::expr& clock) const {
  Terms writes{truth(hasInitial(location))};
  for (NodeId write : writesAt[static_cast<std::size_t>(location)])
    writes.push_back(writeActive(write) && clockOf(write) < clock);
  return anyOf(writes);
}

z3::expr Encoder::Impl::anyWriteAtEnd(LocationId location) const {
  Terms writes{truth(hasInitial(location))};
  for (NodeId write : writesAt[static_cast<std::size_t>(location)])
    writes.push_back(writeActive(write));
  return anyOf(writes);
}

void Encoder::Impl::encodeReader(NodeId reader) {
  const Node& n = node(reader);
  z3::expr ran = n.probe ? truth(true) : active[static_cast<std::size_t>(reader)];
  for (NodeId source : sourcesOf(reader)) {
    std::optional<z3::expr> value =
        source == kInitialWrite ? initialValue(n.location) : writtenValue(source);
    if (n.value && value && sameSort(*n.value, *value))
      require(z3::implies(ran && readsFrom(reader, source), *n.value == *value));
  }
  if (n.hasWrite && !n.probe)
    require(*n.hasWrite == anyWriteBefore(n.location, clockOf(reader)));
  if (n.hasWrite && n.probe)  // over the final values: some write at all
    require(*n.hasWrite == anyWriteAtEnd(n.location));
}

void Encoder::Impl::encodeReads() {
  for (std::size_t i = 0; i < unfolding.nodes.size(); ++i) {
    const Node& n = unfolding.nodes[i];
    if (n.location < 0 || !isReader(n))
      continue;
    if (n.probe || inTree[i])
      encodeReader(static_cast<NodeId>(i));
  }
}

}  // namespace initcheck::symbolic
