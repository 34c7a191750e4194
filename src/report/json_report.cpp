// The JSON report (see json_report.hpp), built with nlohmann::json.
#include "report/json_report.hpp"

#include <nlohmann/json.hpp>

#include "report/execution_graph.hpp"
#include "report/peak_memory.hpp"
#include "report/report_names.hpp"
#include "report/solver_stats_json.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

ordered_json location(const std::string& path, SourcePosition position) {
  return {{"file", path}, {"line", position.line}, {"column", position.column}};
}

ordered_json stepNumbers(const std::vector<std::size_t>& indices) {
  ordered_json numbers = ordered_json::array();
  for (std::size_t index : indices)
    numbers.push_back(index + 1);
  return numbers;
}

ordered_json traceStep(const std::string& path, const std::vector<TraceEvent>& trace,
                       const ExecutionGraph& graph, std::size_t index) {
  const TraceEvent& event = trace[index];
  ordered_json step = {{"step", index + 1},
                       {"thread", event.threadName},
                       {"location", location(path, event.position)},
                       {"event", eventKindName(event.kind)},
                       {"action", event.action}};
  if (!event.object.empty())
    step["object"] = event.object;
  if (graph.actions[index] != event.action)
    step["explanation"] = graph.actions[index];
  std::vector<std::size_t> acquired = graph.sources(index, EdgeKind::SynchronizesWith);
  if (!acquired.empty())
    step["synchronizes_with"] = stepNumbers(acquired);
  std::vector<std::size_t> seen = graph.sources(index, EdgeKind::ReadsFrom);
  if (!seen.empty())
    step["reads_from"] = seen.front() + 1;
  const StepMemory& memory = graph.memory[index];
  if (memory.stale()) {
    if (memory.readsInitial)
      step["reads_initial_value"] = true;
    step["not_seen"] = stepNumbers(memory.notSeen);
  }
  if (!memory.placedBefore.empty())
    step["mo_before"] = stepNumbers(memory.placedBefore);
  std::vector<std::size_t> moPrevious = graph.sources(index, EdgeKind::ModificationOrder);
  if (!moPrevious.empty())
    step["mo_after"] = moPrevious.front() + 1;
  if (graph.isMarked(index))
    step["violating"] = true;
  return step;
}

ordered_json violationJson(const std::string& path, const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  ordered_json related = ordered_json::array();
  for (const RelatedPlace& place : violation.related)
    related.push_back(
        {{"location", location(path, place.position)}, {"description", place.description}});
  ExecutionGraph graph = buildExecutionGraph(reported);
  ordered_json trace = ordered_json::array();
  for (std::size_t i = 0; i < reported.trace.size(); ++i)
    trace.push_back(traceStep(path, reported.trace, graph, i));
  return {{"kind", propertyName(violation.kind)},
          {"instance", violation.instanceKey},
          {"message", violation.message},
          {"location", location(path, violation.position)},
          {"related", related},
          {"preemptions", reported.preemptions},
          {"steps", reported.steps},
          {"root_cause", reported.rootCause},
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
    json["smt"] = solverStatsJson(*result.solver);
  return json;
}

ordered_json diagnosticsJson(const FileReport& file) {
  ordered_json list = ordered_json::array();
  for (const Diagnostic& diagnostic : file.errors)
    list.push_back({{"severity", severityText(diagnostic.severity)},
                    {"location", location(file.path, diagnostic.position)},
                    {"message", diagnostic.message}});
  return list;
}

ordered_json resultJson(const FileReport& file, bool stats) {
  const CheckResult& result = *file.result;
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
                       {"limit_reason", result.limitReason ? ordered_json(*result.limitReason)
                                                           : ordered_json(nullptr)},
                       {"notes", result.notes},
                       {"internal_errors", result.internalErrors}};
  if (stats)
    json["stats"] = statsJson(result);
  return json;
}

ordered_json fileJson(const FileReport& file, bool stats) {
  ordered_json json = file.result ? resultJson(file, stats)
                                  : ordered_json{{"path", file.path},
                                                 {"verdict", "spec_error"},
                                                 {"diagnostics", diagnosticsJson(file)}};
  if (file.test)
    json["test"] = {{"passed", file.test->passed}, {"detail", file.test->detail}};
  return json;
}

}  // namespace

void writeJsonReport(std::ostream& out, const std::vector<FileReport>& files,
                     const ReportOptions& options) {
  ordered_json document = {{"version", kJsonReportVersion}, {"tool", "initcheck"}};
  ordered_json list = ordered_json::array();
  for (const FileReport& file : files)
    list.push_back(fileJson(file, options.stats));
  document["files"] = list;
  if (options.shard)
    document["shard"] = {{"index", options.shard->index},
                         {"count", options.shard->count},
                         {"files_in_all", options.shard->filesInAll},
                         {"run", options.shard->run}};
  // A spec's string literals may hold bytes that are not UTF-8 (the parser takes them as
  // they are): JSON cannot, so each such byte is written as U+FFFD.
  out << document.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace initcheck
