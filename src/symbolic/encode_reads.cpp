// Read-from. Under sequential consistency (the sc model, and the atomics of a program whose
// atomics are all seq_cst: runtime/memory_mode.hpp) a read (and a write continuing a release
// sequence) gets the value of the latest active write of its location with a smaller clock,
// or the initial value when no write precedes: AKT's read-from choice plus its from-read rule,
// with the choice fixed by the clocks. Under RC11 (LANGUAGE.md section 4a) the choice is free,
// an Int `rf_<reader>` indexing sourcesOf(reader), among the active writes with a smaller clock
// (so po ∪ rf is acyclic: no thin air); coherence then restricts it (encode_coherence.cpp).
// A probe read gets the final value: the latest write, or under RC11 the last one in mo.
#include <algorithm>

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

bool Encoder::Impl::followsRc11(LocationId location) const {
  bool atomic = unfolding.locations[static_cast<std::size_t>(location)].atomic;
  return plainFollowsRc11(unfolding.memory) && (!atomic || atomicsFollowRc11(unfolding.memory));
}

z3::expr Encoder::Impl::rfChoice(NodeId reader) const {
  return ctx.int_const(("rf_" + std::to_string(reader)).c_str());
}

z3::expr Encoder::Impl::moOf(NodeId write) const {
  if (write == kInitialWrite)
    return number(0);
  return ctx.int_const(("mo_" + std::to_string(write)).c_str());
}

z3::expr Encoder::Impl::moRead(NodeId reader) const {
  return ctx.int_const(("mo_read_" + std::to_string(reader)).c_str());
}

z3::expr Encoder::Impl::latestInMo(NodeId probe, NodeId source) {
  const auto& writes = writesAt[static_cast<std::size_t>(node(probe).location)];
  Terms rules;
  rules.push_back(source == kInitialWrite ? truth(hasInitial(node(probe).location))
                                          : writeActive(source));
  for (NodeId write : writes) {
    if (write == source)
      continue;
    rules.push_back(source == kInitialWrite
                        ? !writeActive(write)
                        : z3::implies(writeActive(write), moOf(write) < moOf(source)));
  }
  return allOf(rules);
}

z3::expr Encoder::Impl::readsFrom(NodeId reader, NodeId source) {
  auto key = std::make_pair(reader, source);
  if (auto found = readsFromCache.find(key); found != readsFromCache.end())
    return found->second;
  const Node& n = node(reader);
  if (followsRc11(n.location)) {
    std::vector<NodeId> sources = sourcesOf(reader);
    auto index = std::find(sources.begin(), sources.end(), source) - sources.begin();
    z3::expr chosen = n.probe ? latestInMo(reader, source)
                              : rfChoice(reader) == number(static_cast<std::int64_t>(index));
    readsFromCache.emplace(key, chosen);
    return chosen;
  }
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
  bool chooses = followsRc11(n.location) && !n.probe;
  std::vector<NodeId> sources = sourcesOf(reader);
  Terms someSource;
  for (NodeId source : sources) {
    std::optional<z3::expr> value =
        source == kInitialWrite ? initialValue(n.location) : writtenValue(source);
    if (n.value && value && sameSort(*n.value, *value))
      require(z3::implies(ran && readsFrom(reader, source), *n.value == *value));
    if (!chooses)
      continue;
    z3::expr visible = source == kInitialWrite
                           ? truth(true)
                           : writeActive(source) && clockOf(source) < clockOf(reader);
    require(
        z3::implies(ran && readsFrom(reader, source), visible && moRead(reader) == moOf(source)));
    someSource.push_back(readsFrom(reader, source));
  }
  if (chooses)  // a read that some write reaches returns one of them
    require(z3::implies(ran && anyWriteBefore(n.location, clockOf(reader)), anyOf(someSource)));
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
