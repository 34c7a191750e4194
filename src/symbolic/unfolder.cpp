// The unfolder's rounds: unfold everything, collect the writes (and sends) made, and unfold
// again with them as the sources of non-scalar reads, until a round finds exactly the writes
// it was given (then its node ids are the ones its reads name).
#include "symbolic/unfolder.hpp"

#include "runtime/state_data.hpp"
#include "symbolic/initializer_failure.hpp"
#include "symbolic/walker.hpp"

namespace initcheck::symbolic {

namespace {

constexpr int kMaxRounds = 12;

UnfoldResult unsupported(std::string message) {
  return UnfoldResult{std::nullopt, std::move(message)};
}

}  // namespace

UnfoldResult unfold(z3::context& context, const CompiledProgram& program, const StateData& initial,
                    const Bounds& bounds, const UnfoldBudget& budget) {
  if (initial.halted)
    return UnfoldResult{initializerFailure(context, program, bounds), std::nullopt};
  WriteCandidates candidates;
  std::string given = candidates.signature();
  for (int round = 0; round < kMaxRounds; ++round) {
    Walker walker(context, program, initial, bounds, candidates, budget);
    walker.unfoldAll();
    if (walker.failure())
      return unsupported(*walker.failure());
    std::string found = walker.found().signature();
    if (found == given) {
      if (walker.truncated())
        return unsupported("a read of a location that no write reaches");
      return UnfoldResult{walker.take(), std::nullopt};
    }
    candidates = walker.found();
    given = std::move(found);
  }
  return unsupported("the writes to non-scalar locations do not settle after " +
                     std::to_string(kMaxRounds) + " unfolding rounds");
}

}  // namespace initcheck::symbolic
