// Small term builders shared by the encoder (disjunctions, counts, maxima) and lookups of
// nodes by object and kind.
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

const Instance& Encoder::Impl::instanceOf(NodeId id) const {
  return unfolding.instances[static_cast<std::size_t>(node(id).instance)];
}

z3::expr Encoder::Impl::anyOf(const Terms& terms) const {
  stopIfLimited();
  if (terms.empty())
    return truth(false);
  z3::expr_vector vector(ctx);
  for (const z3::expr& term : terms)
    vector.push_back(term);
  return z3::mk_or(vector);
}

z3::expr Encoder::Impl::allOf(const Terms& terms) const {
  stopIfLimited();
  if (terms.empty())
    return truth(true);
  z3::expr_vector vector(ctx);
  for (const z3::expr& term : terms)
    vector.push_back(term);
  return z3::mk_and(vector);
}

z3::expr Encoder::Impl::countOf(const Terms& conditions) const {
  Terms ones;
  for (const z3::expr& condition : conditions)
    ones.push_back(z3::ite(condition, number(1), number(0)));
  return sumOf(ones);
}

z3::expr Encoder::Impl::sumOf(const Terms& terms) const {
  if (terms.empty())
    return number(0);
  z3::expr_vector vector(ctx);
  for (const z3::expr& term : terms)
    vector.push_back(term);
  return z3::sum(vector);
}

void Encoder::Impl::requireMaximumOf(const z3::expr& result, const z3::expr& base,
                                     const std::vector<Candidate>& candidates) {
  require(result >= base);
  Terms attained{result == base};
  for (const Candidate& candidate : candidates) {
    require(z3::implies(candidate.condition, result >= candidate.step));
    attained.push_back(candidate.condition && result == candidate.step);
  }
  require(anyOf(attained));
}

z3::expr Encoder::Impl::maxOf(const z3::expr& a, const z3::expr& b) const {
  return z3::ite(a >= b, a, b);
}

z3::expr Encoder::Impl::literalOr(const std::optional<z3::expr>& literal, bool absent) const {
  return literal ? *literal : truth(absent);
}

bool Encoder::Impl::sameSort(const z3::expr& a, const z3::expr& b) const {
  return z3::eq(a.get_sort(), b.get_sort());
}

std::vector<NodeId> Encoder::Impl::nodesWhere(
    const std::function<bool(const Node&)>& wanted) const {
  std::vector<NodeId> result;
  for (std::size_t i = 0; i < unfolding.nodes.size(); ++i) {
    if (wanted(unfolding.nodes[i]) && isTreeNode(static_cast<NodeId>(i)))
      result.push_back(static_cast<NodeId>(i));
  }
  return result;
}

std::vector<NodeId> Encoder::Impl::nodesOn(ObjectId object, NodeKind kind) const {
  return nodesWhere([&](const Node& n) { return n.object == object && n.kind == kind; });
}

}  // namespace initcheck::symbolic
