// Witnesses: the schedule of a model, the active steps in clock order (never a non-step Start
// nor a recv completed in its sender's step), with the chosen value of a Choose and the
// receiving instance of an unbuffered send (the woken one of a signal or notify_one), cut after the
// step where the violation shows.
#include <algorithm>

#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

std::int64_t modelInteger(const z3::model& model, const z3::expr& term) {
  z3::expr value = model.eval(term, true);
  if (value.is_bool())
    return value.is_true() ? 1 : 0;
  return value.get_numeral_int64();
}

bool Encoder::Impl::ranInModel(const z3::model& model, NodeId step) const {
  if (!model.eval(active[static_cast<std::size_t>(step)], true).is_true())
    return false;
  const Node& n = node(step);
  bool rendezvousRecv = n.kind == NodeKind::Recv && capacityOf(n.object) == 0;
  return !rendezvousRecv || model.eval(closedZero(step), true).is_true();
}

// The step's accesses of RC11 locations (its point and the private nodes of its step, in id
// order, which is their program order): the write each read took and each write's mo place.
std::vector<ModelAccess> Encoder::Impl::modelAccesses(const z3::model& model, NodeId step) const {
  std::vector<ModelAccess> result;
  for (std::size_t i = static_cast<std::size_t>(step); i < unfolding.nodes.size(); ++i) {
    const Node& n = unfolding.nodes[i];
    auto id = static_cast<NodeId>(i);
    if (id != step && n.step != step)
      continue;
    if (!inTree[i] || n.probe || n.location < 0 || !followsRc11(n.location) ||
        !model.eval(active[i], true).is_true())
      continue;
    ModelAccess access{id, n.location, std::nullopt, std::nullopt};
    if (isReader(n)) {
      std::vector<NodeId> sources = sourcesOf(id);
      std::int64_t chosen = modelInteger(model, rfChoice(id));
      if (chosen >= 0 && chosen < static_cast<std::int64_t>(sources.size()))
        access.readFrom = sources[static_cast<std::size_t>(chosen)];
    }
    if (isWriter(n) && model.eval(writeActive(id), true).is_true())
      access.place = modelInteger(model, moOf(id));
    if (access.readFrom || access.place)
      result.push_back(access);
  }
  return result;
}

ModelStep Encoder::Impl::modelStep(const z3::model& model, NodeId step) const {
  ModelStep result;
  result.node = step;
  result.accesses = modelAccesses(model, step);
  const Node& n = node(step);
  if (n.kind == NodeKind::Choose && n.value)
    result.chosenValue = modelInteger(model, *n.value);
  if ((n.kind == NodeKind::Signal || n.kind == NodeKind::Notify) && !n.wakesAll) {
    for (const auto& [pair, woke] : wakePairs) {
      if (pair.first == step && model.eval(woke, true).is_true())
        result.partner = node(pair.second).instance;
    }
  }
  if (n.kind != NodeKind::Send)
    return result;
  for (const auto& [pair, matched] : rendezvous) {
    if (pair.first == step && model.eval(matched, true).is_true())
      result.partner = node(pair.second).instance;
  }
  return result;
}

Witness Encoder::Impl::witnessOf(const z3::model& model, const PropertyQuery& query) const {
  std::optional<std::int64_t> last;
  if (query.violationStep)
    last = modelInteger(model, *query.violationStep);
  std::vector<std::pair<std::int64_t, NodeId>> ran;
  for (NodeId step : steps) {
    if (!ranInModel(model, step))
      continue;
    std::int64_t clock = modelInteger(model, clockOf(step));
    if (!last || clock <= *last)
      ran.emplace_back(clock, step);
  }
  std::sort(ran.begin(), ran.end());
  Witness witness;
  for (const auto& [clock, step] : ran)
    witness.steps.push_back(modelStep(model, step));
  return witness;
}

Witness Encoder::witness(const z3::model& model, const PropertyQuery& query) const {
  return impl_->witnessOf(model, query);
}

}  // namespace initcheck::symbolic
