// A counterexample as a SARIF codeFlow (see sarif_code_flow.hpp).
#include "report/sarif_code_flow.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "report/execution_graph.hpp"
#include "report/report_names.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

// SARIF's well-known threadFlowLocation kinds (3.38.8) for an event, or none.
ordered_json locationKinds(EventKind kind) {
  switch (kind) {
    case EventKind::Lock:
      return {"acquire", "lock"};
    case EventKind::Unlock:
      return {"release", "lock"};
    case EventKind::InitCall:
    case EventKind::OnceEnter:
      return {"call", "function"};
    case EventKind::OnceFinish:
      return {"return", "function"};
    case EventKind::ThreadEnd:
      return {"exit", "function"};
    default:
      return nullptr;
  }
}

ordered_json threadFlowLocation(const SarifArtifact& artifact, const TraceEvent& event,
                                const std::string& action, std::size_t step, bool violating) {
  ordered_json location = {{"executionOrder", step},
                           {"location", artifact.location(event.position, action)}};
  ordered_json kinds = locationKinds(event.kind);
  if (!kinds.is_null())
    location["kinds"] = kinds;
  location["importance"] = violating ? "essential" : "important";
  ordered_json properties = {{"event", eventKindName(event.kind)}};
  if (!event.object.empty())
    properties["object"] = event.object;
  location["properties"] = properties;
  return location;
}

ordered_json threadFlow(const std::string& name, ordered_json locations) {
  return {{"id", name}, {"message", {{"text", name}}}, {"locations", std::move(locations)}};
}

// The thread names in the order they first appear.
std::vector<std::string> threadsInOrder(const std::vector<TraceEvent>& trace) {
  std::vector<std::string> names;
  for (const TraceEvent& event : trace) {
    if (std::find(names.begin(), names.end(), event.threadName) == names.end())
      names.push_back(event.threadName);
  }
  return names;
}

ordered_json threadFlowOf(const SarifArtifact& artifact, const ReportedViolation& reported,
                          const ExecutionGraph& graph, const std::string& thread) {
  ordered_json locations = ordered_json::array();
  for (std::size_t i = 0; i < reported.trace.size(); ++i) {
    if (reported.trace[i].threadName == thread)
      locations.push_back(threadFlowLocation(artifact, reported.trace[i], graph.actions[i], i + 1,
                                             graph.isMarked(i)));
  }
  return threadFlow(thread, std::move(locations));
}

// An empty trace: the violation holds in the initial state.
ordered_json initialStateFlow(const SarifArtifact& artifact, const Violation& violation) {
  ordered_json location = {{"executionOrder", 1},
                           {"location", artifact.location(violation.position, violation.message)},
                           {"importance", "essential"}};
  return threadFlow("initial state", ordered_json::array({location}));
}

}  // namespace

ordered_json sarifCodeFlow(const SarifArtifact& artifact, const ReportedViolation& reported) {
  ordered_json threadFlows = ordered_json::array();
  if (reported.trace.empty())
    threadFlows.push_back(initialStateFlow(artifact, reported.violation));
  ExecutionGraph graph = buildExecutionGraph(reported);
  for (const std::string& thread : threadsInOrder(reported.trace))
    threadFlows.push_back(threadFlowOf(artifact, reported, graph, thread));
  std::string summary = std::to_string(reported.steps) + " scheduling steps, " +
                        std::to_string(reported.preemptions) + " preemptions";
  return {{"message", {{"text", summary}}}, {"threadFlows", threadFlows}};
}

}  // namespace initcheck
