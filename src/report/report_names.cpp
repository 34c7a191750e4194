// The names reports give to verdicts, limits, event kinds and severities.
#include "report/report_names.hpp"

#include <iterator>

namespace initcheck {

const char* verdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::Ok:
      return "ok";
    case Verdict::Violated:
      return "violated";
    case Verdict::Unknown:
      return "unknown";
    case Verdict::InternalError:
      return "internal_error";
  }
  return "internal_error";
}

const char* limitName(LimitKind limit) {
  switch (limit) {
    case LimitKind::Time:
      return "time";
    case LimitKind::States:
      return "states";
    case LimitKind::Memory:
      return "memory";
    case LimitKind::Solver:
      return "solver";
    case LimitKind::Unsupported:
      return "unsupported";
  }
  return "time";
}

const char* eventKindName(EventKind kind) {
  static const char* const names[] = {
      "read",        "write",     "atomic", "once_enter",    "once_skip",      "once_wait",
      "once_finish", "lock",      "unlock", "waitgroup_add", "waitgroup_wait", "send",
      "receive",     "close",     "spawn",  "join",          "thread_end",     "init_call",
      "choose",      "assume",    "await",  "fence",         "atomic_wait",    "notify",
      "wake",        "cond_wait", "signal", "rlock",         "runlock",        "assert",
      "label",       "other"};
  static_assert(std::size(names) == static_cast<std::size_t>(EventKind::Other) + 1);
  return names[static_cast<std::size_t>(kind)];
}

const char* severityText(Severity severity) {
  return severity == Severity::Error ? "error" : "note";
}

std::string boundsText(const std::set<BoundKind>& bounds) {
  std::string text;
  for (BoundKind bound : bounds)
    text += (text.empty() ? "" : ", ") + std::string(boundName(bound));
  return text;
}

std::string progressWhenStopped(const CheckResult& result) {
  bool smt = result.engine.find("smt") != std::string::npos && result.solver;
  if (!smt)
    return "after " + std::to_string(result.stats.executions) + " executions";
  const SolverStats& solver = *result.solver;
  if (solver.events == 0)
    return "while unfolding";
  std::string events = std::to_string(solver.events) + " events";
  if (solver.plannedQueries == 0)
    return "while encoding " + events;
  return "after " + std::to_string(solver.answeredQueries) + " of " +
         std::to_string(solver.plannedQueries) + " queries on " + events;
}

}  // namespace initcheck
