// The JSON report (see json_report.hpp), built with nlohmann::json.
#include "report/json_report.hpp"

#include <nlohmann/json.hpp>

#include "report/peak_memory.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

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
    case LimitKind::Solver:
      return "solver";
  }
  return "time";
}

const char* eventKindName(EventKind kind) {
  static const char* const names[] = {
      "read",        "write",  "atomic", "once_enter",    "once_skip",      "once_wait",
      "once_finish", "lock",   "unlock", "waitgroup_add", "waitgroup_wait", "send",
      "receive",     "close",  "spawn",  "join",          "thread_end",     "init_call",
      "choose",      "assume", "await",  "assert",        "label",          "other"};
  return names[static_cast<std::size_t>(kind)];
}

ordered_json location(const std::string& path, SourcePosition position) {
  return {{"file", path}, {"line", position.line}, {"column", position.column}};
}

ordered_json traceStep(const std::string& path, std::size_t index, const TraceEvent& event) {
  return {{"step", index + 1},
          {"thread", event.threadName},
          {"location", location(path, event.position)},
          {"event", eventKindName(event.kind)},
          {"action", event.action}};
}

ordered_json violationJson(const std::string& path, const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  ordered_json related = ordered_json::array();
  for (const RelatedPlace& place : violation.related)
    related.push_back(
        {{"location", location(path, place.position)}, {"description", place.description}});
  ordered_json trace = ordered_json::array();
  for (std::size_t i = 0; i < reported.trace.size(); ++i)
    trace.push_back(traceStep(path, i, reported.trace[i]));
  return {{"kind", propertyName(violation.kind)},
          {"instance", violation.instanceKey},
          {"message", violation.message},
          {"location", location(path, violation.position)},
          {"related", related},
          {"preemptions", reported.preemptions},
          {"steps", reported.steps},
          {"trace", trace}};
}

ordered_json statsJson(const CheckResult& result) {
  const ExplorationStats& stats = result.stats;
  ordered_json json = {{"executions", stats.executions},
                       {"states", stats.states},
                       {"transitions", stats.transitions},
                       {"seconds", stats.seconds},
                       {"peak_rss_mb", peakRssMegabytes()}};
  if (result.solver)
    json["smt"] = {{"events", result.solver->events},
                   {"queries", result.solver->queries},
                   {"sat", result.solver->sat},
                   {"unsat", result.solver->unsat}};
  return json;
}

ordered_json fileJson(const FileReport& file, bool stats) {
  const CheckResult& result = file.result;
  ordered_json violations = ordered_json::array();
  for (const ReportedViolation& reported : result.violations)
    violations.push_back(violationJson(file.path, reported));
  ordered_json bounds = ordered_json::array();
  for (BoundKind bound : result.boundsHit)
    bounds.push_back(boundName(bound));
  ordered_json json = {{"path", file.path},
                       {"verdict", verdictName(result.verdict)},
                       {"complete", result.complete()},
                       {"engine", result.engine},
                       {"violations", violations},
                       {"bounds_hit", bounds},
                       {"limit", result.limit ? ordered_json(limitName(*result.limit)) : nullptr},
                       {"notes", result.notes},
                       {"internal_errors", result.internalErrors}};
  if (stats)
    json["stats"] = statsJson(result);
  return json;
}

}  // namespace

void writeJsonReport(std::ostream& out, const std::vector<FileReport>& files, bool stats) {
  ordered_json document = {{"version", kJsonReportVersion}, {"tool", "initcheck"}};
  ordered_json list = ordered_json::array();
  for (const FileReport& file : files)
    list.push_back(fileJson(file, stats));
  document["files"] = list;
  out << document.dump(2) << "\n";
}

}  // namespace initcheck
