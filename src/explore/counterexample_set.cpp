// Keeps the cheapest counterexample per property instance (see counterexample_set.hpp).
#include "explore/counterexample_set.hpp"

#include <algorithm>
#include <tuple>

namespace initcheck {

void CounterexampleSet::offer(const Violation& violation, const std::vector<ScheduleStep>& schedule,
                              PathCost cost) {
  auto key = std::make_pair(violation.kind, violation.instanceKey);
  auto found = kept_.find(key);
  if (found != kept_.end() && !(cost < found->second.cost))
    return;
  Kept kept{Counterexample{violation, schedule, cost.preemptions}, cost};
  kept_.insert_or_assign(std::move(key), std::move(kept));
}

std::vector<Counterexample> CounterexampleSet::sorted() const {
  std::vector<Counterexample> list;
  list.reserve(kept_.size());
  for (const auto& entry : kept_)
    list.push_back(entry.second.counterexample);
  std::stable_sort(list.begin(), list.end(), [](const Counterexample& a, const Counterexample& b) {
    const Violation& x = a.violation;
    const Violation& y = b.violation;
    return std::tie(x.kind, x.position, x.instanceKey) <
           std::tie(y.kind, y.position, y.instanceKey);
  });
  return list;
}

}  // namespace initcheck
