// explore() over the real semantics: the DPOR search (dpor_search.hpp) by default, the
// exhaustive search (exhaustive_search.hpp) for `--reduction none`, and also when a
// preemption bound is set (bounded search and DPOR do not combine soundly without extra
// machinery) or when more threads may exist than the DPOR's thread sets hold.
#include "explore/explorer.hpp"

#include "explore/dpor_search.hpp"
#include "explore/exhaustive_search.hpp"
#include "explore/thread_set.hpp"
#include "support/background_release.hpp"

namespace initcheck {

namespace {

bool dporApplies(const Semantics& semantics) {
  const Bounds& bounds = semantics.bounds();
  return !bounds.preemptions && bounds.threads <= static_cast<std::int64_t>(ThreadSet::kCapacity);
}

}  // namespace

ExplorationResult explore(const Semantics& semantics, const ExploreOptions& options) {
  if (options.reduction != Reduction::None && dporApplies(semantics)) {
    auto search = std::make_shared<DporSearch>(semantics, options);
    ExplorationResult result = search->run();
    releaseInBackground(std::move(search));  // its state cache can be hundreds of MB
    return result;
  }
  return exploreSystem(semantics, options);
}

}  // namespace initcheck
