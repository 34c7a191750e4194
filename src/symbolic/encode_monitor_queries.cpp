// The queries of the monitors that watch calls and labels: single_init (two active calls of
// the init func with equal argument tuples; the tuple is the query's key), exactly_once's
// "at most once" (two matching calls), and happens_before (an @b label resolved at its
// thread's next point, or exit, with no @a label happening before that point's clock).
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

std::vector<NodeId> Encoder::Impl::callsOf(ast::SymbolId function) const {
  return nodesWhere(
      [&](const Node& n) { return n.kind == NodeKind::InitCall && n.function == function; });
}

std::optional<Terms> Encoder::Impl::literalArguments(std::size_t checkIndex) const {
  const PropertyCheck& check = unfolding.checks[checkIndex];
  if (!check.arguments)
    return std::nullopt;
  if (checkIndex < unfolding.checkArguments.size() &&
      unfolding.checkArguments[checkIndex].size() == check.arguments->size())
    return unfolding.checkArguments[checkIndex];
  Terms terms;
  for (const LiteralValue& literal : *check.arguments) {
    if (const auto* integer = std::get_if<std::int64_t>(&literal))
      terms.push_back(number(*integer));
    else if (const auto* boolean = std::get_if<bool>(&literal))
      terms.push_back(truth(*boolean));
    else
      return Terms{};  // a string atom the unfolder did not give: no call matches
  }
  return terms;
}

z3::expr Encoder::Impl::sameTuple(const Terms& a, const Terms& b) const {
  if (a.size() != b.size())
    return truth(false);
  Terms equal;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!sameSort(a[i], b[i]))
      return truth(false);
    equal.push_back(a[i] == b[i]);
  }
  return allOf(equal);
}

z3::expr Encoder::Impl::callMatches(std::size_t checkIndex, NodeId call) const {
  z3::expr ran = active[static_cast<std::size_t>(call)];
  std::optional<Terms> literal = literalArguments(checkIndex);
  return literal ? ran && sameTuple(node(call).arguments, *literal) : ran;
}

SourcePosition Encoder::Impl::callsPosition(const std::vector<NodeId>& calls,
                                            SourcePosition fallback) const {
  if (calls.empty())
    return fallback;
  for (NodeId call : calls) {
    if (node(call).position != node(calls.front()).position)
      return fallback;
  }
  return node(calls.front()).position;
}

std::vector<PropertyQuery> Encoder::Impl::singleInitQueries(std::size_t checkIndex) {
  const PropertyCheck& check = unfolding.checks[checkIndex];
  Groups<std::pair<std::string, std::size_t>, NodeId> byShape;
  for (NodeId call : callsOf(check.target))
    byShape[{node(call).argumentsShape, node(call).arguments.size()}].push_back(call);
  std::vector<PropertyQuery> result;
  std::size_t shapeIndex = 0;
  for (const auto& [shape, calls] : byShape) {
    Terms keys;
    for (std::size_t i = 0; i < shape.second; ++i) {
      std::string name = "key_" + check.position.text() + "_" + std::to_string(shapeIndex) + "_" +
                         std::to_string(i);
      keys.push_back(ctx.constant(name.c_str(), node(calls.front()).arguments[i].get_sort()));
    }
    ++shapeIndex;
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < calls.size(); ++i) {
      for (std::size_t k = i + 1; k < calls.size(); ++k) {
        const Node& first = node(calls[i]);
        const Node& second = node(calls[k]);
        z3::expr condition = active[static_cast<std::size_t>(calls[i])] &&
                             active[static_cast<std::size_t>(calls[k])] &&
                             sameTuple(first.arguments, second.arguments) &&
                             sameTuple(keys, first.arguments);
        candidates.push_back({condition, maxOf(clockOf(calls[i]), clockOf(calls[k]))});
      }
    }
    std::string description = "single_init checked at " + check.position.text();
    PropertyQuery query = candidatesQuery(PropertyKind::SingleInit, description,
                                          callsPosition(calls, check.position), candidates);
    query.keyTerms = keys;
    result.push_back(std::move(query));
  }
  return result;
}

PropertyQuery Encoder::Impl::atMostOnceQuery(std::size_t checkIndex) {
  const PropertyCheck& check = unfolding.checks[checkIndex];
  std::vector<NodeId> calls = callsOf(check.target);
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    for (std::size_t k = i + 1; k < calls.size(); ++k) {
      z3::expr condition = callMatches(checkIndex, calls[i]) && callMatches(checkIndex, calls[k]);
      candidates.push_back({condition, maxOf(clockOf(calls[i]), clockOf(calls[k]))});
    }
  }
  std::string description = "exactly_once (at most once) checked at " + check.position.text();
  return candidatesQuery(PropertyKind::ExactlyOnce, description,
                         callsPosition(calls, check.position), candidates);
}

std::vector<PropertyQuery> Encoder::Impl::callQueries(std::size_t checkIndex) {
  if (unfolding.checks[checkIndex].kind == PropertyKind::SingleInit)
    return singleInitQueries(checkIndex);
  return {atMostOnceQuery(checkIndex)};
}

std::vector<NodeId> Encoder::Impl::resolvingNodes(NodeId label) const {
  std::vector<NodeId> result;
  std::vector<NodeId> pending{label};
  while (!pending.empty()) {
    NodeId at = pending.back();
    pending.pop_back();
    for (NodeId child : children[static_cast<std::size_t>(at)]) {
      const Node& n = node(child);
      if (isStep(child) || n.kind == NodeKind::Exit)
        result.push_back(child);
      else if (n.kind != NodeKind::Halt)
        pending.push_back(child);
    }
  }
  return result;
}

// The point completes (its thread reaches afterPoint): no error, no missing write, and no
// halt of its own operation (a direct child Halt at the same position; for an await, any
// direct child Halt: its condition's reads halt at their own positions, e.g. a read of an
// unwritten variable, and the execution ends in the await's step).
z3::expr Encoder::Impl::resolves(NodeId point) const {
  const Node& n = node(point);
  Terms rules{active[static_cast<std::size_t>(point)]};
  if (n.kind == NodeKind::Exit)
    return rules.front();
  rules.push_back(!errorOf(point));
  if (n.hasWrite)
    rules.push_back(*n.hasWrite);
  for (NodeId child : children[static_cast<std::size_t>(point)]) {
    const Node& c = node(child);
    bool own = c.position == n.position || n.kind == NodeKind::Await;
    if (c.kind == NodeKind::Halt && own && c.halt != HaltKind::Discard &&
        c.halt != HaltKind::Assertion)
      rules.push_back(!active[static_cast<std::size_t>(child)]);
  }
  return allOf(rules);
}

std::vector<PropertyQuery> Encoder::Impl::happensBeforeQueries(const PropertyCheck& check) {
  auto labelled = [this](ast::SymbolId label) {
    return nodesWhere([&](const Node& n) { return n.kind == NodeKind::Label && n.label == label; });
  };
  std::vector<NodeId> befores = labelled(check.before);
  Groups<SourcePosition, Candidate> groups;
  for (NodeId label : labelled(check.after)) {
    for (NodeId point : resolvingNodes(label)) {
      Terms ordered;
      for (NodeId first : befores)
        ordered.push_back(active[static_cast<std::size_t>(first)] && happensBefore(first, point));
      z3::expr condition =
          active[static_cast<std::size_t>(label)] && resolves(point) && !anyOf(ordered);
      groups[node(label).position].push_back({condition, clockOf(point)});
    }
  }
  std::vector<PropertyQuery> result;
  for (const auto& [position, candidates] : groups) {
    std::string description =
        "happens_before checked at " + check.position.text() + " for " + position.text();
    result.push_back(
        candidatesQuery(PropertyKind::HappensBefore, description, position, candidates));
  }
  return result;
}

}  // namespace initcheck::symbolic
