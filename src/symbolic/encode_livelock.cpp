// The livelock query (LANGUAGE.md section 5): no halt, every existing thread finished or
// stopped where it is blocked in the final state (at a blockable point, as for a deadlock, or
// right before the iteration of a pure spin loop that would go round again over the final
// values: Unfolding::spinWaits, walker_spin.cpp), at least one in a spin. The explicit engine
// calls such a state a livelock rather than a deadlock (model/semantics.cpp), and a deadlock
// query never holds in it, since a thread waiting in a spin is stopped at a read, which is no
// blockable point. Instances are told apart, as deadlocks are, by how many threads wait at
// each position (a spin's: its `while`).
#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

PropertyQuery Encoder::Impl::livelockQuery() {
  StoppedThreads stopped = stoppedAtBlockablePoints();
  const std::vector<Terms>& stuckByInstance = stopped.byInstance;
  std::map<SourcePosition, Terms>& stuckByPosition = stopped.byPosition;  // spins join it
  std::vector<Terms> spinningByInstance(instanceCount());
  SourcePosition position;
  for (const SpinWait& wait : unfolding.spinWaits) {
    if (!isTreeNode(wait.point))
      continue;
    for (const auto& [loop, continues] : wait.blockedIn) {
      z3::expr spinning = poised(wait.point) && continues;
      spinningByInstance[static_cast<std::size_t>(node(wait.point).instance)].push_back(spinning);
      stuckByPosition[loop].push_back(spinning);
      if (position == SourcePosition{} || loop < position)
        position = loop;
    }
  }
  Terms everyThread{noHalt()};
  Terms someSpinning;
  for (const Instance& info : unfolding.instances) {
    auto i = static_cast<std::size_t>(info.id);
    z3::expr spinning = anyOf(spinningByInstance[i]);
    everyThread.push_back(z3::implies(
        spawned(info.id), finishedAtEnd(info.id) || anyOf(stuckByInstance[i]) || spinning));
    someSpinning.push_back(spawned(info.id) && !finishedAtEnd(info.id) && spinning);
  }
  PropertyQuery query = makeQuery(PropertyKind::Livelock, "livelock", position,
                                  allOf(everyThread) && anyOf(someSpinning));
  for (const auto& [at, stuck] : stuckByPosition)
    query.keyTerms.push_back(countOf(stuck));
  return query;
}

}  // namespace initcheck::symbolic
