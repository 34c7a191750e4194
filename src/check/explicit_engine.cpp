// The explicit-state engine (see explicit_engine.hpp).
#include "check/explicit_engine.hpp"

#include <exception>

#include "check/effective_bounds.hpp"
#include "explore/replay.hpp"
#include "model/semantics.hpp"

namespace initcheck {

namespace {

ExploreOptions exploreOptions(const CheckOptions& options) {
  ExploreOptions explore;
  explore.reduction = options.reduction;
  explore.symmetry = options.symmetry;
  explore.stateCache = options.stateCache;
  explore.hashCompaction = options.hashCompaction;
  explore.timeoutSeconds = options.timeoutSeconds;
  explore.maxStates = options.maxStates;
  explore.maxMemoryMB = options.maxMemoryMB;
  explore.cancel = options.cancel;
  explore.progress = options.progress;
  return explore;
}

void addReplayed(const Semantics& semantics, const Counterexample& example, CheckResult& out) {
  ReplayResult replay = replayCounterexample(semantics, example);
  if (!replay.reproduced()) {
    out.internalErrors.push_back(*replay.internalError);
    return;
  }
  out.violations.push_back(ReportedViolation{example.violation, std::move(replay.events),
                                             example.preemptions, example.schedule.size()});
}

CheckResult checkWith(const LoadedSpec& spec, const CheckOptions& options) {
  Bounds bounds = effectiveBounds(spec.directives.options, options.bounds);
  Semantics semantics(spec.file, spec.symbols, spec.directives, bounds);
  ExplorationResult explored = explore(semantics, exploreOptions(options));
  CheckResult result;
  for (const Counterexample& example : explored.counterexamples)
    addReplayed(semantics, example, result);
  result.boundsHit = explored.boundsHit;
  if (explored.limitReached)
    result.limit = explored.limit.value_or(LimitKind::Time);
  result.stats = explored.stats;
  return result;
}

CheckResult internalError(std::string message) {
  CheckResult result;
  result.internalErrors.push_back(std::move(message));
  return result;
}

}  // namespace

CheckResult ExplicitEngine::check(const LoadedSpec& spec, const CheckOptions& options) {
  if (!spec.ok())
    return internalError("the explicit engine was given a spec with errors");
  CheckResult result;
  try {
    result = checkWith(spec, options);
  } catch (const std::exception& error) {
    result = internalError(std::string("explicit engine: ") + error.what());
  }
  result.verdict = decideVerdict(result);
  return result;
}

}  // namespace initcheck
