// explore() over the real semantics: the one instantiation of the exhaustive search that
// the engines use (the tests instantiate it over mock systems too).
#include "explore/explorer.hpp"

#include "explore/exhaustive_search.hpp"

namespace initcheck {

ExplorationResult explore(const Semantics& semantics, const ExploreOptions& options) {
  switch (options.reduction) {
    case Reduction::None:
    case Reduction::Dpor:  // until the DPOR search lands
      return exploreSystem(semantics, options);
  }
  return exploreSystem(semantics, options);
}

}  // namespace initcheck
