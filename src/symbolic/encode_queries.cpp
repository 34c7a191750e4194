// The safety queries that show at one step: race (two unordered accesses, the earlier being
// its thread's last access of its kind), init_before_use (a monitored read with no write
// happening before it, or none at all), assertion and runtime_error (their Halt nodes), and
// one query per bound that some Halt(Cut) cuts. Candidates are grouped by the explicit
// engine's instance keys (memory.cpp, monitors.cpp), one query per key.
#include <tuple>

#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

PropertyQuery Encoder::Impl::makeQuery(PropertyKind kind, std::string description,
                                       SourcePosition position, z3::expr condition) const {
  return PropertyQuery{kind,      std::nullopt, std::move(description), position,
                       condition, {},           std::nullopt,           std::nullopt};
}

PropertyQuery Encoder::Impl::candidatesQuery(PropertyKind kind, std::string description,
                                             SourcePosition position,
                                             const std::vector<Candidate>& candidates) const {
  Terms conditions;
  z3::expr step = number(0);
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    conditions.push_back(it->condition);
    step = z3::ite(it->condition, it->step, step);
  }
  PropertyQuery query = makeQuery(kind, std::move(description), position, anyOf(conditions));
  query.violationStep = step;
  return query;
}

z3::expr Encoder::Impl::lastAccessOfKind(NodeId access, NodeId later) const {
  const Node& n = node(access);
  auto location = static_cast<std::size_t>(n.location);
  const auto& sameKind = isWriter(n) ? writesAt[location] : readsAt[location];
  Terms rules;
  for (NodeId other : sameKind) {
    // Program order, not the clock: two reads of one await's condition share a step, and the
    // explicit semantics remembers the later one.
    if (other != access && poBefore(access, other))
      rules.push_back(!(active[static_cast<std::size_t>(other)] && before(other, later)));
  }
  return allOf(rules);
}

std::vector<PropertyQuery> Encoder::Impl::raceQueries() {
  using Key = std::tuple<std::string, SourcePosition, SourcePosition>;
  Groups<Key, Candidate> groups;
  for (std::size_t l = 0; l < unfolding.locations.size(); ++l) {
    const LocationInfo& info = unfolding.locations[l];
    if (info.atomic)
      continue;
    std::vector<NodeId> accesses = readsAt[l];
    accesses.insert(accesses.end(), writesAt[l].begin(), writesAt[l].end());
    for (NodeId later : accesses) {
      for (NodeId earlier : accesses) {
        const Node& a = node(earlier);
        const Node& b = node(later);
        if (a.instance == b.instance || (!isWriter(a) && !isWriter(b)))
          continue;
        z3::expr condition = active[static_cast<std::size_t>(earlier)] &&
                             active[static_cast<std::size_t>(later)] && before(earlier, later) &&
                             !happensBefore(earlier, later) && lastAccessOfKind(earlier, later);
        Key key{info.name, std::min(a.position, b.position), std::max(a.position, b.position)};
        groups[key].push_back({condition, clockOf(later)});
      }
    }
  }
  std::vector<PropertyQuery> result;
  for (const auto& [key, candidates] : groups) {
    const auto& [name, first, second] = key;
    std::string description = "race on '" + name + "' at " + first.text() + " / " + second.text();
    result.push_back(candidatesQuery(PropertyKind::Race, description, second, candidates));
    result.back().otherPosition = first;
  }
  return result;
}

std::vector<PropertyQuery> Encoder::Impl::initBeforeUseQueries() {
  using Key = std::pair<std::string, SourcePosition>;
  Groups<Key, Candidate> groups;
  for (std::size_t l = 0; l < unfolding.locations.size(); ++l) {
    const LocationInfo& info = unfolding.locations[l];
    if (!info.monitored)
      continue;
    for (NodeId read : readsAt[l]) {
      Terms ordered;
      for (NodeId write : writesAt[l])
        ordered.push_back(writeActive(write) && before(write, read) &&
                          happensBeforeEntry(write, read));
      z3::expr none = !anyWriteBefore(static_cast<LocationId>(l), clockOf(read));
      z3::expr condition = active[static_cast<std::size_t>(read)] && (none || !anyOf(ordered));
      groups[{info.name, node(read).position}].push_back({condition, clockOf(read)});
    }
  }
  std::vector<PropertyQuery> result;
  for (const auto& [key, candidates] : groups) {
    std::string description = "init_before_use of '" + key.first + "' at " + key.second.text();
    result.push_back(
        candidatesQuery(PropertyKind::InitBeforeUse, description, key.second, candidates));
  }
  return result;
}

std::vector<PropertyQuery> Encoder::Impl::haltQueries() {
  using Key = std::tuple<SourcePosition, PropertyKind, std::string>;
  Groups<Key, Candidate> groups;
  for (NodeId halt : halts) {
    const Node& n = node(halt);
    Candidate candidate{active[static_cast<std::size_t>(halt)], clockOf(halt)};
    if (n.halt == HaltKind::Assertion)
      groups[{n.position, PropertyKind::Assertion, ""}].push_back(candidate);
    if (n.halt == HaltKind::RuntimeError)
      groups[{n.position, PropertyKind::RuntimeError, n.runtimeErrorKind}].push_back(candidate);
  }
  std::vector<PropertyQuery> result;
  for (const auto& [key, candidates] : groups) {
    const auto& [position, kind, detail] = key;
    std::string description = kind == PropertyKind::Assertion
                                  ? "assertion at " + position.text()
                                  : "runtime error (" + detail + ") at " + position.text();
    result.push_back(candidatesQuery(kind, description, position, candidates));
  }
  return result;
}

std::vector<PropertyQuery> Encoder::Impl::cutQueries() {
  std::map<BoundKind, std::vector<Candidate>> groups;
  for (NodeId halt : halts) {
    const Node& n = node(halt);
    if (n.halt == HaltKind::Cut)
      groups[n.cut].push_back({active[static_cast<std::size_t>(halt)], clockOf(halt)});
  }
  std::vector<PropertyQuery> result;
  for (const auto& [bound, candidates] : groups) {
    std::string description = "cut by the " + std::string(boundName(bound)) + " bound";
    PropertyQuery query =
        candidatesQuery(PropertyKind::Assertion, description, SourcePosition{}, candidates);
    query.cut = bound;
    result.push_back(std::move(query));
  }
  return result;
}

}  // namespace initcheck::symbolic
