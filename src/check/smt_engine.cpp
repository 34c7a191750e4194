// The symbolic engine behind the Engine interface (see smt_engine.hpp).
#include "check/smt_engine.hpp"

#include <exception>

#include "check/deadline_check.hpp"
#include "check/effective_bounds.hpp"
#include "explore/replay.hpp"
#include "model/semantics.hpp"
#include "symbolic/symbolic_checker.hpp"

namespace initcheck {

namespace {

std::vector<ScheduleStep> scheduleOf(const symbolic::DecodedCounterexample& example) {
  std::vector<ScheduleStep> schedule;
  for (const symbolic::DecodedStep& step : example.schedule)
    schedule.push_back(ScheduleStep{step.thread, step.choice});
  return schedule;
}

void addReplayed(const Semantics& semantics, const symbolic::DecodedCounterexample& found,
                 CheckResult& out) {
  Counterexample example{found.violation, scheduleOf(found), 0};
  ReplayResult replay = replayCounterexample(semantics, example);
  if (!replay.reproduced()) {
    out.internalErrors.push_back("smt engine: " + *replay.internalError);
    return;
  }
  out.violations.push_back(ReportedViolation{found.violation, std::move(replay.events),
                                             found.preemptions, example.schedule.size()});
}

SolverStats solverStats(const symbolic::SymbolicStats& stats) {
  SolverStats out;
  out.events = stats.nodes;
  out.steps = stats.steps;
  out.constraints = stats.constraints;
  out.clauses = stats.clauses;
  out.plannedQueries = stats.plannedQueries;
  out.answeredQueries = stats.answeredQueries;
  out.queries = stats.queries;
  out.sat = stats.sat;
  out.unsat = stats.unsat;
  out.unfoldSeconds = stats.unfoldSeconds;
  out.encodeSeconds = stats.encodeSeconds;
  out.solveSeconds = stats.solveSeconds;
  out.seconds = stats.seconds;
  return out;
}

void addLimits(const symbolic::SymbolicResult& found, CheckResult& result) {
  if (found.limit) {
    result.limit = found.limit;
  } else if (found.unsupported) {
    // A construct the engine does not encode says so itself ("unsupported: what at L:C").
    bool construct = found.unsupported->rfind("unsupported: ", 0) == 0;
    result.limit = construct ? LimitKind::Unsupported : LimitKind::Solver;
    result.limitReason = construct
                             ? *found.unsupported
                             : "the smt engine cannot unfold this spec: " + *found.unsupported;
  } else if (found.unknown) {
    result.limit = LimitKind::Solver;
    result.limitReason = *found.unknown;
  }
}

CheckResult checkWith(const LoadedSpec& spec, const CheckOptions& options) {
  Bounds bounds = effectiveBounds(spec.directives.options, options.bounds);
  CheckResult result;
  result.engine = "smt";
  if (bounds.preemptions) {
    result.notes.push_back("the smt engine does not bound preemptions: option preemptions = " +
                           std::to_string(*bounds.preemptions) + " is not applied");
    bounds.preemptions.reset();
  }
  Semantics semantics(spec.file, spec.symbols, spec.directives, bounds);
  symbolic::SymbolicResult found =
      symbolic::checkSymbolically(semantics, {options.timeoutSeconds, options.maxMemoryMB,
                                              options.maxStates, options.cancel, options.progress});
  for (const symbolic::DecodedCounterexample& example : found.counterexamples)
    addReplayed(semantics, example, result);
  result.internalErrors.insert(result.internalErrors.end(), found.internalErrors.begin(),
                               found.internalErrors.end());
  result.boundsHit = found.boundsHit;
  addLimits(found, result);
  result.stats.seconds = found.stats.seconds;
  result.solver = solverStats(found.stats);
  return result;
}

}  // namespace

CheckResult SmtEngine::check(const LoadedSpec& spec, const CheckOptions& options) {
  CheckResult result;
  if (!spec.ok()) {
    result.internalErrors.push_back("the smt engine was given a spec with errors");
  } else {
    try {
      result = checkWithinDeadline(checkWith, spec, options);  // Z3 may not stop when asked
    } catch (const std::exception& error) {
      result.internalErrors.push_back(std::string("smt engine: ") + error.what());
    }
  }
  result.engine = "smt";
  result.verdict = decideVerdict(result);
  return result;
}

}  // namespace initcheck
